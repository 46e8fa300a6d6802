import type { Metadata } from 'next';
import Link from 'next/link';

import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { chartPath } from '@/lib/site/paths';

export const metadata: Metadata = {
  title: 'About',
  description:
    'What Repression in Numbers is, how its figures were entered, checked and read, and how to report an error.',
};

export default function AboutPage() {
  const { descriptor } = loadPackage();
  return (
    <article className="about">
      <h1>About Repression in Numbers</h1>
      <p className="lede">
        A dashboard of the Soviet secret police in numbers, 1917–1941, made for history classrooms:
        for teachers who present it and for students who want to question the figures they meet in
        their reading.
      </p>

      <h2>What it is</h2>
      <p>
        Two teaching sources — lecture notes titled “The Great Terror” and a web article on the
        NKVD&apos;s operations — give figures for the Cheka, GPU, OGPU and NKVD. This site turns
        those figures into datasets and charts, and sets each beside what published scholarship and
        archival records say about it. The charts are:
      </p>
      <ul>
        {charts.map((chart) => (
          <li key={chart.slug}>
            <Link href={chartPath(chart.slug)}>{chart.title}</Link>: {chart.summary}
          </li>
        ))}
      </ul>

      <h2>Method</h2>
      <h3>How the figures were entered</h3>
      <p>
        Every figure of the sources was entered once, as printed, in plain digits (“105 000” became
        105000), with its unit. A “?” in the source stays unknown, and a cell where the source
        prints nothing stays empty; neither is ever read as zero. Figures the source prints inside a
        row — such as the 357 foreigners expelled — are kept as data of their own.
      </p>
      <h3>How they were checked</h3>
      <p>
        The datasets are described by a Frictionless Data Package: every column has a type, a unit
        and a description. Each time the site is built, every file is validated against it, and a
        wrong figure stops the build with the file, line and column to fix. Where the source prints
        a total, the total is checked against the sum of the figures it gives, and the check is
        shown on the page.
      </p>
      <h3>How they were read</h3>
      <p>
        Where the source is ambiguous or wrong, the page shows the source&apos;s own figure, the
        reading applied and the work it comes from. A figure from scholarship is marked “checked”
        only when it was read in the cited work at a recorded page; “reported” when it was read
        there but no page was recorded; and “unchecked” when it was seen only quoted elsewhere.
        Wherever a figure that is not “checked” appears, in a text, a chart or a slide, the words
        that attribute it (“as reported by …”, “as quoted from …”) are made from its confidence, so
        no figure is shown as firmer than its source. The explanatory texts are the project&apos;s
        own, written to be neutral and to cite every claim that is not in the sources.
      </p>
      <h3>Corrections</h3>
      <p>
        Every change of a figure, a date or a reading is listed on the{' '}
        <Link href="/corrections">corrections page</Link>, with what the site said, what it says now
        and why. The data&apos;s version, now {descriptor.version}, goes up with each release, and
        every download names it.
      </p>

      <h2>Sources</h2>
      <ul className="references">
        {descriptor.sources.map((source) => (
          <li key={source.name} id={`source-${source.name}`}>
            {source.citation}
          </li>
        ))}
      </ul>

      <h2>Licence</h2>
      <p>
        The datasets and charts are published under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0</a>.{' '}
        {descriptor.licenseNote} The code is under the MIT licence.
      </p>

      <h2>Report an error</h2>
      <p>
        If a figure, a date or a reading looks wrong, please open an issue in the project&apos;s
        repository. Name the page, the figure, and the source that says otherwise (author, title,
        page). Every correction is made in the data files, so it reaches the chart, the table, the
        text and every download at once.
      </p>
    </article>
  );
}
