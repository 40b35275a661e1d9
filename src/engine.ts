// The engine: holds the loaded presets and picks one per input by its sniffed
// media type. One engine serves a whole batch; close() stops the OCR workers.
import type { ResourceOptions } from '../pipelines/resources.js';
import { Resources } from '../pipelines/tail.js';
import { createDoc, type Doc } from './doc.js';
import { inputStage } from './input/read.js';
import { kindOf, type InputKind } from './input/sniff.js';
import { closePipeline, definePipeline, fail, runPipeline, type Pipeline } from './pipeline.js';

export type EngineOptions = ResourceOptions;

export interface ProcessOptions {
  /** Force a preset instead of choosing by media type. */
  pipeline?: InputKind;
  /** Called after each page of a scan or PDF is read. */
  onPage?: (done: number, pages: number) => void;
}

export interface Engine {
  /** Run one input (a path, or bytes with a name) through the right preset. Never throws for bad input. */
  process(input: string | { path: string; bytes: Buffer }, opts?: ProcessOptions): Promise<Doc>;
  close(): Promise<void>;
}

// Imported when first needed: a text batch never loads pdfjs, sharp or tesseract.js
// (about a second of CPU for each process that starts, e.g. `congvan extract x.txt`).
const BUILDERS: Partial<Record<InputKind, (res: Resources) => Promise<Pipeline>>> = {
  text: async (res) => (await import('../pipelines/text.js')).textPipeline(res),
  image: async (res) => (await import('../pipelines/scan.js')).scanPipeline(res),
  pdf: async (res) => (await import('../pipelines/pdf.js')).pdfPipeline(res),
};

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const res = new Resources(options);
  const built = new Map<InputKind, Promise<Pipeline>>();
  // The input stage runs once, here; the presets start after it.
  const sniff = definePipeline('sniff', [inputStage()]);

  function preset(kind: InputKind): Promise<Pipeline> | undefined {
    const build = BUILDERS[kind];
    if (!build) return undefined;
    let p = built.get(kind);
    if (!p) built.set(kind, (p = build(res)));
    return p;
  }

  return {
    async process(input, opts = {}) {
      const doc = typeof input === 'string' ? createDoc(input) : createDoc(input.path, input.bytes);
      doc.onPage = opts.onPage;
      await runPipeline(sniff, doc);
      if (doc.messages.some((m) => m.fatal)) return doc;
      const kind = opts.pipeline ?? kindOf(doc.mediaType!);
      const pipeline = preset(kind);
      if (!pipeline) {
        fail(doc, 'engine', 'unsupported', `${doc.mediaType} input is not supported yet`);
        return doc;
      }
      let ready: Pipeline;
      try {
        ready = await pipeline;
      } catch (err) {
        // A preset that cannot load (missing tables or OCR model) fails each document, not the process.
        fail(doc, 'engine', 'setup-failed', `cannot start the ${kind} pipeline: ${err instanceof Error ? err.message : String(err)}`);
        return doc;
      }
      return runPipeline(ready, doc);
    },
    async close() {
      for (const p of built.values()) await closePipeline(await p);
      await res.close();
    },
  };
}
