// Diacritic restoration: public entry points. Tables are built by
// dictionaries/restore/build.ts and loaded once here.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Edit } from '../layer.js';
import { Layer } from '../layer.js';
import type { Doc, TokenGuess } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { report } from '../pipeline.js';
import { loadLm, type NgramLm } from './lm.js';
import { Decoder, type Confidence, type Vocab, type Mode } from './decode.js';
import { Channel, type ConfusionTable } from './channel.js';
import { decoderOptions, type DecoderOptions } from './options.js';
import type { PeopleLists } from './people.js';
import { repairs } from './repair.js';

export interface Restorer {
  /** `ocr`: the OCR's confidence per word, offsets in `text` (scans only). */
  restore(text: string, ocr?: Confidence[]): { edits: Edit[]; tokens: TokenGuess[]; mode?: Mode };
}

/** Below this confidence a restored token is reported for review. */
export const LOW_CONFIDENCE = 0.6;

/** Folder of the built tables (dictionaries/restore/tables), from src or dist. */
export function tablesDir(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const t = join(d, 'dictionaries', 'restore', 'tables');
    if (existsSync(join(d, 'package.json')) && existsSync(t)) return t;
    const up = dirname(d);
    if (up === d) throw new Error('restore tables not found (dictionaries/restore/tables); run npm run build:restore');
    d = up;
  }
}

interface Tables {
  lm: NgramLm;
  vocab: Vocab;
  confusion?: ConfusionTable;
  overlay: Array<[number, number, number]>;
  places?: string[];
  people?: PeopleLists;
}

/** Tables read once per process and folder: they are never written after loading, and
 *  a process that builds engines one after another (a library user, a server, the tests)
 *  would otherwise read and index 19 MB each time. A rebuilt lm.bin (new mtime) is read again. */
const loaded = new Map<string, Tables>();

function readTables(dir: string): Tables {
  const lmPath = join(dir, 'lm.bin');
  const vocabPath = join(dir, 'vocab.json');
  for (const p of [lmPath, vocabPath, join(dir, 'lists.json')]) if (!existsSync(p)) throw new Error(`restore table ${p} is missing; run the restore table build`);
  const id = `${dir}\0${statSync(lmPath).mtimeMs}\0${statSync(vocabPath).mtimeMs}`;
  const hit = loaded.get(id);
  if (hit) return hit;
  const json = <T>(name: string): T | undefined => {
    const f = join(dir, name);
    return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as T) : undefined;
  };
  const t: Tables = {
    lm: loadLm(lmPath),
    // The named lists (abbreviations, foreign words) are packed apart by build:dict (dictionaries/restore/lists.ts).
    vocab: { ...json<Omit<Vocab, 'lists'>>('vocab.json')!, lists: json<Vocab['lists']>('lists.json')! },
    confusion: json<ConfusionTable>('confusion.json'),
    // Lines added to the lists since the base was built apply at load time (dictionaries/restore/lists.ts).
    overlay: json<{ bigrams: Array<[number, number, number]> }>('overlay.json')?.bigrams ?? [],
    places: json<string[]>('places.json'),
    people: json<PeopleLists>('people.json'),
  };
  for (const k of [...loaded.keys()]) if (k.startsWith(`${dir}\0`)) loaded.delete(k);
  loaded.set(id, t);
  return t;
}

/** The decoder over the tables in `dir`, with `options` over the defaults. */
export function loadDecoder(dir = tablesDir(), options: Partial<DecoderOptions> = {}): Decoder {
  const o = decoderOptions(options);
  const { lm, vocab, confusion, overlay, places, people } = readTables(dir);
  let channel: Channel | undefined;
  if (confusion) {
    const units: Array<[string, number]> = [];
    vocab.units.forEach((u, i) => {
      // Rare syllables of general text would crowd the OCR channel's candidates.
      if (vocab.count[i]! >= o.channelMinCount && !u.startsWith('<') && /\d$/.test(u)) units.push([vocab.surface[i]!.toLowerCase(), i]);
    });
    channel = new Channel(confusion, units, vocab.count, o.channelCands, o);
  }
  const dec = new Decoder(lm, vocab, channel, o, overlay);
  if (places) dec.setPlaces(places);
  if (people) dec.setPeople(people);
  return dec;
}

export async function loadRestorer(options: Partial<DecoderOptions> = {}): Promise<Restorer> {
  return loadDecoder(tablesDir(), options);
}

/**
 * The restored layer with the repairs of OCR damage (repair.ts) made in it: each repair of the restored
 * text becomes an edit of the normalized text in place of the restorer's edits it covers, so the restored layer
 * stays one layer over the normalized text; tokens after a repair that changed the length move with it (in place).
 */
export function withRepairs(prev: string, restored: Layer, edits: Edit[], tokens: TokenGuess[], marksRestored = false, ocr = false): Layer {
  const rs = repairs(restored.text, marksRestored, ocr);
  if (!rs.length) return restored;
  const r = restored.text;
  let out = edits.slice();
  for (const x of rs) {
    const p = restored.spanToPrev({ start: x.start, end: x.end });
    const a = restored.fromPrev(p.start, 'start');
    const b = restored.fromPrev(p.end, 'end');
    if (a > x.start || b < x.end) continue;
    out = out.filter((e) => e.end <= p.start || e.start >= p.end);
    out.push({ start: p.start, end: p.end, text: r.slice(a, x.start) + x.text + r.slice(x.end, b) });
  }
  out.sort((u, v) => u.start - v.start || u.end - v.end);
  // Two edits may not overlap: a repair that would is dropped with the rest (the restorer's reading stands).
  for (let i = 1; i < out.length; i++) if (out[i]!.start < out[i - 1]!.end) return restored;
  const layer = Layer.derive(prev, out);
  // Tokens (restored offsets) move by what each repair before them added or took away.
  const moves = rs.map((x) => ({ end: x.end, delta: x.text.length - (x.end - x.start) }));
  for (const t of tokens.sort((u, v) => u.start - v.start)) {
    const shift = moves.filter((m) => m.end <= t.start).reduce((s, m) => s + m.delta, 0);
    const inside = moves.filter((m) => m.end > t.start && m.end <= t.end).reduce((s, m) => s + m.delta, 0);
    t.start += shift;
    t.end += shift + inside;
  }
  return layer;
}

/** Pipeline stage: normalized -> restored, with per-token guesses. */
export function restoreStage(restorer: Restorer): Stage {
  return {
    name: 'restore',
    requires: ['normalized'],
    reads: ['words', 'pages'],
    assigns: ['restored', 'tokens'],
    run(doc: Doc) {
      const text = doc.normalized!.text;
      // OCR'd words and their confidence, placed in the normalized text (text-layer words are sure: 100).
      const ocr = doc.words.filter((w) => w.confidence < 100).map((w) => ({ ...doc.normalized!.spanFromPrev({ start: w.start, end: w.end }), confidence: w.confidence }));
      const { edits, tokens, mode } = restorer.restore(text, ocr);
      doc.restored = withRepairs(text, Layer.derive(text, edits), edits, tokens, !!mode && mode !== 'clean', doc.pages.some((pg) => pg.source === 'ocr'));
      doc.tokens = tokens;
      for (const t of tokens) {
        if (t.confidence >= LOW_CONFIDENCE) continue;
        const word = doc.restored.text.slice(t.start, t.end);
        const alt = t.alternatives.length ? `; or ${t.alternatives.join(', ')}` : '';
        report(doc, 'restore', 'info', 'restore-low-confidence', `"${t.before}" read as "${word}" (${Math.round(t.confidence * 100)}%)${alt}`, {
          span: { start: t.start, end: t.end },
        });
      }
    },
  };
}
