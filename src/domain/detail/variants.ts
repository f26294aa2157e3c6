// A system's Iraqi and Iranian variants side by side, attribute by attribute, with each side's
// sources and whether the two sides differ. A side that states nothing is not a different value:
// the catalogue cannot say whether they differ.
import type { Citation, Variant } from '../../catalogue/schema';
import { acquisitionLabels, designations, operatorLabels, type TableRow } from '../table/rows';

type SideValue = {
  text: string;
  cites: readonly Citation[];
  /** Where a second source differs on this side's variants (a version, a count), with its id. */
  differences: { source: string; text: string }[];
};
/** Both sides stated and the same, both stated and different, or only one side stated. */
export type SidesStatus = 'same' | 'differs' | 'one-side';

/** What a row's tag says: "not stated" against "Licence-built in Iran" is no difference. */
export const SIDES_STATUS_TEXT: Record<SidesStatus, string> = {
  same: 'same',
  differs: 'differs',
  'one-side': 'one side stated',
};

type AttributeRow = {
  attribute: string;
  iraq: SideValue;
  iran: SideValue;
  status: SidesStatus;
};

const statusOf = (iraq: string, iran: string): SidesStatus =>
  iraq === '' || iran === '' ? 'one-side' : iraq === iran ? 'same' : 'differs';

const side = (
  variants: readonly Variant[],
  text: (variants: readonly Variant[]) => string,
  withDifferences: boolean,
): SideValue => {
  const cites = variants.flatMap((variant) => variant.cites);
  return {
    text: text(variants),
    cites,
    differences: withDifferences
      ? cites.flatMap((cite) =>
          cite.differs === undefined ? [] : [{ source: cite.source, text: cite.differs }],
        )
      : [],
  };
};

export function detailVariants(row: Pick<TableRow, 'system' | 'labels'>): AttributeRow[] {
  const { system } = row;
  const rows: [string, (variants: readonly Variant[]) => string][] = [
    ['Designation', designations],
    ['Operator', (variants) => operatorLabels(row, variants)],
    ['How it was obtained', acquisitionLabels],
    [
      'Notes',
      (variants) =>
        variants
          .map((variant) => variant.note ?? '')
          .filter(Boolean)
          .join(' '),
    ],
  ];
  return rows
    .map(([attribute, text]) => {
      // A source differs on the variant as a whole; the designation row shows it once.
      const first = attribute === 'Designation';
      const iraq = side(system.iraq, text, first);
      const iran = side(system.iran, text, first);
      return { attribute, iraq, iran, status: statusOf(iraq.text, iran.text) };
    })
    .filter((attribute) => attribute.iraq.text !== '' || attribute.iran.text !== '');
}
