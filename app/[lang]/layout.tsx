import type { Viewport } from 'next';
import type { ReactNode } from 'react';

import { RootDocument, rootMetadata } from '@/components/root-document';
import { TRANSLATIONS } from '@/lib/locale/locales';

import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

export const dynamicParams = false;

/** Each translation's pages, under its own folder: /sv/, /ru/, /uk/. */
export const generateStaticParams = () => TRANSLATIONS.map((lang) => ({ lang }));

export const generateMetadata = async ({ params }: Props) => rootMetadata((await params).lang);

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The root of a translation's pages: its `<html lang>`, its error page's words. */
export default async function TranslationLayout({ children, params }: Props) {
  return <RootDocument locale={(await params).lang}>{children}</RootDocument>;
}
