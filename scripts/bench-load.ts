// `npm run bench:load`: a bounded load run against `npm start`'s server on 127.0.0.1, at 50, 200
// and 1,000 concurrent connections, once across every page and once across every download, each
// request sending the Accept-Encoding a browser sends, after one warm-up request to each path. A
// benchmark, not a test.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';

import { charts } from '../lib/charts/registry';
import { loadDeck } from '../lib/present/load-deck';
import { buildUnlessAsked, startServer } from './serve';
import { sitePaths } from '../lib/site/pages';

const PORT = Number(process.env.LOAD_PORT ?? 3400);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);

const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const LEVELS = [50, 200, 1000];

function downloads(dir = path.join('public', 'downloads')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? downloads(path.join(dir, entry.name))
      : [`/${path.join(dir, entry.name).split(path.sep).slice(1).join('/')}`],
  );
}

async function run(origin: string, group: string, paths: string[]) {
  const rows = [];
  for (const connections of LEVELS) {
    const result = await autocannon({
      url: origin,
      connections,
      duration: SECONDS,
      requests: paths.map((p) => ({ method: 'GET', path: p, headers: BROWSER })),
    });
    const row = {
      group,
      connections,
      seconds: SECONDS,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyP50ms: result.latency.p50,
      latencyP99ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      megabytesPerSecond: Math.round((result.throughput.average / 2 ** 20) * 10) / 10,
    };
    rows.push(row);
    console.log(
      `${group}, ${connections} connections: ${row.requestsPerSecond} req/s, p50 ${row.latencyP50ms} ms, p99 ${row.latencyP99ms} ms, ${row.errors} errors (${row.timeouts} timeouts), ${row.non2xx} non-2xx`,
    );
  }
  return rows;
}

async function main() {
  buildUnlessAsked();
  const pages = [
    ...sitePaths(
      charts.map((c) => c.slug),
      loadDeck('en').length,
    ),
    ...charts.map((c) => `/embed/${c.slug}`),
    '/robots.txt',
  ];
  const files = ['/datapackage.json', ...downloads()];
  const server = await startServer(PORT);
  try {
    // One request to every path first, as a deployed server would have had.
    for (const p of [...pages, ...files]) {
      const response = await fetch(server.origin + p, { headers: BROWSER });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${p} answered ${response.status} before the load run`);
    }
    const rows = [
      ...(await run(server.origin, 'pages', pages)),
      ...(await run(server.origin, 'downloads', files)),
    ];
    console.table(rows);
    mkdirSync('bench', { recursive: true });
    writeFileSync(
      'bench/load.json',
      JSON.stringify(
        {
          takenAt: new Date().toISOString(),
          machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
          pages: pages.length,
          downloads: files.length,
          rows,
        },
        null,
        2,
      ) + '\n',
    );
    const failed = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
    console.log(
      failed.length === 0
        ? 'Zero errors and zero non-2xx responses.'
        : 'Some requests failed: see the table.',
    );
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
