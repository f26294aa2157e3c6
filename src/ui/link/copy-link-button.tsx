import { useEffect, useState } from 'react';
import { viewUrl } from '../../domain/link/view-url';
import { copyText } from '../shared/clipboard';
import { useViewStore } from '../shared/store-context';

const CONFIRM_MS = 2500;
export const COPY_LINK_REFUSED = 'The browser did not allow copying; copy the address bar instead';
/** Said when the page is a file on this computer: its link opens nowhere else. */
export const LOCAL_LINK_COPIED =
  'Link copied. It is a link to this file on this computer: it reopens this view here, but not on another machine unless the same file sits at the same place.';

/** Copies the link to exactly this view, built from the view itself (not a pending URL). */
export function CopyLinkButton() {
  const store = useViewStore();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const local = window.location.protocol === 'file:';

  useEffect(() => {
    // A failure stays on screen until the next try: the user has to act on it; so does the
    // warning that a file's link opens only where the file is.
    if (state !== 'copied' || local) return;
    const timer = setTimeout(() => setState('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [state, local]);

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
        className={
          state === 'failed' || (state === 'copied' && local) ? 'toolbar-status' : 'visually-hidden'
        }
        role="status"
        aria-live="polite"
      >
        {state === 'copied'
          ? local
            ? LOCAL_LINK_COPIED
            : 'Link to this view copied to the clipboard'
          : state === 'failed'
            ? COPY_LINK_REFUSED
            : ''}
      </span>
    </>
  );
}
