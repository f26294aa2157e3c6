// A SIPRI record in words, with SIPRI's "?" kept after every value it marks uncertain.
import type { Citation } from '../schema';
import type { SipriRecord } from './read-records';

export const SIPRI_SOURCE_ID = 'S000';

/** "1982?" when SIPRI marks the value uncertain. */
export const marked = (value: string, uncertain: boolean): string =>
  uncertain ? `${value}?` : value;

export const locatorOf = (record: SipriRecord): string => `line-${record.line}`;

export const citeOf = (record: SipriRecord): Citation => ({
  source: SIPRI_SOURCE_ID,
  locator: locatorOf(record),
  confidence: 'stated',
});

/** The comment's parts that name a version: "M-113A2 version". */
function versionsIn(comments: string): string[] {
  return comments
    .split(';')
    .map((part) => part.trim())
    .filter((part) => /\bversions?\b/i.test(part));
}

/** Whether SIPRI recorded any delivery for the deal. */
export const delivered = (record: SipriRecord): boolean =>
  record.deliveryYears.length > 0 || /^[1-9]/.test(record.numberDelivered);

/** "T-72M1 from Russia, ordered 1991?: 422? ordered, 422 delivered in 1993; 1994, new, T-72S1 version" */
export const dealText = (record: SipriRecord): string =>
  `${record.designation} ${dealFacts(record)}`;

/** The deal without its designation: "from Russia, ordered 1991?: 422? ordered, …" */
export function dealFacts(record: SipriRecord): string {
  const ordered = record.orderYear
    ? `ordered ${marked(record.orderYear, record.orderYearUncertain)}`
    : 'order year not given';
  const parts = [
    record.numberOrdered
      ? `${marked(record.numberOrdered, record.numberOrderedUncertain)} ordered`
      : 'number ordered not given',
    delivered(record)
      ? `${record.numberDelivered ? marked(record.numberDelivered, record.numberDeliveredUncertain) : 'number not given'} delivered${record.deliveryYears.length > 0 ? ` in ${record.deliveryYears.join(', ')}` : ''}`
      : 'no delivery recorded',
  ];
  if (record.status) parts.push(record.status.toLowerCase());
  parts.push(...versionsIn(record.comments));
  return `from ${record.supplier || 'a supplier not given'}, ${ordered}: ${parts.join(', ')}`;
}

/** Where a record is, in words: "line 14: Iran from Russia, ordered 1991?" */
export const recordLabel = (record: SipriRecord): string =>
  `line ${record.line}: ${record.recipient} from ${record.supplier || 'a supplier not given'}, ${
    record.orderYear
      ? `ordered ${marked(record.orderYear, record.orderYearUncertain)}`
      : 'order year not given'
  }`;

/** What the catalogue takes from a record: the deal, and SIPRI's comment as it stands. */
export const recordClaim = (record: SipriRecord): string =>
  `${dealText(record)} (${record.description || 'no description'}).${
    record.comments ? ` SIPRI's comment: ${record.comments}` : ''
  }`;
