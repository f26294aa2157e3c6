import { countText } from '../../domain/view/count-text';
import { useShallow } from 'zustand/react/shallow';
import { useActions, useApp } from '../shared/store-context';
import { OpenButton } from './open-button';
import { OpenProgress } from './open-progress';

/** Which catalogue is on screen, with its counts; open another, or go back to the built-in one. */
export function CatalogueBar() {
  // Counts and names, not the catalogue: this bar renders once per catalogue, and React's copy
  // of its previous render would otherwise hold the previous catalogue (issue 24, B2).
  const bar = useApp(
    useShallow((state) =>
      state.catalogue.status === 'ready'
        ? {
            title: state.catalogue.identity?.title ?? null,
            fileName: state.catalogue.identity?.fileName ?? null,
            systems: state.catalogue.systemCount,
            sources: state.catalogue.data.sources.length,
          }
        : null,
    ),
  );
  const hasBuiltIn = useApp((state) => state.builtIn !== null);
  const { showBuiltIn } = useActions();
  // While the catalogue loads, the bar's place is kept (hidden, and out of reach of every user)
  // so the page below does not jump down when it arrives: Lighthouse counted that shift.
  if (!bar) {
    return (
      <div className="catalogue-bar catalogue-bar-waiting" aria-hidden="true" inert>
        <p className="catalogue-name">
          <strong>Built-in catalogue</strong>
        </p>
        <div className="toolbar">
          <button type="button" tabIndex={-1}>
            Open catalogue…
          </button>
        </div>
      </div>
    );
  }
  const count = (n: number, noun: string) => `${countText(n)} ${noun}${n === 1 ? '' : 's'}`;
  const counts = [count(bar.systems, 'system'), count(bar.sources, 'source')].join(' · ');

  return (
    <section className="catalogue-bar" aria-label="Catalogue">
      <p className="catalogue-name">
        {bar.fileName !== null ? (
          <>
            <strong>{bar.title}</strong> <span className="catalogue-file">({bar.fileName})</span>
          </>
        ) : (
          <strong>Built-in catalogue</strong>
        )}{' '}
        · {counts}
      </p>
      <div className="toolbar">
        <OpenButton />
        {bar.fileName !== null && hasBuiltIn ? (
          <button type="button" onClick={showBuiltIn}>
            Back to the built-in catalogue
          </button>
        ) : null}
      </div>
      <OpenProgress />
    </section>
  );
}
