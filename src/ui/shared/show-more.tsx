import { useState } from 'react';
import { countText } from '../../domain/view/count-text';

/**
 * A long list drawn a page at a time: the first `page` items, and a button for the next page. A
 * large file's register cites one source 100,000 times and its timeline runs to hundreds of events;
 * drawn whole, such a list was a long task when the file opened (issue 24).
 */
export function usePaged<T>(items: readonly T[], page: number) {
  const [shown, setShown] = useState(page);
  const left = items.length - shown;
  return {
    visible: left > 0 ? items.slice(0, shown) : items,
    more:
      left > 0 ? (
        <button type="button" onClick={() => setShown(shown + page)}>
          Show {countText(Math.min(page, left))} more of {countText(items.length)}
        </button>
      ) : null,
  };
}
