import Link from 'next/link';

import { charts } from '@/lib/charts/registry';
import { chartPath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';

/** For any unknown address, and for a download that does not exist: a way back, never a blank. */
export default function NotFound() {
  const say = siteSay();
  return (
    <main id="main" className="not-found">
      <h1>{say('not-found-title')}</h1>
      <p>{say('not-found-text')}</p>
      <ul>
        <li>
          <Link href="/">{say('not-found-home')}</Link>
        </li>
        <li>
          <Link href="/data">{say('not-found-data')}</Link>
        </li>
        {charts.map((chart) => (
          <li key={chart.slug}>
            <Link href={chartPath(chart.slug)}>{chart.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
