export { default, generateMetadata } from '@/components/pages/present/deck-page';
