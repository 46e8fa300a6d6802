'use client';

import { useEffect, useState, type ComponentType } from 'react';

import type { ExplorerData } from '@/lib/charts/explorer-data';
import { readParam, writeParam } from '@/lib/site/url-state';
import type { ClientWords } from '@/lib/text/client-words';

import { useScripted } from './use-scripted';

/** The explorer's settings in the address; any of them opens the explorer as the page loads. */
const EXPLORER_PARAMS = ['measure', 'sort', 'scale'] as const;

type ExplorerProps = { data: ExplorerData; title: string; words: ClientWords<'explore'> };

/** The explorer's code, fetched on demand: a separate chunk the page does not load by itself. */
const loadExplorer = () => import('./explorer').then((module) => module.Explorer);

/**
 * Opens the interactive explorer. Its code (recharts) is fetched only when a person asks for it,
 * so it adds nothing to the page's first load.
 */
export function ExploreButton(props: ExplorerProps) {
  const { words } = props;
  const [Explorer, setExplorer] = useState<ComponentType<ExplorerProps> | null>(null);
  const [state, setState] = useState<'closed' | 'loading' | 'open' | 'failed'>('closed');
  const scripted = useScripted();

  const show = (explorer: ComponentType<ExplorerProps>) => {
    setExplorer(() => explorer);
    setState('open');
  };
  const fail = () => setState('failed');

  const toggle = () => {
    if (state === 'open') {
      setState('closed');
      writeParam('explore', null);
      for (const param of EXPLORER_PARAMS) writeParam(param, null);
      return;
    }
    writeParam('explore', 'open');
    setState('loading');
    loadExplorer().then(show, fail);
  };

  // An address with the explorer's settings (a shared link) opens it as the page loads.
  useEffect(() => {
    if (readParam('explore') || EXPLORER_PARAMS.some((param) => readParam(param))) {
      loadExplorer().then(
        (explorer) => {
          setExplorer(() => explorer);
          setState('open');
        },
        () => setState('failed'),
      );
    }
  }, []);

  return (
    <section className="explore" aria-labelledby="explore-heading">
      <h2 id="explore-heading">{words['explore-heading']}</h2>
      <p>{words['explore-lede']}</p>
      <button
        type="button"
        className="button"
        onClick={toggle}
        disabled={!scripted}
        aria-expanded={state === 'open'}
        aria-controls="explorer-panel"
      >
        {state === 'open' ? words['explore-close'] : words['explore-open']}
      </button>
      {!scripted && <p className="needs-scripts">{words['explore-needs-scripts']}</p>}
      <div id="explorer-panel" aria-live="polite">
        {state === 'loading' && <p className="status">{words['explore-loading']}</p>}
        {state === 'failed' && <p className="status error">{words['explore-failed']}</p>}
        {state === 'open' && Explorer && <Explorer {...props} />}
      </div>
    </section>
  );
}
