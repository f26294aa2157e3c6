import { useEffect, useState } from 'react';
import { viewUrl } from '../../domain/link/view-url';
import { copyText } from '../shared/clipboard';
import { useViewStore } from '../shared/store-context';

const CONFIRM_MS = 2500;
export const COPY_LINK_REFUSED = 'The browser did not allow copying; copy the address bar instead';

/** Copies the link to exactly this view, built from the view itself (not a pending URL). */
export function CopyLinkButton() {
  const store = useViewStore();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    // A failure stays on screen until the next try: the user has to act on it.
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    setState('idle');
    const link = viewUrl(window.location.href, store.getState().view);
    setState((await copyText(link)) ? 'copied' : 'failed');
  };

  return (
    <>
      <button type="button" className="primary" onClick={() => void copy()}>
        {state === 'copied' ? 'Link copied ✓' : 'Copy link'}
      </button>
      <span
        className={state === 'failed' ? 'toolbar-status' : 'visually-hidden'}
        role="status"
        aria-live="polite"
      >
        {state === 'copied'
          ? 'Link to this view copied to the clipboard'
          : state === 'failed'
            ? COPY_LINK_REFUSED
            : ''}
      </span>
    </>
  );
}
