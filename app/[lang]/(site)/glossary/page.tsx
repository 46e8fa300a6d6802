export { default, generateMetadata } from '@/components/pages/glossary-page';
