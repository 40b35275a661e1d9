import { describe, expect, it } from 'vitest';
import { foldLine, icsEvent, icsText, nextDay } from '../../src/export/ics.js';

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('iCalendar (RFC 5545)', () => {
  const long =
    'DESCRIPTION:' +
    icsText('Ủy ban nhân dân các xã, phường, đặc khu chủ trì, phối hợp với Sở Khoa học và Công nghệ triển khai Mô hình liên thông số thống nhất; báo cáo kết quả về UBND tỉnh trước ngày 15/11/2025.');

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    const folded = foldLine(long);
    expect(folded.endsWith('\r\n')).toBe(true);
    const lines = folded.slice(0, -2).split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const [i, l] of lines.entries()) {
      const bytes = Buffer.from(l, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A split inside a character would leave an invalid sequence.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(l);
      if (i > 0) expect(l.startsWith(' ')).toBe(true);
    }
    // Lines are filled, not cut early: all but the last are within 3 octets of the limit.
    for (const l of lines.slice(0, -1)) expect(Buffer.byteLength(l)).toBeGreaterThan(72);
    expect(unfold(folded)).toBe(long + '\r\n');
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0\r\n');
    const exactly75 = 'X'.repeat(75);
    expect(foldLine(exactly75)).toBe(exactly75 + '\r\n');
    expect(foldLine(exactly75 + 'Y')).toBe(exactly75 + '\r\n Y\r\n');
  });

  it('escapes text values', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('writes an all-day event with CRLF only, the next day as DTEND', () => {
    const ev = icsEvent({ uid: 'u1@congvan', date: '2025-12-31', summary: 'Báo cáo, tổng hợp', description: long }, new Date('2025-11-27T15:30:00Z'));
    expect(ev).not.toMatch(/[^\r]\n/);
    const lines = unfold(ev).split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20251231');
    expect(lines).toContain('DTEND;VALUE=DATE:20260101');
    expect(lines).toContain('DTSTAMP:20251127T153000Z');
    expect(lines).toContain('SUMMARY:Báo cáo\\, tổng hợp');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });
});
