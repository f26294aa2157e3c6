// A SIPRI export through the same open path as a catalogue file, and the hostile files it meets.
import { describe, expect, it } from 'vitest';
import {
  NOT_A_KNOWN_TABLE,
  openFile,
  type OpenMessage,
} from '../../../src/catalogue/open-protocol';
import {
  dealRow,
  sipriText,
  syntheticSipriText,
  windows1252,
  type Deal,
} from '../../support/sipri-export';

const deal = (recipient: string, designation: string, more: Partial<Deal> = {}) =>
  dealRow({ recipient, supplier: 'Russia', designation, description: 'tank', ...more });
const TWO_SIDES = [deal('Iraq', 'T-72'), deal('Iran', 'T-72M1')];

async function open(bytes: Uint8Array<ArrayBuffer> | string, fileName = 'register.csv') {
  const messages: OpenMessage[] = [];
  await openFile({ file: new Blob([bytes]), fileName }, (message) => messages.push(message));
  const last = messages.at(-1);
  if (!last || (last.type !== 'done' && last.type !== 'failed')) throw new Error('no end');
  return { last, messages };
}

const failure = (last: OpenMessage) =>
  last.type === 'failed' ? last.problems.map((problem) => problem.message) : [];

describe('opening a SIPRI export', () => {
  it('sends the systems, the register and the import report', async () => {
    const { last, messages } = await open(windows1252(sipriText(TWO_SIDES)));
    expect(last).toMatchObject({
      type: 'done',
      identity: { title: 'SIPRI trade register, generated 13 Mar 2025', fileName: 'register.csv' },
      report: {
        title:
          'SIPRI trade register, generated 13 Mar 2025: 2 deals read; Iraq in 1, Iran in 1; 1 system in common',
      },
    });
    const systems = messages.flatMap((message) =>
      message.type === 'systems' ? message.systems : [],
    );
    expect(systems.map((system) => system.name)).toEqual(['T-72']);
  });

  it('gives the same catalogue id to the same export every time', async () => {
    const bytes = windows1252(sipriText(TWO_SIDES));
    const [a, b] = await Promise.all([open(bytes), open(bytes)]);
    expect(a.last.type === 'done' && a.last.identity.id).toBe(
      b.last.type === 'done' && b.last.identity.id,
    );
  });

  it('reads an export saved again as UTF-16', async () => {
    const bytes = Uint8Array.from(Buffer.from(`\uFEFF${sipriText(TWO_SIDES)}`, 'utf16le'));
    expect((await open(bytes)).last.type).toBe('done');
  });

  it('opens an export with an unclosed quote and names the lines it swallowed', async () => {
    const text = sipriText([
      ...TWO_SIDES,
      'Iraq,Russia,1990,,5,,"BMP-1,IFV',
      deal('Iraq', 'BMP-2'),
    ]);
    const { last } = await open(windows1252(text));
    expect(last.type === 'done' && last.report?.details).toEqual([
      '1 record could not be read:',
      'Line 15: a quoted field opens here and is never closed, so lines 15–17 were read as one field.',
    ]);
  });

  it('refuses a CSV that is not an export, naming the formats it opens', async () => {
    const { last } = await open('Country,Tanks\nIraq,300\n', 'holdings.csv');
    expect(failure(last)).toEqual([NOT_A_KNOWN_TABLE]);
    // Without the .csv name, a table is still told from JSON by its first line.
    expect(failure((await open('Country\tTanks\nIraq\t300\n', 'holdings')).last)).toEqual([
      NOT_A_KNOWN_TABLE,
    ]);
  });

  it('still reads JSON as a catalogue file, whatever its name', async () => {
    const { last } = await open('{"kind": "something else"}', 'data.json');
    expect(failure(last)[0]).toContain('is not a catalogue file');
  });

  it('refuses a UTF-32 file with a message rather than misreading it', async () => {
    const text = sipriText(TWO_SIDES);
    const utf32 = new Uint8Array(4 + text.length * 4);
    utf32.set([0xff, 0xfe, 0, 0]);
    for (let i = 0; i < text.length; i += 1) utf32[4 + i * 4] = text.charCodeAt(i) & 0xff;
    expect(failure((await open(utf32, 'register.json')).last)[0]).toContain('UTF-32');
  });

  it('lists a record with a 10 MB field and reads the others', async () => {
    const text = sipriText([
      ...TWO_SIDES,
      deal('Iraq', 'T-62', { comments: 'x'.repeat(10_000_000) }),
    ]);
    const { last } = await open(windows1252(text));
    expect(last.type === 'done' && last.report?.details[1]).toBe(
      'Line 15: its "Comments" field is 10,000,000 characters long.',
    );
  });

  it('keeps telling the page it is reading while a large export is parsed', async () => {
    const { last, messages } = await open(windows1252(syntheticSipriText(45_000)));
    expect(last.type).toBe('done');
    const reading = messages.filter(
      (message) => message.type === 'progress' && message.progress.phase === 'reading',
    );
    // One before the file is read, then one per 20,000 rows.
    expect(reading.length).toBeGreaterThanOrEqual(3);
  });
});
