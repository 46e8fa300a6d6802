import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * What axe finds wrong with the page as it is now, one "rule: targets" line a rule: the WCAG 2.2
 * A and AA rules and landmark-unique (no two landmarks of the same role and name), a
 * best-practice rule that the WCAG tags leave out, run in the same analysis.
 *
 * axe measures targets and contrast from layout; sections with content-visibility: auto are laid
 * out only near the screen, so the audit lays out the whole page first, as a reader scrolling
 * would. axe runs in the page itself (legacy mode) rather than in each frame and then in a blank
 * page of its own: the site frames nothing from another origin, and a page opened for every
 * audit took more than a second each time.
 */
export async function axeFindings(page: Page): Promise<string[]> {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const { violations } = await new AxeBuilder({ page })
    // The presenter's frames draw the deck's own slides, audited as pages of their own; they run
    // no script, so axe could not be injected into them.
    .exclude('.presenter-slide iframe')
    .options({
      runOnly: { type: 'tag', values: WCAG },
      resultTypes: ['violations'],
      rules: { 'landmark-unique': { enabled: true } },
    })
    .setLegacyMode()
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
