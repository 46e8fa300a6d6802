import { describe, expect, it } from 'vitest';

import { basePathOf } from '@/lib/site/paths';

describe('basePathOf', () => {
  it('is empty for a site at the root of its host, with or without the slash', () => {
    expect(basePathOf('https://example.org')).toBe('');
    expect(basePathOf('https://example.org/')).toBe('');
    expect(basePathOf(undefined)).toBe('');
  });

  it('is the folder of a site that lives in one, without its last slash', () => {
    expect(basePathOf('https://example.github.io/repression/')).toBe('/repression');
    expect(basePathOf('https://school.example/history/numbers')).toBe('/history/numbers');
  });
});
