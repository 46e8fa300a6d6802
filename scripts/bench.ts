// `npm run bench`: how long a person waits for each chart, against the fastest page physically
// possible — a hand-written HTML page with the same SVG inline and no script, served by the same
// server. A benchmark, not a test: it reports, it never fails on timing. Budgets are reported.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';

import { chromiumLaunchOptions } from '../chromium';
import { MARK_PAINT_TIMING } from '../lib/grammar/render';
import { charts } from '../lib/charts/registry';
import { EXPORT_DIR } from './prerendered-pages';
import { buildUnlessAsked, startServer } from './serve';
import { chartPath } from '../lib/site/paths';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
// With 9 runs, one page's ratio moved by up to 0.19 between runs of the same build; a median of 15
// strays less, for about four minutes in all.
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BUDGET_RATIO = 1.25;
// Slow 4G as Lighthouse models it: about 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const BASELINE_DIR = path.join(process.cwd(), EXPORT_DIR, 'bench-baseline');

/**
 * Every chart page in English, and the first chart in one translation (Russian: the longest words
 * and a Cyrillic page) beside its English, each against its own baseline.
 */
interface BenchPage {
  chart: (typeof charts)[number];
  locale: NonNullable<Parameters<typeof chartPath>[1]>;
}
const PAGES: BenchPage[] = [
  ...charts.map((chart) => ({ chart, locale: 'en' as const })),
  { chart: charts[0]!, locale: 'ru' },
];
const baselineName = ({ chart, locale }: BenchPage) =>
  `${locale === 'en' ? '' : `${locale}-`}${chart.slug}.html`;

interface Sample {
  timeToChart: number;
  /** When React has hydrated the page; null for the baseline, which has no script. */
  interactive: number | null;
  fcp: number;
  /** Every byte the page itself loads, compressed; what Next.js fetches ahead for other pages aside. */
  totalBytes: number;
  scripts: { url: string; bytes: number; own: boolean; recharts: boolean; prefetch: boolean }[];
}

/** The value below which a share `q` of `values` falls, interpolated between neighbours. */
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
};
const median = (values: number[]) => quantile(values, 0.5);
/** Bytes as kilobytes, to one decimal. */
const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;
const scriptKilobytes = (scripts: Sample['scripts']) =>
  kilobytes(scripts.reduce((sum, s) => sum + s.bytes, 0));
const quartiles = (values: number[]) =>
  [quantile(values, 0.25), quantile(values, 0.75)].map(Math.round).join('–');

// Time to chart: when the browser showed the frame in which the last of the chart's marks on screen
// was painted, as the browser itself reports it (Element Timing, on the marks' labels). The guess
// used before — a timer set in the first animation frame with a mark laid out — fired 20–35 ms
// before that frame was shown on the small baseline, and up to 50 ms after it on the real page,
// whose parser ran first: an error against the page. Screenshots taken in a trace agree with
// Element Timing within 2 ms. Also: the moment React has taken over the page (hydrated it), which
// is when its controls start to work. React leaves a "__reactFiber…" property on each element it
// hydrates: a probe for the benchmark only, since the page itself has no reason to announce it.
const WATCH_PAGE = `
  (() => {
    const painted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.identifier === ${JSON.stringify(MARK_PAINT_TIMING)}) painted.push(entry.renderTime);
    }).observe({ type: 'element', buffered: true });
    // Which labels are on screen is asked only once the page has loaded: asking forces a layout,
    // which during loading would add work to the page being measured.
    addEventListener('load', () => {
      const onScreen = [...document.querySelectorAll('svg.chart-svg [elementtiming=${JSON.stringify(MARK_PAINT_TIMING)}]')].filter((label) => {
        const box = label.getBoundingClientRect();
        return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
      }).length;
      const check = () => {
        if (onScreen > 0 && painted.length >= onScreen) window.__chartPainted = Math.max(...painted);
        else setTimeout(check, 20);
      };
      check();
    });
    const hydrated = () => {
      const main = document.querySelector('main');
      if (main && Object.keys(main).some((key) => key.startsWith('__reactFiber'))) {
        window.__hydrated = performance.now();
        return;
      }
      setTimeout(hydrated, 10);
    };
    setTimeout(hydrated, 10);
  })();
`;

/**
 * Waits until `expression` is defined in the page. Asked from here, because the page's own policy
 * forbids the eval that page.waitForFunction polls with; and a string, not a function, so that what
 * runs in the page does not depend on how this file was compiled.
 */
async function until(page: Page, expression: string) {
  for (const start = Date.now(); Date.now() - start < 60_000;) {
    if ((await page.evaluate(`${expression} !== undefined`)) === true) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${expression} still undefined after 60 s on ${page.url()}`);
}

interface Tab {
  page: Page;
  cdp: CDPSession;
  /** What each request of the current navigation was, and its size on the wire. */
  types: Map<string, { type: string; url: string }>;
  sizes: Map<string, number>;
}

/**
 * One tab for every run, as Lighthouse does it: each navigation starts from a blank page with the
 * browser's cache emptied, so nothing the site sends is kept; but the renderer is already running.
 * A fresh browser context per run also counted the start of a new renderer, 200–600 ms that vary
 * from run to run and belong to neither page: it buried the difference this benchmark measures.
 */
async function openTab(browser: Browser): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const tab: Tab = { page, cdp, types: new Map(), sizes: new Map() };
  cdp.on('Network.responseReceived', (event) =>
    tab.types.set(event.requestId, { type: event.type, url: event.response.url }),
  );
  cdp.on('Network.loadingFinished', (event) =>
    tab.sizes.set(event.requestId, event.encodedDataLength),
  );
  await page.addInitScript(WATCH_PAGE);
  return tab;
}

async function measure(
  { page, cdp, types, sizes }: Tab,
  url: string,
  contents: Map<string, string>,
  { hydrates }: { hydrates: boolean },
): Promise<Sample> {
  await page.goto('about:blank');
  await cdp.send('Network.clearBrowserCache');
  types.clear();
  sizes.clear();
  await page.goto(url, { waitUntil: 'load' });
  await until(page, 'window.__chartPainted');
  if (hydrates) await until(page, 'window.__hydrated');
  await page.waitForLoadState('networkidle');
  const timing = (await page.evaluate(
    "({ chart: window.__chartPainted, interactive: window.__hydrated ?? null, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN })",
  )) as { chart: number; interactive: number | null; fcp: number };

  const text = async (address: string) => {
    if (!contents.has(address)) contents.set(address, await (await fetch(address)).text());
    return contents.get(address)!;
  };
  const html = await text(url);
  const scripts: Sample['scripts'] = [];
  let totalBytes = 0;
  for (const [id, bytes] of sizes) {
    const info = types.get(id);
    if (!info) continue;
    // Once the page is interactive, Next.js fetches ahead the data and code of the pages its
    // visible links lead to: not this page's, and only sometimes done before the network is idle.
    // The page itself fetches nothing, so every fetch() is one of those (the export's payloads,
    // `__next.*.txt`, carry no `_rsc` parameter).
    const prefetch =
      info.type === 'Fetch' ||
      new URL(info.url).searchParams.has('_rsc') ||
      (info.type === 'Script' && !html.includes(new URL(info.url).pathname));
    if (!prefetch) totalBytes += bytes;
    if (info.type !== 'Script') continue;
    const code = await text(info.url);
    scripts.push({
      url: info.url,
      bytes,
      // The project's own code carries its own marks; everything else is React and Next.js.
      own: /data-mark-link|Open the explorer|explore-heading|writeParam/.test(code),
      recharts: code.includes('recharts-'),
      prefetch,
    });
  }
  return {
    timeToChart: timing.chart,
    interactive: timing.interactive,
    fcp: timing.fcp,
    totalBytes,
    scripts,
  };
}

/**
 * The physical limit: the chart page's own SVG, inline in a minimal page, with no script. Taken
 * from the exported HTML of the build, written into the export with its Brotli and gzip copies as
 * the build's pages have them, before the server starts (it serves the files it finds at start).
 */
function writeBaselines() {
  rmSync(BASELINE_DIR, { recursive: true, force: true });
  mkdirSync(BASELINE_DIR, { recursive: true });
  for (const page of PAGES) {
    const { chart, locale } = page;
    const address = chartPath(chart.slug, locale);
    const html = readFileSync(path.join(EXPORT_DIR, `${address}.html`), 'utf8');
    const svg = /<svg[^>]*class="chart-svg"[\s\S]*?<\/svg>/.exec(html)?.[0];
    if (!svg) throw new Error(`No chart SVG found in ${address}`);
    if (!svg.includes(`elementtiming="${MARK_PAINT_TIMING}"`))
      throw new Error(
        `${address} has no Element Timing attributes: the export is a reader's build, not the benchmark's (build with BENCH=1 npm run build, or leave out --no-build)`,
      );
    const file = path.join(BASELINE_DIR, baselineName(page));
    const { title } = chart.heading(locale);
    writeFileSync(
      file,
      `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><style>body{margin:0 auto;max-width:68rem;padding:0 1.25rem;font-family:system-ui,sans-serif}svg{display:block;width:100%;height:auto}</style><h1>${title}</h1>${svg}</html>`,
    );
    const content = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(content));
    writeFileSync(`${file}.gz`, gzipSync(content));
  }
}

async function main() {
  // The Element Timing attributes that time the chart are only in a build made with BENCH=1.
  buildUnlessAsked({ BENCH: '1' });
  writeBaselines();
  const server = await startServer(PORT);
  try {
    const browser = await chromium.launch(chromiumLaunchOptions);
    const tab = await openTab(browser);
    const contents = new Map<string, string>();
    const targets = PAGES.map((page) => ({
      address: chartPath(page.chart.slug, page.locale),
      url: `${server.origin}${chartPath(page.chart.slug, page.locale)}`,
      baselineUrl: `${server.origin}/bench-baseline/${baselineName(page)}`,
      page: [] as Sample[],
      baseline: [] as Sample[],
    }));
    // One request each first, and one load in the tab, so that no run pays for the server's first
    // answer or the tab's first renderer.
    for (const target of targets) await Promise.all([fetch(target.url), fetch(target.baselineUrl)]);
    await measure(tab, targets[0]!.baselineUrl, contents, { hydrates: false });
    // Interleaved — each page beside its baseline, every chart in each run — so that a slow moment
    // of the machine falls on all alike.
    for (let run = 1; run <= RUNS; run++) {
      for (const target of targets) {
        target.page.push(await measure(tab, target.url, contents, { hydrates: true }));
        target.baseline.push(await measure(tab, target.baselineUrl, contents, { hydrates: false }));
      }
      console.log(`Run ${run} of ${RUNS} done.`);
    }
    const rows = [];
    for (const { address, page, baseline } of targets) {
      const first = page[0]!;
      const row = {
        page: address,
        timeToChartMs: Math.round(median(page.map((s) => s.timeToChart))),
        baselineTimeToChartMs: Math.round(median(baseline.map((s) => s.timeToChart))),
        ratio: 0,
        // The middle half of the runs, to show how far one run can stray from the median.
        timeToChartQuartilesMs: quartiles(page.map((s) => s.timeToChart)),
        baselineQuartilesMs: quartiles(baseline.map((s) => s.timeToChart)),
        interactiveMs: Math.round(median(page.map((s) => s.interactive!))),
        fcpMs: Math.round(median(page.map((s) => s.fcp))),
        baselineFcpMs: Math.round(median(baseline.map((s) => s.fcp))),
        jsKB: scriptKilobytes(first.scripts.filter((s) => !s.prefetch)),
        frameworkJsKB: scriptKilobytes(first.scripts.filter((s) => !s.prefetch && !s.own)),
        ownJsKB: scriptKilobytes(first.scripts.filter((s) => !s.prefetch && s.own)),
        // Medians too: a run's bytes can take in a fetch-ahead that ended early.
        totalKB: kilobytes(median(page.map((s) => s.totalBytes))),
        baselineTotalKB: kilobytes(median(baseline.map((s) => s.totalBytes))),
        rechartsBeforeInteraction: page.some((sample) => sample.scripts.some((s) => s.recharts)),
      };
      row.ratio = Math.round((row.timeToChartMs / row.baselineTimeToChartMs) * 100) / 100;
      rows.push(row);
      console.log(
        `${row.page}: ${row.timeToChartMs} ms to chart (baseline ${row.baselineTimeToChartMs} ms, ×${row.ratio}), interactive at ${row.interactiveMs} ms`,
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
        tab: 'one for every run, cache emptied before each load',
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
