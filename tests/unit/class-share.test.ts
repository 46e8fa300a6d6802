import { describe, expect, it } from 'vitest';

import { classShareLinks } from '@/lib/site/class-share';

describe('the links that share a chart with a class', () => {
  const links = classShareLinks(
    'https://example.org/charts/gulag?view=table',
    'The Gulag & its deaths',
  );

  it('hand Google Classroom the address and title, each encoded whole', () => {
    expect(links.classroom).toBe(
      'https://classroom.google.com/share?url=https%3A%2F%2Fexample.org%2Fcharts%2Fgulag%3Fview%3Dtable&title=The%20Gulag%20%26%20its%20deaths',
    );
  });

  it('hand Microsoft Teams the same, in its own parameters', () => {
    expect(links.teams).toBe(
      'https://teams.microsoft.com/share?href=https%3A%2F%2Fexample.org%2Fcharts%2Fgulag%3Fview%3Dtable&msgText=The%20Gulag%20%26%20its%20deaths',
    );
  });
});
