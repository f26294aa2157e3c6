import { useActions, useApp } from '../shared/store-context';
import { OpenButton } from './open-button';
import { OpenProgress } from './open-progress';

/** Which catalogue is on screen, with its counts; open another, or go back to the built-in one. */
export function CatalogueBar() {
  const catalogue = useApp((state) => state.catalogue);
  const builtIn = useApp((state) => state.builtIn);
  const { showBuiltIn } = useActions();
  if (catalogue.status !== 'ready') return null;
  const { identity, data } = catalogue;
  const count = (n: number, noun: string) =>
    `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
  const counts = [
    count(data.catalogue.systems.length, 'system'),
    count(data.sources.length, 'source'),
  ].join(' · ');

  return (
    <section className="catalogue-bar" aria-label="Catalogue">
      <p className="catalogue-name">
        {identity ? (
          <>
            <strong>{identity.title}</strong>{' '}
            <span className="catalogue-file">({identity.fileName})</span>
          </>
        ) : (
          <strong>Built-in catalogue</strong>
        )}{' '}
        · {counts}
      </p>
      <div className="toolbar">
        <OpenButton />
        {identity && builtIn ? (
          <button type="button" onClick={showBuiltIn}>
            Back to the built-in catalogue
          </button>
        ) : null}
      </div>
      <OpenProgress />
    </section>
  );
}
