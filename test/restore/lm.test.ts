import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLm, mix } from '../../src/restore/lm.js';
import { tablesDir } from '../../src/restore/index.js';

// The tables are private: reach them to check every stored n-gram.
type Table = { rec: Float64Array; bloom: Uint32Array; shift: number }; // rec[2i]: key + 1 of slot i
const lm = loadLm(join(tablesDir(), 'lm.bin'));
const tables = (lm as unknown as { tables: Array<Table | undefined> }).tables;
const find = (k: number, key: number) => (lm as unknown as { find(k: number, key: number): number }).find(k, key);

describe('n-gram tables with their Bloom filters', () => {
  it('finds every stored n-gram (a filter may pass a stranger, never drop a member)', () => {
    let stored = 0;
    for (let k = 2; k < tables.length; k++) {
      const t = tables[k]!;
      for (let i = 0; 2 * i < t.rec.length; i++) {
        if (t.rec[2 * i] === 0) continue;
        stored++;
        const at = find(k, t.rec[2 * i]! - 1);
        if (at !== i) throw new Error(`order ${k}: n-gram ${t.rec[2 * i]! - 1} stored at ${i}, found at ${at}`);
      }
    }
    expect(stored).toBeGreaterThan(100_000);
  });

  it('stops most absent 4-grams at the filter, before the key array', () => {
    const t = tables[4]!;
    const stored = new Set(Array.from(t.rec).filter((k, i) => i % 2 === 0 && k !== 0).map((k) => k - 1));
    let passed = 0;
    let probes = 0;
    for (let i = 0; probes < 20_000; i++) {
      const key = 1e12 + i * 7919;
      if (stored.has(key)) continue;
      probes++;
      expect(find(4, key)).toBe(-1);
      const x = Math.imul(mix(key, 4), 0x9e3779b1) >>> t.shift;
      if (t.bloom[x >>> 5]! & (1 << (x & 31))) passed++;
    }
    expect(passed / probes).toBeLessThan(0.2);
  });
});
