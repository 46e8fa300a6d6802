import type { Viewport } from 'next';
import type { ReactNode } from 'react';

import { RootDocument, rootMetadata } from '@/components/root-document';

import '../globals.css';

export const generateMetadata = () => rootMetadata('en');

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The root of the English pages, at the site's own addresses. */
export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <RootDocument locale="en">{children}</RootDocument>;
}
