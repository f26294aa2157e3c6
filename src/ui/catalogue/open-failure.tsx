import { countText } from '../../domain/view/count-text';
import { openCatalogueFile } from '../../state/open-catalogue';
import { useActions, useApp, useViewStore } from '../shared/store-context';

const SHOWN = 20;

/** "1,000 problems were found; the first 20 are listed." The count is the true one, not the list's. */
export function problemCount(total: number, shown: number): string {
  if (total === 1) return 'One problem was found.';
  const found = `${countText(total)} problems were found`;
  return total > shown ? `${found}; the first ${shown} are listed.` : `${found}.`;
}

/** A file that could not be opened: what is wrong and where; the catalogue on screen stays. */
export function OpenFailure() {
  const store = useViewStore();
  const failure = useApp((state) => state.openFailure);
  const { dismissOpenFailure } = useActions();
  if (!failure) return null;
  const { fileName, problems, total, unchecked, retry } = failure;
  const listed = problems.slice(0, SHOWN);
  return (
    <section className="open-failure" role="alert" aria-labelledby="open-failure-title">
      <h2 id="open-failure-title">{fileName} could not be opened</h2>
      {retry ? (
        <p>
          It {problems[0]?.message ?? 'could not be checked'}. The catalogue already on screen is
          still the one shown.
        </p>
      ) : (
        <>
          <p>
            {problemCount(total, listed.length)}
            {unchecked ? ` Checking stopped there: ${unchecked} were not checked yet.` : ''} The
            catalogue already on screen is still the one shown.
          </p>
          <ul className="problem-list">
            {listed.map((problem, index) => (
              <li key={index}>
                <code>{problem.path || '(whole file)'}</code>: {problem.message}
              </li>
            ))}
          </ul>
          {total > listed.length ? <p>…and {countText(total - listed.length)} more.</p> : null}
        </>
      )}
      <div className="toolbar">
        {retry ? (
          <button type="button" onClick={() => void openCatalogueFile(store, retry)}>
            Try again
          </button>
        ) : null}
        <button type="button" onClick={dismissOpenFailure}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
