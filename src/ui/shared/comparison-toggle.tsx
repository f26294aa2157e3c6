import { useActions, useApp } from './store-context';

/**
 * A checkbox, labelled "Compare" on screen, that puts an item (a system or one variant) in the
 * comparison. The label is part of the target, so it is at least 24 px high (WCAG 2.5.8).
 */
export function ComparisonToggle({ itemId, label }: { itemId: string; label: string }) {
  const picked = useApp((state) => state.view.comparison.includes(itemId));
  const { toggleComparisonItem } = useActions();
  return (
    <label className="compare-toggle">
      <input
        type="checkbox"
        checked={picked}
        aria-label={`Compare ${label}`}
        onChange={() => toggleComparisonItem(itemId, label)}
      />
      <span className="compare-toggle-text" aria-hidden="true">
        Compare
      </span>
    </label>
  );
}
