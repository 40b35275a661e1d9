// Preset for PDF: per page, the text layer when it is the document's own,
// otherwise render and OCR (scanned, born-digital and mixed PDFs).
import { inputStage } from '../src/input/read.js';
import { pdfStage } from '../src/pdf/stage.js';
import type { Pipeline } from '../src/pipeline.js';
import { tail, type Resources } from './tail.js';

export async function pdfPipeline(res: Resources): Promise<Pipeline> {
  return { name: 'pdf', stages: [inputStage(), pdfStage(res.ocrPool(), { maxPages: res.options.maxPages }), ...(await tail(res, 'pdf', true))] };
}
