import { describe, expect, it } from 'vitest';

import { parseCsv } from '@/lib/data/parse-csv';

describe('parseCsv', () => {
  it('reads a file that starts with a byte-order mark as if it had none', () => {
    const result = parseCsv('x.csv', '\uFEFFa,b\n1,2\n');
    expect(result).toEqual({
      ok: true,
      value: { header: ['a', 'b'], rows: [{ line: 2, cells: ['1', '2'] }] },
    });
  });

  it('reads CRLF line ends without leaving carriage returns in cells', () => {
    const result = parseCsv('x.csv', 'a,b\r\n1,2\r\n3,4\r\n');
    expect(result.ok && result.value.rows.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps a comma inside a quoted field as part of the text', () => {
    const result = parseCsv('x.csv', 'a,b\n"one, two",2\n');
    expect(result.ok && result.value.rows[0]?.cells).toEqual(['one, two', '2']);
  });

  it('numbers rows by the line they start on, past quoted line breaks and blank lines', () => {
    const result = parseCsv('x.csv', 'a,b\n"x\ny",1\n\n3,4\n');
    expect(result.ok && result.value.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('reports an empty file', () => {
    expect(parseCsv('x.csv', '  \n')).toEqual({
      ok: false,
      issues: [
        {
          file: 'x.csv',
          found: 'an empty file',
          expected: 'a header row and at least one data row',
        },
      ],
    });
  });

  it('reports a file with a header and no rows', () => {
    const result = parseCsv('x.csv', 'a,b\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.found).toBe('a header row only');
  });

  it('reports an unclosed quote with the line it starts on', () => {
    const result = parseCsv('x.csv', 'a,b\n1,2\n3,"open\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ file: 'x.csv', line: 3 });
  });
});
