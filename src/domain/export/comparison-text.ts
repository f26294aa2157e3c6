// The comparison as it is shown, as text for CSV and the clipboard: the attributes the current
// mode shows, in their on-screen order, one column per item in the user's order. Collapsed groups
// are still exported: collapsing is only a way of reading the screen. With the sources come the
// last two rows, as the table's file ends with two columns: "Sources cited", naming each source
// beside its id so the file stands alone, and "Grade and evidence", each item's facts with their
// grades and whether they are stated or inferred, or set aside by the filter (strength.ts).
import type { ComparisonModel } from '../comparison/model';
import { citationsText } from '../sources/citation-text';
import type { CellValue, TableText } from './lazy-table-text';
import type { SourceRegisterIndex } from './table-text';

const ATTRIBUTE_HEADER = 'Attribute';

export function comparisonText(
  model: Pick<ComparisonModel, 'items' | 'shown' | 'baselineIndex'>,
  {
    withSources = true,
    register = new Map(),
  }: { withSources?: boolean; register?: SourceRegisterIndex } = {},
): TableText {
  return {
    header: [
      ATTRIBUTE_HEADER,
      ...model.items.map((item, index) =>
        index === model.baselineIndex ? `${item.label} (baseline)` : item.label,
      ),
    ],
    rows: model.shown
      .filter((attribute) => withSources || attribute.group !== 'sources')
      .map((attribute) => [
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
