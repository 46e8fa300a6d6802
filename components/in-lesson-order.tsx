'use client';

import { Fragment, useMemo, type ReactNode } from 'react';

import { LESSON_PARAM, parseLesson, type DeckIndex } from '@/lib/present/lesson';

import { useAddressSearch, useDeckOrder, useLanguageSwitchKeepsLesson } from './use-deck-order';

/**
 * A page of the whole deck's parts (every slide, every handout), which shows the lesson's alone, in
 * its order, where its address names a lesson: `by` slide number or by chart. Without scripts, or
 * without a lesson, every part in the deck's order.
 */
export function InLessonOrder({
  deck,
  by,
  items,
}: {
  deck: DeckIndex;
  by: 'slide' | 'chart';
  /** Each part, under its slide's number or its chart's slug. */
  items: readonly { key: string; node: ReactNode }[];
}) {
  const search = useAddressSearch();
  const order = useDeckOrder(deck);
  useLanguageSwitchKeepsLesson();
  const keys = useMemo(() => {
    if (!order.lesson) return null;
    if (by === 'slide') return order.slides.map(String);
    return parseLesson(new URLSearchParams(search).getAll(LESSON_PARAM), deck).picks.map(
      (pick) => pick.slug,
    );
  }, [order, by, search, deck]);
  const shown = keys ? keys.flatMap((key) => items.filter((item) => item.key === key)) : items;
  return (
    <>
      {shown.map((item) => (
        <Fragment key={item.key}>{item.node}</Fragment>
      ))}
    </>
  );
}
