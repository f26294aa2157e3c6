// Iraq's and Iran's deals grouped into systems (designation.ts says how), and the systems both
// countries received: a system is in common when each side has at least one deal for it with a
// delivery recorded. Everything else becomes a mentioned item, so no deal is left out of the view.
import type { MentionedItem, System, Variant } from '../schema';
import type { Country } from '../vocabulary';
import { capabilitiesOf, isIranSupplier, madeInIranPart } from './capabilities';
import { citeOf, dealFacts, dealText, delivered } from './deal-text';
import { baseDesignation, slug, systemKey } from './designation';
import { platformTypeOf } from './platform-type';
import { SIPRI_OPERATORS } from './vocabulary';
import type { SipriRecord } from './read-records';

const RECIPIENTS: Record<Country, string> = { iraq: 'Iraq', iran: 'Iran' };

type Group = { key: string; name: string; iraq: SipriRecord[]; iran: SipriRecord[] };

/** The country a deal went to, when it is Iraq or Iran: "Iraq", or "iraq" in a file edited by hand. */
export const sideOf = ({ recipient }: Pick<SipriRecord, 'recipient'>): Country | null => {
  const name = recipient.toLowerCase();
  return name === RECIPIENTS.iraq.toLowerCase()
    ? 'iraq'
    : name === RECIPIENTS.iran.toLowerCase()
      ? 'iran'
      : null;
};

/** The most frequent of the values, the first seen on a tie. */
function commonest(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}

const uniqueId = (taken: Set<string>, wanted: string): string => {
  let id = wanted;
  for (let n = 2; taken.has(id); n += 1) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
};

function variantsOf(records: readonly SipriRecord[], side: Country): Variant[] {
  const byDesignation = new Map<string, SipriRecord[]>();
  for (const record of records) {
    const list = byDesignation.get(record.designation) ?? [];
    list.push(record);
    byDesignation.set(record.designation, list);
  }
  const ids = new Set<string>();
  return [...byDesignation].map(([designation, deals]) => {
    const licence = side === 'iran' && deals.some((deal) => madeInIranPart(deal.comments));
    const note = `${designation}, ${deals.length === 1 ? 'one deal' : `${deals.length} deals`}. ${deals.map((deal) => `Line ${deal.line}: ${dealFacts(deal)}.`).join(' ')}`;
    return {
      id: uniqueId(ids, `${side}-${slug(designation)}`),
      designation,
      operator: SIPRI_OPERATORS[side],
      ...(side === 'iran' ? { acquisition: licence ? 'licence-built' : 'in-service' } : {}),
      note,
      cites: deals.map(citeOf),
    } satisfies Variant;
  });
}

function systemOf(group: Group, id: string): System {
  const records = [...group.iraq, ...group.iran];
  const descriptions = [...new Set(records.map((record) => record.description).filter(Boolean))];
  const description = commonest(records.map((record) => record.description));
  const designations = (side: Country) =>
    [...new Set(group[side].map((record) => record.designation))].join(', ');
  const deals = (n: number) => `${n} deal${n === 1 ? '' : 's'}`;
  return {
    id,
    name: group.name,
    platformType: platformTypeOf(description),
    summary:
      `SIPRI records ${group.name} (${descriptions.join(', ') || 'no description'}) going to both countries: ` +
      `Iraq in ${deals(group.iraq.length)} (${designations('iraq')}), Iran in ${deals(group.iran.length)} (${designations('iran')}).`,
    iraq: variantsOf(group.iraq, 'iraq'),
    iran: variantsOf(group.iran, 'iran'),
    capabilities: capabilitiesOf(group.iran, group.iraq.filter(isIranSupplier)),
    reference: {},
  };
}

function mentionedOf(
  records: readonly SipriRecord[],
  side: Country,
  id: string,
  name: string,
): MentionedItem {
  const first = records[0];
  return {
    id,
    name,
    category: first?.description || 'not described',
    supplier: [...new Set(records.map((record) => record.supplier || 'not given'))].join(', '),
    recipient: side,
    context: records
      .map(
        (record) =>
          `Line ${record.line}: ${dealText(record)}${record.comments ? ` (SIPRI: ${record.comments})` : ''}.`,
      )
      .join(' '),
    cites: records.map(citeOf),
  };
}

type Grouped = { systems: System[]; mentioned: MentionedItem[] };

/** The systems in common and the mentioned items, from Iraq's and Iran's records. */
export function groupRecords(records: readonly SipriRecord[]): Grouped {
  const groups = new Map<string, Group>();
  const generic: { record: SipriRecord; side: Country }[] = [];
  for (const record of records) {
    const side = sideOf(record);
    if (!side) continue;
    const key = systemKey(record.designation);
    if (key === null) {
      generic.push({ record, side });
      continue;
    }
    let group = groups.get(key);
    if (!group) {
      group = { key, name: baseDesignation(record.designation), iraq: [], iran: [] };
      groups.set(key, group);
    }
    group[side].push(record);
  }
  const systemIds = new Set<string>();
  const mentionedIds = new Set<string>();
  const systems: System[] = [];
  const mentioned: MentionedItem[] = [];
  for (const group of groups.values()) {
    if (group.iraq.some(delivered) && group.iran.some(delivered)) {
      systems.push(systemOf(group, uniqueId(systemIds, slug(group.name))));
      continue;
    }
    for (const side of ['iraq', 'iran'] as const) {
      if (group[side].length === 0) continue;
      const id = uniqueId(mentionedIds, `${side}-${slug(group.name)}`);
      mentioned.push(mentionedOf(group[side], side, id, group.name));
    }
  }
  for (const { record, side } of generic) {
    const id = uniqueId(mentionedIds, `${side}-line-${record.line}`);
    mentioned.push(mentionedOf([record], side, id, record.designation));
  }
  return { systems, mentioned };
}
