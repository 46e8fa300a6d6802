import Link from 'next/link';

import { LOCALES } from '@/lib/locale/locales';
import { localePath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';
import type { Say } from '@/lib/text/messages';

/**
 * The page in every language, each named in its own (and marked as that language for a screen
 * reader): a link to the same page elsewhere, never a redirect. `path` is the page's English
 * address, with its slide or section. `inline`: a group inside another navigation (the deck's
 * bar, where a list may not go) rather than a landmark of its own.
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
  const Item = inline ? 'span' : 'li';
  const items = LOCALES.map((locale) => {
    const name = siteSay(locale)('language-name');
    return (
      <Item key={locale} lang={locale}>
        {locale === say.locale ? (
          <span aria-current="page">{name}</span>
        ) : (
          <Link href={localePath(locale, path)} hrefLang={locale}>
            {name}
          </Link>
        )}
      </Item>
    );
  });
  const label = say('language-switch');
  return inline ? (
    <span role="group" aria-label={label} className="language-switch language-switch-inline">
      {items}
    </span>
  ) : (
    <nav aria-label={label} className="language-switch">
      <ul>{items}</ul>
    </nav>
  );
}
