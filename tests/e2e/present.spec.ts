import { expect, test, type Page } from '@playwright/test';

import { LOCALES } from '@/lib/locale/locales';
import { slidePath } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/load-deck';
import { siteClientWords } from '@/lib/text/chart-file';

import { openLink } from './network-link';
import { keepScreenshot } from './screenshots';
import { textsPastTheEdge } from './svg-text';
import { pdfPages } from './pdf';
import { allowForVisits, runsOf } from './walk';

/** The deck as the build makes it, so a new chart's slides are walked too. */
const deck = loadDeck('en');
const TOTAL = deck.length;
/** The last chart slide, one that an offline reader has not visited before jumping to it. */
const LAST_CHART = deck.findLastIndex((slide) => slide.kind === 'chart') + 1;
const pathOf = (n: number, locale = 'en') => slidePath(n, locale);

async function expectSlide(page: Page, n: number, locale = 'en') {
  await expect(page).toHaveURL(new RegExp(`${pathOf(n, locale).replace(/\//g, '\\/')}$`));
  await expect(page.locator('.deck-counter')).toHaveText(`${n} / ${TOTAL}`);
  // The keys are live once the slide's controls have started.
  await expect(page.locator('body')).toHaveAttribute('data-deck-slide', String(n));
}

test('the deck is walked by keyboard from the first slide to the last and back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/present');
  for (let n = 1; n <= TOTAL; n++) {
    await expectSlide(page, n);
    // The answers for the teacher never reach the projector.
    await expect(page.locator('a[href*="/teach"]')).toHaveCount(0);
    const chartSlide = (await page.locator('main.deck-chart').count()) > 0;
    if (chartSlide)
      await expect(
        page.locator('.slide-figure svg.chart-svg:visible [data-mark]').first(),
      ).toBeVisible();
    if (n < TOTAL) await page.keyboard.press(n % 2 ? 'ArrowRight' : n % 3 ? 'Space' : 'PageDown');
  }
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, TOTAL);
  for (let n = TOTAL; n > 1; n--) {
    await page.keyboard.press(n % 2 ? 'ArrowLeft' : 'PageUp');
    await expectSlide(page, n - 1);
  }
  await page.keyboard.press('End');
  await expectSlide(page, TOTAL);
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
});

test('a number and Enter jump to that slide; N shows notes, B blanks the screen, O shows all slides, Esc leaves', async ({
  page,
}) => {
  await page.goto('/present');
  await expectSlide(page, 1);
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expectSlide(page, 4);

  await page.keyboard.press('n');
  await expect(page.getByTestId('deck-notes')).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByTestId('deck-notes')).toHaveCount(0);

  await page.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toHaveCount(0);

  // O shows every slide, the one the presenter came from outlined; a card leads to its slide.
  await page.keyboard.press('o');
  await expect(page).toHaveURL(/\/present\/overview#slide-4$/);
  await expect(page.locator('.deck-overview-list > li')).toHaveCount(TOTAL);
  await expect(page.locator('.deck-overview-list > li:target')).toHaveAttribute('id', 'slide-4');
  await expect(page.locator('[data-kind="chart"] svg.chart-thumbnail').first()).toBeVisible();
  await page.locator('#slide-6 a').click();
  await expectSlide(page, 6);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/charts\/[a-z0-9-]+$/);
});

test('P opens the presenter view: the slide, the next one, the notes and the time, in step with the class’s window both ways', async ({
  context,
  page,
}) => {
  const CHART = deck.findIndex((slide) => slide.kind === 'chart') + 1;
  await page.goto(pathOf(CHART));
  await expectSlide(page, CHART);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await expect(presenter).toHaveURL(new RegExp(`/present/presenter\\?slide=${CHART}$`));
  const at = (n: number) =>
    expect(presenter.locator('main.presenter')).toHaveAttribute('data-presenter-slide', String(n));
  await at(CHART);
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(deck[CHART - 1]!.notes);
  await expect(presenter.locator('.presenter-counter')).toHaveText(`Slide ${CHART} / ${TOTAL}`);
  await expect(presenter.getByTestId('presenter-elapsed')).toHaveText(/^\d+:\d\d$/);
  // The slides are the deck's own pages, drawn without their scripts.
  const now = presenter.frameLocator('.presenter-now iframe');
  const next = presenter.frameLocator('.presenter-next iframe');
  await expect(now.locator('.deck-counter')).toHaveText(`${CHART} / ${TOTAL}`);
  await expect(now.locator('svg.chart-svg [data-mark]').first()).toBeVisible();
  await expect(next.locator('.deck-counter')).toHaveText(`${CHART + 1} / ${TOTAL}`);
  await expect(presenter.locator('.presenter-now iframe')).toHaveAttribute(
    'sandbox',
    'allow-same-origin',
  );
  // From the presenter's window, and only from there, the teacher's page of the chart.
  await expect(
    presenter.getByRole('link', { name: /Teacher.s page for this chart/ }),
  ).toHaveAttribute('href', `/charts/${(deck[CHART - 1] as { slug: string }).slug}/teach`);
  // The class's window shows no notes.
  await expect(page.getByTestId('deck-notes')).toHaveCount(0);
  await keepScreenshot(presenter, 'presenter');

  // A key in the presenter's window moves both; a key in the class's window moves both.
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(page, CHART + 1);
  await expect(now.locator('.deck-counter')).toHaveText(`${CHART + 1} / ${TOTAL}`);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, CHART + 2);
  await at(CHART + 2);
  // A click in either moves both.
  await presenter.getByRole('button', { name: '← Back' }).click();
  await expectSlide(page, CHART + 1);
  await page.getByRole('link', { name: 'Next →' }).click();
  await expectSlide(page, CHART + 2);
  await at(CHART + 2);
  // A number and Enter, and B to blank the class's screen.
  await presenter.keyboard.type(String(TOTAL));
  await presenter.keyboard.press('Enter');
  await expectSlide(page, TOTAL);
  await expect(presenter.locator('.presenter-next h2')).toHaveText('Last slide');
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toHaveCount(0);
});

test('the presenter’s window opened on its own shows the slide its address names, and a reload keeps it', async ({
  page,
}) => {
  await page.goto('/present/presenter?slide=5');
  const main = page.locator('main.presenter');
  await expect(main).toHaveAttribute('data-presenter-slide', '5');
  await expect(page.locator('.presenter-counter')).toHaveText(`Slide 5 / ${TOTAL}`);
  await page.keyboard.press('ArrowRight');
  await expect(main).toHaveAttribute('data-presenter-slide', '6');
  await expect(page).toHaveURL(/\/present\/presenter\?slide=6$/);
  await page.reload();
  await expect(main).toHaveAttribute('data-presenter-slide', '6');
});

test('every slide has its own address and works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/present/2');
  await expect(page.locator('.deck-counter')).toHaveText(`2 / ${TOTAL}`);
  await page.getByRole('link', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/\/present\/3$/);
  await context.close();
});

/**
 * The 4:3 projector the deck is made for and the short 16:9 screen of many classroom projectors.
 * A 1920×1080 screen needs no walk of its own: there the deck is 1280×720 one and a half times
 * over (its type is 3.9vh, 42 px against 28, under its cap of 44, in a window 1.5 times as wide
 * and as high), except the nav and small print, held at 1280×720 to floors of 22 and 28 px that
 * they pass at 1920×1080: they take less of the larger screen, so what fits and is legible at
 * 1280×720 is there too.
 */
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
] as const;
const slideNumbers = Array.from({ length: TOTAL }, (_, i) => i + 1);

// Each slide is opened once and seen at every size: the deck's type and layout follow the
// window by CSS alone, so resizing the window shows what opening the slide at that size would.
// In every language, whose words are longer or shorter than the English.
for (const locale of LOCALES)
  runsOf(slideNumbers, 10).forEach((run) => {
    test(`slides ${run[0]}–${run.at(-1)} in ${locale} fit ${SCREENS.map(({ width, height }) => `${width}×${height}`).join(', ')}, with body text of 28 px and chart labels of 20 px or more, none cut off`, async ({
      page,
    }) => {
      allowForVisits(run.length, 6_000);
      for (const n of run) {
        // Every other slide is measured the other way round, so that each visit opens at the
        // size the last one ended at, and the window is resized once a slide, not twice.
        const screens = n % 2 ? SCREENS : [...SCREENS].reverse();
        await page.setViewportSize(screens[0]!);
        await page.goto(pathOf(n, locale));
        for (const { width, height } of screens) {
          await page.setViewportSize({ width, height });
          await expectSlideFits(page, `${pathOf(n, locale)} at ${width}×${height}`);
          await keepScreenshot(
            page,
            `present-${locale === 'en' ? '' : `${locale}-`}${n}-${width}x${height}`,
          );
        }
      }
    });
  });

/** The slide shown fits the window, its body text is 28 px or more and its chart's (or predict chart's) labels 20 px or more, none past the drawing's edge. */
async function expectSlideFits(page: Page, name: string) {
  const fit = await page.evaluate(() => {
    const slide = document.querySelector('.slide')!;
    return {
      page: document.documentElement.scrollHeight - innerHeight,
      slide: slide.scrollHeight - slide.clientHeight,
    };
  });
  expect(fit.page, `${name} scrolls`).toBeLessThanOrEqual(0);
  expect(fit.slide, `${name} is cut off`).toBeLessThanOrEqual(1);
  const smallestBody = await page
    .locator('.slide p, .slide li')
    .evaluateAll((els) => Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize))));
  if (Number.isFinite(smallestBody))
    expect(smallestBody, `${name}: text`).toBeGreaterThanOrEqual(28);
  if ((await page.locator('main.deck-chart, main.deck-predict').count()) === 0) return;
  // A label's size on screen: its font size in the SVG's units times the SVG's scale.
  const drawing = page.locator('.slide svg.chart-svg:visible, .slide svg.predict-svg');
  const labels = await drawing.locator('text').evaluateAll((els) =>
    els.map((el) => {
      const text = el as SVGTextElement;
      return parseFloat(text.getAttribute('font-size')!) * text.getScreenCTM()!.a;
    }),
  );
  expect(labels.length, `${name}: chart labels`).toBeGreaterThan(0);
  expect(Math.min(...labels), `${name}: chart labels`).toBeGreaterThanOrEqual(20);
  expect(await textsPastTheEdge(drawing), `${name}: words cut off`).toEqual([]);
}

/** Landscape paper and its page area inside the deck's 10 mm margins, in CSS pixels (96 per inch). */
const PAPERS = [
  { format: 'A4', width: 297, height: 210 },
  { format: 'Letter', width: 279.4, height: 215.9 },
] as const;
const areaPx = (mm: number) => ((mm - 20) / 25.4) * 96;

for (const paper of PAPERS) {
  test(`the deck prints one slide per ${paper.format} page, filling it, without its navigation`, async ({
    page,
  }) => {
    await page.goto('/present/print');
    await expect(page.locator('.deck-print-slide')).toHaveCount(TOTAL);
    await expect(page.locator('.deck-nav')).toHaveCount(0);
    // Printed as a teacher's print dialog would: the paper chosen there, landscape.
    const pdf = await page.pdf({ format: paper.format, landscape: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(TOTAL);

    // The same print layout, measured: the page area as the window, in print media.
    await page.setViewportSize({
      width: Math.floor(areaPx(paper.width)),
      height: Math.floor(areaPx(paper.height)),
    });
    await page.emulateMedia({ media: 'print' });
    const slides = await page.locator('.deck-print-slide').evaluateAll((els) =>
      els.map((el) => {
        const svg = el.querySelector<SVGSVGElement>('.slide-chart .chart-wide svg');
        const box = svg?.getBoundingClientRect();
        const view = svg?.viewBox.baseVal;
        // The drawing inside the SVG's box keeps its proportions ("meet"): its scale is the smaller.
        const scale = box && view ? Math.min(box.width / view.width, box.height / view.height) : 0;
        const sizes = svg
          ? [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')))
          : [];
        return {
          height: el.getBoundingClientRect().height,
          chart: view ? { width: view.width * scale, height: view.height * scale } : null,
          smallestLabel: sizes.length ? Math.min(...sizes) * scale : null,
        };
      }),
    );
    const area = page.viewportSize()!;
    for (const [i, slide] of slides.entries()) {
      expect(slide.height, `slide ${i + 1} height`).toBeGreaterThanOrEqual(area.height - 1);
      if (!slide.chart) continue;
      // The chart reaches the page area's full width or the full height its words leave.
      expect(
        Math.max(slide.chart.width / area.width, slide.chart.height / area.height),
        `slide ${i + 1} chart`,
      ).toBeGreaterThanOrEqual(0.9);
      // 10 pt on paper (13.3 CSS px) or more.
      expect(slide.smallestLabel!, `slide ${i + 1} labels`).toBeGreaterThanOrEqual(13.3);
    }
  });
}

// English, and one translation, whose deck has a worker and a saved copy of its own.
for (const locale of ['en', 'uk'])
  test(`once opened, the deck in ${locale} and its presenter view keep working with the network gone, and say so`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const words = siteClientWords('offline', locale);
    const link = await openLink(baseURL!);
    const context = await browser.newContext({ baseURL: link.origin });
    const page = await context.newPage();
    try {
      await page.goto(pathOf(2, locale));
      await expect(page.locator('.deck-offline')).toHaveText(words['offline-ready'], {
        timeout: 30_000,
      });

      link.cut();
      await context.setOffline(true);
      await page.reload();
      await expectSlide(page, 2, locale);
      await expect(
        page.locator('.slide-figure svg.chart-svg:visible [data-mark]').first(),
      ).toBeVisible();
      await expect(page.locator('.deck-offline')).toHaveText(words['offline-offline']);
      // A move within the page, not a new load, which would leave full screen.
      await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));

      // Moving on loads slides never visited, from what was saved.
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, 3, locale);
      await page.keyboard.type(String(LAST_CHART));
      await page.keyboard.press('Enter');
      await expectSlide(page, LAST_CHART, locale);
      await expect(
        page.locator('.slide-figure svg.chart-svg:visible [data-mark]').first(),
      ).toBeVisible();
      expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);

      // The presenter's window opens offline too, and draws the slides from the saved deck.
      const [presenter] = await Promise.all([
        context.waitForEvent('page'),
        page.keyboard.press('p'),
      ]);
      const now = presenter.frameLocator('.presenter-now iframe');
      await expect(now.locator('.deck-counter')).toHaveText(`${LAST_CHART} / ${TOTAL}`);
      await expect(presenter.locator('html')).toHaveAttribute('lang', locale);
      await presenter.keyboard.press('ArrowRight');
      await expectSlide(page, LAST_CHART + 1, locale);
      await expect(now.locator('.deck-counter')).toHaveText(`${LAST_CHART + 1} / ${TOTAL}`);
    } finally {
      await context.close();
    }
  });

test('with reduced motion asked for, nothing in the deck moves from slide to slide', async ({
  browser,
}) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await page.goto('/present');
    await expectSlide(page, 1);
    for (const n of [2, 3]) {
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      const moving = await page.evaluate(
        () =>
          [document.documentElement, ...document.querySelectorAll('*')].filter((element) => {
            const style = getComputedStyle(element);
            return (
              style.animationName !== 'none' ||
              style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
            );
          }).length + document.getAnimations().length,
      );
      expect(moving).toBe(0);
    }
  } finally {
    await context.close();
  }
});
