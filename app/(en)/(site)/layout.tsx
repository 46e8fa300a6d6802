export { default } from '@/components/site-frame';
