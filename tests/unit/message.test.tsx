import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { Message } from '@/components/message';
import { messages } from '@/lib/text/messages';

const say = messages('en', [
  {
    file: 'words.yml',
    messages: {
      footer: 'Data under <licence>CC BY 4.0</licence>; see <about>the <em>method</em></about>.',
      release: 'Version {version}, <time>{date}</time>',
    },
  },
]);

describe('a message with elements, on a page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders each tag as its element around its words, the text around them as it is', () => {
    expect(
      renderToStaticMarkup(
        <p>
          <Message
            say={say}
            message="release"
            values={{
              version: '1.2',
              date: '2026-01-05',
              time: (text) => <time dateTime="2026-01-05">{text}</time>,
            }}
          />
        </p>,
      ),
    ).toBe('<p>Version 1.2, <time dateTime="2026-01-05">2026-01-05</time></p>');
  });

  it('gives React a key for every part, nested ones too, so it warns of none', () => {
    const warnings = vi.spyOn(console, 'error').mockImplementation(() => {});
    const markup = renderToStaticMarkup(
      <Message
        say={say}
        message="footer"
        values={{
          licence: (text) => <a href="https://creativecommons.org/licenses/by/4.0/">{text}</a>,
          about: (text) => <a href="#about">{text}</a>,
          em: (text) => <em>{text}</em>,
        }}
      />,
    );
    expect(markup).toBe(
      'Data under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>; see <a href="#about">the <em>method</em></a>.',
    );
    expect(warnings).not.toHaveBeenCalled();
  });
});
