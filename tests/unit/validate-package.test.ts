import { describe, expect, it } from 'vitest';

import { DataError, formatIssue } from '@/lib/data/data-issue';
import { readPackageFiles } from '@/lib/data/load-package';
import { known, notGiven, unknown } from '@/lib/data/quantity';
import { validatePackage } from '@/lib/data/validate-package';
import { checkTextSupport, readTextFiles } from '@/lib/text/citation-support';

const real = readPackageFiles();

/** Validates the real package with one file changed, and returns the messages a person would read. */
function messagesWith(file: string, change: (text: string) => string): string[] {
  const files = { ...real.files, [file]: change(real.files[file]!) };
  const result = validatePackage(real.json, files);
  return result.ok ? [] : result.issues.map(formatIssue);
}

function descriptorWith(change: (descriptor: { resources: { name: string }[] }) => void): string[] {
  const json = structuredClone(real.json) as { resources: { name: string }[] };
  change(json);
  const result = validatePackage(json, real.files);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('validatePackage on the project data', () => {
  const result = validatePackage(real.json, real.files);
  if (!result.ok) throw new DataError(result.issues);
  const { records } = result.value;

  it('accepts the data in data/', () => {
    expect(result.ok).toBe(true);
  });

  it('keeps a "?" in the source as unknown and an empty cell as not given', () => {
    const byId = new Map(records['gpu-actions-1924'].map((r) => [r.id, r]));
    expect(byId.get('foreigners-and-spies')?.killed).toEqual(unknown);
    expect(byId.get('letters')?.killed).toEqual(notGiven);
    expect(byId.get('bandits')?.killed).toEqual(known(1858));
  });

  it('places the lone 26 000 civil servants in 1925 and invents no 1921 figure', () => {
    const civil = records['cheka-personnel'].filter((r) => r.category === 'Civil servants');
    expect(civil.map((r) => [r.year, r.count])).toEqual([[1925, known(26000)]]);
  });

  it('keeps the figures printed inside rows (357 expelled, 1 542 spies, 81 operations)', () => {
    const details = records['gpu-actions-1924-details'].map((r) => [r.figure, r.value, r.unit]);
    expect(details).toEqual([
      ['expelled from the country', 357, 'persons'],
      ['spies', 1542, 'persons'],
      ['operations', 81, 'operations'],
    ]);
  });

  it('keeps the printed totals as the source states them', () => {
    expect(records['gpu-actions-1924-totals'].map((r) => [r.field, r.stated_total])).toEqual([
      ['arrested_or_checked', 5136558],
      ['killed', 1990],
    ]);
  });
});

describe('bad data is reported with file, line, column, what was found and what was expected', () => {
  it('a text where a number belongs', () => {
    expect(
      messagesWith('cheka-personnel.csv', (t) => t.replace('1921,105000', '1921,lots')),
    ).toEqual([
      'data/cheka-personnel.csv, line 2, column 3 ("count"): found "lots"; expected a whole number of at least 0 in plain digits (no spaces or thousands separators), "?" for unknown or empty.',
    ]);
  });

  it('a number printed with a space as thousands separator', () => {
    const [message] = messagesWith('cheka-personnel.csv', (t) => t.replace('105000', '105 000'));
    expect(message).toContain('found "105 000"; expected a whole number');
  });

  it('a negative count', () => {
    const [message] = messagesWith('gpu-actions-1924.csv', (t) =>
      t.replace('11453,1858', '11453,-1858'),
    );
    expect(message).toMatch(
      /^data\/gpu-actions-1924\.csv, line 2, column 4 \("killed"\): found "-1858"; expected a whole number of at least 0/,
    );
  });

  it('a missing column', () => {
    const messages = messagesWith('cheka-personnel.csv', (t) =>
      t
        .split('\n')
        .map((line) => line.split(',').slice(0, 5).join(','))
        .join('\n'),
    );
    expect(messages[0]).toBe(
      'data/cheka-personnel.csv, line 1: found no column "note"; expected the columns category, year, count, unit, comparable, note.',
    );
  });

  it('an extra column', () => {
    const [message] = messagesWith('cheka-personnel.csv', (t) =>
      t.replace('unit,comparable,note', 'unit,comparable,note,source'),
    );
    expect(message).toBe(
      'data/cheka-personnel.csv, line 1, column 7: found an extra column "source"; expected only the columns category, year, count, unit, comparable, note.',
    );
  });

  it('a row with a cell too many', () => {
    const [message] = messagesWith('gpu-actions-1924.csv', (t) =>
      t.replace('11453,1858,persons,', '11453,1858,persons,,'),
    );
    expect(message).toBe(
      'data/gpu-actions-1924.csv, line 2: found 7 cells; expected 6 cells, one for each column (id, category, arrested_or_checked, killed, unit, note).',
    );
  });

  it('a duplicate key', () => {
    const [message] = messagesWith('cheka-personnel.csv', (t) =>
      t.replace('Military,1925', 'Military,1921'),
    );
    expect(message).toBe(
      'data/cheka-personnel.csv, line 5, column 1 ("category, year"): found the key "Military", "1921" again (first on line 4); expected each key once.',
    );
  });

  it('an empty file', () => {
    expect(messagesWith('collectivisation.csv', () => '')).toEqual([
      'data/collectivisation.csv: found an empty file; expected a header row and at least one data row.',
    ]);
  });

  it('an unknown unit', () => {
    const [message] = messagesWith('gpu-actions-1924.csv', (t) =>
      t.replace('5078174,,letters', '5078174,,postcards'),
    );
    expect(message).toBe(
      'data/gpu-actions-1924.csv, line 9, column 5 ("unit"): found "postcards"; expected one of "persons", "organisations", "letters".',
    );
  });

  it('a resource missing from the package', () => {
    const messages = descriptorWith((d) => {
      d.resources = d.resources.filter((r) => r.name !== 'scholarship');
    });
    expect(messages).toEqual([
      'data/datapackage.json: found no resource named "scholarship"; expected a resource for every dataset the dashboard shows.',
      'data/scholarship.csv: found a CSV file that datapackage.json does not describe; expected a resource for it in data/datapackage.json.',
    ]);
  });

  it('a stated total that does not add up', () => {
    const [message] = messagesWith('gpu-actions-1924-totals.csv', (t) =>
      t.replace('killed,1990', 'killed,1999'),
    );
    expect(message).toBe(
      'data/gpu-actions-1924-totals.csv, line 3, column 2 ("stated_total"): found a stated total of 1999 for "killed"; expected 1990, the sum of the known figures in that column of data/gpu-actions-1924.csv, or a reason in "known_discrepancy".',
    );
  });

  it('but not a stated total whose discrepancy the data explains', () => {
    const messages = messagesWith('gpu-actions-1924-totals.csv', (t) =>
      t.replace('killed,1990,persons,', 'killed,1999,persons,misprint in the source'),
    );
    expect(messages).toEqual([]);
  });

  it('a detail that points at no row of the main table', () => {
    const [message] = messagesWith('gpu-actions-1924-details.csv', (t) =>
      t.replace('white-guard,operations', 'white-guards,operations'),
    );
    expect(message).toBe(
      'data/gpu-actions-1924-details.csv, line 4, column 1 ("action_id"): found "white-guards"; expected a value of id in data/gpu-actions-1924.csv.',
    );
  });

  it('a citation of a source the package does not list', () => {
    const [message] = messagesWith('scholarship.csv', (t) =>
      t.replace(',werth-1999,unchecked,', ',werth-2001,unchecked,'),
    );
    expect(message).toBe(
      'data/scholarship.csv, line 2, column 10 ("source"): found "werth-2001"; expected the name of a source in data/datapackage.json (several separated by ";").',
    );
  });

  it('a figure called “checked” with no page read', () => {
    const [message] = messagesWith('scholarship.csv', (t) =>
      t.replace(',werth-1999,unchecked,,', ',werth-1999,checked,,'),
    );
    expect(message).toBe(
      'data/scholarship.csv, line 2 ("page"): found "checked" with no page for "werth-civilian-staff"; expected the page of the cited work where the figure was read, or the confidence "reported".',
    );
  });

  it('parts that add up to more than the figure they are parts of', () => {
    const [message] = messagesWith('scholarship.csv', (t) =>
      t.replace('about,3900000,', 'about,6900000,'),
    );
    expect(message).toMatch(
      /^data\/scholarship\.csv, line \d+ \("part_of"\): found parts of "famine-ussr" \(famine-ukraine, famine-kazakhstan\) adding up to 8400000; expected at most 6500000, the figure they are parts of\.$/,
    );
  });

  it('complete parts that do not add up to their whole', () => {
    const [message] = messagesWith('scholarship.csv', (t) => t.replace(',633670,', ',633671,'));
    expect(message).toMatch(
      /^data\/scholarship\.csv, line \d+ \("parts_complete"\): found parts of "registry-people" \(certificate-people, resettled-people\) adding up to 2437063; expected 2437062, the figure they make up\.$/,
    );
  });

  it('a part of a figure that does not exist', () => {
    const [message] = messagesWith('scholarship.csv', (t) =>
      t.replace(',registry-people,,deported,,"Part of', ',registry-persons,,deported,,"Part of'),
    );
    expect(message).toMatch(
      /^data\/scholarship\.csv, line \d+ \("part_of"\): found "registry-persons"; expected the id of another figure in scholarship\.csv\.$/,
    );
  });

  it('a resource the code has no record schema for', () => {
    const messages = descriptorWith((d) => {
      d.resources.push({ ...structuredClone(d.resources[0]!), name: 'new-dataset' });
    });
    expect(messages).toContain(
      'data/datapackage.json: found a resource "new-dataset" that the dashboard\'s code does not read; expected its record schema in lib/data/records.ts (see "Add a dataset" in the README).',
    );
  });

  it('a package descriptor without a licence', () => {
    const messages = descriptorWith((d) => {
      delete (d as { licenses?: unknown }).licenses;
    });
    expect(messages[0]).toMatch(/^data\/datapackage\.json: found a problem at licenses; expected/);
  });
});

describe('a column that names its one source', () => {
  it('refuses a source the package does not list', () => {
    const json = structuredClone(real.json) as {
      resources: { name: string; schema: { fields: { name: string; source?: string }[] } }[];
    };
    const gulag = json.resources.find((r) => r.name === 'gulag-population')!;
    gulag.schema.fields.find((f) => f.name === 'colonies')!.source = 'zemskov-1999';
    const result = validatePackage(json, real.files);
    expect(result.ok ? [] : result.issues.map(formatIssue).join('\n')).toMatch(
      /an unknown source "zemskov-1999" in resource "gulag-population"/,
    );
  });
});

describe('a statement supported only by tertiary sources', () => {
  const rowMessages = (json: unknown, files = real.files) => {
    const result = validatePackage(json, files);
    return result.ok ? [] : result.issues.map(formatIssue);
  };

  it('requires every source to say its kind: primary, secondary or tertiary', () => {
    const json = structuredClone(real.json) as { sources: { kind?: string }[] };
    json.sources[0]!.kind = 'encyclopedia';
    delete json.sources[1]!.kind;
    const found = rowMessages(json).join('\n');
    expect(found).toMatch(/data\/datapackage\.json: found a problem at sources\.0\.kind/);
    expect(found).toMatch(/data\/datapackage\.json: found a problem at sources\.1\.kind/);
  });

  /** agencies-and-heads.csv with its first row's source replaced. */
  const firstRowCitedTo = (source: string) => ({
    ...real.files,
    'agencies-and-heads.csv': real.files['agencies-and-heads.csv']!.replace(
      /^(cheka,agency,[^\n]*?,)kokurin-petrov-2003,/m,
      `$1${source},`,
    ),
  });

  it('finds no row of the real data supported by tertiary sources alone', () => {
    expect(rowMessages(real.json)).toEqual([]);
  });

  it('refuses a figure row whose only source is tertiary, naming the file, line and column, and what to do', () => {
    expect(rowMessages(real.json, firstRowCitedTo('wikipedia-cheka'))).toEqual([
      'data/agencies-and-heads.csv, line 2, column 7 ("source"): found support only from sources marked "tertiary" in data/datapackage.json ("wikipedia-cheka"); expected a primary or secondary source beside it (a document of the time, or scholarship, with the confidence you have): an encyclopedia may stay as further reading, never as the only support of a statement.',
    ]);
  });

  it('accepts a row where a secondary source stands beside the tertiary one', () => {
    expect(rowMessages(real.json, firstRowCitedTo('wikipedia-cheka; kokurin-petrov-2003'))).toEqual(
      [],
    );
  });
});

describe('a text citing only tertiary sources', () => {
  const descriptor = {
    sources: [
      { name: 'encyclopedia', title: 'E', citation: 'E.', kind: 'tertiary' as const },
      { name: 'wikipedia', title: 'W', citation: 'W.', kind: 'tertiary' as const },
      { name: 'werth-1999', title: 'Werth', citation: 'Werth.', kind: 'secondary' as const },
      { name: 'notes', title: 'N', citation: 'N.', kind: 'primary' as const },
    ],
  };
  const messages = (texts: Record<string, string>) =>
    checkTextSupport(descriptor, texts).map(formatIssue);

  it('refuses a citation in a text whose every source is tertiary, naming the file and line', () => {
    const md = '---\ntitle: T\n---\n\nThe Cheka was founded in 1917 [@encyclopedia; @wikipedia].\n';
    expect(messages({ 'x.md': md })).toEqual([
      'data/text/x.md, line 5: found support only from sources marked "tertiary" in data/datapackage.json ("encyclopedia", "wikipedia"); expected a primary or secondary source beside it (a document of the time, or scholarship, with the confidence you have): an encyclopedia may stay as further reading, never as the only support of a statement.',
    ]);
  });

  it('accepts it with a secondary source beside the tertiary one, or a primary source alone', () => {
    expect(messages({ 'x.md': 'Founded in 1917 [@encyclopedia; @werth-1999].' })).toEqual([]);
    expect(messages({ 'x.md': 'Founded in 1917 [@notes].' })).toEqual([]);
  });

  it('refuses a source check, a takeaway or a strong answer that rests on tertiary sources only', () => {
    const checks = {
      takeaway: 'Five names [@wikipedia].',
      checks: [
        {
          title: 'T',
          source: 'S',
          scholarship: 'As [@encyclopedia].',
          why: 'W',
          confidence: 'reported',
        },
      ],
      questions: [
        { ask: 'A?', strong_answer: ['One [@werth-1999; @wikipedia].', 'Two [@wikipedia].'] },
      ],
    };
    const found = messages({ 'x.checks.json': JSON.stringify(checks, null, 2) });
    expect(found.map((m) => m.replace(/: found.*/, ''))).toEqual([
      'data/text/x.checks.json, line 2 ("takeaway")',
      'data/text/x.checks.json, line 7 ("checks[0].scholarship")',
      'data/text/x.checks.json, line 17 ("questions[0].strong_answer[1]")',
    ]);
  });

  it('finds nothing to refuse in the texts of data/text as the data marks its sources', () => {
    const files = readPackageFiles();
    const result = validatePackage(files.json, files.files);
    if (!result.ok) throw new DataError(result.issues);
    expect(checkTextSupport(result.value.descriptor, readTextFiles()).map(formatIssue)).toEqual([]);
  });
});
