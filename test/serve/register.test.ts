// Số đến runs in order of registration and starts again at 1 each year.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Register, today } from '../../src/serve/register.js';
import { tempDir } from './helpers.js';

describe('register', () => {
  it('numbers per year, keeps a number once given, and survives a restart', async () => {
    const dir = tempDir();
    const reg = new Register(dir);
    const at = (s: string) => new Date(`${s}T10:00:00`);
    const got = await Promise.all([reg.add('a'.repeat(16), at('2026-12-30')), reg.add('b'.repeat(16), at('2026-12-31'))]);
    expect(got.map((e) => e.number)).toEqual([1, 2]);
    expect((await reg.add('c'.repeat(16), at('2027-01-02'))).number).toBe(1);
    expect(await reg.add('a'.repeat(16), at('2027-01-03'))).toEqual({ id: 'a'.repeat(16), number: 1, date: '2026-12-30' });
    const again = new Register(dir);
    expect((await again.add('d'.repeat(16), at('2027-01-04'))).number).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8')).entries).toHaveLength(4);
  });

  it("dates by the clerk's calendar day", () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
