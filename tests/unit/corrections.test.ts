import { describe, expect, it } from 'vitest';

import { charts } from '@/lib/charts/registry';
import { compareVersions, loadReleases } from '@/lib/data/corrections';
import { dataDigest } from '@/lib/data/digest';
import { readPackageFiles } from '@/lib/data/load-package';

const files = readPackageFiles();
const releases = loadReleases();
const [latest] = releases;
const version = (files.json as { version: string }).version;

describe('the data’s version and its corrections log', () => {
  it('releases the data as it is now: a change to data/ needs a new version and its corrections', () => {
    const digest = dataDigest(files.json, files.files);
    expect(
      latest!.digest,
      `data/ has changed since version ${latest!.version}. Raise "version" in data/datapackage.json, add a release to data/corrections.json that lists what changed, and record its digest: ${digest}`,
    ).toBe(digest);
  });

  it('names in datapackage.json the version of the latest release', () => {
    expect(version).toBe(latest!.version);
  });

  it('lists releases newest first, each version higher than the one before', () => {
    for (let i = 1; i < releases.length; i++)
      expect(compareVersions(releases[i - 1]!.version, releases[i]!.version)).toBeGreaterThan(0);
  });

  it('says what changed in every release after the first', () => {
    for (const release of releases.slice(0, -1))
      expect(
        release.corrections.length + release.additions.length,
        release.version,
      ).toBeGreaterThan(0);
  });

  it('ties every correction to a chart of the site, or to the site as a whole', () => {
    const slugs = charts.map((chart) => chart.slug);
    for (const correction of releases.flatMap((r) => r.corrections))
      if (correction.chart !== null) expect(slugs).toContain(correction.chart);
  });
});

describe('dataDigest', () => {
  it('changes when a single figure changes', () => {
    const changed = { ...files.files };
    changed['scholarship.csv'] = changed['scholarship.csv']!.replace('3900000', '3900001');
    expect(dataDigest(files.json, changed)).not.toBe(dataDigest(files.json, files.files));
  });

  it('ignores the version and the date, which a release changes, and line endings', () => {
    const json = { ...(files.json as object), version: '9.9.9', created: '2030-01-01T00:00:00Z' };
    const crlf = Object.fromEntries(
      Object.entries(files.files).map(([name, text]) => [name, text.replace(/\n/g, '\r\n')]),
    );
    expect(dataDigest(json, crlf)).toBe(dataDigest(files.json, files.files));
  });
});

describe('compareVersions', () => {
  it('compares each part as a number, so 1.10.0 comes after 1.9.0', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });
});
