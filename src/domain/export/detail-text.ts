// The detail's side-by-side variants as text for CSV and the clipboard, headed as on screen.
import { detailVariants } from '../detail/variants';
import { citationsText } from '../sources/citation-text';
import type { TableRow } from '../table/rows';
import type { TableText } from './lazy-table-text';
import type { SourceRegisterIndex } from './table-text';

export function detailText(
  row: Pick<TableRow, 'system' | 'labels'>,
  { withSources, register = new Map() }: { withSources: boolean; register?: SourceRegisterIndex },
): TableText {
  return {
    header: ['Attribute', 'Iraq', 'Iran', 'Same or different', ...(withSources ? ['Sources'] : [])],
    rows: detailVariants(row).map((attribute) => [
      attribute.attribute,
      attribute.iraq.text,
      attribute.iran.text,
      attribute.differs ? 'differs' : 'same',
      ...(withSources
        ? [citationsText([...attribute.iraq.cites, ...attribute.iran.cites], register)]
        : []),
    ]),
  };
}
