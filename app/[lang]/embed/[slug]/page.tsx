export { default, generateMetadata, generateStaticParams } from '@/components/pages/embed-page';

export const dynamicParams = false;
