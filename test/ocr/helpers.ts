// Shared by the OCR and PDF tests: the seed text, paths, and running one stage.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc } from '../../src/doc.js';
import type { Stage } from '../../src/pipeline.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** ../shared beside the repository (CI clones the repo next to it). */
export const SHARED = resolve(ROOT, '../shared');
export const SCANS = join(SHARED, 'scans');
export const hasScans = existsSync(SCANS);
if (!hasScans) console.log(`note: ${SCANS} is absent: tests on real scans are skipped`);

export function scan(prefix: string): string {
  const f = readdirSync(SCANS).find((n) => n.startsWith(prefix));
  if (!f) throw new Error(`no scan ${prefix}* in ${SCANS}`);
  return join(SCANS, f);
}

const seedFile = readdirSync(join(ROOT, 'seeds')).find((n) => n.startsWith('001_'))!;
/** Seed 001, the reference text of the acceptance tests. */
export const SEED_001 = readFileSync(join(ROOT, 'seeds', seedFile), 'utf8');

export async function runStage(stage: Stage, path: string, bytes: Buffer, mediaType: string): Promise<Doc> {
  const doc = createDoc(path, bytes);
  doc.mediaType = mediaType;
  await stage.run(doc);
  return doc;
}

export const fatal = (doc: Doc) => doc.messages.find((m) => m.fatal);
export const codes = (doc: Doc) => doc.messages.map((m) => m.code);

/** A PNG whose header claims `width`×`height` pixels but whose data is tiny. */
export async function claimedPng(width: number, height: number): Promise<Buffer> {
  const { deflateSync, crc32 } = await import('node:zlib');
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024, 0xff))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
