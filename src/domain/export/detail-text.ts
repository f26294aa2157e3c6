// The detail's side-by-side variants as text for CSV and the clipboard, headed as on screen.
import type { System } from '../../catalogue/schema';
import { detailVariants } from '../detail/variants';
import { citationsText } from '../sources/citation-text';
import type { TableText } from './lazy-table-text';
import type { SourceRegisterIndex } from './table-text';

export function detailText(
  system: System,
  { withSources, register = new Map() }: { withSources: boolean; register?: SourceRegisterIndex },
): TableText {
  return {
    header: ['Attribute', 'Iraq', 'Iran', 'Same or different', ...(withSources ? ['Sources'] : [])],
    rows: detailVariants(system).map((row) => [
      row.attribute,
      row.iraq.text,
      row.iran.text,
      row.differs ? 'differs' : 'same',
      ...(withSources ? [citationsText([...row.iraq.cites, ...row.iran.cites], register)] : []),
    ]),
  };
}
