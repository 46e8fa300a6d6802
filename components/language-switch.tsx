import Link from 'next/link';

import { LOCALES } from '@/lib/locale/locales';
import { localePath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';
import type { Say } from '@/lib/text/messages';

/**
 * The page in every language, each named in its own (and marked as that language for a screen
 * reader): a link to the same page elsewhere, never a redirect. `path` is the page's English
 * address, with its slide or section. `inline`: the other languages by their codes ("SV"), inside
 * another navigation (the deck's bar, where a list may not go and a projector's chart needs the
 * room), each link's name starting with its code and going on with the language's name.
 */
export function LanguageSwitch({
  path,
  say,
  inline = false,
}: {
  path: string;
  say: Say;
  inline?: boolean;
}) {
  const label = say('language-switch');
  if (inline)
    return (
      <span role="group" aria-label={label} className="language-switch language-switch-inline">
        {LOCALES.filter((locale) => locale !== say.locale).map((locale) => {
          const code = locale.toUpperCase();
          return (
            <Link
              key={locale}
              href={localePath(locale, path)}
              hrefLang={locale}
              lang={locale}
              aria-label={`${code} ${siteSay(locale)('language-name')}`}
            >
              {code}
            </Link>
          );
        })}
      </span>
    );
  const items = LOCALES.map((locale) => {
    const name = siteSay(locale)('language-name');
    return (
      <li key={locale} lang={locale}>
        {locale === say.locale ? (
          <span aria-current="page">{name}</span>
        ) : (
          <Link href={localePath(locale, path)} hrefLang={locale}>
            {name}
          </Link>
        )}
      </li>
    );
  });
  return (
    <nav aria-label={label} className="language-switch">
      <ul>{items}</ul>
    </nav>
  );
}
