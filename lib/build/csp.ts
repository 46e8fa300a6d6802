/**
 * The Content-Security-Policy of a page. Scripts come only from the site itself, plus the inline
 * scripts Next.js writes into each prerendered page, allowed one by one by their SHA-256 hashes:
 * no 'unsafe-inline' and no 'unsafe-eval' for scripts, and no per-request nonce, which would force
 * every page to be rendered on each request instead of once at build time.
 *
 * The page carries it in a `<meta>` tag, so that it holds on any host; a meta policy cannot say
 * who may frame the page, so the full policy, with `frame-ancestors`, also goes into the headers
 * the build writes for hosts that send them (lib/build/headers.ts).
 */
export function contentSecurityPolicy({
  scriptHashes,
  frameable,
}: {
  scriptHashes: readonly string[];
  /** Who may frame the page: any site, none, or left out (for the page's meta tag). */
  frameable: boolean | 'meta';
}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((hash) => ` 'sha256-${hash}'`).join('')}`,
    // Inline style attributes are used by the charts' tooltip and by recharts in the explorer.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(frameable === 'meta' ? [] : [`frame-ancestors ${frameable ? '*' : "'none'"}`]),
  ].join('; ');
}

/**
 * The policy of `npm run dev`, and of development only: Next.js's development runtime evaluates
 * code, writes inline scripts that change with every edit and talks to its server over a
 * WebSocket, so it needs what the built site never gets.
 */
export function developmentPolicy({ frameable }: { frameable: boolean }): string {
  return contentSecurityPolicy({ scriptHashes: [], frameable })
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'")
    .replace("connect-src 'self'", "connect-src 'self' ws:");
}

/** The route an exported file serves: "charts/personnel.html" → "/charts/personnel". */
export function routeOfHtmlFile(relativePath: string): string {
  const route = `/${relativePath.replace(/\\/g, '/').replace(/\.html$/, '')}`;
  return route === '/index' ? '/' : route;
}
