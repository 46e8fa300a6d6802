import Link from 'next/link';

import { charts } from '@/lib/charts/registry';
import { chartPath } from '@/lib/site/paths';

/** For any unknown address, and for a download that does not exist: a way back, never a blank. */
export default function NotFound() {
  return (
    <main id="main" className="not-found">
      <h1>This page does not exist</h1>
      <p>The address may be mistyped, or the page or file may have moved. These pages do exist:</p>
      <ul>
        <li>
          <Link href="/">Home: every chart and dataset</Link>
        </li>
        <li>
          <Link href="/data">Data: every dataset and download</Link>
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
