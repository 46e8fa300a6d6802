import { expect, test } from '@playwright/test';
import { charts as registered } from '@/lib/charts/registry';
import { LOCALES } from '@/lib/locale/locales';
import { slidePath } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/load-deck';
import { chartPath, handoutPath, teachPath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';
import { loadChartText } from '@/lib/text/load-text';
import { pdfPages } from './pdf';

const charts = registered.map((chart) => chart.slug);

// In every language: a longer text may not push the handout onto a second sheet.
for (const locale of LOCALES)
  for (const slug of charts) {
    test(`${chartPath(slug, locale)} prints in full without navigation, its chart whole on one page, its student handout on one sheet, and its teacher’s page`, async ({
      page,
    }) => {
      const say = siteSay(locale);
      await page.goto(chartPath(slug, locale));
      await expect(page.getByRole('button', { name: say('chart-page-print') })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      for (const hidden of [
        '.site-nav',
        '.view-switch',
        '.page-nav',
        '.share-panel',
        '.explore',
        '.print-button',
        '.copy',
      ]) {
        await expect(page.locator(hidden).first(), hidden).toBeHidden();
      }
      await expect(page.locator('.chart-figure')).toHaveCSS('break-inside', 'avoid');
      await expect(page.locator('.chart-wide svg')).toBeVisible();
      await expect(page.getByRole('heading', { name: say('check-questions') })).toBeVisible();
      await expect(page.locator('pre[data-citation="apa"]')).toBeVisible();

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdfPages(pdf);
      expect(pages, 'pages in the PDF').toBeGreaterThanOrEqual(2);
      // The full print is the teacher's copy, with every panel: a dozen pages at most in English,
      // and two more in a translation, whose texts have 4–7% more characters (data/text/*.md) and,
      // in Cyrillic, letters a tenth wider.
      expect(pages, 'pages in the PDF').toBeLessThanOrEqual(locale === 'en' ? 12 : 14);

      // The student handout: one sheet (two sides) on A4 and on US Letter.
      // Back to the browser's own media (emulating "screen" would make page.pdf print the screen).
      await page.emulateMedia({ media: null });
      await page.getByRole('link', { name: say('handout-name'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${handoutPath(slug, locale)}$`));
      await expect(page.getByRole('button', { name: say('handout-print') })).toBeVisible();
      await expect(page.locator('.handout-questions > li')).not.toHaveCount(0);
      await expect(page.locator('.handout .data-table')).toBeVisible();
      // This build has no public address, so the handout says why it has no code to scan.
      await expect(page.locator('.handout-no-qr')).toContainText(say('handout-sheet-no-qr'));
      await expect(page.locator('.qr-code')).toHaveCount(0);
      for (const format of ['A4', 'Letter'] as const) {
        const handout = await page.pdf({ format, printBackground: true });
        expect(pdfPages(handout), `handout sides on ${format}`).toBeLessThanOrEqual(2);
      }

      // The teacher's page: each question with what a strong answer mentions, every citation
      // leading to its reference, printable without the site's navigation.
      await page.goto(chartPath(slug, locale));
      await page.getByRole('link', { name: say('teach-name'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${teachPath(slug, locale)}$`));
      const questions = page.locator('.teach-questions > li');
      await expect(questions).toHaveCount(loadChartText(slug, locale).questions.length);
      for (const question of await questions.all())
        expect(await question.locator('ul > li').count()).toBeGreaterThanOrEqual(2);
      const targets = await page
        .locator('.teach a[href^="#"]')
        .evaluateAll((links) =>
          links.map((a) => [
            a.getAttribute('href'),
            !!document.getElementById(a.getAttribute('href')!.slice(1)),
          ]),
        );
      expect(targets.filter(([, found]) => !found)).toEqual([]);
      await expect(page.locator('.teach-lesson > li')).toHaveCount(5);
      // Where the deck has the class predict the chart's series, the lesson starts there.
      const predict = loadDeck(locale).findIndex((s) => s.kind === 'predict' && s.slug === slug);
      if (predict >= 0)
        await expect(
          page.locator('.teach-lesson > li').first().getByRole('link').first(),
        ).toHaveAttribute('href', slidePath(predict + 1, locale));
      await expect(page.locator('.teach .source-reading dt')).toHaveCount(4);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await page.emulateMedia({ media: null });
      const notes = await page.pdf({ format: 'A4', printBackground: true });
      const notePages = pdfPages(notes);
      // Its answers, lesson, checks, and the excerpt with its historian's questions: at most
      // seven sides (the longest, the deportations' and the timeline's, take seven).
      expect(notePages, 'teacher’s page on A4').toBeLessThanOrEqual(7);
    });
  }
