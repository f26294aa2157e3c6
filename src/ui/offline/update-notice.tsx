import { useState, useSyncExternalStore } from 'react';
import type { AppUpdate } from './app-update';

/** "A new version is ready": the reader reloads when it suits them, or later. */
export function UpdateNotice({ update }: { update: AppUpdate }) {
  const ready = useSyncExternalStore(update.subscribe, update.isReady);
  const [state, setState] = useState<'shown' | 'reloading' | 'later'>('shown');
  if (!ready || state === 'later') return null;
  return (
    <aside className="update-notice" aria-label="New version">
      <p role="status">A new version of the app is ready.</p>
      <button
        type="button"
        className="primary"
        disabled={state === 'reloading'}
        onClick={() => {
          setState('reloading');
          update.apply();
        }}
      >
        {state === 'reloading' ? 'Reloading…' : 'Reload'}
      </button>
      <button type="button" onClick={() => setState('later')}>
        Later
      </button>
    </aside>
  );
}
