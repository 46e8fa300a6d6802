export { default, generateMetadata } from '@/components/pages/present/presenter-page';
