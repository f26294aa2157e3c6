// What a trade register says Iran can make or supply for one system, as the catalogue's six
// capability records. Two things are read from it: a comment on an Iranian deal saying some were
// produced, assembled or licence-built in Iran (Iran has built the platform; stated, or inferred
// where the comment hedges, and not at all where it says the production did not happen or was
// only planned), and a deal in which Iran is the supplier to Iraq (offers the platform). A
// register records transfers only, so the other five kinds are "not reported", citing the
// Iranian deals that are silent on them.
import type { Capability } from '../schema';
import { CAPABILITY_KIND_IDS, type CapabilityKind } from '../vocabulary';
import { citeOf } from './deal-text';
import type { SipriRecord } from './read-records';

const MADE_IN_IRAN =
  /\b(produced|assembled|built|manufactured|production)\b[^;]*\b(in|by) Iran\b|\blicen[cs]e[^;]*\bIran\b|\bIranian (production|assembly)\b/i;
/** Words that say the production did not happen, or was only meant to: "planned but cancelled". */
const DID_NOT_HAPPEN =
  /\b(not|never|no|cancell?ed|abandoned|planned|proposed|intended|negotiat(ed|ions?))\b/i;
/** Words that say it may have happened: "supplier could be Russia (as part of Iranian production)". */
const HEDGED = /\b(could|possibly|possible|may|might|perhaps|reportedly|unconfirmed|unclear)\b|\?/i;

/**
 * What one part of a comment (comments are `;`-separated) says of production in Iran: that it
 * happened (stated), that it may have (inferred), that it did not or was only planned, or nothing.
 */
type ProductionWord =
  | { said: 'happened'; part: string; confidence: 'stated' | 'inferred' }
  | { said: 'did-not'; part: string };

function productionWord(part: string): ProductionWord | null {
  if (!MADE_IN_IRAN.test(part)) return null;
  if (DID_NOT_HAPPEN.test(part)) return { said: 'did-not', part };
  return { said: 'happened', part, confidence: HEDGED.test(part) ? 'inferred' : 'stated' };
}

/** Each part of a comment that speaks of production in Iran, in order. */
const productionWords = (comments: string): ProductionWord[] =>
  comments.split(';').flatMap((part) => productionWord(part.trim()) ?? []);

/** The part of a comment that states that some were produced or assembled in Iran, or null. */
export function madeInIranPart(comments: string): string | null {
  const word = productionWords(comments).find(
    (found) => found.said === 'happened' && found.confidence === 'stated',
  );
  return word?.part ?? null;
}

export const isIranSupplier = (record: SipriRecord): boolean =>
  record.supplier.trim().toLowerCase() === 'iran';

const lines = (records: readonly SipriRecord[]) =>
  records.length === 1
    ? `line ${records[0]?.line}`
    : `lines ${records.map((record) => record.line).join(', ')}`;

const SILENT: Record<Exclude<CapabilityKind, 'platform'>, string> = {
  'own-variant': 'whether Iran makes its own version of it',
  ammunition: 'ammunition for it',
  spares: 'spare parts or servicing for it',
  'adapted-weapons': 'weapons adapted to it',
  'service-experience': 'how long or how well Iran has operated it',
};

const quoted = (found: readonly { part: string; record: SipriRecord }[]) =>
  found.map(({ part, record }) => `"${part}" (line ${record.line})`).join('; ');

const sentences = (...texts: string[]) => texts.filter(Boolean).join(' ');

function platform(iran: readonly SipriRecord[], fromIran: readonly SipriRecord[]): Capability {
  const said = iran.flatMap((record) =>
    productionWords(record.comments).map((word) => ({ record, ...word })),
  );
  const happened = said.flatMap((found) => (found.said === 'happened' ? [found] : []));
  const stated = happened.filter((found) => found.confidence === 'stated');
  const hedged = happened.filter((found) => found.confidence === 'inferred');
  const didNot = said.filter((found) => found.said === 'did-not');
  const didNotNote =
    didNot.length > 0
      ? `Comments that speak of production in Iran that did not take place, or was only planned, are not counted: ${quoted(didNot)}.`
      : '';
  if (happened.length > 0) {
    // A register records transfers that took place, so the production it reports is past: "Has
    // built" (CAPABILITY_STATUSES), never "Makes", which would say that Iran builds it still.
    return {
      kind: 'platform',
      status: 'built',
      detail: sentences(
        stated.length > 0
          ? `SIPRI's comments on Iran's deals say some were produced or assembled in Iran: ${quoted(stated)}.`
          : `SIPRI's comments on Iran's deals suggest, without saying so, that some were produced in Iran: ${quoted(hedged)}.`,
        stated.length > 0 && hedged.length > 0 ? `Less certain: ${quoted(hedged)}.` : '',
        'A register records past transfers; whether Iran still makes it is not stated.',
        fromIran.length > 0
          ? `SIPRI also records Iran as the supplier to Iraq (${lines(fromIran)}).`
          : '',
        didNotNote,
      ),
      // One citation per deal: stated where any part of its comment states it.
      cites: [
        ...[...new Set(happened.map(({ record }) => record))].map((record) => ({
          ...citeOf(record),
          confidence: stated.some((found) => found.record === record)
            ? ('stated' as const)
            : ('inferred' as const),
        })),
        ...fromIran.map(citeOf),
      ],
    };
  }
  if (fromIran.length > 0) {
    return {
      kind: 'platform',
      status: 'offers',
      detail: sentences(
        `SIPRI records Iran as the supplier of this system to Iraq (${lines(fromIran)}); that Iran makes it is not stated.`,
        didNotNote,
      ),
      cites: fromIran.map(citeOf),
    };
  }
  return {
    kind: 'platform',
    status: 'not-reported',
    detail: sentences(
      `No comment on Iran's deals says it was produced or assembled in Iran, and no deal has Iran as the supplier to Iraq.`,
      didNotNote,
    ),
    cites: iran.map((record) => ({ ...citeOf(record), confidence: 'inferred' })),
  };
}

/**
 * The six records for a system: `iran` are Iran's deals for it, `fromIran` the deals in which Iran
 * supplied it to Iraq.
 */
export function capabilitiesOf(
  iran: readonly SipriRecord[],
  fromIran: readonly SipriRecord[],
): Capability[] {
  return CAPABILITY_KIND_IDS.map((kind) =>
    kind === 'platform'
      ? platform(iran, fromIran)
      : {
          kind,
          status: 'not-reported',
          detail: `A trade register records transfers; it says nothing of ${SILENT[kind]}.`,
          cites: iran.map((record) => ({ ...citeOf(record), confidence: 'inferred' })),
        },
  );
}
