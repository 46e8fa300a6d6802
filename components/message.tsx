import { Fragment, type ReactNode } from 'react';

import type { Say } from '@/lib/text/messages';

/** An element of a message, made from the words its tag holds: `(text) => <a href=…>{text}</a>`. */
type Tag = (text: ReactNode) => ReactNode;

/**
 * The parts of a message in order. React asks each child of a list for a key; the parts of one
 * message never move, so their place in it is key enough.
 */
const keyed = (parts: readonly ReactNode[]) =>
  parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);

/**
 * A message whose sentence holds elements, such as a link, as tags around their words
 * (`say.rich`): each tag's words given to its element as React children.
 */
export function Message({
  say,
  message,
  values,
}: {
  say: Say;
  message: string;
  values: Record<string, string | number | Tag>;
}) {
  const withChildren = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'function' ? (chunks: ReactNode[]) => value(keyed(chunks)) : value,
    ]),
  );
  return keyed(say.rich<ReactNode>(message, withChildren));
}
