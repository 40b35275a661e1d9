// The restore tables are read once per process and folder; a rebuilt table is read again.
import { cpSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDecoder, tablesDir } from '../../src/restore/index.js';

const dir = mkdtempSync(join(tmpdir(), 'congvan-tables-'));
cpSync(tablesDir(), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('restore tables', () => {
  it('are shared by the decoders of one folder, whatever their options', () => {
    const a = loadDecoder(dir);
    const b = loadDecoder(dir, { channelCands: 3 });
    // Compared as booleans: printing a 19 MB table on failure would take seconds.
    expect(b.lm === a.lm).toBe(true);
    expect(b.vocab === a.vocab).toBe(true);
    expect(b.restore('Cong van so 12').edits.length).toBeGreaterThan(0);
  });

  it('are read again when lm.bin was rebuilt', () => {
    const a = loadDecoder(dir);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'lm.bin'), later, later);
    const b = loadDecoder(dir);
    expect(b.lm === a.lm).toBe(false);
    expect(loadDecoder(dir).lm === b.lm).toBe(true);
  });
});
