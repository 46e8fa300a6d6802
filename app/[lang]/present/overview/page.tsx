export { default, generateMetadata } from '@/components/pages/present/overview-page';
