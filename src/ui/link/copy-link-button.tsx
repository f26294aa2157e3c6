import { useEffect, useState } from 'react';
import { viewToSearch } from '../../domain/link/codec';
import { copyText } from '../shared/clipboard';
import { useViewStore } from '../shared/store-context';

const CONFIRM_MS = 2500;

/** Copies the link to exactly this view, built from the view itself (not a pending URL). */
export function CopyLinkButton() {
  const store = useViewStore();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const { origin, pathname, hash } = window.location;
    const search = viewToSearch(store.getState().view);
    setState((await copyText(`${origin}${pathname}${search}${hash}`)) ? 'copied' : 'failed');
  };

  return (
    <>
      <button type="button" className="primary" onClick={() => void copy()}>
        {state === 'copied' ? 'Link copied ✓' : 'Copy link'}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'copied'
          ? 'Link to this view copied to the clipboard'
          : state === 'failed'
            ? 'The browser did not allow copying; copy the address bar instead'
            : ''}
      </span>
    </>
  );
}
