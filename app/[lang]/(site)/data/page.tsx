export { default, generateMetadata } from '@/components/pages/data-page';
