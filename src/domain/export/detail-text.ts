// The detail's side-by-side variants as text for CSV and the clipboard, headed as on screen. With
// the sources come each side's grades and its stated/inferred mark, or that the filter set it
// aside, in a last column as the table's file has it (issue 21): "Iraq: C1/B1, stated; Iran: …".
import { COUNTRIES, COUNTRY_IDS } from '../../catalogue/vocabulary';
import { detailVariants, SIDES_STATUS_TEXT } from '../detail/variants';
import { citationsText } from '../sources/citation-text';
import { factStrength, STRENGTH_HEADER, strengthText } from '../sources/fact-strength';
import type { TableRow } from '../table/rows';
import type { TableText } from './lazy-table-text';
import { gradesOf, type SourceRegisterIndex } from './table-text';

export function detailText(
  row: Pick<TableRow, 'system' | 'labels' | 'counts'>,
  { withSources, register = new Map() }: { withSources: boolean; register?: SourceRegisterIndex },
): TableText {
  const grades = gradesOf(register);
  return {
    header: [
      'Attribute',
      'Iraq',
      'Iran',
      'Same or different',
      ...(withSources ? ['Sources', STRENGTH_HEADER] : []),
    ],
    rows: detailVariants(row).map((attribute) => [
      attribute.attribute,
      attribute.iraq.text,
      attribute.iran.text,
      SIDES_STATUS_TEXT[attribute.status],
      ...(withSources
        ? [
            citationsText([...attribute.iraq.cites, ...attribute.iran.cites], register),
            // A side with nothing stated, or nothing cited, has no fact to grade.
            COUNTRY_IDS.flatMap((country) => {
              const side = attribute[country];
              if (side.text === '' || side.cites.length === 0) return [];
              const strength = factStrength(side.cites, row.counts, grades);
              return [`${COUNTRIES[country].label}: ${strengthText(strength)}`];
            }).join('; '),
          ]
        : []),
    ]),
  };
}
