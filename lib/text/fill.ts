/**
 * A client part's template with its `{name}` holes filled (see `clientWords`): the one piece of
 * message formatting that runs in the browser. A hole with no value is left as it is, so a
 * missing value shows on the page instead of a silent gap.
 */
export const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (hole, name: string) => values[name] ?? hole);
