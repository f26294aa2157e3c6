import { useActions, useApp } from '../shared/store-context';

/** A checkbox that puts an item (a system or one variant) in the comparison. */
export function ComparisonToggle({ itemId, label }: { itemId: string; label: string }) {
  const picked = useApp((state) => state.view.comparison.includes(itemId));
  const { toggleComparisonItem } = useActions();
  return (
    <input
      type="checkbox"
      className="compare-toggle"
      checked={picked}
      aria-label={`Compare ${label}`}
      onChange={() => toggleComparisonItem(itemId, label)}
    />
  );
}
