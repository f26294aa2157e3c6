import type { CatalogueProblem } from '../../catalogue/problem';

const SHOWN = 20;

/** Shown instead of the workspace when the catalogue cannot be used; names file, path, problem. */
export function CatalogueError({ problems }: { problems: readonly CatalogueProblem[] }) {
  const files = [...new Set(problems.map((problem) => problem.file))];
  const fileList = files.map((file, index) => (
    <span key={file}>
      {index > 0 ? ' and ' : ''}
      <code>{file}</code>
    </span>
  ));
  // A file that never arrived says nothing about the data: blaming the file would send people
  // to fix something that is not broken.
  const undelivered = problems.every((problem) => problem.delivery !== undefined);
  const network = problems.some((problem) => problem.delivery === 'network');
  return (
    <section className="catalogue-error" role="alert" aria-labelledby="catalogue-error-title">
      <h2 id="catalogue-error-title">The catalogue could not be loaded</h2>
      {undelivered && network ? (
        <p>
          {fileList} could not be downloaded: the network request failed. This is a network problem,
          not a fault in the data. Check the connection, then try again.
        </p>
      ) : undelivered ? (
        <p>
          The server answered with an error instead of sending {fileList}. This is a problem with
          the server, not a fault in the data. Try again in a moment.
        </p>
      ) : (
        <p>
          {problems.length === 1 ? 'One problem was' : `${problems.length} problems were`} found in{' '}
          {fileList}. Nothing from {files.length === 1 ? 'it' : 'them'} is shown until{' '}
          {problems.length === 1 ? 'it is' : 'they are'} fixed, so no fact appears without its
          source.
        </p>
      )}
      <table className="problem-table">
        <caption className="visually-hidden">Problems found in the catalogue</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Where</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((problem, index) => (
            <tr key={index}>
              <td>
                <code>{problem.file}</code>
              </td>
              <td>
                <code>{problem.path || '(whole file)'}</code>
              </td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN ? <p>…and {problems.length - SHOWN} more, not shown here.</p> : null}
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </p>
    </section>
  );
}
