export { default, generateMetadata } from '@/components/pages/present/handouts-page';
