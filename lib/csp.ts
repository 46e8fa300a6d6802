/**
 * The Content-Security-Policy of a page. Scripts come only from the site itself, plus the inline
 * scripts Next.js writes into each prerendered page, allowed one by one by their SHA-256 hashes:
 * no 'unsafe-inline' and no 'unsafe-eval' for scripts, and no per-request nonce, which would force
 * every page to be rendered on each request instead of once at build time.
 */
export function contentSecurityPolicy({
  scriptHashes,
  frameable,
}: {
  scriptHashes: readonly string[];
  frameable: boolean;
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
    `frame-ancestors ${frameable ? '*' : "'none'"}`,
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

/** The inline scripts of an HTML page, as the hashes a CSP allows them by. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .filter((script) => script.length > 0);
}

/** The route a prerendered file serves: "charts/personnel.html" → "/charts/personnel". */
export function routeOfHtmlFile(relativePath: string): string {
  const route = `/${relativePath.replace(/\\/g, '/').replace(/\.html$/, '')}`;
  return route === '/index' ? '/' : route;
}

export const HASHES_FILE = 'csp-hashes.json';
export const NOT_FOUND_ROUTE = '/_not-found';
