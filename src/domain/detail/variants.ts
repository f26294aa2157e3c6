// A system's Iraqi and Iranian variants side by side, attribute by attribute, with each side's
// sources and whether the two sides differ. A side that states nothing is not a different value:
// the catalogue cannot say whether they differ.
import type { Citation, Variant } from '../../catalogue/schema';
import { agreementOf, type Agreement } from '../comparison/agreement';
import { acquisitionLabels, designations, operatorLabels, type TableRow } from '../table/rows';

type SideValue = {
  text: string;
  cites: readonly Citation[];
  /** Where a second source differs on this side's variants (a version, a count), with its id. */
  differences: { source: string; text: string }[];
};
/** What a row's tag says. A row with both sides unstated is left out, so a gap is one side. */
export const SIDES_STATUS_TEXT: Record<Agreement, string> = {
  same: 'same',
  differs: 'differs',
  gaps: 'one side stated',
};

type AttributeRow = {
  attribute: string;
  iraq: SideValue;
  iran: SideValue;
  status: Agreement;
};

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
      return { attribute, iraq, iran, status: agreementOf([iraq.text, iran.text]) };
    })
    .filter((attribute) => attribute.iraq.text !== '' || attribute.iran.text !== '');
}
