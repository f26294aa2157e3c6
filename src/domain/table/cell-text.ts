// The text of the cells worked out from a row rather than read from it: variants the filters set
// aside, one capability's status, and the summary of what Iran can supply.
import {
  CAPABILITY_KINDS,
  CAPABILITY_STATUSES,
  CAPABILITY_STATUS_IDS,
  isReported,
  type CapabilityKind,
  type Country,
} from '../../catalogue/vocabulary';
import { SET_ASIDE } from '../sources/fact-strength';
import type { TableRow } from './rows';

/**
 * A variant cell under the filters: as it is when its variants count, "… · set aside by the
 * filter" when none of them does, "… · some set aside by the filter" when some do not (N21).
 */
export function variantCellText(row: TableRow, country: Country, text: string): string {
  const variants = row.system[country];
  const aside = variants.filter((variant) => row.variantsSetAside.includes(variant.id)).length;
  if (aside === 0 || text === '') return text;
  return aside === variants.length ? `${text} · ${SET_ASIDE}` : `${text} · some ${SET_ASIDE}`;
}

/** "Makes", "Offers · inferred", "Makes · set aside by the filter", "Not reported". */
export function capabilityText(row: TableRow, kind: CapabilityKind): string {
  const capability = row.capabilities[kind];
  if (!capability) return '';
  const label = CAPABILITY_STATUSES[capability.status].label;
  // The evidence filter or the grade filter: either can set a record aside.
  if (row.setAside.includes(kind)) return `${label} · ${SET_ASIDE}`;
  const inferred =
    isReported(capability.status) &&
    capability.cites.every((cite) => cite.confidence === 'inferred');
  return inferred ? `${label} · inferred` : label;
}

/** The statuses that report something, in the order the supply column names them. */
const REPORTED_STATUSES = CAPABILITY_STATUS_IDS.filter(isReported);

/** The reported kinds, grouped by status: "Makes platform, ammunition; offers spares". */
export function supplyText(row: TableRow): string {
  const parts = REPORTED_STATUSES.flatMap((status) => {
    const kinds = row.reportedCapabilities.filter(
      (kind) => row.capabilities[kind]?.status === status,
    );
    if (kinds.length === 0) return [];
    const names = kinds.map((kind) => CAPABILITY_KINDS[kind].label.toLowerCase());
    // "Has experience service experience" says it twice.
    if (status === 'experience' && kinds.every((kind) => kind === 'service-experience')) {
      return ['Has service experience'];
    }
    return [`${CAPABILITY_STATUSES[status].label} ${names.join(', ')}`];
  });
  const setAside = row.setAside.length;
  if (parts.length === 0) {
    return setAside > 0 ? `Nothing left by the filter (${setAside} set aside)` : 'Nothing reported';
  }
  const text = parts.map((part, index) => (index === 0 ? part : part.toLowerCase())).join('; ');
  return setAside > 0 ? `${text}; ${setAside} more ${SET_ASIDE}` : text;
}
