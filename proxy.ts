import { readFileSync } from 'node:fs';
import path from 'node:path';

import { NextResponse, type NextRequest } from 'next/server';

import { HASHES_FILE, NOT_FOUND_ROUTE, contentSecurityPolicy } from './lib/csp';

let hashes: Record<string, string[]> | undefined;

/** The hashes written by the build (scripts/csp-hashes.ts), read once per server. */
function scriptHashes(route: string): string[] {
  hashes ??= JSON.parse(
    readFileSync(path.join(process.cwd(), '.next', HASHES_FILE), 'utf8'),
  ) as Record<string, string[]>;
  return hashes[route] ?? hashes[NOT_FOUND_ROUTE] ?? [];
}

/** Gives each page the Content-Security-Policy that allows its own inline scripts and no others. */
export function proxy(request: NextRequest) {
  // A development server has no build and no hashes: next.config.ts gives it its own policy.
  if (process.env.NODE_ENV === 'development') return NextResponse.next();
  const route = request.nextUrl.pathname.replace(/\/$/, '') || '/';
  const response = NextResponse.next();
  response.headers.set(
    'Content-Security-Policy',
    contentSecurityPolicy({
      scriptHashes: scriptHashes(route),
      frameable: route.startsWith('/embed/'),
    }),
  );
  return response;
}

export const config = {
  // Pages only: scripts, styles, images and downloads need no policy of their own.
  matcher: [
    {
      source:
        '/((?!_next/static|_next/image|downloads/|favicon.ico|datapackage.json|sitemap.xml).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
