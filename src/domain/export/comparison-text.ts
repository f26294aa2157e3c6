// The comparison as it is shown, as text for CSV and the clipboard: the attributes the current
// mode shows, in their on-screen order, one column per item in the user's order. Collapsed groups
// are still exported: collapsing is only a way of reading the screen.
import type { ComparisonModel } from '../comparison/model';
import type { TableText } from './csv';

export const ATTRIBUTE_HEADER = 'Attribute';

export function comparisonText(
  model: Pick<ComparisonModel, 'items' | 'shown' | 'baselineIndex'>,
): TableText {
  return {
    header: [
      ATTRIBUTE_HEADER,
      ...model.items.map((item, index) =>
        index === model.baselineIndex ? `${item.label} (baseline)` : item.label,
      ),
    ],
    rows: model.shown.map((attribute) => [
      attribute.label,
      ...attribute.cells.map((cell) => (cell.text === '' ? null : cell.text)),
    ]),
  };
}
