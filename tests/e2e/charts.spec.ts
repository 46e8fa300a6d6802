import { expect, test, type Page } from '@playwright/test';

import { waitForHydration } from './hydration';
import { keepScreenshot } from './screenshots';
import { textsPastTheEdge } from './svg-text';
import { charts as registered } from '@/lib/charts/registry';
import { LOCALES } from '@/lib/locale/locales';
import { formatCount } from '@/lib/locale/format';
import { chartPath, handoutPath, localePath, soundWordsPath } from '@/lib/site/paths';
import { readSoundWords, siteClientWords } from '@/lib/text/chart-file';

import { axeFindings } from './axe';

const slugs = registered.map((chart) => chart.slug);

/** The chart that is showing at the current width (the page holds a wide and a narrow layout). */
const visibleChart = (page: Page) => page.locator('.chart-figure svg.chart-svg:visible');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { slug, title } of registered.map((chart) => ({
    slug: chart.slug,
    ...chart.heading('en'),
  }))) {
    test(`/charts/${slug} has its chart, labels, values and data table in the HTML`, async ({
      page,
    }) => {
      await page.goto(`/charts/${slug}`);
      const svg = visibleChart(page);
      await expect(svg).toHaveCount(1);
      await expect(svg).toHaveAttribute('role', 'img');
      // Named by the page's own heading, which the SVG does not repeat.
      await expect(svg).toHaveAccessibleName(title);
      await expect(svg.locator('desc')).not.toBeEmpty();
      const marks = svg.locator('[data-mark]');
      expect(await marks.count()).toBeGreaterThan(2);
      // Every mark is drawn with visible shapes and the table has a caption and rows.
      for (const mark of await marks.all())
        expect(await mark.evaluate((g) => g.getBoundingClientRect().width)).toBeGreaterThan(0);
      await expect(page.locator('.chart-table caption')).not.toBeEmpty();
      expect(await page.locator('.chart-table tbody tr').count()).toBeGreaterThan(2);
    });
  }

  test('the GPU chart shows its values and its unknowns as text in the server HTML', async ({
    page,
  }) => {
    await page.goto('/charts/gpu-1924');
    const svg = visibleChart(page);
    for (const text of [
      '11,453',
      '1,858',
      '18,200',
      '15,501 organisations',
      '5,078,174 letters',
      '? unknown',
      '— not printed',
    ]) {
      await expect(svg.getByText(text, { exact: true }).first()).toBeVisible();
    }
    await expect(svg).toContainText('Letters: 5,078,174 (98.9%)');
  });

  test('the Table switch works without JavaScript', async ({ page }) => {
    await page.goto('/charts/personnel');
    await page.getByText('Table', { exact: true }).click();
    await expect(page.locator('.chart-figure')).toBeHidden();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('row', { name: /Military/ })).toContainText('180,000');
  });

  test('no button that needs scripts is offered, and the explorer says what it needs', async ({
    page,
  }) => {
    await page.goto('/charts/personnel');
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByText('The explorer needs JavaScript')).toBeVisible();
  });
});

test('pointing at a mark shows its value and note, and lights the note that explains it', async ({
  page,
}) => {
  await page.goto('/charts/personnel');
  const mark = visibleChart(page).locator('[data-mark="military-1925"]');
  await mark.hover();
  const tooltip = page.getByTestId('chart-tooltip');
  await expect(tooltip).toContainText('Military, 1925: 63,000 persons');
  await expect(tooltip).toContainText('Matches Werth');
  await expect(page.locator('li[data-explains~="military-1925"]')).toHaveClass(/is-active/);
});

/** What a chart page shows of its chart, table and texts: the same before and after React. */
const served = (page: Page) =>
  page.evaluate(() => ({
    marks: document.querySelectorAll('.chart-wide svg [data-mark]').length,
    narrowMarks: document.querySelectorAll('.chart-narrow svg [data-mark]').length,
    rows: document.querySelectorAll('.chart-table tbody tr').length,
    explanation: document.querySelector('#explanation')?.textContent?.length ?? 0,
    checks: document.querySelectorAll('.check-card').length,
    styled: getComputedStyle(document.body).backgroundColor,
  }));

test('the chart, table and texts sent as markup stay whole after React takes over and after going back', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/charts/sentences');
  const before = await served(page);
  expect(before.marks).toBeGreaterThan(20);
  await waitForHydration(page);
  expect(await served(page)).toEqual(before);
  // The breadcrumb's link is the router's: the home page is drawn from its payload, then the chart
  // page again from the payload it was first hydrated from, which holds none of that markup.
  await page.locator('.breadcrumb a').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.chart-card .chart-thumbnail').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/charts\/sentences$/);
  await expect.poll(() => served(page)).toEqual(before);
  // And a chart page the router reaches is drawn from its own payload, in full.
  await page.locator('.breadcrumb a').click();
  await page.locator('.chart-card a[href$="/charts/gulag"]').click();
  await expect(page).toHaveURL(/\/charts\/gulag$/);
  const reached = await served(page);
  expect(reached.marks).toBeGreaterThan(10);
  expect(reached.explanation).toBeGreaterThan(1000);
  await visibleChart(page).locator('[data-mark]').first().focus();
  await expect(page.getByTestId('chart-tooltip')).toBeVisible();
  expect(errors).toEqual([]);
});
for (const slug of slugs) {
  test(`/charts/${slug} is one Tab stop whose arrow keys reach every mark, each with an accessible name`, async ({
    page,
  }) => {
    await page.goto(`/charts/${slug}`);
    const marks = visibleChart(page).locator('[data-mark]');
    await expect(marks.first()).toHaveAttribute('tabindex', '0');
    const count = await marks.count();
    await expect(visibleChart(page).locator('[data-mark][tabindex="0"]')).toHaveCount(1);
    await marks.first().focus();
    const focused = page.locator(':focus');
    const names = new Set<string>();
    for (let i = 0; i < count; i++) {
      // One question to the page a mark: a chart of a hundred marks asked three took 16 s.
      const now = await page.evaluate(() => ({
        mark: document.activeElement?.getAttribute('data-mark'),
        name: document.activeElement?.getAttribute('aria-label'),
        tooltip: !!document
          .querySelector<HTMLElement>('[data-testid="chart-tooltip"]')
          ?.checkVisibility(),
      }));
      expect(now.mark, `${slug}: focus ${i + 1} is on a mark`).toBeTruthy();
      // React draws the tooltip just after the focus moves: waited for only if not drawn yet.
      if (!now.tooltip) await expect(page.getByTestId('chart-tooltip')).toBeVisible();
      names.add(now.name ?? '');
      await page.keyboard.press('ArrowRight');
    }
    expect(names.size).toBe(count);
    // The last mark keeps focus and the Tab stop; Home goes back to the first, End to the last.
    await expect(focused).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('Home');
    await expect(focused).toHaveAttribute(
      'data-mark',
      (await marks.first().getAttribute('data-mark'))!,
    );
    await page.keyboard.press('End');
    await expect(focused).toHaveAttribute(
      'data-mark',
      (await marks.last().getAttribute('data-mark'))!,
    );
    // Tab leaves the chart at once.
    await page.keyboard.press('Tab');
    await expect(focused).not.toHaveAttribute('data-mark', /.+/);
  });
}

test('the arrow keys move up and down the rows of a chart, as it is drawn', async ({ page }) => {
  await page.goto('/charts/death-share');
  const chart = visibleChart(page);
  await chart.locator('[data-mark="death-share-1921"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-mark', 'death-share-1922');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('data-mark', 'death-share-1921');
  await expect(page.getByTestId('chart-tooltip')).toContainText('1921: 27.1% sentenced to death');
});

test('the explorer is loaded only when opened, and its controls change the chart', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/charts/gpu-1924');
  await page.waitForLoadState('networkidle');
  const before = new Set(scripts);
  await expect(page.getByTestId('explorer')).toHaveCount(0);

  await page.getByRole('button', { name: 'Open the explorer' }).click();
  const explorer = page.getByTestId('explorer');
  await expect(explorer).toBeVisible();
  expect(scripts.filter((url) => !before.has(url)).length).toBeGreaterThan(0);

  await expect(explorer).toContainText('No bar for Cleansing of White Guard (unknown)');
  const firstTick = () =>
    explorer
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .first()
      .textContent();
  expect(await firstTick()).toContain('Arrested');
  await explorer.getByLabel('Order').selectOption('descending');
  await expect.poll(firstTick).toMatch(/^Taking under/);
  await explorer.getByLabel('Measure').selectOption('killed');
  await expect.poll(firstTick).toContain('Arrested “bandits”');
  await explorer.getByLabel('Logarithmic').check();
  await expect(explorer).toContainText('logarithmic scale');
});

test('the explorer’s figures play as sound on request, by keyboard, in the page’s language and layout', async ({
  page,
}) => {
  const locale = 'ru';
  const words = siteClientWords('explore', locale);
  const sound = readSoundWords(locale);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(chartPath('sentences', locale));
  await page.getByRole('button', { name: words['explore-open'] }).click();
  const explorer = page.getByTestId('explorer');
  await expect(explorer).toBeVisible();
  // Its words and the library come only when a reader asks to listen.
  expect(fetched).not.toContain(soundWordsPath(locale));
  const before = fetched.length;
  await explorer.getByRole('button', { name: words['explorer-listen'] }).click();

  // The player takes the focus; the arrow keys move along the years, each said with its figure.
  const player = explorer.locator('.chart-sound-player[role="application"]');
  await expect(player).toBeFocused();
  expect(fetched.slice(before)).toContain(soundWordsPath(locale));
  const captions = explorer.locator('.chart-sound-captions');
  // What it says is marked as Russian, for the screen reader's voice.
  await expect(captions).toHaveAttribute('lang', locale);
  await page.keyboard.press('ArrowRight');
  await expect(captions).toContainText(`1922, ${formatCount({ locale }, 6003)}`);
  await page.keyboard.press('End');
  await expect(captions).toContainText(`1940, ${formatCount({ locale }, 71806)}`);

  // H opens the help in Russian with the Russian layout on, where that key types «р».
  const cdp = await page.context().newCDPSession(page);
  for (const type of ['keyDown', 'keyUp'] as const)
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      key: 'р',
      code: 'KeyH',
      text: type === 'keyDown' ? 'р' : undefined,
      windowsVirtualKeyCode: 72,
    });
  const help = page.locator('dialog[open]');
  await expect(help).toContainText(sound['kbmg-title']!);
  await expect(help).toHaveAttribute('lang', locale);
  await expect(help).toContainText(sound['key-point-next']!);
  await expect(help.locator('th').first()).toHaveText(sound['table-shortcut']!);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  expect(await axeFindings(page), 'the explorer with its sound').toEqual([]);
});

test('on a slow network, the page’s scripts are fetched only once it has all arrived, and then run', async ({
  page,
  context,
}) => {
  // About 1.6 Mbit/s, as in `npm run bench`: slow enough that the page takes a while to arrive,
  // so a script fetched from the head would start before the page's last byte.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 200_000,
    uploadThroughput: 100_000,
  });
  await page.goto('/charts/personnel');
  await waitForHydration(page);
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return {
      arrived: navigation!.responseEnd,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/_next/static/') && entry.name.endsWith('.js'))
        .map((entry) => entry.startTime),
    };
  });
  expect(timing.scripts.length).toBeGreaterThan(3);
  // A script fetched from the head would start hundreds of milliseconds before the last byte at
  // this speed; the browser may record the last byte's arrival a millisecond after parsing it.
  for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.arrived - 5);
});

/**
 * Every fill or stroke that names a paint server (the unknown's hatching) against what it names:
 * the element it points at must be a pattern inside the same SVG, since a pattern inside an SVG
 * that is not displayed (the wide layout on a phone) is not drawn, and the unknown would be an
 * empty outline. Also every id the page holds more than once, and how far the page scrolls sideways.
 */
const paintAndIds = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    let drawn = 0;
    for (const element of document.querySelectorAll('svg [fill^="url("], svg [stroke^="url("]'))
      for (const attribute of ['fill', 'stroke']) {
        const id = /^url\(#([^)]+)\)$/.exec(element.getAttribute(attribute) ?? '')?.[1];
        if (!id) continue;
        const target = document.getElementById(id);
        const own = element.closest('svg');
        if (target?.localName !== 'pattern' || target.closest('svg') !== own)
          broken.push(`${attribute}="url(#${id})" points outside its own SVG`);
        else if (own && own.getBoundingClientRect().width > 0) drawn++;
      }
    const seen = new Map<string, number>();
    for (const { id } of document.querySelectorAll('[id]')) seen.set(id, (seen.get(id) ?? 0) + 1);
    return {
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      broken: [...new Set(broken)],
      drawn,
      duplicates: [...seen].filter(([, count]) => count > 1).map(([id]) => id),
    };
  });

for (const javaScriptEnabled of [false, true])
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'with JavaScript off', () => {
    test.use({ javaScriptEnabled });

    // Each language once: its words are longer or shorter, its charts the same.
    for (const locale of LOCALES)
      test(`at 375 px each chart’s page, embed and handout in ${locale} keep from scrolling sideways, hatch every unknown with a pattern of its own SVG, and repeat no id`, async ({
        page,
        request,
      }) => {
        await page.setViewportSize({ width: 375, height: 812 });
        let unknowns = 0;
        for (const slug of slugs)
          for (const path of [
            chartPath(slug, locale),
            localePath(locale, `/embed/${slug}`),
            handoutPath(slug, locale),
          ]) {
            // The unknowns of the narrow chart, the one a phone shows, as the server sends them.
            const html = await (await request.get(path)).text();
            const narrow = /class="chart-narrow">([\s\S]*?)<\/svg>/.exec(html)?.[1] ?? '';
            const inNarrow = narrow.split('fill="url(#').length - 1;
            await page.goto(path);
            const { broken, drawn, duplicates, sideways } = await paintAndIds(page);
            expect(sideways, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
            expect(broken, `${path}: hatching that is not drawn`).toEqual([]);
            expect(duplicates, `${path}: ids used more than once`).toEqual([]);
            expect(drawn, `${path}: unknowns hatched on screen`).toBeGreaterThanOrEqual(inNarrow);
            unknowns += inNarrow;
          }
        // The GPU's, the OGPU's and the Gulag's unknowns at least: a test that found none would
        // prove nothing.
        expect(unknowns).toBeGreaterThan(5);
      });
  });

/**
 * Sizes a chart page is read at: a phone, the projector, a laptop and a wide screen. At each, a
 * chart page opens on its chart (the first mark in the top 60% of the first screen, on a phone
 * within it) and the title is said once, above the chart.
 */
const SCREENS = [
  { width: 375, height: 812, firstMarkWithin: 1 },
  { width: 1024, height: 768, firstMarkWithin: 0.6 },
  { width: 1280, height: 800, firstMarkWithin: 0.6 },
  { width: 1920, height: 1080, firstMarkWithin: 0.6 },
] as const;

// Each chart page is opened once and seen at every size: its layout follows the window by CSS
// alone (the wide and the narrow chart are both in the page), so resizing shows what opening
// the page at that size would.
// In every language, whose words are longer or shorter than the English.
for (const locale of LOCALES)
  for (const { slug, title } of registered.map((chart) => ({
    slug: chart.slug,
    ...chart.heading(locale),
  }))) {
    test(`${chartPath(slug, locale)} at ${SCREENS.map(({ width, height }) => `${width}×${height}`).join(', ')}: no sideways scrolling, text of 12 px or more (14 px from 1024), no word cut off, and it opens on its chart, its title once above it`, async ({
      page,
    }) => {
      await page.setViewportSize(SCREENS[0]);
      await page.goto(chartPath(slug, locale));
      for (const { width, height, firstMarkWithin } of SCREENS) {
        await page.setViewportSize({ width, height });
        const at = `${chartPath(slug, locale)} at ${width}×${height}`;
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${at} scrolls sideways`).toBeLessThanOrEqual(0);
        const svg = visibleChart(page);
        const smallest = await svg.evaluate((element) => {
          const scale =
            element.getBoundingClientRect().width /
            (element as SVGSVGElement).viewBox.baseVal.width;
          return Math.min(
            ...[...element.querySelectorAll('text')].map(
              (t) => Number(t.getAttribute('font-size')) * scale,
            ),
          );
        });
        expect(smallest, `${at}: smallest text on screen`).toBeGreaterThanOrEqual(
          width >= 1024 ? 14 : 12,
        );
        expect(await textsPastTheEdge(svg), `${at}: words cut off`).toEqual([]);

        const firstMark = await svg
          .locator('[data-mark]')
          .evaluateAll((marks) =>
            Math.min(...marks.map((mark) => mark.getBoundingClientRect().top)),
          );
        expect(firstMark, `${at}: first mark at ${firstMark} px`).toBeLessThan(
          height * firstMarkWithin,
        );
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toHaveText(title);
        const headingBox = (await heading.boundingBox())!;
        expect(headingBox.y + headingBox.height, at).toBeLessThanOrEqual(
          (await svg.boundingBox())!.y,
        );
        expect(await svg.evaluate((el) => el.textContent ?? '')).not.toContain(title);
        await keepScreenshot(
          svg,
          `${locale === 'en' ? '' : `${locale}-`}${slug}-${width}x${height}`,
        );
      }
    });
  }
