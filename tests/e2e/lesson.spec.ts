import { expect, test } from '@playwright/test';

import { charts } from '@/lib/charts/registry';
import { deckIndex, lessonOrder, parseLesson } from '@/lib/present/lesson';
import { loadDeck } from '@/lib/present/load-deck';
import { siteClientWords } from '@/lib/text/chart-file';

import { openLink } from './network-link';
import { pdfPages } from './pdf';

const deck = loadDeck('en');
const index = deckIndex(deck);
const words = siteClientWords('lesson', 'en');
const offline = siteClientWords('offline', 'en');
/** Three charts from the registry: the last two taken in the builder, the first moved above them. */
const chartOf = (chart: (typeof charts)[number]) => ({
  slug: chart.slug,
  title: chart.heading('en').title,
});
const first = chartOf(charts[0]!);
const second = chartOf(charts[1]!);
const third = chartOf(charts.at(-1)!);
/** The lesson the walk builds, as the page should write it. */
const LESSON = `${third.slug}.c.s,${second.slug}.c,${first.slug}.q`;
const order = lessonOrder(parseLesson([LESSON], index).picks, index).slides;

test('a teacher builds a three-chart lesson, opens its address offline, moves it from the presenter view, and prints its slides and handouts', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const link = await openLink(baseURL!);
  const context = await browser.newContext({ baseURL: link.origin });
  const page = await context.newPage();
  try {
    // Built by ticking and moving: the order is the teacher's, and the page's address is the lesson.
    await page.goto('/present/lesson');
    const row = (slug: string) => page.locator(`.lesson-rows li[data-chart="${slug}"]`);
    await row(first.slug).getByLabel('Questions').check();
    await row(second.slug).getByLabel('Chart').check();
    await row(third.slug).getByLabel('Chart').check();
    await row(third.slug).getByLabel('Check the source').check();
    for (let i = 0; i < charts.length - 1; i++)
      await page.getByRole('button', { name: `Move ${third.title} up` }).click();
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
