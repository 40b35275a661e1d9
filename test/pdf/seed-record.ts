// Shared by the engine acceptance files: a document of seed 001 through the
// engine gives a valid record whose raw text is within 1% CER of the seed.
import { expect } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { cer } from '../../src/ocr/cer.js';
import { RecordSchema } from '../../src/schema.js';
import { SEED_001, fatal } from '../ocr/helpers.js';

export async function seedRecord(engine: Engine, path: string, bytes: Buffer) {
  return (await seedDoc(engine, path, bytes)).record;
}

/** The same, with the document (pages, words, layers) beside its record. */
export async function seedDoc(engine: Engine, path: string, bytes: Buffer) {
  const doc = await engine.process({ path, bytes });
  expect(fatal(doc)).toBeUndefined();
  const parsed = RecordSchema.safeParse(doc.record);
  expect(parsed.success).toBe(true);
  const record = parsed.data!;
  expect(cer(SEED_001, record.text.raw)).toBeLessThan(0.01);
  return { doc, record };
}
