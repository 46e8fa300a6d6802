export { default, generateMetadata, generateStaticParams } from '@/components/pages/chart-page';

export const dynamicParams = false;
