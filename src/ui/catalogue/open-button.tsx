import { useRef } from 'react';
import { openCatalogueFile } from '../../state/open-catalogue';
import { useViewStore } from '../shared/store-context';

/** "Open catalogue…": a real file input (named "Open catalogue") behind a plain button. */
export function OpenButton() {
  const store = useViewStore();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open catalogue…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.csv,text/csv,.tsv,text/tab-separated-values"
        aria-label="Open catalogue"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again still opens it.
          event.target.value = '';
          if (file) void openCatalogueFile(store, file);
        }}
      />
    </>
  );
}
