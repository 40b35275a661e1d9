import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvRow } from '../../src/export/csv.js';

// An RFC 4180 reader, as the oracle: quoted fields, doubled quotes, CRLF records.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (field += c), i++;
  }
  if (field || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('csv (RFC 4180)', () => {
  const tricky = [
    'plain',
    'Sở Tài chính, Sở Nội vụ',
    'chữ "trích dẫn" ở giữa',
    '"',
    'dòng 1\ndòng 2',
    'dòng 1\r\ndòng 2\rdòng 3',
    ' khoảng trắng đầu và cuối ',
    '',
    'Số, ký hiệu: 1215/TTg-KSTT',
  ];

  it('round-trips every tricky field through a strict RFC 4180 reader', () => {
    const text = csvRow(tricky) + csvRow(['a', 'b']);
    expect(parseCsv(text)).toEqual([tricky, ['a', 'b']]);
  });

  it('quotes only fields that need it and writes null as empty', () => {
    expect(csvField('Hà Nội')).toBe('Hà Nội');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('the BOM is the three bytes Excel looks for', () => {
    expect([...Buffer.from(BOM, 'utf8')]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
