/**
 * What the export needs to be served by GitHub Pages, which sends no headers of the site's and
 * resolves addresses its own way: where a folder `x/` exists, `/x` is redirected to `/x/` and
 * answered with `x/index.html`, even when `x.html` is beside the folder
 * (https://github.com/jekyll/jekyll/issues/4920). The export writes every page as `x.html` with a
 * folder `x/` of its payloads beside it, so each such page is also written as `x/index.html`.
 */
export interface PagesChanges {
  /** Pages to copy, as export-relative paths with '/' separators. */
  copies: { from: string; to: string }[];
  /** Files no visitor of GitHub Pages is sent: the other hosts' headers files, the compressed
   * copies (Pages compresses by itself). */
  removals: string[];
}

const OTHER_HOSTS_ONLY = /^_headers$|^_nginx\.conf$|\.(br|gz)$/;

export function githubPagesChanges(files: readonly string[]): PagesChanges {
  const present = new Set(files);
  const folders = new Set(files.flatMap((file) => parentFolders(file)));
  const copies = files
    .filter((file) => file.endsWith('.html') && file !== 'index.html')
    .map((file) => ({ from: file, folder: file.slice(0, -'.html'.length) }))
    .filter(({ folder }) => folders.has(folder) && !present.has(`${folder}/index.html`))
    .map(({ from, folder }) => ({ from, to: `${folder}/index.html` }));
  return { copies, removals: files.filter((file) => OTHER_HOSTS_ONLY.test(file)) };
}

function parentFolders(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_part, i) => parts.slice(0, i + 1).join('/'));
}
