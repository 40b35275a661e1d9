// The lists (phrases, names, bodies) apply at load time over the base model:
// a line the base was built without becomes bigram bonuses (tables/overlay.json).
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDecoder, tablesDir } from '../../src/restore/index.js';
import { Decoder } from '../../src/restore/decode.js';
import { canon } from '../../src/restore/syllable.js';
import { Layer } from '../../src/layer.js';
import { listLines, writeNamedLists, writeOverlay } from '../../dictionaries/restore/lists.js';

describe('list overlay', () => {
  it('is what npm run build:dict makes of the lists as they are (run it after editing a list)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-lists-'));
    for (const f of ['vocab.json', 'base-lists.json']) copyFileSync(join(tablesDir(), f), join(dir, f));
    writeOverlay(dir);
    expect(readFileSync(join(dir, 'overlay.json'), 'utf8')).toBe(readFileSync(join(tablesDir(), 'overlay.json'), 'utf8'));
  });

  it('holds the bigrams of a line the base lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-lists-'));
    copyFileSync(join(tablesDir(), 'vocab.json'), join(dir, 'vocab.json'));
    const base = JSON.parse(readFileSync(join(tablesDir(), 'base-lists.json'), 'utf8')) as Record<string, string[]>;
    base.phrases = base.phrases!.slice(1); // one phrase line "added" since the base
    writeFileSync(join(dir, 'base-lists.json'), JSON.stringify(base));
    const r = writeOverlay(dir);
    // One more line than the shipped overlay holds (lines added to the lists since the base was built).
    const shipped = JSON.parse(readFileSync(join(tablesDir(), 'overlay.json'), 'utf8')) as { lines: number };
    expect(r.lines).toBe(shipped.lines + 1);
    expect(r.bigrams).toBeGreaterThan(0);
    expect(listLines().phrases.length).toBeGreaterThan(100);
  });

  it('moves the decoder to the reading a new line spells', () => {
    // The overlay alone: restore.phrase-match (phrases.ts) reads the listed "kiến nghị" surely.
    const dec = loadDecoder(undefined, { phraseBonus: 0 });
    const text = 'Cac co quan, don vi phai bao cao ket qua thuc hien va kien nghi de xuat voi cap tren.';
    const first = dec.restore(text);
    const out = Layer.derive(text, first.edits).text;
    const t = first.tokens.find((x) => x.alternatives.length > 0)!;
    expect(t).toBeDefined();
    const alt = t.alternatives[0]!;
    const unit = (w: string) => dec.vocab.units.indexOf(canon(w.toLowerCase()));
    const words = out.split(/[\s,.]+/);
    const before = out.slice(0, t.start).trim().split(/[\s,.]+/).pop()!;
    const after = out.slice(t.end).trim().split(/[\s,.]+/)[0]!;
    expect(words.length).toBeGreaterThan(3);
    const withLine = new Decoder(dec.lm, dec.vocab, dec.channel, dec.options, [[unit(before), unit(alt), 3], [unit(alt), unit(after), 3]]);
    const again = Layer.derive(text, withLine.restore(text).edits).text;
    expect(again.slice(t.start, t.start + alt.length)).toBe(alt);
    expect(out.slice(t.start, t.end)).not.toBe(alt);
  });
});

describe('named lists', () => {
  it('are what npm run build:dict packs from abbreviations.txt and foreign.txt (run it after editing them)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-lists-'));
    const r = writeNamedLists(dir);
    expect(r.abbreviations).toBeGreaterThan(50);
    expect(readFileSync(join(dir, 'lists.json'), 'utf8')).toBe(readFileSync(join(tablesDir(), 'lists.json'), 'utf8'));
  });

  it('reach the decoder without a rebuilt base: an added code is written as listed', () => {
    const dec = loadDecoder();
    const text = 'Theo Cong van so 12/XYQD-UBND cua tinh.';
    const before = Layer.derive(text, dec.restore(text).edits).text;
    expect(before).not.toContain('XYQĐ');
    const withCode = new Decoder(dec.lm, { ...dec.vocab, lists: { ...dec.vocab.lists, abbreviations: [...dec.vocab.lists.abbreviations, 'XYQĐ'] } }, dec.channel, dec.options);
    expect(Layer.derive(text, withCode.restore(text).edits).text).toContain('XYQĐ');
  });
});
