// Preset for PDF: per page, the text layer when it is the document's own,
// otherwise render and OCR (scanned, born-digital and mixed PDFs).
import { pdfStage } from '../src/pdf/stage.js';
import { definePipeline, type Pipeline } from '../src/pipeline.js';
import { INPUT, tail, type Resources } from './tail.js';

export async function pdfPipeline(res: Resources): Promise<Pipeline> {
  return definePipeline('pdf', [pdfStage(await res.ocrPool(), { maxPages: res.options.maxPages }), ...(await tail(res, 'pdf', true))], INPUT);
}
