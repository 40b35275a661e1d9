// Diacritic restoration: public entry points. Tables are built by
// dictionaries/restore/build.ts and loaded once here.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Edit } from '../layer.js';
import { Layer } from '../layer.js';
import type { Doc, TokenGuess } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { report } from '../pipeline.js';
import { loadLm } from './lm.js';
import { Decoder, type Confidence, type Vocab, type Mode } from './decode.js';
import { Channel, type ConfusionTable } from './channel.js';
import { decoderOptions, type DecoderOptions } from './options.js';

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

/** The decoder over the tables in `dir`, with `options` over the defaults. */
export function loadDecoder(dir = tablesDir(), options: Partial<DecoderOptions> = {}): Decoder {
  const o = decoderOptions(options);
  const lmPath = join(dir, 'lm.bin');
  const vocabPath = join(dir, 'vocab.json');
  for (const p of [lmPath, vocabPath]) if (!existsSync(p)) throw new Error(`restore table ${p} is missing; run the restore table build`);
  const lm = loadLm(lmPath);
  const vocab = JSON.parse(readFileSync(vocabPath, 'utf8')) as Vocab;
  let channel: Channel | undefined;
  const confPath = join(dir, 'confusion.json');
  if (existsSync(confPath)) {
    const table = JSON.parse(readFileSync(confPath, 'utf8')) as ConfusionTable;
    const units: Array<[string, number]> = [];
    vocab.units.forEach((u, i) => {
      // Rare syllables of general text would crowd the OCR channel's candidates.
      if (vocab.count[i]! >= o.channelMinCount && !u.startsWith('<') && /\d$/.test(u)) units.push([vocab.surface[i]!.toLowerCase(), i]);
    });
    channel = new Channel(table, units, vocab.count, o.channelCands, o);
  }
  // Lines added to the lists since the base was built apply here, at load time (dictionaries/restore/lists.ts).
  const overlayPath = join(dir, 'overlay.json');
  const overlay = existsSync(overlayPath) ? (JSON.parse(readFileSync(overlayPath, 'utf8')) as { bigrams: Array<[number, number, number]> }).bigrams : [];
  const dec = new Decoder(lm, vocab, channel, o, overlay);
  const placesPath = join(dir, 'places.json');
  if (existsSync(placesPath)) dec.setPlaces(JSON.parse(readFileSync(placesPath, 'utf8')) as string[]);
  return dec;
}

export async function loadRestorer(options: Partial<DecoderOptions> = {}): Promise<Restorer> {
  return loadDecoder(tablesDir(), options);
}

/** Pipeline stage: normalized -> restored, with per-token guesses. */
export function restoreStage(restorer: Restorer): Stage {
  return {
    name: 'restore',
    requires: ['normalized'],
    reads: ['words'],
    assigns: ['restored', 'tokens'],
    run(doc: Doc) {
      const text = doc.normalized!.text;
      // OCR'd words and their confidence, placed in the normalized text (text-layer words are sure: 100).
      const ocr = doc.words.filter((w) => w.confidence < 100).map((w) => ({ ...doc.normalized!.spanFromPrev({ start: w.start, end: w.end }), confidence: w.confidence }));
      const { edits, tokens } = restorer.restore(text, ocr);
      doc.restored = Layer.derive(text, edits);
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
