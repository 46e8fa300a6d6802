// What a page does that a test watches for while it runs: each list grows as the page goes on,
// and a test reads it (or empties it) when it has seen enough.
import type { Page } from '@playwright/test';

/** Each request the page makes to an origin but `origin` (data: and blob: addresses are its own). */
export function foreignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(`${r.url()} (from ${page.url()})`);
  });
  return foreign;
}

/** Each breach of its Content-Security-Policy that the page reports on its console. */
export function policyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}
