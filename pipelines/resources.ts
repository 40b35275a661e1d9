import type { OcrTuning } from '../src/ocr/tuning.js';

// What the presets share: loaded once per engine, used for every document.
// Heavy things (OCR workers) start only when a preset that needs them is built.
export interface ResourceOptions {
  /** OCR workers (default 1; batch uses one per job). */
  ocrWorkers?: number;
  /** Per-page OCR timeout in ms. */
  pageTimeoutMs?: number;
  /** Skip diacritic restoration (restored = normalized). */
  noRestore?: boolean;
  /** Stop after restoration: no extraction, no record (`congvan restore`). */
  until?: 'restore';
  /** OCR settings (page segmentation, model, second pass, binarisation); defaults in src/ocr/tuning.ts. */
  ocr?: OcrTuning;
  /**
   * Read handwritten numbers and days that tesseract cannot with the digit
   * reader (src/refine/digits.ts): taken only when every digit is sure and the
   * value plausible, marked header.number.handwritten / header.date.handwritten
   * with a message asking the clerk to check it. On by default since two models
   * read each digit (see README, Real scans: handwritten digits); false leaves them to the clerk.
   */
  handwriting?: boolean;
  /** Read only the first N pages of a PDF (previews, measurements). */
  maxPages?: number;
}
