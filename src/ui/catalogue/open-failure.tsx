import { useActions, useApp } from '../shared/store-context';

const SHOWN = 20;

/** A file that could not be opened: what is wrong and where; the catalogue on screen stays. */
export function OpenFailure() {
  const failure = useApp((state) => state.openFailure);
  const { dismissOpenFailure } = useActions();
  if (!failure) return null;
  const { fileName, problems } = failure;
  return (
    <section className="open-failure" role="alert" aria-labelledby="open-failure-title">
      <h2 id="open-failure-title">{fileName} could not be opened</h2>
      <p>
        {problems.length === 1 ? 'One problem was' : `${problems.length} problems were`} found. The
        catalogue already on screen is still the one shown.
      </p>
      <ul className="problem-list">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>
            <code>{problem.path || '(whole file)'}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN ? <p>…and {problems.length - SHOWN} more.</p> : null}
      <button type="button" onClick={dismissOpenFailure}>
        Dismiss
      </button>
    </section>
  );
}
