import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  FORMULA_TRIGGERS,
  neutraliseFormula,
  toCsv,
  toHtmlTable,
  toTsv,
} from '../../../src/domain/export/csv';
import type { CellValue, TableText } from '../../../src/domain/export/lazy-table-text';

const BOM = '\uFEFF';

function parseCsv(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const body = csv.slice(BOM.length, -2);
  const result = Papa.parse<string[]>(body, {
    delimiter: ',',
    newline: '\r\n',
    quoteChar: '"',
    skipEmptyLines: false,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

// Written independently of src/domain/csv.ts: the oracle for what a text cell should read back as.
const formulaLike = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\0]/u;

function expectedText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return formulaLike.test(value) ? `'${value}` : value;
}

function expectedTable(table: TableText): string[][] {
  return [table.header, ...table.rows].map((row) => row.map(expectedText));
}

const tricky = fc.constantFrom(
  '"',
  ',',
  '\r',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '\u00A0',
  '\u200B',
  '\u200F',
  '=',
  '+',
  '-',
  '@',
  '\0',
  "'",
  '\uFF1D',
  '\uFEFF',
);
const unit = fc.oneof(
  { arbitrary: tricky, weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 1 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 1 }), weight: 2 },
  { arbitrary: fc.constantFrom('دبابة', 'تانک', 'טנק', '坦克', '🛡️', '👩🏽‍🔧'), weight: 1 },
);
const text = fc.string({ unit, maxLength: 12 });
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: text, weight: 6 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);
const table: fc.Arbitrary<TableText> = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    header: fc.array(text, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
  }),
);

describe('toCsv', () => {
  it('round-trips any table through an RFC 4180 parser, apart from the formula prefix', () => {
    fc.assert(
      fc.property(table, (input) => {
        expect(parseCsv(toCsv(input))).toEqual(expectedTable(input));
      }),
      { numRuns: 10_000 },
    );
  });

  it('never lets a parsed text cell start, after invisible characters, with a formula trigger', () => {
    fc.assert(
      fc.property(table, (input) => {
        const parsed = parseCsv(toCsv(input));
        [input.header, ...input.rows].forEach((row, r) => {
          row.forEach((value, c) => {
            if (typeof value === 'string') expect(parsed[r]?.[c]).not.toMatch(formulaLike);
          });
        });
      }),
      { numRuns: 2_000 },
    );
  });

  describe('on injection payloads', () => {
    const payloads = [
      '=HYPERLINK("http://x","y")',
      "+cmd|' /C calc'!A0",
      '-1+1',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
      '=1+1\n=2+2',
      '=1+1\r\n=2+2',
      ' =1',
      '\n=1',
      '\u00A0=1',
      '\u200B=1',
      '\uFEFF=1',
      '\uFF1D1+1',
      '\uFF0B1',
      '\0=1',
    ];

    it.each(payloads)('neutralises %j so no cell starts with a trigger', (payload) => {
      const [header, row] = parseCsv(toCsv({ header: ['payload'], rows: [[payload]] }));
      expect(header).toEqual(['payload']);
      expect(row).toEqual([`'${payload}`]);
      expect(FORMULA_TRIGGERS).not.toContain(row?.[0]?.[0]);
    });

    it('neutralises header labels as well as data cells', () => {
      expect(toCsv({ header: ['=cmd'], rows: [] }, { bom: false })).toBe(`"'=cmd"\r\n`);
    });

    it('quotes every neutralised field', () => {
      expect(toCsv({ header: ['h'], rows: [['-1+1']] }, { bom: false })).toBe(`h\r\n"'-1+1"\r\n`);
    });

    it('looks only at the start of a multi-line cell, which spreadsheets read as one value', () => {
      expect(neutraliseFormula('note\n=2+2')).toBe('note\n=2+2');
    });

    it('leaves numbers alone, so a negative number stays a number', () => {
      expect(toCsv({ header: ['n', 'm'], rows: [[-1, -0.5]] }, { bom: false })).toBe(
        'n,m\r\n-1,-0.5\r\n',
      );
    });

    it('leaves ordinary text, including text with a trigger further in, untouched', () => {
      for (const safe of ['T-72', 'M113 APC', 'a=b', "'quoted", 'دبابة', '']) {
        expect(neutraliseFormula(safe)).toBe(safe);
      }
    });
  });

  describe('follows RFC 4180', () => {
    const plain = (input: TableText) => toCsv(input, { bom: false });

    it('separates and terminates every record with CRLF', () => {
      expect(
        plain({
          header: ['a', 'b'],
          rows: [
            ['1', '2'],
            ['3', '4'],
          ],
        }),
      ).toBe('a,b\r\n1,2\r\n3,4\r\n');
    });

    it('quotes fields holding a comma, a double quote, CR or LF', () => {
      expect(plain({ header: ['a,b', 'c"d', 'e\rf', 'g\nh'], rows: [] })).toBe(
        '"a,b","c""d","e\rf","g\nh"\r\n',
      );
    });

    it('doubles quotes inside quoted fields', () => {
      expect(plain({ header: ['say "hi"'], rows: [] })).toBe('"say ""hi"""\r\n');
    });

    it('quotes fields with leading or trailing spaces so importers keep them', () => {
      expect(plain({ header: [' lead', 'trail ', 'mid dle'], rows: [] })).toBe(
        '" lead","trail ",mid dle\r\n',
      );
    });

    it('writes null as an empty field', () => {
      expect(plain({ header: ['a', 'b', 'c'], rows: [[null, 'x', null]] })).toBe(
        'a,b,c\r\n,x,\r\n',
      );
    });

    it('writes a record of one empty field as "" so it is not a blank line', () => {
      expect(plain({ header: ['a'], rows: [[null], ['']] })).toBe('a\r\n""\r\n""\r\n');
    });

    it('writes finite numbers as numbers and non-finite ones as empty fields', () => {
      expect(plain({ header: ['n'], rows: [[1.5], [1e21], [NaN], [Infinity], [-Infinity]] })).toBe(
        'n\r\n1.5\r\n1e+21\r\n""\r\n""\r\n""\r\n',
      );
    });

    it('starts with a UTF-8 byte order mark by default', () => {
      expect(toCsv({ header: ['a'], rows: [] })).toBe('\uFEFFa\r\n');
    });

    it('leaves the byte order mark out when asked', () => {
      expect(toCsv({ header: ['a'], rows: [] }, { bom: false })).toBe('a\r\n');
    });

    it('writes only the byte order mark for a table without columns', () => {
      expect(toCsv({ header: [], rows: [] })).toBe(BOM);
    });

    it('refuses rows that do not match the header', () => {
      expect(() => toCsv({ header: ['a', 'b'], rows: [['1']] })).toThrow(/Row 1 has 1 cells/);
    });
  });
});

describe('toTsv', () => {
  it('separates cells with tabs and rows with CRLF, with no BOM and no trailing line end', () => {
    expect(
      toTsv({
        header: ['a', 'b'],
        rows: [
          ['1', 2],
          [null, 'x,y'],
        ],
      }),
    ).toBe('a\tb\r\n1\t2\r\n\tx,y');
  });

  it('quotes cells with tabs, line breaks or quotes the way Excel copies them', () => {
    expect(toTsv({ header: ['a\tb', 'c\nd', 'say "hi"', 'plain'], rows: [] })).toBe(
      '"a\tb"\t"c\nd"\t"say ""hi"""\tplain',
    );
  });

  it('neutralises formulas but leaves numbers alone', () => {
    expect(
      toTsv({
        header: ['f', 'n'],
        rows: [
          ['=1+1', -1],
          ['\t=1', 3],
        ],
      }),
    ).toBe(`f\tn\r\n"'=1+1"\t-1\r\n"'\t=1"\t3`);
  });

  it('round-trips through a tab-delimited parser', () => {
    fc.assert(
      fc.property(table, (input) => {
        // papaparse drops a leading BOM; give it one so a BOM that starts the first cell survives.
        const parsed = Papa.parse<string[]>(BOM + toTsv(input), {
          delimiter: '\t',
          newline: '\r\n',
          quoteChar: '"',
          skipEmptyLines: false,
        });
        expect(parsed.errors).toEqual([]);
        const expected = expectedTable(input);
        // A lone empty header cell is an empty paste, which papaparse reads as no rows at all.
        const emptyPaste =
          expected.length === 1 && expected[0]?.length === 1 && expected[0][0] === '';
        expect(parsed.data).toEqual(emptyPaste ? [] : expected);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('toHtmlTable', () => {
  it('builds a table with a header row and a body', () => {
    expect(
      toHtmlTable({
        header: ['a', 'b'],
        rows: [
          ['1', 2],
          [null, 'x'],
        ],
      }),
    ).toBe(
      '<table><thead><tr><th>a</th><th>b</th></tr></thead>' +
        '<tbody><tr><td>1</td><td>2</td></tr><tr><td></td><td>x</td></tr></tbody></table>',
    );
  });

  it('escapes & < > " and \' in every cell', () => {
    expect(toHtmlTable({ header: [`<b>"&'</b>`], rows: [[`<script>alert('x')</script>`]] })).toBe(
      '<table><thead><tr><th>&lt;b&gt;&quot;&amp;&#39;&lt;/b&gt;</th></tr></thead>' +
        '<tbody><tr><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td></tr></tbody></table>',
    );
  });

  it('keeps line breaks inside the cell and neutralises formulas', () => {
    expect(toHtmlTable({ header: ['h'], rows: [['=1\r\n2']] })).toContain(
      `<td>&#39;=1<br style="mso-data-placement:same-cell">2</td>`,
    );
  });

  it('yields exactly the text of each cell when parsed by a browser', () => {
    fc.assert(
      fc.property(table, (input) => {
        const host = document.createElement('div');
        host.innerHTML = toHtmlTable(input);
        const read = [...host.querySelectorAll('tr')].map((tr) =>
          [...tr.children].map((cell) => cell.textContent),
        );
        const flatten = (value: CellValue) => expectedText(value).replace(/\r\n|\r|\n/g, '');
        // The HTML parser normalises NUL and CR, so compare on text the parser keeps verbatim.
        const normalise = (s: string | null) => (s ?? '').replace(/[\0\r]/g, '');
        expect(read.map((row) => row.map(normalise))).toEqual(
          [input.header, ...input.rows].map((row) => row.map((v) => normalise(flatten(v)))),
        );
      }),
      { numRuns: 300 },
    );
  });
});
