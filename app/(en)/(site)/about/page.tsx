export { default, generateMetadata } from '@/components/pages/about-page';
