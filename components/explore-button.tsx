'use client';

import { useState, type ComponentType } from 'react';

import type { ExplorerData } from '@/lib/charts/explorer-data';

type ExplorerProps = { data: ExplorerData; title: string };

/**
 * Opens the interactive explorer. Its code (recharts) is fetched only when a person asks for it,
 * so it adds nothing to the page's first load.
 */
export function ExploreButton(props: ExplorerProps) {
  const [Explorer, setExplorer] = useState<ComponentType<ExplorerProps> | null>(null);
  const [state, setState] = useState<'closed' | 'loading' | 'open' | 'failed'>('closed');

  const open = async () => {
    if (state === 'open') {
      setState('closed');
      return;
    }
    setState('loading');
    try {
      const explorer = await import('./explorer');
      setExplorer(() => explorer.Explorer);
      setState('open');
    } catch {
      setState('failed');
    }
  };

  return (
    <section className="explore" aria-labelledby="explore-heading">
      <h2 id="explore-heading">Explore the data</h2>
      <p>Choose a measure, sort the bars and switch between a linear and a logarithmic scale.</p>
      <button
        type="button"
        className="button"
        onClick={open}
        aria-expanded={state === 'open'}
        aria-controls="explorer-panel"
      >
        {state === 'open' ? 'Close the explorer' : 'Open the explorer'}
      </button>
      <div id="explorer-panel" aria-live="polite">
        {state === 'loading' && <p className="status">Loading the explorer…</p>}
        {state === 'failed' && (
          <p className="status error">
            The explorer could not be loaded. Check the connection and try again.
          </p>
        )}
        {state === 'open' && Explorer && <Explorer {...props} />}
      </div>
    </section>
  );
}
