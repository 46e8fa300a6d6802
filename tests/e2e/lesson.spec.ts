import { expect, test } from '@playwright/test';

import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { formatCount } from '@/lib/locale/format';
import { deckIndex, lessonOrder, parseLesson } from '@/lib/present/lesson';
import { loadDeck } from '@/lib/present/load-deck';
import { biggestGap, nudge, PAGE_STEPS, startingGuess } from '@/lib/present/predict';
import { siteClientWords } from '@/lib/text/chart-file';
import { fill } from '@/lib/text/fill';
import { loadGlossary } from '@/lib/text/glossary';

import { openLink } from './network-link';
import { pdfPages } from './pdf';

const deck = loadDeck('en');
const index = deckIndex(deck);
const words = siteClientWords('lesson', 'en');
const predictWords = siteClientWords('predict', 'en');
const offline = siteClientWords('offline', 'en');
/**
 * Three charts from the registry: the first, the first with a yearly series to predict, and the
 * last, moved in the builder to the top.
 */
const chartOf = (chart: (typeof charts)[number]) => ({
  slug: chart.slug,
  title: chart.heading('en').title,
});
const predicting = charts.find((chart) => index.charts[chart.slug]!.p.length > 0)!;
const first = chartOf(charts[0]!);
const second = chartOf(predicting);
const third = chartOf(charts.at(-1)!);
/** The lesson the walk builds, as the page should write it. */
const LESSON = `${third.slug}.c.s,${second.slug}.p.c,${first.slug}.q`;
const order = lessonOrder(parseLesson([LESSON], index).picks, index).slides;

test('a teacher looks up a term, builds a three-chart lesson, opens its address offline, moves it from the presenter view, and prints its slides and handouts', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const link = await openLink(baseURL!);
  const context = await browser.newContext({ baseURL: link.origin });
  const page = await context.newPage();
  try {
    // Preparing, the teacher opens a term in a chart's text: its entry in the glossary, with the
    // works it rests on, leads back to the chart. (Before the walk goes offline: the saved deck
    // holds the deck's pages, not the glossary.)
    await page.goto(`/charts/${second.slug}`);
    const term = page.locator('.explanation .term-link').first();
    const id = (await term.getAttribute('data-term'))!;
    // Pointed at, it shows its definition, which Esc puts away; a screen reader hears it as the
    // link's description.
    const definition = loadGlossary('en').matchers.find((matcher) => matcher.id === id)!.definition;
    const tip = page.locator(`#term-tip-${id}`);
    await term.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(definition);
    await expect(term).toHaveAccessibleDescription(definition);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await term.click();
    await expect(page).toHaveURL(`/glossary#${id}`);
    const entry = page.locator(`section:has(> h2[id="${id}"])`);
    await expect(entry.locator('h2')).toBeInViewport();
    await expect(entry.locator('.cite a').first()).toBeVisible();
    await entry.locator('.glossary-used a', { hasText: second.title }).click();
    await expect(page).toHaveURL(`/charts/${second.slug}`);

    // Built by ticking and moving: the order is the teacher's, and the page's address is the lesson.
    await page.goto('/present/lesson');
    const row = (slug: string) => page.locator(`.lesson-rows li[data-chart="${slug}"]`);
    await row(first.slug).getByLabel('Questions').check();
    await row(second.slug).getByLabel('Chart').check();
    await row(second.slug).getByLabel('Predict').check();
    await row(third.slug).getByLabel('Chart').check();
    await row(third.slug).getByLabel('Check the source').check();
    for (let i = 0; i < charts.length - 1; i++)
      await page.getByRole('button', { name: `Move ${third.title} up` }).click();
    for (let i = 0; i < charts.indexOf(predicting); i++)
      await page.getByRole('button', { name: `Move ${second.title} up` }).click();
    await expect(page.getByRole('button', { name: `Move ${third.title} up` })).toBeDisabled();
    await expect(page).toHaveURL(`/present/lesson?c=${LESSON}`);
    await expect(page.locator('#lesson-slides')).toHaveText(
      words['lesson-slides'].replace('{count}', String(order.length)),
    );
    await expect(page.locator('.lesson-slide-list li')).toHaveText(
      order.map((n) => deck[n - 1]!.title),
    );
    await expect(page.locator('#lesson-address')).toHaveText(
      `${link.origin}/present/lesson?c=${LESSON}`,
    );
    // In another language it is the same lesson: the language switch takes its address along.
    await page.getByRole('link', { name: 'Svenska' }).click();
    await expect(page).toHaveURL(`/sv/present/lesson?c=${LESSON}`);
    await expect(page.locator('.lesson-slide-list li')).toHaveCount(order.length);
    await page.goBack();
    await expect(page).toHaveURL(`/present/lesson?c=${LESSON}`);
    await expect(page.getByRole('link', { name: 'Microsoft Teams' })).toHaveAttribute(
      'href',
      new RegExp(`msgText=`),
    );

    // Started, the lesson walks its own slides, and the deck saves itself for offline use.
    await page.getByRole('link', { name: words['lesson-start'] }).click();
    const at = async (position: number) => {
      await expect(page.locator('body')).toHaveAttribute(
        'data-deck-slide',
        String(order[position - 1]),
      );
      await expect(page.locator('.deck-counter')).toHaveText(
        `Lesson: ${position} / ${order.length}`,
      );
    };
    await at(1);
    await expect(page.locator('.deck-offline')).toHaveText(offline['offline-ready'], {
      timeout: 30_000,
    });

    // With the network gone, the lesson's address opens from the saved deck.
    link.cut();
    await context.setOffline(true);
    await page.goto(`/present/lesson?c=${LESSON}`);
    await expect(page.locator('.lesson-slide-list li')).toHaveCount(order.length);
    await page.getByRole('link', { name: words['lesson-start'] }).click();
    await at(1);
    await page.keyboard.press('ArrowRight');
    await at(2);
    await expect(page).toHaveURL(new RegExp(`\\?c=${LESSON}$`));

    // The presenter's window follows the lesson, and moves the class's window along it.
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter.locator('.presenter-counter')).toHaveText(
      `Lesson slide 2 / ${order.length}`,
    );
    await expect(presenter.locator('.presenter-next h2')).toHaveText(
      `Next: ${deck[order[2]! - 1]!.title}`,
    );
    await presenter.keyboard.press('ArrowRight');
    await at(3);
    await presenter.keyboard.press('End');
    await at(order.length);
    await expect(presenter.locator('.presenter-next h2')).toHaveText('Last slide');
    await presenter.getByRole('button', { name: '← Back' }).click();
    await at(order.length - 1);
    await presenter.close();

    // On the predict slide the class guesses by keyboard: the year's arrows are the chart's, not
    // the deck's, and the reveal names the year the guess was furthest from, as the data say.
    const predictAt = order.indexOf(index.charts[second.slug]!.p[0]!) + 1;
    for (const digit of String(predictAt)) await page.keyboard.press(digit);
    await page.keyboard.press('Enter');
    await at(predictAt);
    const series = predicting.build(loadPackage(), 'en').predict!;
    let guess = startingGuess(series);
    await page.keyboard.press('Tab');
    const year = (i: number) => page.getByRole('slider', { name: series.points[i]!.label });
    await expect(year(1)).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    guess = nudge(series, nudge(series, nudge(series, guess, 1, 1), 1, 1), 1, 1);
    await expect(year(1)).toHaveAttribute(
      'aria-valuetext',
      fill(predictWords['predict-year'], {
        year: series.points[1]!.label,
        guess: formatCount({ locale: 'en' }, guess[1]!),
      }),
    );
    await page.keyboard.press('ArrowRight');
    await expect(year(2)).toBeFocused();
    await page.keyboard.press('PageUp');
    guess = nudge(series, guess, 2, PAGE_STEPS);
    await at(predictAt);
    await page.getByRole('button', { name: predictWords['predict-reveal'] }).click();
    const gap = biggestGap(series, guess)!;
    await expect(page.getByRole('status').filter({ hasText: gap.label })).toHaveText(
      fill(predictWords['predict-gap'], {
        year: gap.label,
        guess: formatCount({ locale: 'en' }, gap.guess),
        actual: formatCount({ locale: 'en' }, gap.actual),
      }),
    );
    expect(
      await page.evaluate(() => {
        const slide = document.querySelector('.slide')!;
        return slide.scrollHeight - slide.clientHeight;
      }),
      'the revealed slide is cut off',
    ).toBeLessThanOrEqual(1);

    // Home leads to the lesson's first slide; Esc back to the lesson's page.
    await page.keyboard.press('Home');
    await at(1);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(`/present/lesson?c=${LESSON}`);

    // Its slides print one a page, only the lesson's, in its order.
    await page.goto(`/present/print?c=${LESSON}`);
    await expect(page.locator('.deck-print-slide')).toHaveCount(order.length);
    expect(pdfPages(await page.pdf({ format: 'A4', landscape: true }))).toBe(order.length);

    // Its handouts print in its order, each from a new page and on one sheet.
    await page.goto(`/present/handouts?c=${LESSON}`);
    const sheets = page.locator('.handout-set > .handout');
    await expect(sheets).toHaveCount(3);
    expect(
      await sheets.evaluateAll((els) => els.map((el) => el.getAttribute('data-chart'))),
    ).toEqual([third.slug, second.slug, first.slug]);
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(6);
    // Each sheet names the glossary's terms its text uses.
    await expect(page.locator('.handout-set .handout-terms').first()).toContainText('/glossary');
  } finally {
    await context.close();
  }
});

test('without a lesson the page of handouts holds every chart’s, and a lesson names what it leaves out', async ({
  page,
}) => {
  await page.goto('/present/handouts');
  await expect(page.locator('.handout-set > .handout')).toHaveCount(charts.length);
  await page.goto(`/present/lesson?c=${first.slug}.c.x,gone.c`);
  await expect(page.locator('.lesson-unknown')).toHaveText(
    words['lesson-unknown'].replace('{items}', `${first.slug}.x, gone.c`),
  );
  await expect(page.locator('.lesson-slide-list li')).toHaveCount(
    2 + index.charts[first.slug]!.c.length,
  );
});

test('on a chart’s page, predict mode hides the chart till the class has guessed, by pointer too, and its address opens it', async ({
  page,
}) => {
  const slug = predicting.slug;
  await page.goto(`/charts/${slug}`);
  await page.getByRole('button', { name: predictWords['predict-open'] }).click();
  await expect(page).toHaveURL(`/charts/${slug}?predict=open`);
  await expect(page.locator('.chart-views > .chart-interactive')).toBeHidden();
  await expect(page.locator('.finding')).toBeHidden();
  await expect(page.getByRole('heading', { name: predictWords['predict-heading'] })).toBeVisible();

  // Hiding the chart moves what follows: the drawing is brought into view.
  await expect(page.locator('.predict-svg')).toBeInViewport();

  // A drag across the drawing sets the years it passes, from the pointer's height.
  const last = page.getByRole('slider').last();
  const before = Number(await last.getAttribute('aria-valuenow'));
  const box = (await page.locator('.predict-svg').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 4, box.y + box.height * 0.3, { steps: 8 });
  await page.mouse.up();
  expect(Number(await last.getAttribute('aria-valuenow'))).toBeGreaterThan(before);

  await page.getByRole('button', { name: predictWords['predict-reveal'] }).click();
  await expect(page.locator('.predict-data').first()).toBeVisible();
  await expect(page.locator('.predict-result')).toContainText(/\d/);

  // Its address opens the page in predict mode; leaving it shows the chart again.
  await page.reload();
  await expect(page.getByRole('heading', { name: predictWords['predict-heading'] })).toBeVisible();
  await page.getByRole('button', { name: predictWords['predict-close'] }).click();
  await expect(page.locator('.chart-views > .chart-interactive')).toBeVisible();
  await expect(page).toHaveURL(`/charts/${slug}`);
});
