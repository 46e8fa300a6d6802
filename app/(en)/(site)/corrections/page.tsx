export { default, generateMetadata } from '@/components/pages/corrections-page';
