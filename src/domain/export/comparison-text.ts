// The comparison as it is shown, as text for CSV and the clipboard: the attributes the current
// mode shows, in their on-screen order, one column per item in the user's order. Collapsed groups
// are still exported: collapsing is only a way of reading the screen. The sources row names each
// source beside its id, as the table's file does, so the file stands alone.
import type { ComparisonModel } from '../comparison/model';
import { citationsText } from '../sources/citation-text';
import type { CellValue, TableText } from './lazy-table-text';
import type { SourceRegisterIndex } from './table-text';

const ATTRIBUTE_HEADER = 'Attribute';

export function comparisonText(
  model: Pick<ComparisonModel, 'items' | 'shown' | 'baselineIndex'>,
  register: SourceRegisterIndex = new Map(),
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
      ...attribute.cells.map((cell): CellValue => {
        if (cell.text === '') return null;
        if (attribute.id === 'sources' && cell.source.basis === 'sourced')
          return citationsText(cell.source.cites, register);
        return cell.text;
      }),
    ]),
  };
}
