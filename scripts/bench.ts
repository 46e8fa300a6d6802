// `npm run bench`: how long a person waits for each chart, against the fastest page physically
// possible — a hand-written HTML page with the same SVG inline and no script, served by the same
// server. A benchmark, not a test: it reports, it never fails on timing. Budgets are reported.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, type Browser } from '@playwright/test';

import { chromiumLaunchOptions } from '../chromium';
import { charts } from '../lib/charts/registry';
import { buildUnlessAsked, startServer } from './serve';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_RATIO = 1.25;
// Slow 4G as Lighthouse models it: about 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const BASELINE_DIR = path.join(process.cwd(), 'public', 'bench-baseline');

interface Sample {
  timeToChart: number;
  fcp: number;
  jsBytes: number;
  totalBytes: number;
  scripts: { url: string; bytes: number; own: boolean; recharts: boolean }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// Marks the moment the first chart mark is laid out and a frame has been painted after it.
const WATCH_CHART = `
  (() => {
    const check = () => {
      const mark = document.querySelector('svg.chart-svg [data-mark]');
      if (mark && mark.getBoundingClientRect().width > 0) {
        requestAnimationFrame(() => setTimeout(() => { window.__chartPainted = performance.now(); }, 0));
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();
`;

async function measure(
  browser: Browser,
  url: string,
  contents: Map<string, string>,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const types = new Map<string, { type: string; url: string }>();
  const sizes = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) =>
    types.set(event.requestId, { type: event.type, url: event.response.url }),
  );
  cdp.on('Network.loadingFinished', (event) => sizes.set(event.requestId, event.encodedDataLength));
  await page.addInitScript(WATCH_CHART);

  await page.goto(url, { waitUntil: 'load' });
  // Strings, not functions: what runs in the page must not depend on how this file was compiled.
  await page.waitForFunction('window.__chartPainted !== undefined', null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const timing = (await page.evaluate(
    "({ chart: window.__chartPainted, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN })",
  )) as { chart: number; fcp: number };

  const scripts: Sample['scripts'] = [];
  let totalBytes = 0;
  for (const [id, bytes] of sizes) {
    totalBytes += bytes;
    const info = types.get(id);
    if (info?.type !== 'Script') continue;
    if (!contents.has(info.url)) contents.set(info.url, await (await fetch(info.url)).text());
    const text = contents.get(info.url)!;
    // The project's own code carries its own marks; everything else is React and Next.js.
    scripts.push({
      url: info.url,
      bytes,
      own: /data-mark-link|Open the explorer|explore-heading|writeParam/.test(text),
      recharts: text.includes('recharts-'),
    });
  }
  await context.close();
  return {
    timeToChart: timing.chart,
    fcp: timing.fcp,
    jsBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    totalBytes,
    scripts,
  };
}

/**
 * The physical limit: the chart page's own SVG, inline in a minimal page, with no script. Taken
 * from the prerendered HTML of the build, and written before the server starts, which serves only
 * the public files it finds at start.
 */
function writeBaselines() {
  rmSync(BASELINE_DIR, { recursive: true, force: true });
  mkdirSync(BASELINE_DIR, { recursive: true });
  for (const chart of charts) {
    const html = readFileSync(
      path.join('.next', 'server', 'app', 'charts', `${chart.slug}.html`),
      'utf8',
    );
    const svg = /<svg[^>]*class="chart-svg"[\s\S]*?<\/svg>/.exec(html)?.[0];
    if (!svg) throw new Error(`No chart SVG found in /charts/${chart.slug}`);
    writeFileSync(
      path.join(BASELINE_DIR, `${chart.slug}.html`),
      `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${chart.title}</title><style>body{margin:0 auto;max-width:68rem;padding:0 1.25rem;font-family:system-ui,sans-serif}svg{display:block;width:100%;height:auto}</style><h1>${chart.title}</h1>${svg}</html>`,
    );
  }
}

async function main() {
  buildUnlessAsked();
  writeBaselines();
  const server = await startServer(PORT);
  try {
    const browser = await chromium.launch(chromiumLaunchOptions);
    const contents = new Map<string, string>();
    const rows = [];
    for (const chart of charts) {
      const page: Sample[] = [];
      const baseline: Sample[] = [];
      // Interleaved, so that a slow moment of the machine falls on both alike.
      for (let run = 0; run < RUNS; run++) {
        page.push(await measure(browser, `${server.origin}/charts/${chart.slug}`, contents));
        baseline.push(
          await measure(browser, `${server.origin}/bench-baseline/${chart.slug}.html`, contents),
        );
      }
      const first = page[0]!;
      const row = {
        page: `/charts/${chart.slug}`,
        timeToChartMs: Math.round(median(page.map((s) => s.timeToChart))),
        baselineTimeToChartMs: Math.round(median(baseline.map((s) => s.timeToChart))),
        ratio: 0,
        fcpMs: Math.round(median(page.map((s) => s.fcp))),
        baselineFcpMs: Math.round(median(baseline.map((s) => s.fcp))),
        jsKB: Math.round(first.jsBytes / 102.4) / 10,
        frameworkJsKB:
          Math.round(
            first.scripts.filter((s) => !s.own).reduce((sum, s) => sum + s.bytes, 0) / 102.4,
          ) / 10,
        ownJsKB:
          Math.round(
            first.scripts.filter((s) => s.own).reduce((sum, s) => sum + s.bytes, 0) / 102.4,
          ) / 10,
        totalKB: Math.round(first.totalBytes / 102.4) / 10,
        baselineTotalKB: Math.round(baseline[0]!.totalBytes / 102.4) / 10,
        rechartsBeforeInteraction: first.scripts.some((s) => s.recharts),
      };
      row.ratio = Math.round((row.timeToChartMs / row.baselineTimeToChartMs) * 100) / 100;
      rows.push(row);
      console.log(
        `${row.page}: ${row.timeToChartMs} ms to chart (baseline ${row.baselineTimeToChartMs} ms, ×${row.ratio})`,
      );
    }
    await browser.close();

    console.log(
      `\nTime to chart, ${RUNS} interleaved runs, medians; Chromium, ${CPU_SLOWDOWN}× CPU slowdown, 1.6 Mbit/s, 150 ms RTT, cache off.\n`,
    );
    console.table(
      rows.map((r) => ({
        ...r,
        withinBudget: r.ratio <= BUDGET_RATIO && !r.rechartsBeforeInteraction,
      })),
    );
    const result = {
      takenAt: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      conditions: {
        runs: RUNS,
        cpuSlowdown: CPU_SLOWDOWN,
        downloadMbit: 1.6,
        latencyMs: 150,
        cache: 'off',
        viewport: '1024×768',
      },
      budget: { timeToChartRatio: BUDGET_RATIO, rechartsBeforeInteraction: false },
      rows,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', JSON.stringify(result, null, 2) + '\n');
    const missed = rows.filter((r) => r.ratio > BUDGET_RATIO || r.rechartsBeforeInteraction);
    console.log(
      missed.length === 0
        ? '\nEvery page is within its budget.'
        : `\nOver budget: ${missed.map((r) => r.page).join(', ')}`,
    );
    console.log('Written to bench/results.json.');
  } finally {
    server.stop();
    rmSync(BASELINE_DIR, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
