import { SKIP_TARGET_IDS } from '../../domain/link/hash';
import { useApp } from '../shared/store-context';
import { focusView } from '../table/focus-table';

/**
 * The first Tab stop: straight to the table (or the open comparison), past the header and the
 * filters. It moves focus itself rather than following its #hash, so the address, and any link
 * copied from it, stays the view's own (url-sync drops a skip hash that arrives anyway).
 */
export function SkipLink() {
  const comparisonOpen = useApp((state) => state.view.comparisonOpen);
  const target = comparisonOpen ? SKIP_TARGET_IDS.comparison : SKIP_TARGET_IDS.table;
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const element =
          document.getElementById(target) ?? document.getElementById(SKIP_TARGET_IDS.main);
        if (!element) return;
        event.preventDefault();
        focusView(element);
        element.scrollIntoView?.({ block: 'start' });
      }}
    >
      {comparisonOpen ? 'Skip to the comparison' : 'Skip to the table'}
    </a>
  );
}
