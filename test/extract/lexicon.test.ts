// The extractor's word lists are kept once, in dictionaries/extract/: the kinds the
// symbol codes stand for (dictionaries/agencies/doctypes.tsv) are kinds of kinds.tsv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/extract/lexicon.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

describe('extraction lexicon', () => {
  it('knows every kind a symbol code stands for', () => {
    const rows = readFileSync(join(PACKAGE_ROOT, 'dictionaries', 'agencies', 'doctypes.tsv'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const kinds = new Set(lexicon().kinds.map((k) => k.kind));
    expect(rows.map((r) => r.split('\t')[1]!.trim()).filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('loads every list', () => {
    const lex = lexicon();
    expect(lex.kinds.length).toBeGreaterThan(20);
    expect(lex.titles.size).toBeGreaterThan(20);
    expect(lex.startVerbs.length && lex.afterVerbs.length && lex.assignVerbs.length).toBeTruthy();
    expect(lex.tableHeaders.map(([r]) => r)).toContain('lead');
    expect(lex.planLabels.map(([r]) => r)).toContain('deadline');
    expect(lex.agencyWords.get('collective')?.length).toBeGreaterThan(10);
    expect(lex.abbreviations.length).toBeGreaterThan(3);
  });
});
