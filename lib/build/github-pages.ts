/**
 * What the export needs to be served by GitHub Pages, which sends no headers of the site's and
 * resolves addresses its own way: where a folder `x/` exists, `/x` is redirected to `/x/` and
 * answered with `x/index.html`, even when `x.html` is beside the folder
 * (https://github.com/jekyll/jekyll/issues/4920). The export writes every page as `x.html` with a
 * folder `x/` of its payloads beside it, so each such page is also written as `x/index.html`.
 */
interface PagesChanges {
  /** Pages to copy, as export-relative paths with '/' separators. */
  copies: { from: string; to: string }[];
  /** Files no visitor of GitHub Pages is sent: the other hosts' headers files, and the
   * compressed copies of files beside them (Pages compresses by itself). */
  removals: string[];
}

const HEADERS_FILES = new Set(['_headers', '_nginx.conf']);
const COMPRESSED_COPY = /\.(br|gz)$/;

export function githubPagesChanges(files: readonly string[]): PagesChanges {
  const present = new Set(files);
  const folders = new Set(files.flatMap((file) => parentFolders(file)));
  const copies = files
    .filter((file) => file.endsWith('.html') && file !== 'index.html')
    .map((file) => ({ from: file, folder: file.slice(0, -'.html'.length) }))
    .filter(({ folder }) => folders.has(folder))
    .map(({ from, folder }) => {
      const to = `${folder}/index.html`;
      // Pages would answer /x with this other page instead of x.html.
      if (present.has(to)) throw new Error(`${to} and ${from} are both pages of /${folder}`);
      return { from, to };
    });
  const removals = files.filter(
    (file) =>
      HEADERS_FILES.has(file) ||
      (COMPRESSED_COPY.test(file) && present.has(file.replace(COMPRESSED_COPY, ''))),
  );
  return { copies, removals };
}

function parentFolders(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_part, i) => parts.slice(0, i + 1).join('/'));
}
