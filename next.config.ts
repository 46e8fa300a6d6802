import type { NextConfig } from 'next';

import { developmentPolicy } from './lib/build/csp';
import { COMMON_HEADERS } from './lib/build/headers';
import { basePathOf } from './lib/site/paths';

const development = process.env.NODE_ENV === 'development';
// The folder of SITE_URL (https://example.org/some/folder/ → /some/folder), for hosts that put the
// site in one (a GitHub Pages project site, a school's server).
const basePath = basePathOf(process.env.SITE_URL);
const asHeaders = (headers: Record<string, string>) =>
  Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // The build is a folder of files (out/) that any static host serves; `npm start` serves it too.
  // Its headers are written by the build (scripts/security-headers.ts), not sent by Next.js.
  output: development ? undefined : 'export',
  ...(basePath && { basePath }),
  env: { BASE_PATH: basePath },
  // No "X-Powered-By: Next.js" banner: it tells visitors nothing useful.
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (part of `npm test`), over every file, the
  // tests' and scripts' too; a second check inside each build took 16 s on a fresh clone and
  // changes nothing the build makes.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  experimental: {
    // The stylesheet (about 3 KB compressed) comes inside the HTML: on a slow school network a
    // separate, render-blocking request costs a round trip before any chart can paint.
    inlineCss: true,
    // Each language has its own root layout (app/(en)/, app/[lang]/), so the page for an unknown
    // address (404.html) is a document of its own: app/global-not-found.tsx.
    globalNotFound: true,
  },
  // `npm run dev` only: the development server sends the headers itself, with a policy that lets
  // Next.js's development runtime run (the built site's allows each page's own scripts by hash).
  ...(development && {
    async headers() {
      return [
        { source: '/:path*', headers: asHeaders(COMMON_HEADERS) },
        {
          source: '/((?!embed/).*)',
          headers: asHeaders({
            'Content-Security-Policy': developmentPolicy({ frameable: false }),
            'X-Frame-Options': 'DENY',
          }),
        },
        {
          source: '/embed/:slug',
          headers: asHeaders({ 'Content-Security-Policy': developmentPolicy({ frameable: true }) }),
        },
      ];
    },
  }),
};

export default nextConfig;
