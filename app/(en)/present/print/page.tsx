export { default, generateMetadata } from '@/components/pages/present/print-page';
