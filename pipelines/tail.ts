// What the presets share, and the stages every preset ends with:
// normalize, restore, extract, [blanks], output (or normalize, restore alone
// when the engine only restores).
import { extractStage, loadExtractor, type Extractor } from '../src/extract/index.js';
import { Layer } from '../src/layer.js';
import { normalizeStage } from '../src/normalize/index.js';
import type { OcrPool } from '../src/ocr/pool.js';
import { outputStage } from '../src/output/record.js';
import type { DocKey } from '../src/doc.js';
import { inputStage } from '../src/input/read.js';
import type { Stage } from '../src/pipeline.js';
import { loadRestorer, restoreStage, type Restorer } from '../src/restore/index.js';
import { SCAN_OPTIONS } from '../src/restore/options.js';
import type { ResourceOptions } from './resources.js';

/** What the engine's input stage (run once per document, before the preset) writes. */
export const INPUT: DocKey[] = inputStage().assigns;

/** Loaded once per engine, used for every document. */
export class Resources {
  private pool?: Promise<OcrPool>;
  private restorer?: Promise<Restorer>;
  private extractor?: Promise<Extractor>;

  constructor(readonly options: ResourceOptions = {}) {}

  /** OCR workers start only when a preset that needs them is built; tesseract.js is not even loaded for text. */
  ocrPool(): Promise<OcrPool> {
    this.pool ??= import('../src/ocr/pool.js').then(
      ({ OcrPool }) => new OcrPool({ size: this.options.ocrWorkers ?? 1, pageTimeoutMs: this.options.pageTimeoutMs, tuning: this.options.ocr }),
    );
    return this.pool;
  }

  loadRestorer(): Promise<Restorer> {
    return (this.restorer ??= loadRestorer(SCAN_OPTIONS));
  }

  loadExtractor(): Promise<Extractor> {
    return (this.extractor ??= loadExtractor());
  }

  async close(): Promise<void> {
    await (await this.pool)?.close();
  }
}

/** Restoration switched off: the restored layer is the normalized text as is. */
function copyStage(): Stage {
  return {
    name: 'restore',
    requires: ['normalized'],
    assigns: ['restored', 'tokens'],
    run(doc) {
      doc.restored = Layer.derive(doc.normalized!.text, []);
      doc.tokens = [];
    },
  };
}

/** `fromPages`: the text was read from page images or a PDF, so blanks of the form can be re-read there. */
export async function tail(res: Resources, name: string, fromPages = false): Promise<Stage[]> {
  const restore = res.options.noRestore ? copyStage() : restoreStage(await res.loadRestorer());
  if (res.options.until === 'restore') return [normalizeStage(), restore];
  const extract = extractStage(await res.loadExtractor());
  // Page images (sharp) are loaded only by the presets that read pages.
  const refine = fromPages ? [(await import('../src/refine/blanks.js')).blanksStage(await res.ocrPool(), { handwriting: res.options.handwriting ?? true })] : [];
  return [normalizeStage(), restore, extract, ...refine, outputStage(name)];
}
