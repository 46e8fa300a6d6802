'use client';

import { useEffect } from 'react';

import { readParam, writeParam } from '@/lib/site/url-state';

/** Keeps the Chart/Table switch in the address (?view=table), and restores it from there. */
export function ViewParam({ name }: { name: string }) {
  useEffect(() => {
    const radios = [
      ...document.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`),
    ];
    const wanted = readParam('view');
    const radio = radios.find((r) => r.value === wanted);
    if (radio) radio.checked = true;
    const listeners = new AbortController();
    for (const r of radios) {
      r.addEventListener('change', () => writeParam('view', r.value === 'chart' ? null : r.value), {
        signal: listeners.signal,
      });
    }
    return () => listeners.abort();
  }, [name]);
  return null;
}
