export {
  default,
  generateMetadata,
  generateStaticParams,
} from '@/components/pages/present/slide-page';

export const dynamicParams = false;
