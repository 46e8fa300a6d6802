export { default, generateMetadata } from '@/components/pages/present/lesson-page';
