import type { Metadata } from 'next';

import { DownloadList } from '@/components/download-list';
import { TableScroll } from '@/components/table-scroll';
import { datasetSummaries } from '@/lib/data/catalogue';
import { loadPackage } from '@/lib/data/load-package';
import type { ResourceName } from '@/lib/data/records';
import { exportTable } from '@/lib/downloads/export-table';
import { ALL_PACK, PACKAGE_FILE, dataFile, dataFormats, formatLabel } from '@/lib/downloads/files';
import { siteSay } from '@/lib/text/chart-file';

export const metadata: Metadata = {
  title: 'Data',
  description:
    'Every dataset of Repression in Numbers with its fields, units and sources, as CSV, JSON and Excel.',
};

const PREVIEW_ROWS = 5;

export default function DataPage() {
  const pkg = loadPackage();
  const datasets = datasetSummaries(pkg.descriptor);
  // The site's words, read once for the page.
  const say = siteSay();
  return (
    <article className="data-catalogue">
      <h1>Data</h1>
      <p className="lede">
        Every dataset behind the charts, with what each column holds and where each figure comes
        from. Download a table as CSV (opens in any spreadsheet), JSON (for code) or an Excel
        workbook with an “About” sheet of sources and licence.
      </p>
      <DownloadList
        items={[
          {
            href: PACKAGE_FILE,
            label: 'The Frictionless Data Package describing every dataset',
            format: 'JSON',
          },
          {
            href: ALL_PACK,
            label: 'Everything: every dataset and chart, with a README',
            format: formatLabel(say, 'zip'),
          },
        ]}
      />
      <p className="note">
        An empty cell in a download is a figure the source does not give: the row&apos;s note says
        whether the source prints “?” (unknown) or nothing. Empty never means zero.
      </p>

      {datasets.map((dataset) => (
        <section key={dataset.name} aria-labelledby={`dataset-${dataset.name}`} className="dataset">
          <h2 id={`dataset-${dataset.name}`}>{dataset.title}</h2>
          <p>
            {dataset.summary} <strong>Period:</strong> {dataset.period}. <strong>Sources:</strong>{' '}
            {dataset.sources.map((source) => source.title).join('; ')}.
          </p>
          {dataset.resources.map((resource) => {
            const table = exportTable(say, resource, pkg.records[resource.name as ResourceName]);
            return (
              <div key={resource.name} className="resource" id={`resource-${resource.name}`}>
                {resource.partOf && <h3>{resource.title}</h3>}
                <DownloadList
                  items={dataFormats.map((format) => ({
                    href: dataFile(resource.name, format),
                    label: `${resource.name}.${format}`,
                    format: formatLabel(say, format),
                  }))}
                />
                <details>
                  <summary>Fields of {resource.name}</summary>
                  <TableScroll label={`The columns of ${resource.name}.csv`}>
                    <table className="data-table">
                      <caption>The columns of {resource.name}.csv</caption>
                      <thead>
                        <tr>
                          <th scope="col">Column</th>
                          <th scope="col">Type</th>
                          <th scope="col">Unit</th>
                          <th scope="col">What it holds</th>
                        </tr>
                      </thead>
                      <tbody>
                        {resource.schema.fields.map((field) => (
                          <tr key={field.name}>
                            <th scope="row">
                              <code>{field.name}</code>
                            </th>
                            <td>{field.type}</td>
                            <td>
                              {field.unit ??
                                (field.name === 'unit' ? 'names the unit of its row' : '—')}
                            </td>
                            <td>{field.description}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                </details>
                <TableScroll label={`A preview of ${resource.name}.csv`}>
                  <table className="data-table preview">
                    <caption>
                      {table.rows.length > PREVIEW_ROWS
                        ? `The first ${PREVIEW_ROWS} of ${table.rows.length} rows`
                        : `All ${table.rows.length} rows`}{' '}
                      of {resource.name}
                    </caption>
                    <thead>
                      <tr>
                        {table.header.map((name) => (
                          <th key={name} scope="col">
                            {name}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {table.rows.slice(0, PREVIEW_ROWS).map((row, index) => (
                        <tr key={index}>
                          {row.map((cell, i) => (
                            <td
                              key={i}
                              className={typeof cell === 'number' ? 'numeric' : undefined}
                            >
                              {cell === null ? <em>none given</em> : cell}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </div>
            );
          })}
        </section>
      ))}
    </article>
  );
}
