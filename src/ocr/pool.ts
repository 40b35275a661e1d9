// A small pool of tesseract.js workers, loaded once from node_modules (never
// the CDN), reused across pages, with a timeout per page: a stuck worker is
// terminated and replaced, and the page fails with code 'ocr-timeout'.
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { BBox } from '../doc.js';
import { StageError } from '../pipeline.js';
import { withDefaults, type OcrTuning } from './tuning.js';

export interface OcrWord {
  text: string;
  bbox: BBox;
  confidence: number;
}
export interface OcrLine {
  words: OcrWord[];
  bbox: BBox;
  /** Running paragraph index on the page: a change means a blank line before. */
  paragraph: number;
}
export interface OcrResult {
  text: string;
  lines: OcrLine[];
  confidence: number;
  width: number;
  height: number;
  /** Degrees (clockwise) the page was turned to read it (ocrPage). */
  turned?: number;
}
export interface RecognizeOptions {
  dpi?: number;
  /** Tesseract page segmentation mode, e.g. '7' for a single line (default '6', a block). */
  psm?: string;
  /** Only these characters, e.g. '0123456789'. */
  whitelist?: string;
}
export interface OcrOptions {
  /** Workers, default 1. */
  size?: number;
  /** Default 60000. */
  pageTimeoutMs?: number;
  /** Traineddata: 'vie' (default) or 'eng' (dev dependency, to learn OCR confusions). */
  lang?: 'vie' | 'eng';
  /** Page segmentation, model, second pass, binarisation (defaults in tuning.ts). */
  tuning?: OcrTuning;
}

/** Directory holding `<lang>.traineddata.gz` in node_modules. */
export function langPath(lang: 'vie' | 'eng' = 'vie', model: 'best_int' | 'standard' = 'best_int'): string {
  const require = createRequire(import.meta.url);
  let pkg: string;
  try {
    pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch {
    throw new StageError('ocr-model-missing', `OCR model @tesseract.js-data/${lang} is not installed (run npm ci)`);
  }
  const dir = join(pkg, model === 'standard' ? '4.0.0' : '4.0.0_best_int');
  // A missing file makes createWorker hang instead of failing: check first.
  if (!existsSync(join(dir, `${lang}.traineddata.gz`))) {
    throw new StageError('ocr-model-missing', `OCR model file ${join(dir, `${lang}.traineddata.gz`)} is missing`);
  }
  return dir;
}

interface Job {
  image: Buffer;
  dpi?: number;
  psm?: string;
  whitelist?: string;
  resolve: (r: OcrResult) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker?: Worker;
  busy: boolean;
}

export class OcrPool {
  /** Number of workers: how many pages may be in OCR at once. */
  readonly size: number;
  private readonly timeoutMs: number;
  private readonly lang: 'vie' | 'eng';
  /** Settings every page read through this pool follows. */
  readonly tuning: Required<OcrTuning>;
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private closed = false;
  /** Errors the workers reported outside a job (kept for diagnosis). */
  readonly workerErrors: string[] = [];

  constructor(opts: OcrOptions = {}) {
    this.size = Math.max(1, opts.size ?? 1);
    this.timeoutMs = opts.pageTimeoutMs ?? 60000;
    this.lang = opts.lang ?? 'vie';
    this.tuning = withDefaults(opts.tuning);
    this.slots = Array.from({ length: this.size }, () => ({ busy: false }));
  }

  /** `psm` and `whitelist` serve small crops (a stamped number): a single line of digits. */
  recognize(image: Buffer, opts: RecognizeOptions = {}): Promise<OcrResult> {
    if (this.closed) return Promise.reject(new StageError('ocr-closed', 'the OCR pool is closed'));
    // CONGVAN_OCR_CACHE=dir (evals only): tesseract's answer kept per image and settings, so rules after it can be
    // measured without OCR; any change to the image (page preparation) or settings misses the cache.
    const dir = process.env.CONGVAN_OCR_CACHE;
    const key = dir && join(dir, createHash('sha256').update(image)
      .update(JSON.stringify([opts.dpi, opts.psm ?? this.tuning.psm, opts.whitelist, this.lang, this.tuning.model])).digest('hex') + '.json');
    if (key && existsSync(key)) {
      try {
        return Promise.resolve(JSON.parse(readFileSync(key, 'utf8')) as OcrResult);
      } catch {
        // (an unreadable entry is read again)
      }
    }
    const read = new Promise<OcrResult>((resolve, reject) => {
      this.queue.push({ image, dpi: opts.dpi, psm: opts.psm, whitelist: opts.whitelist, resolve, reject });
      this.pump();
    });
    if (!key) return read;
    return read.then((r) => {
      mkdirSync(dir!, { recursive: true });
      // Written whole or not at all: a run stopped mid-write leaves no half entry.
      writeFileSync(`${key}.${process.pid}.tmp`, JSON.stringify(r));
      renameSync(`${key}.${process.pid}.tmp`, key);
      return r;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new StageError('ocr-closed', 'the OCR pool was closed'));
    await Promise.all(this.slots.map(async (s) => {
      const w = s.worker;
      s.worker = undefined;
      if (w) await w.terminate().catch(() => undefined);
    }));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.busy = true;
      this.run(slot, job).finally(() => {
        slot.busy = false;
        this.pump();
      });
    }
  }

  private async newWorker(): Promise<Worker> {
    const path = langPath(this.lang, this.tuning.model);
    return createWorker(this.lang, OEM.LSTM_ONLY, {
      langPath: path,
      gzip: true,
      cacheMethod: 'none',
      errorHandler: (e: unknown) => this.workerErrors.push(String(e)),
    });
  }

  private async run(slot: Slot, job: Job): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const work = (async () => {
        slot.worker ??= await this.newWorker();
        const w = slot.worker;
        // 0 lets tesseract estimate the resolution itself.
        // Every job sets every parameter it may change, since workers are shared.
        await w.setParameters({
          user_defined_dpi: String(job.dpi ? Math.round(job.dpi) : 0),
          tessedit_pageseg_mode: (job.psm ?? this.tuning.psm) as PSM,
          tessedit_char_whitelist: job.whitelist ?? '',
          // Tesseract's own progress lines ("Detected 393 diacritics") would reach the CLI's stderr.
          debug_file: '/dev/null',
        });
        const meta = await sharp(job.image).metadata();
        const { data } = await w.recognize(job.image, {}, { text: true, blocks: true });
        return toResult(data, meta.width ?? 0, meta.height ?? 0);
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StageError('ocr-timeout', `OCR of a page took longer than ${this.timeoutMs} ms`)), this.timeoutMs);
      });
      job.resolve(await Promise.race([work, timeout]));
      work.catch(() => undefined);
    } catch (e) {
      if (e instanceof StageError && e.code === 'ocr-timeout') {
        // The worker may be stuck mid-page: kill it; the next job gets a fresh one.
        const w = slot.worker;
        slot.worker = undefined;
        if (w) await w.terminate().catch(() => undefined);
      }
      job.reject(e);
    } finally {
      clearTimeout(timer);
    }
  }
}

interface TPage {
  text: string;
  confidence: number;
  blocks: { paragraphs: { lines: { bbox: BBox; words: { text: string; bbox: BBox; confidence: number }[] }[] }[] }[] | null;
}

function toResult(page: TPage, width: number, height: number): OcrResult {
  const lines: OcrLine[] = [];
  let para = 0;
  for (const b of page.blocks ?? []) {
    for (const p of b.paragraphs) {
      for (const l of p.lines) {
        const words = l.words
          .filter((w) => w.text.trim() !== '')
          .map((w) => ({ text: w.text.normalize('NFC'), bbox: box(w.bbox), confidence: w.confidence }));
        if (words.length) lines.push({ words, bbox: box(l.bbox), paragraph: para });
      }
      para++;
    }
  }
  return { text: page.text.normalize('NFC'), lines, confidence: page.confidence, width, height };
}

function box(b: BBox): BBox {
  return { x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 };
}
