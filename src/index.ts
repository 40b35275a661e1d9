// Library API.
export { createEngine, type Engine, type EngineOptions, type ProcessOptions } from './engine.js';
export type { Doc, Message, Word, Page, BBox, TokenGuess, TextSource } from './doc.js';
export { failureReason, isFatal } from './doc.js';
export { Layer, type Edit, type Span } from './layer.js';
export { definePipeline, runPipeline, type Pipeline, type Stage } from './pipeline.js';
// Stage factories, to build a pipeline of one's own (definePipeline checks it).
export { inputStage } from './input/read.js';
export { textStage } from './input/text.js';
export { ocrStage } from './ocr/stage.js';
export { OcrPool } from './ocr/pool.js';
export { pdfStage } from './pdf/stage.js';
export { normalizeStage } from './normalize/index.js';
export { loadRestorer, restoreStage } from './restore/index.js';
export { extractStage, loadExtractor } from './extract/index.js';
export { blanksStage } from './refine/blanks.js';
export { outputStage } from './output/record.js';
export { trace, type Trace } from './output/trace.js';
export * from './schema.js';

import { createEngine, type EngineOptions } from './engine.js';
import type { CongvanRecord } from './schema.js';
import { failureReason } from './doc.js';

/** Read one file into a record. Throws with a one-line reason naming the file when it cannot. */
export async function extractFile(path: string, options: EngineOptions = {}): Promise<CongvanRecord> {
  const engine = await createEngine(options);
  try {
    const doc = await engine.process(path);
    const reason = failureReason(doc);
    if (reason || !doc.record) throw new Error(reason ?? `${path}: no record`);
    return doc.record;
  } finally {
    await engine.close();
  }
}
