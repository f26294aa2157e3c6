import type { ComparisonItem } from '../../domain/comparison/items';
import { NAME_LIMIT, screenName } from '../../domain/view/screen-text';
import { ScreenText } from '../shared/screen-text';
import { useActions } from '../shared/store-context';

/** Class names of an item's column: the baseline is marked; a phone hides items off its page. */
export const columnClass = (base: string, isBaseline: boolean, offPage: boolean) =>
  [base, isBaseline ? 'is-baseline' : '', offPage ? 'off-page' : ''].filter(Boolean).join(' ') ||
  undefined;

export function ItemHeader({
  item,
  isBaseline,
  offPage,
}: {
  item: ComparisonItem;
  isBaseline: boolean;
  offPage: boolean;
}) {
  return (
    <th scope="col" className={columnClass('compare-item', isBaseline, offPage)}>
      <span className="compare-item-label">
        <ScreenText text={item.label} limit={NAME_LIMIT} />
      </span>
      {isBaseline ? (
        <>
          {' '}
          <span className="baseline-tag">Baseline</span>
        </>
      ) : null}
    </th>
  );
}

/** Reorder and baseline buttons, in a row of their own so column headers stay short to hear. */
export function ItemTools({
  item,
  index,
  count,
  isBaseline,
  offPage,
}: {
  item: ComparisonItem;
  index: number;
  count: number;
  isBaseline: boolean;
  offPage: boolean;
}) {
  const { moveComparisonItem, setBaseline } = useActions();
  const name = screenName(item.name);
  // aria-disabled rather than disabled: a button that moves to the end keeps keyboard focus.
  const move = (offset: -1 | 1, blocked: boolean, direction: 'left' | 'right', mark: string) => (
    <button
      type="button"
      className="compare-move"
      aria-label={`Move ${name} ${direction}`}
      aria-disabled={blocked}
      onClick={() => {
        if (!blocked) moveComparisonItem(item.id, offset);
      }}
    >
      <span aria-hidden="true">{mark}</span>
    </button>
  );
  return (
    <td className={columnClass('compare-item-tools', isBaseline, offPage)}>
      <span className="compare-tools">
        {move(-1, index === 0, 'left', '←')}
        {move(1, index === count - 1, 'right', '→')}
        <button
          type="button"
          className="baseline-toggle"
          aria-pressed={isBaseline}
          aria-label={`Use ${name} as baseline`}
          onClick={() => setBaseline(isBaseline ? null : item.id)}
        >
          <span aria-hidden="true">{isBaseline ? '★' : '☆'}</span> Baseline
        </button>
      </span>
    </td>
  );
}
