'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

import { readParam, writeParam } from '@/lib/site/url-state';
import type { ClientWords } from '@/lib/text/client-words';

interface Tip {
  label: string;
  note: string;
  left: number;
  top: number;
}

const ACTIVE = 'is-active';

/** Marks and the text that explains them: both carry the mark's id, so either can light the other. */
function setActive(id: string | null) {
  for (const element of document.querySelectorAll(`.${ACTIVE}`)) element.classList.remove(ACTIVE);
  if (id === null) return;
  const selector = `[data-mark="${CSS.escape(id)}"], [data-explains~="${CSS.escape(id)}"], [data-mark-link="${CSS.escape(id)}"]`;
  for (const element of document.querySelectorAll(selector)) element.classList.add(ACTIVE);
}

const centre = (element: Element) => {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

/**
 * The mark a key moves to from `mark`, in its chart: Left and Right the one before or after it in
 * reading order, Home and End the first and last, Up and Down the nearest mark on the row above or
 * below (by where it is drawn), or null for any other key or where there is none.
 */
function markAfter(mark: SVGGElement, key: string): SVGGElement | null {
  const marks = [...(mark.closest('svg')?.querySelectorAll<SVGGElement>('[data-mark]') ?? [])];
  const index = marks.indexOf(mark);
  if (key === 'ArrowRight') return marks[index + 1] ?? null;
  if (key === 'ArrowLeft') return marks[index - 1] ?? null;
  if (key === 'Home') return marks[0] ?? null;
  if (key === 'End') return marks.at(-1) ?? null;
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  const from = centre(mark);
  const sign = key === 'ArrowDown' ? 1 : -1;
  // A row is the marks whose middles lie within a few pixels of the nearest one in that direction.
  const beyond = marks
    .map((m) => ({ m, at: centre(m) }))
    .filter(({ at }) => (at.y - from.y) * sign > 2);
  const nearest = Math.min(...beyond.map(({ at }) => Math.abs(at.y - from.y)));
  const row = beyond.filter(({ at }) => Math.abs(Math.abs(at.y - from.y) - nearest) <= 4);
  row.sort((a, b) => Math.abs(a.at.x - from.x) - Math.abs(b.at.x - from.x));
  return row[0]?.m ?? null;
}

/**
 * The small interactive layer over a server-rendered chart. On load it makes each mark a
 * focusable, named image inside the chart; pointing at or focusing a mark shows its value and
 * note, and highlights the paragraph or table row that explains it. Links in the text that name a
 * mark (data-mark-link) light it up the same way; choosing a mark (click or Enter) moves focus
 * to the paragraph that explains it, and clicking such a link brings the chart into view.
 */
export function ChartInteraction({
  words,
  children,
}: {
  words: ClientWords<'chartKeys'>;
  children: ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const role = words['chart-keys-role'];

  useEffect(() => {
    const container = root.current;
    if (!container) return;
    // Each chart is one Tab stop: its first mark takes focus, and the arrow keys move among the
    // marks inside (a roving tabindex, as in the WAI-ARIA composite-widget patterns).
    for (const svg of container.querySelectorAll('svg.chart-svg')) {
      svg.setAttribute('role', 'group');
      svg.setAttribute('aria-roledescription', role);
      svg.querySelectorAll<SVGGElement>('[data-mark]').forEach((mark, index) => {
        mark.setAttribute('tabindex', index === 0 ? '0' : '-1');
        mark.setAttribute('role', 'img');
        mark.setAttribute('aria-label', mark.dataset.label ?? '');
        if (mark.dataset.note) mark.setAttribute('aria-description', mark.dataset.note);
      });
    }

    // A highlight chosen by a click stays until another is chosen or Escape is pressed: the
    // scroll that brings the chart into view must not clear it as the pointer slides off.
    let pinned = false;
    const show = (mark: SVGGElement, pin = false) => {
      pinned = pin;
      if (pin) writeParam('mark', mark.dataset.mark ?? null);
      const box = mark.getBoundingClientRect();
      const frame = container.getBoundingClientRect();
      setActive(mark.dataset.mark ?? null);
      setTip({
        label: mark.dataset.label ?? '',
        note: mark.dataset.note ?? '',
        left: Math.min(box.left - frame.left + box.width / 2, frame.width - 160),
        top: box.bottom - frame.top + 8,
      });
    };
    const hide = () => {
      setActive(null);
      setTip(null);
    };
    const visibleMark = (id: string) =>
      [...container.querySelectorAll<SVGGElement>(`[data-mark="${CSS.escape(id)}"]`)].find(
        (m) => m.getBoundingClientRect().width > 0,
      );

    const onMarkEnter = (event: Event) => {
      const mark = (event.target as Element).closest<SVGGElement>('[data-mark]');
      if (mark) show(mark);
    };
    const onLinkEnter = (event: Event) => {
      const link = (event.target as Element).closest<HTMLElement>('[data-mark-link]');
      const mark = link?.dataset.markLink ? visibleMark(link.dataset.markLink) : undefined;
      if (mark) show(mark);
    };
    const onLeave = (event: Event) => {
      if (!pinned && (event.target as Element).closest('[data-mark], [data-mark-link]')) hide();
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      pinned = false;
      writeParam('mark', null);
      hide();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter') onMarkChoose(event);
      const mark = (event.target as Element).closest<SVGGElement>('[data-mark]');
      const next = mark && markAfter(mark, event.key);
      if (!next) return;
      event.preventDefault();
      mark.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      next.focus();
    };
    // A number in the text: keep its mark lit and bring the chart into view.
    const onLinkClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLElement>('[data-mark-link]');
      const mark = link?.dataset.markLink ? visibleMark(link.dataset.markLink) : undefined;
      if (!link || !mark) return;
      event.preventDefault();
      container.scrollIntoView({ block: 'center' });
      show(mark, true);
    };
    // A mark: go to the paragraph that explains it (the text first, then the notes).
    const onMarkChoose = (event: Event) => {
      const id = (event.target as Element).closest<SVGGElement>('[data-mark]')?.dataset.mark;
      if (!id) return;
      const selector = `[data-explains~="${CSS.escape(id)}"]`;
      const paragraph =
        document.querySelector<HTMLElement>(`.explanation ${selector}`) ??
        document.querySelector<HTMLElement>(`.figure-notes ${selector}`);
      if (!paragraph) return;
      paragraph.setAttribute('tabindex', '-1');
      paragraph.focus();
      paragraph.classList.add(ACTIVE);
    };

    // A permalink to a highlighted figure (?mark=…) lights it as the page opens.
    const linked = readParam('mark');
    const linkedMark = linked ? visibleMark(linked) : undefined;
    if (linkedMark) show(linkedMark, true);

    const listeners = new AbortController();
    const { signal } = listeners;
    container.addEventListener('pointerover', onMarkEnter, { signal });
    container.addEventListener('focusin', onMarkEnter, { signal });
    document.addEventListener('pointerover', onLinkEnter, { signal });
    document.addEventListener('focusin', onLinkEnter, { signal });
    document.addEventListener('pointerout', onLeave, { signal });
    document.addEventListener('focusout', onLeave, { signal });
    container.addEventListener('keydown', onKey, { signal });
    document.addEventListener('keydown', onEscape, { signal });
    container.addEventListener('click', onMarkChoose, { signal });
    document.addEventListener('click', onLinkClick, { signal });
    return () => listeners.abort();
  }, [role]);

  return (
    <div ref={root} className="chart-interactive">
      {children}
      {tip && (
        <div
          className="chart-tooltip"
          style={{ left: tip.left, top: tip.top }}
          aria-hidden="true"
          data-testid="chart-tooltip"
        >
          <strong>{tip.label}</strong>
          {tip.note && <span>{tip.note}</span>}
        </div>
      )}
    </div>
  );
}
