// The detail's side-by-side variants as text for CSV and the clipboard, headed as on screen.
import type { Citation, System } from '../../catalogue/schema';
import { detailVariants } from '../detail/variants';
import { citationText } from '../sources/citation-text';
import type { TableText } from './csv';

const citeList = (cites: readonly Citation[]): string =>
  [...new Set(cites.map(citationText))].join('; ');

export function detailText(system: System, { withSources }: { withSources: boolean }): TableText {
  return {
    header: ['Attribute', 'Iraq', 'Iran', 'Same or different', ...(withSources ? ['Sources'] : [])],
    rows: detailVariants(system).map((row) => [
      row.attribute,
      row.iraq.text,
      row.iran.text,
      row.differs ? 'differs' : 'same',
      ...(withSources ? [citeList([...row.iraq.cites, ...row.iran.cites])] : []),
    ]),
  };
}
