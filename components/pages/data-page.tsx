import type { Metadata } from 'next';

import { DownloadList } from '@/components/download-list';
import { TableScroll } from '@/components/table-scroll';
import { datasetSummaries } from '@/lib/data/catalogue';
import { loadPackage } from '@/lib/data/load-package';
import type { ResourceName } from '@/lib/data/records';
import { exportTable } from '@/lib/downloads/export-table';
import { PACKAGE_FILE, allPack, dataFile, dataFormats, formatLabel } from '@/lib/downloads/files';
import { pageMetadata } from '@/lib/site/alternates';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { LanguageSwitch } from '@/components/language-switch';
import { localizedPackage } from '@/lib/text/localized-package';
import { siteSay } from '@/lib/text/chart-file';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/data', locale, {
    title: say('data-page-title'),
    description: say('data-page-description', { site: say('site-name') }),
  });
}

const PREVIEW_ROWS = 5;

export default async function DataPage({ params }: Props) {
  const locale = await routeLocale(params);
  const pkg = localizedPackage(loadPackage(), locale);
  const datasets = datasetSummaries(pkg.descriptor);
  // The site's words, read once for the page.
  const say = siteSay(locale);
  return (
    <article className="data-catalogue">
      <LanguageSwitch path="/data" say={say} />
      <h1>{say('data-page-title')}</h1>
      <p className="lede">{say('data-page-lede')}</p>
      <DownloadList
        items={[
          {
            href: PACKAGE_FILE,
            label: say('data-page-package'),
            format: formatLabel(say, 'json'),
          },
          {
            href: allPack(locale),
            label: say('data-page-everything'),
            format: formatLabel(say, 'zip'),
          },
        ]}
        locale={locale}
      />
      <p className="note">{say('data-page-empty-note')}</p>

      {datasets.map((dataset) => (
        <section key={dataset.name} aria-labelledby={`dataset-${dataset.name}`} className="dataset">
          <h2 id={`dataset-${dataset.name}`}>{dataset.title}</h2>
          <p>
            {dataset.summary} <strong>{say('data-page-period')}</strong>{' '}
            {say('data-page-period-value', { period: dataset.period })}{' '}
            <strong>{say('data-page-sources')}</strong>{' '}
            {say('data-page-sources-value', {
              sources: dataset.sources.map((source) => source.title).join('; '),
            })}
          </p>
          {dataset.resources.map((resource) => {
            const table = exportTable(say, resource, pkg.records[resource.name as ResourceName]);
            const columns = say('data-page-columns', { resource: resource.name });
            return (
              <div key={resource.name} className="resource" id={`resource-${resource.name}`}>
                {resource.partOf && <h3>{resource.title}</h3>}
                <DownloadList
                  items={dataFormats.map((format) => ({
                    href: dataFile(resource.name, format, locale),
                    label: `${resource.name}.${format}`,
                    format: formatLabel(say, format),
                  }))}
                  locale={locale}
                />
                <details>
                  <summary>{say('data-page-fields', { resource: resource.name })}</summary>
                  <TableScroll label={columns}>
                    <table className="data-table">
                      <caption>{columns}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{say('data-page-column')}</th>
                          <th scope="col">{say('data-page-type')}</th>
                          <th scope="col">{say('data-page-unit')}</th>
                          <th scope="col">{say('data-page-holds')}</th>
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
                                (field.name === 'unit' ? say('data-page-unit-column') : '—')}
                            </td>
                            <td>{field.description}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                </details>
                <TableScroll label={say('data-page-preview', { resource: resource.name })}>
                  <table className="data-table preview">
                    <caption>
                      {say('data-page-preview-caption', {
                        part: table.rows.length > PREVIEW_ROWS ? 'first' : 'all',
                        shown: PREVIEW_ROWS,
                        count: table.rows.length,
                        resource: resource.name,
                      })}
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
                              {cell === null ? <em>{say('data-page-none-given')}</em> : cell}
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
