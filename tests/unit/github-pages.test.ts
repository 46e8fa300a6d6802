import { describe, expect, it } from 'vitest';

import { githubPagesChanges } from '@/lib/build/github-pages';

describe('githubPagesChanges', () => {
  it('copies a page that has a folder beside it to that folder’s index.html', () => {
    const { copies } = githubPagesChanges([
      'charts/personnel.html',
      'charts/personnel/teach.html',
      'present/3.html',
      'present/3/__next.present.3.__PAGE__.txt',
    ]);
    expect(copies).toEqual([
      { from: 'charts/personnel.html', to: 'charts/personnel/index.html' },
      { from: 'present/3.html', to: 'present/3/index.html' },
    ]);
  });

  it('leaves a page with no folder of its name, and the home page, where they are', () => {
    expect(
      githubPagesChanges(['index.html', 'about.html', 'abouts/x.txt', '404.html']).copies,
    ).toEqual([]);
  });

  it('stops where a folder already has an index.html, which Pages would serve for the page', () => {
    expect(() => githubPagesChanges(['guide.html', 'guide/index.html'])).toThrow(
      'guide/index.html and guide.html are both pages of /guide',
    );
  });

  it('finds a page’s folder however deep the folder’s only file lies', () => {
    expect(githubPagesChanges(['a/b.html', 'a/b/c/d/e.txt']).copies).toEqual([
      { from: 'a/b.html', to: 'a/b/index.html' },
    ]);
  });

  it('drops the other hosts’ headers files and the precompressed copies, and nothing else', () => {
    expect(
      githubPagesChanges([
        '_headers',
        '_nginx.conf',
        'index.html',
        'index.html.br',
        'index.html.gz',
        'downloads/sentences.csv',
        'downloads/pack.zip',
        'downloads/archive.tar.gz',
      ]).removals,
    ).toEqual(['_headers', '_nginx.conf', 'index.html.br', 'index.html.gz']);
  });
});
