// The output stage: build the record from the Doc, place every span on its
// page, and validate against the schema before anything is written.
import { topLayer, type Doc } from '../doc.js';
import { fail, type Stage } from '../pipeline.js';
import { pipelineVersion } from '../version.js';
import { RecordSchema, SCHEMA_VERSION, type CongvanRecord, type Extraction } from '../schema.js';
import { trace } from './trace.js';


const emptyExtraction = (): Extraction => ({
  document: {
    number: null,
    type: null,
    issuer: null,
    place: null,
    date: null,
    subject: null,
    recipients: [],
    signer: null,
    copiesTo: [],
    spans: {},
  },
  references: [],
  namedReferences: [],
  agencies: [],
  tasks: [],
});

function isSpan(v: unknown): v is { start: number; end: number; page?: number; bbox?: unknown } {
  return typeof v === 'object' && v !== null && typeof (v as { start?: unknown }).start === 'number' &&
    typeof (v as { end?: unknown }).end === 'number' && !('text' in v) && !('name' in v);
}

/** Add page and bbox to every span inside `value` (a fresh copy is returned). */
function placeSpans<T>(doc: Doc, value: T): T {
  if (Array.isArray(value)) return value.map((v) => placeSpans(doc, v)) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (isSpan(value)) {
    const t = trace(doc, value);
    const out: Record<string, unknown> = { start: value.start, end: value.end };
    if (t.page !== undefined) out.page = t.page;
    if (t.bbox) out.bbox = roundBox(t.bbox);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = placeSpans(doc, v);
  return out as T;
}

function roundBox(b: { x0: number; y0: number; x1: number; y1: number }) {
  return { x0: Math.round(b.x0), y0: Math.round(b.y0), x1: Math.round(b.x1), y1: Math.round(b.y1) };
}

export function textSourceOf(doc: Doc): CongvanRecord['source']['textSource'] {
  const kinds = new Set(doc.pages.map((p) => p.source));
  if (kinds.size > 1) return 'mixed';
  return [...kinds][0] ?? 'text';
}

export function buildRecord(doc: Doc, pipelineName: string): CongvanRecord {
  const extraction = placeSpans(doc, doc.extraction ?? emptyExtraction());
  const restored = topLayer(doc)?.text ?? '';
  return {
    schemaVersion: SCHEMA_VERSION,
    pipeline: { name: pipelineName, version: pipelineVersion() },
    source: {
      path: doc.path,
      sha256: doc.sha256 ?? '',
      mediaType: doc.mediaType ?? 'application/octet-stream',
      pages: doc.pages.length,
      textSource: textSourceOf(doc),
      pageInfo: doc.pages.map((p) => ({
        number: p.number,
        width: p.width,
        height: p.height,
        textSource: p.source,
        confidence: p.confidence ?? null,
        ...(p.turned ? { turned: p.turned } : {}),
      })),
    },
    text: { raw: doc.raw?.text ?? '', restored },
    ...extraction,
    messages: placeSpans(doc, doc.messages),
  };
}

export function outputStage(pipelineName: string): Stage {
  return {
    name: 'output',
    requires: ['raw', 'sha256'],
    reads: ['normalized', 'restored', 'filled', 'extraction', 'pages', 'words', 'mediaType'],
    assigns: ['record'],
    run(doc) {
      const record = buildRecord(doc, pipelineName);
      const checked = RecordSchema.safeParse(record);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        return fail(doc, 'output', 'schema-invalid', `record does not match the schema at ${issue.path.join('.')}: ${issue.message}`);
      }
      doc.record = checked.data;
    },
  };
}
