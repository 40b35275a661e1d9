// OCR settings that were measured on real scans (npm run eval:scans with flags)
// rather than assumed; the defaults are the dev-split winners (README, Measuring).
export interface OcrTuning {
  /** Tesseract page segmentation mode for whole pages: '3' auto, '4' one column, '6' one block, '11' sparse. */
  psm?: string;
  /** `best_int` (tessdata_best, integerised) or `standard` (the 4.0.0 tessdata, legacy + LSTM); both ship in @tesseract.js-data/vie. */
  model?: 'best_int' | 'standard';
  /** Read low-confidence lines again from a 2x crop of the page. */
  secondPass?: boolean;
  /** Adaptive binarisation of the page: 'auto' keeps it when OCR confidence rises. */
  binarize?: 'auto' | 'on' | 'off';
  /** Colour page to grey: the red channel (red seals fade) or the brightest channel (blue signatures fade too). */
  ink?: 'red' | 'max';
  /** Extra enlargement of every page (measurements only). */
  scale?: number;
}

export const DEFAULT_TUNING: Required<OcrTuning> = { psm: '4', model: 'best_int', secondPass: false, binarize: 'off', ink: 'red', scale: 1 };

export function withDefaults(t: OcrTuning = {}): Required<OcrTuning> {
  return { ...DEFAULT_TUNING, ...Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) };
}
