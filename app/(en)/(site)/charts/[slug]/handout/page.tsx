export { default, generateMetadata, generateStaticParams } from '@/components/pages/handout-page';

export const dynamicParams = false;
