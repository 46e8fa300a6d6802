export { default, generateMetadata, generateStaticParams } from '@/components/pages/teach-page';

export const dynamicParams = false;
