import { describe, expect, it } from 'vitest';

import { parseRows, trimInlinePayload, trimPayload, writeRows } from '@/lib/build/inline-payload';

const text = (id: string, body: string) => `${id}:T${Buffer.byteLength(body).toString(16)},${body}`;
const svg = '<svg class="chart-svg"><text>1937: 790,665 — “first category”</text></svg>';
const css = ':root{--ink:#1b1b1b}\nbody{margin:0}';

/** A payload as Next.js writes one: a stylesheet, a chart's markup as a text row, and a page. */
const stream = [
  `0:{"b":"build","f":["$1","$4","$6","$7","$8"]}\n`,
  text('2', css),
  `1:["$","style","0",{"precedence":"next","href":"/a.css","children":"$2"}]\n`,
  text('3', svg),
  `4:["$","$L5",null,{"markupKey":"k1","html":"$3","className":"chart-wide"}]\n`,
  `6:["$","$L5",null,{"markupKey":"k2","html":"<svg></svg>","className":"chart-narrow"}]\n`,
  `7:["$","p",null,{"children":"$$3 is text, not a reference"}]\n`,
  `8:["$","$L5",null,{"markupKey":"text","id":"explanation","children":"$9"}]\n`,
  `9:["$","p",null,{"children":["Shot in 1937–38: ","$a"]}]\n`,
  text('a', 'a long paragraph'),
  `b:"a row nothing names"\n`,
].join('');

const push = (chunk: string) =>
  `<script>self.__next_f.push(${JSON.stringify([1, chunk]).replace(/</g, '\\u003c')})</script>`;

describe('the inline payload', () => {
  it('is read row by row, a text row by its length in bytes, and written back the same', () => {
    const rows = parseRows(stream);
    expect(rows.map((row) => row.id)).toEqual([
      '0',
      '2',
      '1',
      '3',
      '4',
      '6',
      '7',
      '8',
      '9',
      'a',
      'b',
    ]);
    expect(rows[3]).toEqual({ id: '3', body: svg, text: true });
    expect(writeRows(rows)).toBe(stream);
  });

  it('loses the content of served elements and the text of inlined stylesheets, and nothing else', () => {
    const rows = parseRows(trimPayload(stream));
    expect(rows.map((row) => row.id)).toEqual(['0', '1', '4', '6', '7', '8', 'b']);
    expect(rows.find((row) => row.id === '4')!.body).toBe(
      '["$","$L5",null,{"markupKey":"k1","className":"chart-wide"}]',
    );
    expect(rows.find((row) => row.id === '6')!.body).not.toContain('html');
    expect(rows.find((row) => row.id === '8')!.body).toBe(
      '["$","$L5",null,{"markupKey":"text","id":"explanation"}]',
    );
    expect(rows.find((row) => row.id === '1')!.body).toContain('"children":""');
    expect(rows.find((row) => row.id === '7')!.body).toContain('$$3 is text');
  });

  it('keeps a text row that another row still names', () => {
    const shared =
      stream.replace('"$7","$8"', '"$7","$8","$c"') + `c:["$","p",null,{"children":"$3"}]\n`;
    expect(parseRows(trimPayload(shared)).map((row) => row.id)).toContain('3');
  });

  it('keeps a style without an href: React would compare its text', () => {
    const plain = `0:"$1"\n${text('2', css)}1:["$","style",null,{"children":"$2"}]\n`;
    expect(trimPayload(plain)).toBe(plain);
  });

  it('stops at a binary row rather than guess its length', () => {
    expect(() => trimPayload('1:A8,abcdefgh')).toThrow(/binary payload row/);
  });
});

describe('trimInlinePayload', () => {
  const half = Math.floor(stream.length / 2);
  const page = [
    '<!DOCTYPE html><html><head></head><body><div class="chart-wide">',
    svg,
    '</div><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    push(stream.slice(0, half)),
    '<p>between</p>',
    push(stream.slice(half)),
    '</body></html>',
  ].join('');
  const { html, before, after } = trimInlinePayload(page);

  it('writes the trimmed payload as one script where the first stood, escaped as Next.js does', () => {
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe('(self.__next_f=self.__next_f||[]).push([0])');
    expect(scripts[1]).not.toContain('<');
    const [, chunk] = JSON.parse(scripts[1]!.slice('self.__next_f.push('.length, -1)) as [
      number,
      string,
    ];
    expect(chunk).toBe(trimPayload(stream));
    expect(after).toBeLessThan(before);
  });

  it('leaves the page’s own markup as it was', () => {
    expect(html).toContain(`<div class="chart-wide">${svg}</div>`);
    expect(html).toContain('<p>between</p>');
  });

  it('returns a page without a payload unchanged', () => {
    expect(trimInlinePayload('<p>no scripts</p>')).toEqual({
      html: '<p>no scripts</p>',
      before: 0,
      after: 0,
    });
  });
});
