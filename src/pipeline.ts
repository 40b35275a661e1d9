// A pipeline is a named list of stages. Each stage loads what it needs once
// (in its factory), then transforms one Doc at a time. A stage reports problems
// as messages; an exception escaping a stage becomes a fatal message too, so a
// batch never dies because of one file. Every stage declares the fields it
// reads and writes; definePipeline checks, when a preset is built, that each
// field a stage needs is written by an earlier one (test/pipeline.test.ts
// checks the declarations against what the stages really touch).
import type { Doc, DocKey, Message } from './doc.js';
import { isFatal } from './doc.js';

export interface Stage {
  name: string;
  /** Fields it reads that must be present before it runs (an earlier stage writes them). */
  requires: DocKey[];
  /** Fields it reads only when present. */
  reads?: DocKey[];
  /** Fields the stage sets. */
  assigns: DocKey[];
  run(doc: Doc): void | Promise<void>;
  /** Release workers or other resources. */
  close?(): void | Promise<void>;
}

export interface Pipeline {
  name: string;
  stages: Stage[];
  /** Fields present before the first stage (the engine's input stage wrote them). */
  given?: DocKey[];
}

/** On every Doc from createDoc: any stage may read and write them. */
export const ALWAYS: readonly DocKey[] = ['path', 'messages', 'timings', 'onPage'];

/** A preset, checked now: a stage needing a field no earlier stage writes is an error here, not when a document runs. */
export function definePipeline(name: string, stages: Stage[], given: DocKey[] = []): Pipeline {
  const have = new Set<DocKey>([...ALWAYS, ...given]);
  for (const s of stages) {
    const missing = s.requires.filter((k) => !have.has(k));
    if (missing.length) throw new Error(`pipeline ${name}: stage ${s.name} needs ${missing.join(', ')}, which no earlier stage writes`);
    for (const k of s.assigns) have.add(k);
  }
  return { name, stages, given };
}

export class StageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function addMessage(doc: Doc, m: Message): void {
  doc.messages.push(m);
}

/** Shorthand for stages: report(doc, 'pdf', 'warning', 'pdf-no-text', 'text'). */
export function report(
  doc: Doc,
  stage: string,
  severity: Message['severity'],
  code: string,
  text: string,
  extra: Partial<Message> = {},
): void {
  doc.messages.push({ stage, severity, code, text, ...extra });
}

export function fail(doc: Doc, stage: string, code: string, text: string, extra: Partial<Message> = {}): void {
  report(doc, stage, 'error', code, text, { ...extra, fatal: true });
}

function present(doc: Doc, key: DocKey): boolean {
  const v = doc[key];
  return Array.isArray(v) ? true : v !== undefined;
}

/** Run every stage in order; stop at the first fatal message. */
export async function runPipeline(pipeline: Pipeline, doc: Doc): Promise<Doc> {
  for (const stage of pipeline.stages) {
    if (isFatal(doc)) break;
    const missing = stage.requires.filter((k) => !present(doc, k));
    if (missing.length) {
      fail(doc, stage.name, 'missing-input', `stage ${stage.name} needs ${missing.join(', ')}, which no earlier stage set`);
      break;
    }
    const t0 = performance.now();
    try {
      await stage.run(doc);
    } catch (err) {
      const code = err instanceof StageError ? err.code : 'internal-error';
      const text = err instanceof Error ? err.message : String(err);
      fail(doc, stage.name, code, text);
    }
    doc.timings[stage.name] = (doc.timings[stage.name] ?? 0) + performance.now() - t0;
  }
  return doc;
}

export async function closePipeline(pipeline: Pipeline): Promise<void> {
  for (const s of pipeline.stages) await s.close?.();
}
