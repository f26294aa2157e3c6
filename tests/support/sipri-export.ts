// SIPRI trade-register exports written for tests, in the site's format (notes, a "Data generated"
// line, the header, one row per deal) but with made-up notes and deals: SIPRI's data stays SIPRI's.

export const HEADER_ROW =
  'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';

/** Eleven lines of notes, as the site writes before the header; the wording is the tests' own. */
export const PREAMBLE = [
  'Test export: transfers of major arms between made-up parties',
  "A '?' beside a value says it is uncertain.",
  'Empty cells mean the value is not known.',
  'Values are in made-up units.',
  'Totals are left empty when a part is missing.',
  'A zero stands for a very small value.',
  'Figures are rounded.',
  'See the project README for what this file is.',
  '',
  'Source: test fixture written for the project.',
  'Data generated: 13 Mar 2025 10:02:49 AM',
];

export type Deal = {
  recipient: string;
  supplier: string;
  orderYear?: string;
  orderYearFlag?: '?' | '';
  ordered?: string;
  orderedFlag?: '?' | '';
  designation: string;
  description: string;
  delivered?: string;
  deliveredFlag?: '?' | '';
  years?: string;
  status?: string;
  comments?: string;
};

const quoted = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

export function dealRow(deal: Deal): string {
  return [
    deal.recipient,
    deal.supplier,
    deal.orderYear ?? '2000',
    deal.orderYearFlag ?? '',
    deal.ordered ?? '10',
    deal.orderedFlag ?? '',
    deal.designation,
    deal.description,
    deal.delivered ?? deal.ordered ?? '10',
    deal.deliveredFlag ?? '',
    deal.years ?? '2001; 2002',
    deal.status ?? 'New',
    deal.comments ?? '',
    '1',
    '10',
    '10',
  ]
    .map(quoted)
    .join(',');
}

/** An export's text: the preamble (unless left out), the header and the rows, CRLF or LF. */
export function sipriText(
  rows: readonly string[],
  { preamble = true, newline = '\n' }: { preamble?: boolean; newline?: string } = {},
): string {
  return [...(preamble ? PREAMBLE : []), HEADER_ROW, ...rows, ''].join(newline);
}

/** The bytes SIPRI writes: Windows-1252, which for these characters is Latin-1. */
export const windows1252 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(Buffer.from(text, 'latin1'));

const SUPPLIERS = ['Russia', 'United States', 'China', 'France', "Côte d'Ivoire", 'Poland'];
const RECIPIENTS = ['Egypt', 'India', 'Brazil', 'Chile', 'Norway', 'Kenya', 'Peru', 'Viet Nam'];
const TYPES: readonly [string, string][] = [
  ['T-72', 'tank'],
  ['BMP-2', 'IFV'],
  ['M-113', 'APC'],
  ['Mi-17', 'transport helicopter'],
  ['D-30 122mm', 'towed gun'],
  ['MiG-29', 'fighter aircraft'],
  ['9K38 Igla', 'portable SAM'],
  ['ship engine', 'ship engine'],
];

/**
 * A whole-size export of `deals` deals: most to other countries, one in fifty to Iraq or Iran,
 * with versions, "?" marks, an Iranian licence comment and a deal Iran supplied to Iraq. The same
 * count always gives the same file.
 */
export function syntheticSipriText(deals: number): string {
  const rows: string[] = [];
  for (let i = 0; i < deals; i += 1) {
    const [base, description] = TYPES[Math.floor(i / 7) % TYPES.length] ?? ['T-72', 'tank'];
    const ours = i % 50 === 0 ? 'Iraq' : i % 50 === 25 ? 'Iran' : null;
    const version = i % 3 === 0 || base.includes(' ') ? base : `${base}M${i % 4}`;
    rows.push(
      dealRow({
        recipient: ours ?? RECIPIENTS[i % RECIPIENTS.length] ?? 'Egypt',
        supplier: SUPPLIERS[i % SUPPLIERS.length] ?? 'Russia',
        orderYear: String(1960 + (i % 60)),
        orderYearFlag: i % 7 === 0 ? '?' : '',
        ordered: String(1 + (i % 300)),
        orderedFlag: i % 5 === 0 ? '?' : '',
        designation: version,
        description,
        years: `${1961 + (i % 60)}; ${1962 + (i % 60)}`,
        status: i % 4 === 0 ? 'Second hand' : 'New',
        comments: i % 11 === 0 ? `${version} version; "deal ${i}"\nsee note` : `Deal ${i}`,
      }),
    );
  }
  rows.push(
    dealRow({
      recipient: 'Iran',
      supplier: 'Russia',
      designation: 'Zulu-7B',
      description: 'tank',
      comments: 'incl 20 assembled in Iran',
    }),
    dealRow({ recipient: 'Iraq', supplier: 'Iran', designation: 'Zulu-7', description: 'tank' }),
  );
  return sipriText(rows);
}
