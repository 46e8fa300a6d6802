/**
 * What a reader is looking at, kept in the page's address (?view=table, ?mark=…, ?scale=log) so
 * that the address is a permalink to that view. Pages stay static: the state is read and written
 * in the browser, after the page has loaded.
 */
export function readParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

export function writeParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url);
}
