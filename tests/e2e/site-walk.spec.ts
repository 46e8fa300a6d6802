// The site walk: each page of the site and each embed is opened once, at 1024×768 with its
// scripts run, and checked on that one visit for its language and headings, its links, axe's
// audit, the keyboard, and no request to another origin nor breach of its script policy. Pages
// whose layout changes on a phone are audited again there. (No style rule changes between 1024
// px and a wider screen: the site's column stops widening at its cap of 68rem, 1088 px, and the
// deck's type grows with the screen, whose slides present.spec.ts measures at 1280×720.) The walk
// is cut into runs of a few pages, each a test, so that Playwright's workers share it however
// many pages the site has.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { axeFindings } from './axe';
import { waitForHydration } from './hydration';
import { expectKeyboardWalk } from './keyboard';
import {
  allowForVisits,
  embedPages,
  expectContentWithoutScripts,
  pagesIn,
  runsOf,
  sitePages,
} from './walk';
import { foreignRequests, policyViolations } from './watch';
import { charts } from '@/lib/charts/registry';
import { TRANSLATIONS } from '@/lib/locale/locales';
import { slidePath } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/load-deck';
import { chartPath, handoutPath, teachPath } from '@/lib/site/paths';

type Size = { width: number; height: number };

const LAPTOP: Size = { width: 1024, height: 768 };
const PHONE: Size = { width: 375, height: 812 };
const sizeName = ({ width, height }: Size) => `${width}×${height}`;

const walked = [...sitePages, ...embedPages];
const firstSlug = charts[0]!.slug;
const chartPages = charts.map((chart) => chartPath(chart.slug));

/**
 * One page of each template. The deck's slides share one: the title slide and the first chart
 * slide stand in for the others on a phone, and every slide is walked at 1024×768, the
 * projector size the deck is made for.
 */
const onePerTemplate = [
  '/',
  '/data',
  '/about',
  '/corrections',
  chartPath(firstSlug),
  embedPages[0]!,
  slidePath(1),
  slidePath(loadDeck('en').findIndex((slide) => slide.kind === 'chart') + 1),
  '/present/overview',
  '/present/presenter',
  '/present/print',
];

/**
 * Below 600 px each chart draws a narrow layout of its own, so every chart page and every embed
 * is audited on a phone; so is one page of each template, whose text and controls reflow there
 * (the presenter view becomes one column below 800 px). The handout and the teacher's page are
 * the same for every chart, and the handout's narrow chart is the chart page's: one of each.
 */
const phonePages = [
  ...new Set([
    ...onePerTemplate,
    ...chartPages,
    ...embedPages,
    handoutPath(firstSlug),
    teachPath(firstSlug),
  ]),
];

/**
 * Opens `path` and waits until the page's scripts have all run. Not until the network is idle
 * too: that waits half a second after the last request on every visit, and a request that comes
 * later is still seen by the watch on the page.
 */
async function open(page: Page, path: string, scripts = true) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  if (scripts) await waitForHydration(page);
}

/**
 * Watches the page for requests to other origins and breaches of its Content-Security-Policy;
 * what it returns checks there were none since it was last called, naming the page.
 */
function watchForeignAndPolicy(page: Page, baseURL: string | undefined) {
  // Students' reading is their own business: no page asks any other origin for anything.
  const foreign = foreignRequests(page, new URL(baseURL!).origin);
  const policy = policyViolations(page);
  return (path: string) => {
    expect(foreign.splice(0), `${path}: requests to another origin`).toEqual([]);
    expect(policy.splice(0), `${path}: Content-Security-Policy violations`).toEqual([]);
  };
}

async function expectLanguageAndHeadings(page: Page, path: string, locale = 'en') {
  await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
  if (!/^(\/[a-z]{2})?\/embed\//.test(path)) expect(levels[0], `${path} starts with an h1`).toBe(1);
  levels.forEach((level, index) => {
    if (index > 0)
      expect(
        level - levels[index - 1]!,
        `${path}: h${levels[index - 1]} then h${level}`,
      ).toBeLessThanOrEqual(1);
  });
}

type Link = { href: string; on: string };

/** Where the page's links lead, each address once, with the page they are on. */
async function linksOn(page: Page, path: string): Promise<Link[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set(hrefs)].map((href) => ({ href, on: path }));
}

/**
 * Checks that every link resolves: a link to another site is https, a link within the site
 * leads to a page that is served and, down to its #fragment, to an id of that page. Each page
 * linked to is asked for once. The links are checked together, once the pages are walked: a
 * connection left idle through a visit's audits may be closed by the server as it is reused.
 */
async function expectLinksResolve(request: APIRequestContext, origin: string, links: Link[]) {
  const ids = new Map<string, Set<string>>();
  for (const { href, on } of links) {
    const url = new URL(href);
    if (url.origin !== origin) {
      expect(url.protocol, `${href} on ${on}`).toBe('https:');
      continue;
    }
    if (!ids.has(url.pathname)) {
      const response = await request.get(url.pathname);
      expect(response.status(), `${href} on ${on}`).toBe(200);
      ids.set(
        url.pathname,
        new Set([...(await response.text()).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)),
      );
    }
    if (url.hash)
      expect(ids.get(url.pathname), `${href} on ${on}`).toContain(
        decodeURIComponent(url.hash.slice(1)),
      );
  }
}

/**
 * A link of a page stays in the page's language: to its pages, its downloads, its deck. Only the
 * language switch (whose links name their language) leads to the others, and the canonical data
 * package is one for all.
 */
async function expectLinksStayIn(page: Page, path: string, locale: string) {
  const astray = await page.locator('a[href]:not([hreflang])').evaluateAll(
    (links, [own, translations]) =>
      links
        .map((a) => new URL((a as HTMLAnchorElement).href))
        .filter((url) => url.origin === location.origin && url.pathname !== '/datapackage.json')
        .map((url) => url.pathname)
        .filter((pathname) => {
          const folder = (translations as string[]).find(
            (t) => pathname === `/${t}` || pathname.startsWith(`/${t}/`),
          );
          return (folder ?? 'en') !== own;
        }),
    [locale, [...TRANSLATIONS]] as const,
  );
  expect(astray, `${path}: links out of its language`).toEqual([]);
}

/**
 * The first page of each kind (a chart page, a handout, a slide, the overview …), the kinds
 * dealt out among the translations in turn, so that each kind is audited in one of them. A
 * page of one kind is made by one component in every language, with the same controls, roles and
 * colours, and only its words differ; every word is there (the parity check stops the build
 * otherwise), every page's language is checked on the walk, and the Nu HTML Checker reads every
 * page of every language for duplicate ids.
 */
function kindsFor(locale: (typeof TRANSLATIONS)[number]): string[] {
  const slugs = new RegExp(`/(${charts.map((chart) => chart.slug).join('|')})(?=/|$)`);
  const kindOf = (path: string) => path.replace(slugs, '/:chart').replace(/\/\d+$/, '/:n');
  const seen = new Map<string, string>();
  for (const path of pagesIn(locale)) if (!seen.has(kindOf(path))) seen.set(kindOf(path), path);
  const turn = TRANSLATIONS.indexOf(locale);
  return [...seen.values()].filter((_, kind) => kind % TRANSLATIONS.length === turn);
}

/**
 * Each page of a language walked once, in runs: its language, headings, links (which stay in the
 * language and resolve), no other origin and no policy broken. With its scripts, axe's audit and
 * the walk with Tab too; without them (axe needs a page's scripts), its content shown. Each
 * run's time follows its pages (`msPerVisit`).
 */
function walkEachPageOnce(
  locale: string,
  paths: readonly string[],
  { perRun, msPerVisit, scripts }: { perRun: number; msPerVisit: number; scripts: boolean },
) {
  const checks = scripts
    ? 'language, headings, links, axe, keyboard, no other origin, no policy broken'
    : 'without scripts, language, headings, content, links, no other origin';
  test.describe(`each page${locale === 'en' ? '' : ` in ${locale}`} once at ${sizeName(LAPTOP)}: ${checks}`, () => {
    test.use({ viewport: LAPTOP, javaScriptEnabled: scripts });

    const runs = runsOf(paths, perRun);
    runs.forEach((run, i) => {
      test(`walk ${i + 1} of ${runs.length}: ${run[0]} to ${run.at(-1)}`, async ({
        page,
        request,
        baseURL,
      }) => {
        allowForVisits(run.length, msPerVisit);
        const expectNothingForeign = watchForeignAndPolicy(page, baseURL);
        const links: Link[] = [];
        for (const path of run) {
          await open(page, path, scripts);
          await expectLanguageAndHeadings(page, path, locale);
          if (!scripts) await expectContentWithoutScripts(page, path);
          await expectLinksStayIn(page, path, locale);
          links.push(...(await linksOn(page, path)));
          if (scripts) {
            expect(await axeFindings(page), `${path} at ${sizeName(LAPTOP)}`).toEqual([]);
            await expectKeyboardWalk(page, path);
          }
          expectNothingForeign(path);
        }
        await expectLinksResolve(request, new URL(baseURL!).origin, links);
      });
    });
  });
}

// English: every page and embed with axe and the walk with Tab. A page takes about 8 s with both
// workers busy, most of it axe's audit and the walk with Tab (about a second on a slide, up to
// 20 s on a chart page, whose marks are a Tab stop each, and a minute on the deck's print
// version, which holds every slide's).
walkEachPageOnce('en', walked, { perRun: 6, msPerVisit: 25_000, scripts: true });

// Each translation: every page and embed as the server sends it (without scripts: the pages are
// prerendered, and their content must show without them; a visit takes under a second), and axe
// with its scripts on its share of the kinds of page (kindsFor). The walk with Tab is the English walk's: a
// translation's pages are made by the same components, with the same controls in the same
// order, and only their words differ; the deck's, the charts' and the prints' specs run their
// scripts in every language.
for (const locale of TRANSLATIONS) {
  walkEachPageOnce(locale, pagesIn(locale), { perRun: 20, msPerVisit: 4_000, scripts: false });

  test.describe(`in ${locale} at ${sizeName(LAPTOP)}`, () => {
    test.use({ viewport: LAPTOP });

    test('its share of the kinds of page passes axe', async ({ page }) => {
      const axed = kindsFor(locale);
      // axe's audit takes up to 5 s on a chart page with both workers busy.
      allowForVisits(axed.length, 10_000);
      for (const path of axed) {
        await open(page, path);
        expect(await axeFindings(page), `${path} at ${sizeName(LAPTOP)}`).toEqual([]);
      }
    });
  });
}

test.describe(`at ${sizeName(PHONE)}: axe, no other origin, no policy broken`, () => {
  test.use({ viewport: PHONE });

  const runs = runsOf(phonePages, 8);
  runs.forEach((run, i) => {
    test(`audit ${i + 1} of ${runs.length}: ${run[0]} to ${run.at(-1)}`, async ({
      page,
      baseURL,
    }) => {
      // A visit takes about 7 s with both workers busy, most of it axe's audit.
      allowForVisits(run.length, 25_000);
      const expectNothingForeign = watchForeignAndPolicy(page, baseURL);
      for (const path of run) {
        await open(page, path);
        expect(await axeFindings(page), `${path} at ${sizeName(PHONE)}`).toEqual([]);
        expectNothingForeign(path);
      }
    });
  });
});
