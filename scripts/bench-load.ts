// `npm run bench:load`: a bounded load run against the real `next start` on 127.0.0.1, at 50
// and 200 concurrent connections, across every page and download, after one warm-up request to
// each. A benchmark, not a test.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';

import { charts } from '../lib/charts/registry';
import { loadDeck } from '../lib/present/load-deck';
import { buildUnlessAsked, startServer } from './serve';
import { sitePaths } from '../lib/site';

const PORT = Number(process.env.LOAD_PORT ?? 3400);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);

function downloads(dir = path.join('public', 'downloads')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? downloads(path.join(dir, entry.name))
      : [`/${path.join(dir, entry.name).split(path.sep).slice(1).join('/')}`],
  );
}

async function main() {
  buildUnlessAsked();
  const paths = [
    ...sitePaths(
      charts.map((c) => c.slug),
      loadDeck().length,
    ),
    ...charts.map((c) => `/embed/${c.slug}`),
    '/sitemap.xml',
    '/datapackage.json',
    ...downloads(),
  ];
  const server = await startServer(PORT);
  try {
    // One request to every path first, as a deployed server would have had: the first request to
    // each route loads its code, a cost of the first minute after a deploy, not of steady load.
    for (const p of paths) {
      const response = await fetch(server.origin + p);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${p} answered ${response.status} before the load run`);
    }
    const rows = [];
    for (const connections of [50, 200]) {
      const result = await autocannon({
        url: server.origin,
        connections,
        duration: SECONDS,
        requests: paths.map((p) => ({ method: 'GET', path: p })),
      });
      const row = {
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
        `${connections} connections: ${row.requestsPerSecond} req/s, p50 ${row.latencyP50ms} ms, p99 ${row.latencyP99ms} ms, ${row.errors} errors, ${row.non2xx} non-2xx`,
      );
    }
    console.table(rows);
    mkdirSync('bench', { recursive: true });
    writeFileSync(
      'bench/load.json',
      JSON.stringify(
        {
          takenAt: new Date().toISOString(),
          machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
          paths: paths.length,
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
