// A system's Iraqi and Iranian variants side by side, attribute by attribute, with each side's
// sources and whether the two sides differ.
import type { Citation, System, Variant } from '../../catalogue/schema';
import { acquisitionLabels, designations, operatorLabels } from '../table/rows';

type SideValue = {
  text: string;
  cites: readonly Citation[];
  /** Where a second source differs on this side's variants (a version, a count), with its id. */
  differences: { source: string; text: string }[];
};
type AttributeRow = {
  attribute: string;
  iraq: SideValue;
  iran: SideValue;
  differs: boolean;
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

export function detailVariants(system: System): AttributeRow[] {
  const rows: [string, (variants: readonly Variant[]) => string][] = [
    ['Designation', designations],
    ['Operator', operatorLabels],
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
      return { attribute, iraq, iran, differs: iraq.text !== iran.text };
    })
    .filter((row) => row.iraq.text !== '' || row.iran.text !== '');
}
