// `npm run check:html` (in `npm test`, after the build): every exported page through the W3C Nu
// HTML Checker (vnu.jar from the vnu-jar package, run by the machine's Java, 11 or later), errors
// only. One run over all the pages takes seconds. Any error fails, except the few below that are
// the checker's own gaps; an allow-listed message that no longer appears fails too, so the list
// stays as short as the gaps.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import vnuJar from 'vnu-jar';

import { EXPORT_DIR, prerenderedPages } from './prerendered-pages';

/** Messages that are the checker's gaps, not the pages' errors: each with its reason. */
const ALLOWED: { message: string; reason: string }[] = [
  {
    message: "CSS: “container-type”: Property “container-type” doesn't exist.",
    reason:
      'Container queries (CSS Containment Module Level 3) are in every current browser; the checker’s CSS validator does not know them yet.',
  },
  {
    message: 'CSS: Unrecognized at-rule “@container”',
    reason: 'The same: the checker’s CSS validator predates container queries.',
  },
  {
    message: 'CSS: “pointer-events”: “bounding-box” is not a “pointer-events” value.',
    reason:
      'bounding-box is a value of pointer-events in SVG 2 (Interactivity, the pointer-events property); the checker knows only SVG 1.1’s values. A browser without it ignores the declaration.',
  },
];

interface Message {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

// The benchmark's baseline pages (npm run bench) are not the site's and are not checked.
const files = prerenderedPages()
  .filter((file) => !file.startsWith(`bench-baseline${path.sep}`))
  .map((file) => path.join(EXPORT_DIR, file));
if (files.length === 0) throw new Error(`No pages in ${EXPORT_DIR}/: build first`);

const run = spawnSync(
  'java',
  ['-jar', String(vnuJar), '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
  { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
if (run.error || run.status !== 0)
  throw new Error(
    `The Nu HTML Checker did not run (it needs Java 11 or later on the PATH): ${run.error?.message ?? run.stderr}`,
  );
// The checker writes its report to standard error.
const { messages } = JSON.parse(run.stderr) as { messages: Message[] };

const errors = messages.filter((m) => !ALLOWED.some((allowed) => allowed.message === m.message));
const unused = ALLOWED.filter((allowed) => !messages.some((m) => m.message === allowed.message));

const where = (m: Message) =>
  `${path.relative(process.cwd(), m.url.replace(/^file:/, ''))}${m.lastLine ? `:${m.lastLine}` : ''}`;
const byMessage = new Map<string, Map<string, number>>();
for (const m of errors) {
  const places = byMessage.get(m.message) ?? new Map<string, number>();
  places.set(where(m), (places.get(where(m)) ?? 0) + 1);
  byMessage.set(m.message, places);
}
for (const [message, places] of byMessage) {
  const listed = [...places].map(([place, count]) => (count > 1 ? `${place} (${count}×)` : place));
  const total = [...places.values()].reduce((sum, count) => sum + count, 0);
  console.error(
    `${total} × ${message}\n    ${listed.slice(0, 5).join('\n    ')}${listed.length > 5 ? `\n    … and ${listed.length - 5} more places` : ''}`,
  );
}
for (const allowed of unused)
  console.error(`Allowed but no longer reported, remove it from the list: ${allowed.message}`);

if (errors.length > 0 || unused.length > 0) {
  console.error(
    `The Nu HTML Checker: ${errors.length} errors in ${new Set(errors.map((m) => m.url)).size} of ${files.length} pages.`,
  );
  process.exit(1);
}
console.log(
  `The Nu HTML Checker: no errors in ${files.length} pages (${messages.length} messages of its own gaps allowed).`,
);
