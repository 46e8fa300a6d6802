import { createHash } from 'node:crypto';

/**
 * A fingerprint of what the data says: every CSV file and the package descriptor, less its own
 * version and date (which change with a release, not with the data). Recorded beside each version
 * in data/corrections.json, it makes a change to a figure or a reading without a new version and
 * a corrections entry fail the tests.
 */
export function dataDigest(json: unknown, files: Readonly<Record<string, string>>): string {
  const { version: _version, created: _created, ...descriptor } = json as Record<string, unknown>;
  const hash = createHash('sha256').update(JSON.stringify(descriptor));
  for (const name of Object.keys(files).sort())
    hash.update(`\n${name}\n`).update(files[name]!.replace(/\r\n?/g, '\n'));
  return `sha256:${hash.digest('hex')}`;
}
