import { describe, expect, it } from 'vitest';
import { verifyClass } from '../../src/classroom';
import { classResultsCsv, csvColumns, csvText } from '../../src/view/class-csv';
import { indicatorLabel } from '../../src/view/labels';
import { file, lookup, studentReplay } from './replays';

/** A minimal RFC 4180 reader, to check the writer from the other side. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('csvText', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+33 6', "'+33 6"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=x', '"\'\r=x"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['Nguyễn Thị Lan', 'Nguyễn Thị Lan'],
    [' =1+1', "' =1+1"],
    ['\u00a0\u200b=cmd', "'\u00a0\u200b=cmd"],
    ['\uff1dSUM(A1)', "'\uff1dSUM(A1)"],
    ['\uff0b1', "'\uff0b1"],
    ['|calc', "'|calc"],
    ['\u2212 1', "'\u2212 1"],
    ['a=b', 'a=b'],
  ])('%j is written as %j', (input, output) => {
    expect(csvText(input)).toBe(output);
  });
});

describe('classResultsCsv', () => {
  const results = verifyClass(
    [
      file('a.json', studentReplay('c', '=HYPERLINK("x")')),
      file('b.json', studentReplay('c', '<img src=x onerror=alert(1)>')),
      file('-bad.json', '{"format":"bamboo-replay/1"'),
    ],
    lookup,
  );
  const csv = classResultsCsv(results);
  const table = parseCsv(csv);
  const CSV_COLUMNS = csvColumns(results);

  it('has a header, one line per file and a status column, all the same width', () => {
    expect(table[0]).toEqual([...CSV_COLUMNS]);
    expect(table).toHaveLength(4);
    for (const row of table) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(table.map((r) => r[0])).toEqual(['status', 'ranked', 'ranked', 'refused (not-json)']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('escapes a formula name and keeps HTML as literal text', () => {
    const players = table.slice(1).map((r) => r[2]);
    expect(players).toContain('\'=HYPERLINK("x")');
    expect(players).toContain('<img src=x onerror=alert(1)>');
    const bad = table[3]!;
    expect(bad[3]).toBe("'-bad.json");
    expect(bad.at(-1)).toMatch(/^not a replay: not valid JSON/);
  });

  it('leaves numbers as numbers, negative ones too', () => {
    const drift = CSV_COLUMNS.indexOf(indicatorLabel({}, 'autonomy.drift').name);
    for (const row of table.slice(1, 3)) expect(row[drift]).toMatch(/^-?\d+(\.\d)?$/);
  });

  it('can start with a byte-order mark for Excel', () => {
    expect(classResultsCsv(results, { bom: true }).startsWith('\uFEFFstatus,')).toBe(true);
  });
});
