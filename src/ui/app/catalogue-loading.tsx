import { useEffect, useState } from 'react';

/** After this long without the catalogue, the user is told and offered a way out. */
export const SLOW_LOAD_MS = 5000;

/** The loading message; a request that never answers would otherwise leave it up for ever. */
export function CatalogueLoading() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_LOAD_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="loading">
      <p role="status">
        {slow
          ? 'Still loading the catalogue… This is taking longer than it should; the network may be slow or down.'
          : 'Loading the catalogue…'}
      </p>
      {slow ? (
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </p>
      ) : null}
    </div>
  );
}
