import { renderToStaticMarkup } from 'react-dom/server';

import { HandoutSheet } from '@/components/handout-sheet';
import type { ChartPageData } from '@/lib/charts/chart-page';

/** Where a chart's handout goes in a classroom pack. */
export const handoutFile = (slug: string) => `handouts/${slug}.html`;

/**
 * The student handout as one HTML file for a classroom pack: the same sheet as the site's page,
 * with the site's stylesheet inside it, so that it opens and prints from a USB stick with no
 * network and no script.
 */
export function standaloneHandout(data: ChartPageData, stylesheet: string): string {
  const sheet = renderToStaticMarkup(<HandoutSheet data={data} />);
  const { say } = data;
  const title = say('handout-title', { chart: data.heading.title });
  const line = say('handout-pack-line', { site: say('site-name') });
  return `<!DOCTYPE html>
<html lang="${say.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${renderToStaticMarkup(<>{title}</>)}</title>
<style>
${stylesheet}
</style>
</head>
<body>
<main id="main"><article class="handout">
<p class="breadcrumb">${renderToStaticMarkup(<>{line}</>)}</p>
${sheet}
</article></main>
</body>
</html>
`;
}
