// What a trade register says Iran can make or supply for one system, as the catalogue's six
// capability records. Two things are read from it: a comment on an Iranian deal saying some were
// produced, assembled or licence-built in Iran (makes the platform), and a deal in which Iran is
// the supplier to Iraq (offers the platform). A register records transfers only, so the other
// five kinds are "not reported", citing the Iranian deals that are silent on them.
import type { Capability } from '../schema';
import { CAPABILITY_KIND_IDS, type CapabilityKind } from '../vocabulary';
import { citeOf } from './deal-text';
import type { SipriRecord } from './read-records';

const MADE_IN_IRAN =
  /\b(produced|assembled|built|manufactured|production)\b[^;]*\b(in|by) Iran\b|\blicen[cs]e[^;]*\bIran\b|\bIranian (production|assembly)\b/i;

/** The part of a comment that says Iran produced or assembled some, or null. */
export function madeInIranPart(comments: string): string | null {
  return (
    comments
      .split(';')
      .map((part) => part.trim())
      .find((part) => MADE_IN_IRAN.test(part)) ?? null
  );
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

function platform(iran: readonly SipriRecord[], fromIran: readonly SipriRecord[]): Capability {
  const made = iran.filter((record) => madeInIranPart(record.comments) !== null);
  const supplied =
    fromIran.length > 0
      ? `SIPRI also records Iran as the supplier to Iraq (${lines(fromIran)}).`
      : '';
  if (made.length > 0) {
    const parts = made.map(
      (record) => `"${madeInIranPart(record.comments) ?? ''}" (line ${record.line})`,
    );
    return {
      kind: 'platform',
      status: 'makes',
      detail:
        `SIPRI's comments on Iran's deals say some were produced or assembled in Iran: ${parts.join('; ')}. ${supplied}`.trim(),
      cites: [...made, ...fromIran].map(citeOf),
    };
  }
  if (fromIran.length > 0) {
    return {
      kind: 'platform',
      status: 'offers',
      detail: `SIPRI records Iran as the supplier of this system to Iraq (${lines(fromIran)}); that Iran makes it is not stated.`,
      cites: fromIran.map(citeOf),
    };
  }
  return {
    kind: 'platform',
    status: 'not-reported',
    detail:
      "No comment on Iran's deals mentions production or assembly in Iran, and no deal has Iran as the supplier to Iraq.",
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
