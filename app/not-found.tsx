import Link from 'next/link';

import { charts } from '@/lib/charts/registry';

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>This page does not exist</h1>
      <p>The address may be mistyped, or the page may have moved. These pages do exist:</p>
      <ul>
        <li>
          <Link href="/">Home: every chart and dataset</Link>
        </li>
        {charts.map((chart) => (
          <li key={chart.slug}>
            <Link href={`/charts/${chart.slug}`}>{chart.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
