// The record congvan writes: this schema is the contract. Types are inferred
// from it; `congvan schema` exports it as JSON Schema (schema/record.schema.json).
import { z } from 'zod';

export const SCHEMA_VERSION = '1.1.0';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('ISO date YYYY-MM-DD');

export const BBoxSchema = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Offset into text.restored (UTF-16 code units)'),
    end: z.number().int().nonnegative(),
    page: z.number().int().positive().optional().describe('Page the text was read from'),
    bbox: BBoxSchema.optional().describe('Region of that page, in pixels of the page image (OCR) or of the page at 72 dpi (PDF text)'),
  })
  .describe('Where a value was read');

export const AgencyRefSchema = z.object({
  name: z.string().describe('Name as written in the document (restored)'),
  canonical: z.string().nullable().optional().describe('Canonical gazetteer name when matched'),
  span: SpanSchema.nullable().optional(),
});

export const DocumentSchema = z.object({
  number: z.string().nullable().describe('Số, ký hiệu as printed, without "Số:"; digits left blank give "/UBND-KGVX"'),
  type: z.string().nullable().describe('Document kind in words: Công văn, Thông báo, Quyết định, Kế hoạch ...'),
  issuer: z.object({ name: z.string(), canonical: z.string().nullable().optional() }).nullable(),
  place: z.string().nullable(),
  date: isoDate.nullable(),
  subject: z.string().nullable().describe('Trích yếu, without "V/v" or the kind name'),
  recipients: z.array(z.string()),
  signer: z
    .object({
      name: z.string().nullable(),
      title: z.string().nullable(),
      authority: z.string().nullable().optional().describe('KT., TM., TL., TUQ., Q. as printed'),
    })
    .nullable(),
  copiesTo: z.array(z.string()).describe('Nơi nhận'),
  secrecy: z.string().nullable().optional().describe('MẬT, TỐI MẬT, TUYỆT MẬT'),
  urgency: z.string().nullable().optional().describe('KHẨN, THƯỢNG KHẨN, HỎA TỐC ...'),
  spans: z
    .record(z.string(), z.union([SpanSchema, z.array(SpanSchema)]))
    .describe('Where each field above was read, by field name'),
  rules: z.record(z.string(), z.string()).optional().describe('Which extraction rule read each field above, by field name (ruleId)'),
});

export const ReferenceSchema = z.object({
  number: z.string().describe('Number and symbol, normalised: 05-QĐ/BCĐTW'),
  type: z.string().nullable(),
  date: isoDate.nullable(),
  issuer: z.string().nullable(),
  span: SpanSchema.describe('First mention'),
  mentions: z.array(SpanSchema).optional(),
  rule: z.string().optional().describe('The rule that read it (ruleId)'),
});

export const AgencySchema = z.object({
  name: z.string(),
  canonical: z.string().nullable().optional(),
  kind: z.string().nullable().optional(),
  level: z.string().nullable().optional(),
  code: z.string().nullable().optional(),
  mentions: z.array(SpanSchema),
});

export const DeadlineSchema = z.object({
  kind: z.enum(['date', 'month', 'quarter', 'half', 'year', 'recurring', 'relative', 'other']),
  due: isoDate.nullable().describe('Last day allowed'),
  text: z.string().describe('The phrase as it reads'),
  time: z.string().nullable().optional().describe('HH:MM when a time of day is given'),
  all: z
    .array(z.object({ kind: z.string(), due: isoDate.nullable(), text: z.string(), time: z.string().nullable().optional() }))
    .optional()
    .describe('Every deadline of the task, when there are several'),
  span: SpanSchema.nullable().optional(),
  rule: z.string().optional().describe('The rule that read it (ruleId)'),
});

export const TaskSchema = z.object({
  id: z.string().describe('Place in the structure: "2.3" is the 3rd item of section 2'),
  lead: z.array(AgencyRefSchema),
  coordinate: z.array(AgencyRefSchema),
  action: z.string(),
  deadline: DeadlineSchema.nullable(),
  span: SpanSchema,
  rule: z.string().optional().describe('The task form that read it (ruleId): task.item, task.table, task.plan-block ...'),
  leadRule: z.string().optional().describe('The rule that found the lead (ruleId)'),
});

export const ExtractionSchema = z.object({
  document: DocumentSchema,
  references: z.array(ReferenceSchema),
  namedReferences: z.array(z.string()).describe('Laws and documents cited by name only'),
  agencies: z.array(AgencySchema),
  tasks: z.array(TaskSchema),
});

export const MessageSchema = z.object({
  stage: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  text: z.string(),
  span: SpanSchema.optional(),
  page: z.number().int().optional(),
  fatal: z.boolean().optional(),
});

export const PageSchema = z.object({
  number: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
  textSource: z.enum(['ocr', 'pdf-text', 'text']),
  confidence: z.number().nullable().optional(),
  turned: z.number().int().optional().describe('Degrees (clockwise) the page image was turned to be read (a page scanned on its side or upside down); boxes are in the turned image'),
});

export const RecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    pipeline: z.object({ name: z.string(), version: z.string() }),
    source: z.object({
      path: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      mediaType: z.string(),
      pages: z.number().int().nonnegative(),
      textSource: z.enum(['ocr', 'pdf-text', 'text', 'mixed']),
      pageInfo: z.array(PageSchema),
    }),
    text: z.object({
      raw: z.string(),
      restored: z.string(),
    }),
    ...ExtractionSchema.shape,
    messages: z.array(MessageSchema),
  })
  .describe('One congvan record: a Vietnamese official document read into structured fields');

export type Extraction = z.infer<typeof ExtractionSchema>;
export type DocumentFields = z.infer<typeof DocumentSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type RecordSpan = z.infer<typeof SpanSchema>;
export type CongvanRecord = z.infer<typeof RecordSchema>;

export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' });
}
