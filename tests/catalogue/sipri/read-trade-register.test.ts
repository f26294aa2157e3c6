import { describe, expect, it } from 'vitest';
import { checkCatalogueValue, runCheck } from '../../../src/catalogue/catalogue-file';
import { decodeSipriText, isSipriExport } from '../../../src/catalogue/sipri/decode';
import { MAX_FIELD_CHARS } from '../../../src/catalogue/sipri/read-records';
import { readTradeRegister } from '../../../src/catalogue/sipri/read-trade-register';
import { dealRow, sipriText, windows1252, type Deal } from '../../support/sipri-export';

const deal = (recipient: string, designation: string, more: Partial<Deal> = {}): string =>
  dealRow({ recipient, supplier: 'Russia', designation, description: 'tank', ...more });

function read(text: string) {
  const result = readTradeRegister(text, 'trade-register.csv');
  if (!result.ok) throw new Error(result.message);
  return result.register;
}

describe('readTradeRegister', () => {
  it('reads the preamble: the generation date, and line numbers counted from the file start', () => {
    const register = read(sipriText([deal('Iraq', 'T-72'), deal('Iran', 'T-72M1')]));
    expect(register.file.title).toBe('SIPRI trade register, generated 13 Mar 2025');
    const source = register.file.register.sources[0];
    expect(source?.published).toEqual({ date: '2025-03-13', precision: 'day', basis: 'stated' });
    // 11 lines of notes, the header on line 12, the first deal on line 13.
    expect(source?.locators.map((locator) => locator.id)).toEqual(['line-13', 'line-14']);
    expect(register.report.title).toBe(
      'SIPRI trade register, generated 13 Mar 2025: 2 deals read; Iraq in 1, Iran in 1; 1 system in common',
    );
  });

  it('reads a file whose preamble was cut off, and says the date is inferred', () => {
    const register = read(
      sipriText([deal('Iraq', 'T-72', { years: '2009' })], { preamble: false }),
    );
    expect(register.file.register.sources[0]?.published).toMatchObject({
      date: '2009',
      basis: 'inferred',
    });
    expect(register.file.register.sources[0]?.locators[0]?.id).toBe('line-2');
  });

  it("keeps SIPRI's ? after each uncertain value it shows", () => {
    const register = read(
      sipriText([
        deal('Iraq', 'T-72', {
          orderYear: '1982',
          orderYearFlag: '?',
          ordered: '500',
          orderedFlag: '?',
          delivered: '450',
          deliveredFlag: '?',
        }),
        deal('Iran', 'T-72'),
      ]),
    );
    const note = register.file.catalogue.systems[0]?.iraq[0]?.note ?? '';
    expect(note).toContain('ordered 1982?');
    expect(note).toContain('500? ordered');
    expect(note).toContain('450? delivered');
    expect(register.file.register.sources[0]?.locators[0]?.label).toBe(
      'line 13: Iraq from Russia, ordered 1982?',
    );
  });

  it('lists every row it cannot read with its line and why, and reads the rest', () => {
    const text = sipriText([
      deal('Iraq', 'T-72'),
      'Iran,Russia,1990',
      deal('Iran', 'T-72', { orderYearFlag: 'x' as '?' }),
      deal('Iran', 'T-72', { comments: 'two\nlines' }),
      deal('Iran', 'T-72M1'),
      'Iran,Russia,1991,,5,,"T-72,tank,5',
      deal('Iraq', 'T-62'),
    ]);
    const register = read(text);
    expect(register.unread).toEqual([
      { line: 14, reason: 'has 3 fields where the header has 16' },
      {
        line: 15,
        reason: expect.stringContaining('an uncertainty column holds "x"') as string,
      },
      // The comment on line 16 runs to line 17; an unclosed quote swallows the rest.
      { line: 19, reason: expect.stringContaining('never closed') as string },
    ]);
    expect(register.counts).toEqual({ deals: 3, iraq: 1, iran: 2, systems: 1 });
    expect(register.report.details[0]).toBe('3 records could not be read:');
    expect(register.report.details[1]).toBe('Line 14: has 3 fields where the header has 16.');
  });

  it('refuses a record with a field far longer than any SIPRI comment', () => {
    const register = read(
      sipriText([
        deal('Iraq', 'T-72', { comments: 'A'.repeat(MAX_FIELD_CHARS + 1) }),
        deal('Iran', 'T-72M1'),
      ]),
    );
    expect(register.unread[0]?.reason).toBe('its "Comments" field is 10,001 characters long');
  });

  it('refuses, rather than opens as an empty catalogue, an export with no deal for Iraq or Iran', () => {
    const refusal = (text: string) => {
      const result = readTradeRegister(text, 'trade-register.csv');
      return result.ok ? null : result.message;
    };
    expect(refusal(sipriText([]))).toMatch(/^holds SIPRI's notes and header but no deal\./);
    const broken = deal('Iraq', 'T-72').replace(/,[^,]*$/, '');
    expect(refusal(sipriText([broken, broken]))).toBe(
      'is a SIPRI trade-register export, but none of its 2 records could be read; the first, line 13, has 15 fields where the header has 16',
    );
    expect(refusal(sipriText([deal('Egypt', 'T-72'), deal('Syria', 'T-72')]))).toMatch(
      /^is a SIPRI trade-register export of 2 deals, none with Iraq or Iran as the recipient\./,
    );
  });

  it("refuses a header that is not SIPRI's whole header, naming what differs", () => {
    const text = sipriText([deal('Iraq', 'T-72'), deal('Iran', 'T-72M1')]);
    const refusal = (changed: string) => {
      const result = readTradeRegister(changed, 'trade-register.csv');
      return result.ok ? null : result.message;
    };
    expect(refusal(text.replace(',Comments,', ',Notes,'))).toBe(
      'starts like a SIPRI trade-register export, but column 13 of its header (line 12) is "Notes" where SIPRI writes "Comments". Open the file as SIPRI wrote it, with its columns in their order',
    );
    expect(refusal(text.replace(',status,Comments,', ',Comments,status,'))).toContain(
      'column 12 of its header (line 12) is "Comments" where SIPRI writes "status"',
    );
    const withoutValues = text.replace(
      ',SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons',
      '',
    );
    expect(refusal(withoutValues)).toBe(
      'starts like a SIPRI trade-register export, but its header (line 12) has 13 columns where SIPRI\'s has 16 (missing: "SIPRI TIV per unit", "SIPRI TIV for total order", "SIPRI TIV of delivered weapons"). Open the file as SIPRI wrote it, with every column',
    );
  });

  it('never matches generic designations by name', () => {
    const register = read(
      sipriText([
        deal('Iraq', 'aircraft engine', { description: 'turbofan', comments: 'For MiG-29' }),
        deal('Iran', 'aircraft engine', { description: 'turbofan', comments: 'For Su-24' }),
      ]),
    );
    expect(register.file.catalogue.systems).toEqual([]);
    expect(register.file.catalogue.mentioned.map((item) => item.id)).toEqual([
      'iraq-line-13',
      'iran-line-14',
    ]);
    expect(register.file.catalogue.mentioned[0]?.context).toContain('For MiG-29');
  });

  it("groups versions into one system and lists each side's designations", () => {
    const register = read(
      sipriText([
        deal('Iraq', 'M-109A5 155mm', { description: 'self-propelled gun' }),
        deal('Iran', 'M-109A1 155mm', { description: 'self-propelled gun' }),
        deal('Iraq', 'T-72'),
        deal('Iraq', 'T-72M1'),
        deal('Iran', 'T-72M1', { comments: 'T-72S version' }),
        deal('Iraq', 'Mi-17', { description: 'transport helicopter' }),
        deal('Iran', 'Mi-171', { description: 'transport helicopter' }),
      ]),
    );
    const systems = register.file.catalogue.systems;
    expect(systems.map((system) => system.name)).toEqual(['M-109', 'T-72']);
    const t72 = systems[1];
    expect(t72?.iraq.map((variant) => variant.designation)).toEqual(['T-72', 'T-72M1']);
    expect(t72?.iran[0]?.note).toContain('T-72S version');
    expect(systems[0]?.platformType).toBe('sph');
    expect(register.file.catalogue.mentioned.map((item) => item.name)).toEqual(['Mi-17', 'Mi-171']);
  });

  it('counts a system in common only when both sides have a delivery recorded', () => {
    const register = read(
      sipriText([deal('Iraq', 'T-72'), deal('Iran', 'T-72', { delivered: '', years: '' })]),
    );
    expect(register.counts.systems).toBe(0);
    expect(register.file.catalogue.mentioned[1]?.context).toContain('no delivery recorded');
  });

  it("derives what Iran makes or supplies from comments and from Iran's deals to Iraq", () => {
    const register = read(
      sipriText([
        deal('Iraq', 'T-72'),
        deal('Iran', 'T-72M1', { comments: 'T-72S version; incl 300 assembled/produced in Iran' }),
        deal('Iraq', 'Safir-2', { supplier: 'Iran', description: 'light vehicle' }),
        deal('Iran', 'Safir-2', { supplier: 'Italy', description: 'light vehicle' }),
        deal('Iraq', 'BMP-1', { description: 'IFV' }),
        deal('Iran', 'BMP-1', { description: 'IFV' }),
      ]),
    );
    const platform = (name: string) =>
      register.file.catalogue.systems
        .find((system) => system.name === name)
        ?.capabilities.find((capability) => capability.kind === 'platform');
    expect(platform('T-72')).toMatchObject({ status: 'built' });
    expect(platform('T-72')?.detail).toContain('"incl 300 assembled/produced in Iran" (line 14)');
    expect(platform('Safir-2')).toMatchObject({
      status: 'offers',
      cites: [{ source: 'S000', locator: 'line-15', confidence: 'stated' }],
    });
    expect(platform('BMP-1')).toMatchObject({ status: 'not-reported' });
    const t72 = register.file.catalogue.systems.find((system) => system.name === 'T-72');
    expect(t72?.iran[0]?.acquisition).toBe('licence-built');
    expect(t72?.capabilities.map((capability) => capability.status)).toEqual([
      'built',
      'not-reported',
      'not-reported',
      'not-reported',
      'not-reported',
      'not-reported',
    ]);
  });

  it('counts production in Iran only where a comment says it took place, hedged as inferred', () => {
    const platformOf = (comments: string[]) => {
      const register = read(
        sipriText([
          deal('Iraq', 'M-113'),
          ...comments.map((comment) => deal('Iran', 'M-113A1', { comments: comment })),
        ]),
      );
      const system = register.file.catalogue.systems[0];
      return {
        platform: system?.capabilities.find((capability) => capability.kind === 'platform'),
        acquisition: system?.iran[0]?.acquisition,
      };
    };
    const cancelled = platformOf(['licence production in Iran planned but cancelled']);
    expect(cancelled.platform).toMatchObject({ status: 'not-reported' });
    expect(cancelled.platform?.detail).toContain(
      '"licence production in Iran planned but cancelled" (line 14)',
    );
    expect(cancelled.acquisition).not.toBe('licence-built');
    expect(platformOf(['not produced in Iran']).platform).toMatchObject({ status: 'not-reported' });

    const hedged = platformOf(['supplier could be Russia (as part of Iranian production)']);
    expect(hedged.platform).toMatchObject({
      status: 'built',
      cites: [{ source: 'S000', locator: 'line-14', confidence: 'inferred' }],
    });
    expect(hedged.acquisition).not.toBe('licence-built');

    const both = platformOf([
      'incl 300 assembled in Iran',
      'production in Iran possibly continued',
    ]);
    expect(both.platform?.cites.map((cite) => cite.confidence)).toEqual(['stated', 'inferred']);
    expect(both.platform?.detail).toContain(
      'Less certain: "production in Iran possibly continued"',
    );
    // One deal saying both is cited once, as stated.
    const oneDeal = platformOf([
      'incl 300 assembled in Iran; production in Iran possibly continued',
    ]);
    expect(oneDeal.platform?.cites).toEqual([
      { source: 'S000', locator: 'line-14', confidence: 'stated' },
    ]);
  });

  it('keeps a formula-looking cell as plain text', () => {
    const register = read(
      sipriText([deal('Iraq', '=HYPERLINK("x")'), deal('Iran', '=HYPERLINK("x")')]),
    );
    expect(register.file.catalogue.systems[0]?.name).toBe('=HYPERLINK("x")');
  });

  it('builds a catalogue file that passes every check an opened file goes through', () => {
    const register = read(
      sipriText([
        deal('Iraq', 'T-72'),
        deal('Iran', 'T-72M1'),
        deal('Iraq', 'aircraft engine'),
        deal('Egypt', 'T-72'),
      ]),
    );
    expect(runCheck(checkCatalogueValue(register.file, 'trade-register.csv'))).toMatchObject({
      ok: true,
    });
  });
});

describe('decodeSipriText', () => {
  it("reads SIPRI's Windows-1252 bytes, so Latin-1 names come through", () => {
    const bytes = windows1252(
      sipriText([deal('Iraq', 'T-72', { supplier: "Côte d'Ivoire" }), deal('Iran', 'T-72')]),
    );
    expect(bytes.includes(0xf4)).toBe(true);
    expect(isSipriExport(bytes)).toBe(true);
    const decoded = decodeSipriText(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'Windows-1252' });
    if (!decoded.ok) return;
    const register = read(decoded.text);
    expect(register.file.catalogue.systems[0]?.iraq[0]?.note).toContain("from Côte d'Ivoire");
  });

  it('reads an export saved again as UTF-8 or UTF-16', () => {
    const text = sipriText([deal('Iraq', 'T-72', { supplier: "Côte d'Ivoire" })]);
    const utf16 = new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    expect(isSipriExport(utf16)).toBe(true);
    expect(decodeSipriText(utf16)).toMatchObject({ ok: true, text, encoding: 'UTF-16' });
    const utf8 = new TextEncoder().encode(text);
    expect(decodeSipriText(utf8)).toMatchObject({ ok: true, text, encoding: 'UTF-8' });
  });

  it('reads an export saved with old Mac line endings, a carriage return alone', () => {
    const text = sipriText([deal('Iraq', 'T-72'), deal('Iran', 'T-72M1')], { newline: '\r' });
    expect(text.includes('\n')).toBe(false);
    const bytes = windows1252(text);
    expect(isSipriExport(bytes)).toBe(true);
    const decoded = decodeSipriText(bytes);
    if (!decoded.ok) throw new Error(decoded.message);
    const register = read(decoded.text);
    expect(register.counts).toMatchObject({ deals: 2, iraq: 1, iran: 1, systems: 1 });
    // Lines are counted as in the file: the first deal is on line 13.
    expect(register.file.register.sources[0]?.locators[0]?.id).toBe('line-13');
  });

  it('takes a recipient written in another case, and says how many deals it set aside', () => {
    const register = read(
      sipriText([deal('iraq', 'T-72'), deal('IRAN', 'T-72M1'), deal('Egypt', 'T-72')]),
    );
    expect(register.counts).toMatchObject({ deals: 3, iraq: 1, iran: 1, systems: 1 });
    expect(register.report.details).toEqual([
      'Every record in the file was read.',
      '1 deal with another recipient was set aside.',
    ]);
  });

  it('does not take another CSV for a SIPRI export', () => {
    expect(
      isSipriExport(new TextEncoder().encode('Recipient,Supplier,Year\nIraq,Russia,1990\n')),
    ).toBe(false);
  });
});
