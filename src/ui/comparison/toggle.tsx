import { COMPARE_LIMIT } from '../../domain/view/state';
import { useActions, useApp } from '../shared/store-context';

/** A checkbox that puts an item (a system or one variant) in the compare tray. */
export function CompareToggle({ itemId, label }: { itemId: string; label: string }) {
  const picked = useApp((state) => state.view.compare.includes(itemId));
  const { toggleCompareItem, addNotice, dismissNotice } = useActions();
  return (
    <input
      type="checkbox"
      className="compare-toggle"
      checked={picked}
      aria-label={`Compare ${label}`}
      onChange={() => {
        if (toggleCompareItem(itemId)) dismissNotice('compare-limit');
        else
          addNotice({
            id: 'compare-limit',
            tone: 'info',
            title: `You can compare up to ${COMPARE_LIMIT} items at once`,
            details: [`Remove one from the compare tray before adding ${label}.`],
          });
      }}
    />
  );
}

export const SystemCompareToggle = ({ systemId, name }: { systemId: string; name: string }) => (
  <CompareToggle itemId={systemId} label={name} />
);
