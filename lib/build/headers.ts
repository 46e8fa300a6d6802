import { contentSecurityPolicy } from './csp';

/**
 * The response headers of the exported site, written by the build for the hosts that send
 * headers (`_headers` for Netlify and Cloudflare Pages, an include for nginx) and used by
 * `npm start`. What a page's meta tag cannot carry is here: who may frame it, the sniffing,
 * referrer and permissions policies, how long a file may be kept, and the full policy again.
 */
export type HeaderSet = Record<string, string>;

/** A path ("/charts/personnel", or "/_next/static/*" for everything under it) and its headers. */
export interface HeaderRule {
  path: string;
  headers: HeaderSet;
}

/** For every response: no sniffing, no referrer beyond the origin, no powerful features. */
export const COMMON_HEADERS: HeaderSet = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
};

/** Files whose names change with their content may be kept for a year, unasked. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A page is asked for again after five minutes, so that a new build shows the same day. */
const PAGE = 'public, max-age=300';

/** The addresses a page answers to on a static host: with and without ".html". */
function pageAddresses(route: string): string[] {
  if (route === '/') return ['/', '/index.html'];
  if (route === '/404') return ['/404.html'];
  return [route, `${route}.html`];
}

/**
 * Every rule of the site, in the order a host applies them. Netlify and Cloudflare apply every rule
 * that matches a path, so no header is set by two rules for one path: the catch-all has only the
 * common headers, and each page its own policy, with `frame-ancestors 'none'` and
 * `X-Frame-Options: DENY` everywhere but under /embed/.
 */
export function siteHeaderRules(
  pages: readonly { route: string; scriptHashes: readonly string[] }[],
  /** The site's folder ('' at the root of its host), before every path. */
  base = '',
): HeaderRule[] {
  return [
    { path: `${base}/*`, headers: COMMON_HEADERS },
    { path: `${base}/_next/static/*`, headers: { 'Cache-Control': IMMUTABLE } },
    ...pages.flatMap(({ route, scriptHashes }) => {
      const frameable = route.startsWith('/embed/');
      const headers: HeaderSet = {
        'Content-Security-Policy': contentSecurityPolicy({ scriptHashes, frameable }),
        ...(frameable ? {} : { 'X-Frame-Options': 'DENY' }),
        'Cache-Control': PAGE,
      };
      return pageAddresses(route).map((path) => ({ path: `${base}${path}`, headers }));
    }),
  ];
}

const matches = (rule: string, path: string) =>
  rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule;

/**
 * The headers a path gets where every matching rule applies (Netlify, Cloudflare Pages, and
 * `npm start`). A header set by two rules is an error: hosts differ in what they would send.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): HeaderSet {
  const result: HeaderSet = {};
  for (const rule of rules.filter((r) => matches(r.path, path)))
    for (const [name, value] of Object.entries(rule.headers)) {
      if (name in result) throw new Error(`${path}: ${name} is set by two rules`);
      result[name] = value;
    }
  return result;
}

/** The `_headers` file of Netlify and Cloudflare Pages. */
export function headersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(
      (rule) =>
        `${rule.path}\n${Object.entries(rule.headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}\n`,
    )
    .join('');
}

/** A `_headers` file read back: what `npm start` serves by, and what the tests check. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: a header outside a rule: "${line}"`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

const nginxHeaders = (headers: HeaderSet) =>
  Object.entries(headers).map(
    ([name, value]) => `    add_header ${name} "${value.replace(/"/g, '\\"')}" always;`,
  );

/**
 * An include for an nginx `server` block whose root is the exported folder. nginx drops the outer
 * add_header lines in any location that has its own, so each location carries all of its headers.
 */
export function nginxInclude(rules: readonly HeaderRule[], base = ''): string {
  const exact = rules.filter((rule) => !rule.path.endsWith('*'));
  const location = (match: string, path: string, body: string[]) =>
    [`location ${match}${path} {`, ...body, '}'].join('\n');
  return [
    '# Written by `npm run build`: include it in the server block whose root holds the exported files at the site path.',
    `error_page 404 ${base}/404.html;`,
    location('', `${base}/`, [
      '    try_files $uri $uri.html $uri/index.html =404;',
      ...nginxHeaders(headersFor(rules, `${base}/no-page`)),
    ]),
    location(
      '^~ ',
      `${base}/_next/static/`,
      nginxHeaders(headersFor(rules, `${base}/_next/static/x`)),
    ),
    ...exact.map((rule) =>
      location('= ', rule.path, [
        `    try_files ${rule.path === `${base}/` ? `${base}/index.html` : rule.path.endsWith('.html') ? rule.path : `${rule.path}.html`} =404;`,
        ...nginxHeaders(headersFor(rules, rule.path)),
      ]),
    ),
    '',
  ].join('\n');
}
