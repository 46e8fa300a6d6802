// Runs before every build (npm's "prebuild"): bad data stops the build here, with one line per
// problem (in the data or in the texts' citations), before Next.js starts; so does a malformed SITE_URL, and a missing one is warned of.
import { DataError, formatIssue } from '../lib/data/data-issue';
import { readPackageFiles } from '../lib/data/load-package';
import { validatePackage } from '../lib/data/validate-package';
import { siteAddressWarning } from '../lib/site/pages';
import { checkTextSupport, readTextFiles } from '../lib/text/citation-support';
import { translationProblems, translationsPresent } from '../lib/text/translation-check';

try {
  const warning = siteAddressWarning(process.env.SITE_URL);
  if (warning) console.warn(`Warning: ${warning}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const { json, files } = readPackageFiles();
const validated = validatePackage(json, files);
// The texts may not rest a statement on tertiary sources alone (encyclopedias, Wikipedia).
const textIssues = validated.ok
  ? checkTextSupport(validated.value.descriptor, readTextFiles())
  : [];
const result = textIssues.length > 0 ? { ok: false as const, issues: textIssues } : validated;
if (result.ok) {
  const counts = Object.entries(result.value.records).map(
    ([name, rows]) => `${name} (${rows.length})`,
  );
  console.log(`data/ is valid: ${counts.join(', ')}.`);
} else {
  console.error(new DataError(result.issues).message);
  console.error(
    `\n${result.issues.length} problem(s); the first: ${formatIssue(result.issues[0]!)}`,
  );
  process.exit(1);
}

// A translation may say nothing less than the English: the same keys, passages, links, citations,
// unknowns and numbers (lib/text/parity.ts).
const translations = translationsPresent();
const parity = translations.flatMap((locale) => translationProblems(locale));
if (parity.length > 0) {
  for (const { file, where, problem } of parity) console.error(`${file}: ${where}: ${problem}`);
  console.error(`\n${parity.length} problem(s) in the translations.`);
  process.exit(1);
}
if (translations.length > 0)
  console.log(`Translations match the English: ${translations.join(', ')}.`);
