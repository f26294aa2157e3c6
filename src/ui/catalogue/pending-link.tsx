import { useActions, useApp } from '../shared/store-context';
import { OpenButton } from './open-button';

/** A link made on a catalogue file that is not open: which file to open to see its view. */
export function PendingLink() {
  const link = useApp((state) => state.pendingLink);
  const { setPendingLink } = useActions();
  if (!link) return null;
  return (
    <section className="pending-link" role="alert" aria-labelledby="pending-link-title">
      <h2 id="pending-link-title">This link shows a catalogue you open from a file</h2>
      <p>
        It was made on {link.fileName ? <strong>{link.fileName}</strong> : 'a catalogue file'}{' '}
        (catalogue id <code>{link.id}</code>). A link cannot carry the file itself: open that file
        to see the view the link shows. Until then the built-in catalogue is shown, unfiltered.
      </p>
      <div className="toolbar">
        <OpenButton />
        <button type="button" onClick={() => setPendingLink(null)}>
          Stay with the built-in catalogue
        </button>
      </div>
    </section>
  );
}
