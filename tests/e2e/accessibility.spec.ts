import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { allowForVisits, embedPages, sitePages } from './walk';
import { slidePath } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/load-deck';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const walked = [...sitePages, ...embedPages];
/** The deck's first chart slide, audited at every size as the other slides' stand-in. */
const FIRST_CHART_SLIDE = slidePath(loadDeck().findIndex((slide) => slide.kind === 'chart') + 1);

/**
 * axe measures targets and contrast from layout; sections with content-visibility: auto are laid
 * out only near the screen, so the audit lays out the whole page first, as a reader scrolling would.
 */
async function audit(page: Page) {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  // The presenter's frames draw the deck's own slides, audited as pages of their own; they run
  // no script, so axe could not be injected into them.
  return new AxeBuilder({ page }).exclude('.presenter-slide iframe').withTags(WCAG).analyze();
}

/**
 * A projector, a laptop and a phone. The deck's slides share one template: the title slide and
 * the first chart slide at all three sizes, the others on the projector they are made for (each
 * at three sizes would cost minutes).
 */
const auditSizes = (path: string) =>
  /^\/present\/\d+$/.test(path) && path !== FIRST_CHART_SLIDE
    ? ([[1024, 768]] as const)
    : ([
        [1024, 768],
        [1280, 800],
        [375, 812],
      ] as const);

test('every page and every embed passes axe with the WCAG 2.2 A and AA rules', async ({ page }) => {
  // An audit takes about 2.8 s.
  allowForVisits(
    walked.reduce((sum, path) => sum + auditSizes(path).length, 0),
    8_000,
  );
  for (const path of walked) {
    for (const [width, height] of auditSizes(path)) {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      const { violations } = await audit(page);
      const found = violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(found, `${path} at ${width} px`).toEqual([]);
    }
  }
});

test('no page has two landmarks of the same role and name (axe landmark-unique, not a WCAG rule)', async ({
  page,
}) => {
  // Every chart page, whose landmarks follow what each chart has (its printed totals, its
  // tables), and one page of every other template.
  const chartPages = sitePages.filter((path) => /^\/charts\/[^/]+$/.test(path));
  const paths = [
    ...chartPages,
    ...['/', '/data', '/about', '/corrections', '/present', FIRST_CHART_SLIDE],
    ...['/present/overview', '/present/presenter', '/present/print'],
    ...[`${chartPages[0]}/handout`, `${chartPages[0]}/teach`, embedPages[0]!],
  ];
  // An audit of one rule takes about 1 s.
  allowForVisits(paths.length, 4_000);
  for (const path of paths) {
    await page.goto(path);
    // The presenter's frames as in audit(): pages of their own, checked as such.
    const { violations } = await new AxeBuilder({ page })
      .exclude('.presenter-slide iframe')
      .withRules(['landmark-unique'])
      .analyze();
    expect(
      violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
      path,
    ).toEqual([]);
  }
});

test('the Table view and an opened explorer pass axe too', async ({ page }) => {
  await page.goto('/charts/gpu-1924?view=table');
  expect((await audit(page)).violations.map((v) => v.id)).toEqual([]);
  await page.goto('/charts/gpu-1924');
  await page.getByRole('button', { name: 'Open the explorer' }).click();
  await expect(page.getByTestId('explorer')).toBeVisible();
  expect((await audit(page)).violations.map((v) => v.id)).toEqual([]);
});

test('every page sets its language and keeps its headings in order', async ({ page }) => {
  // A page takes about 0.3 s.
  allowForVisits(walked.length, 1_000);
  for (const path of walked) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    if (!path.startsWith('/embed/')) expect(levels[0], `${path} starts with an h1`).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0)
        expect(
          level - levels[index - 1]!,
          `${path}: h${levels[index - 1]} then h${level}`,
        ).toBeLessThanOrEqual(1);
    });
  }
});

test('the keyboard reaches every control of every page, with visible focus and no trap', async ({
  page,
}) => {
  // A page's walk takes up to about 3 s (the Gulag chart's marks are a Tab stop each).
  allowForVisits(walked.length, 10_000);
  for (const path of walked) {
    await page.goto(path);
    // Chart marks become focusable once the page's scripts have run: count after that.
    await page.waitForLoadState('networkidle');
    // What a keyboard user must be able to reach: links, buttons, form fields and chart marks that are shown.
    const expected = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement | SVGElement>(
            'a[href], button, input, select, textarea, summary, [tabindex="0"]',
          ),
        ]
          .filter(
            (el) => el.getBoundingClientRect().width > 0 && !(el as HTMLInputElement).disabled,
          )
          // The content of a closed <details> is hidden from everyone until it is opened.
          .filter((el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])'))
          .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
          .length,
    );
    const reached = new Set<string>();
    let wrapped = false;
    for (let i = 0; i < 2 * expected + 10; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // Each element gets a number the first time it takes focus: seeing a number again means
        // the walk has come round.
        const walk = window as unknown as { walked?: number };
        if (!el.dataset.walk) el.dataset.walk = String((walk.walked = (walk.walked ?? 0) + 1));
        const key = `${el.dataset.walk} ${el.tagName} ${el.getAttribute('href') ?? el.textContent?.slice(0, 30)}`;
        return { key, visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (focus === null) {
        wrapped = true;
        break;
      }
      expect(focus.visible, `${path}: focus not visible on ${focus.key}`).toBe(true);
      if (reached.has(focus.key)) {
        wrapped = true;
        break;
      }
      reached.add(focus.key);
    }
    expect(reached.size, `${path}: reached by Tab`).toBeGreaterThanOrEqual(expected);
    expect(
      wrapped,
      `${path}: focus should leave the page or come back to the start, not stay trapped`,
    ).toBe(true);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every page shows its content and charts', async ({ page }) => {
    // A page takes about 0.3 s.
    allowForVisits(walked.length, 1_000);
    for (const path of walked) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      if (!path.startsWith('/embed/')) await expect(page.locator('h1').first()).not.toBeEmpty();
      // Every page of a chart shows it, except the teacher's page, which is words only.
      if ((path.includes('/charts/') && !path.endsWith('/teach')) || path.startsWith('/embed/')) {
        await expect(page.locator('svg.chart-svg:visible [data-mark]').first()).toBeVisible();
      }
    }
  });
});
