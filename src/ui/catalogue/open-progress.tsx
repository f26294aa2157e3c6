import { countText } from '../../domain/view/count-text';
import type { OpenProgress as Progress } from '../../catalogue/catalogue-file';
import { cancelOpen } from '../../state/open-catalogue';
import { useApp, useViewStore } from '../shared/store-context';

function words(fileName: string, progress: Progress | null): string {
  if (!progress || progress.phase === 'reading') return `Reading ${fileName}…`;
  const total = countText(progress.total);
  if (progress.phase === 'checking') return `Checking ${total} systems…`;
  if (progress.phase === 'linking') return 'Checking the links between records…';
  return `Preparing the table of ${total} systems…`;
}

/** How far opening a file has got, in words and as a bar, with Cancel; the page stays usable. */
export function OpenProgress() {
  const store = useViewStore();
  const opening = useApp((state) => state.opening);
  if (!opening) return null;
  const { progress } = opening;
  const percent =
    progress && progress.total > 0 && progress.phase !== 'reading'
      ? Math.round((progress.done / progress.total) * 100)
      : null;
  return (
    <div className="open-progress">
      <span role="status">
        {words(opening.fileName, progress)}
        {percent === null ? '' : ` ${percent} %`}
      </span>
      <progress max={100} value={percent ?? undefined} aria-label={`Opening ${opening.fileName}`} />
      <button type="button" onClick={() => cancelOpen(store)}>
        Cancel
      </button>
    </div>
  );
}
