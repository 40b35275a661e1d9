// The data folder of the clerk's page: one folder per document, named by the
// first 16 hex of its content hash (the only names a URL can reach), holding
// the uploaded bytes, the engine's record, page images and the corrections log.
import { appendFile, mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDir, writeFileAtomic, writeJsonAtomic } from '../batch/store.js';
import type { CongvanRecord } from '../schema.js';
import { RecordSchema } from '../schema.js';
import { applyChange, type Correction } from './fields.js';

export const ID_RE = /^[0-9a-f]{16}$/;

export type Status = 'queued' | 'reading' | 'done' | 'failed';

export interface DocMeta {
  id: string;
  /** The uploaded file's name, shown only (never used as a path). */
  name: string;
  sha256: string;
  size: number;
  uploadedAt: string;
  status: Status;
  pagesDone: number;
  pages: number;
  error?: { code: string; text: string };
  /** Saved by the clerk at least once. */
  reviewedAt?: string;
  /** What the inbox lists, kept here so listing reads no record. */
  fields?: ListedFields;
}

export interface ListedFields {
  number: string | null;
  issuer: string | null;
  date: string | null;
  tasks: number;
  /** Fields to check (0 once the clerk has saved). */
  check: number;
}

/** A restored word the clerk may want to check: offsets in text.restored. */
export interface TokenNote {
  start: number;
  end: number;
  before: string;
  confidence: number;
  alternatives: string[];
}

export class Store {
  constructor(readonly dir: string) {}

  folder(id: string): string {
    if (!ID_RE.test(id)) throw new Error(`not a document id: ${id}`);
    return join(this.dir, id);
  }

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  async ids(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => ID_RE.test(n));
  }

  async create(meta: DocMeta, bytes: Buffer): Promise<void> {
    const dir = this.folder(meta.id);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'source'), bytes);
    await this.writeMeta(meta);
  }

  source(id: string): Promise<Buffer> {
    return readFile(join(this.folder(id), 'source'));
  }

  async meta(id: string): Promise<DocMeta | undefined> {
    if (!ID_RE.test(id)) return undefined;
    try {
      return JSON.parse(await readFile(join(this.folder(id), 'meta.json'), 'utf8')) as DocMeta;
    } catch {
      return undefined;
    }
  }

  async writeMeta(meta: DocMeta): Promise<void> {
    await writeJsonAtomic(this.folder(meta.id), 'meta.json', meta);
  }

  async writeExtracted(id: string, record: CongvanRecord, tokens: TokenNote[]): Promise<void> {
    const dir = this.folder(id);
    await writeJsonAtomic(dir, 'tokens.json', tokens);
    await writeJsonAtomic(dir, 'extracted.json', record);
    await syncDir(dir);
  }

  async tokens(id: string): Promise<TokenNote[]> {
    try {
      return JSON.parse(await readFile(join(this.folder(id), 'tokens.json'), 'utf8')) as TokenNote[];
    } catch {
      return [];
    }
  }

  writePage(id: string, n: number, png: Buffer): Promise<void> {
    return writeFileAtomic(this.folder(id), `page-${n}.png`, png);
  }

  /** Forget drawn pages (a document read again draws them anew). */
  async clearPages(id: string): Promise<void> {
    const dir = this.folder(id);
    for (const f of await readdir(dir)) if (/^page-\d+\.png$/.test(f)) await rm(join(dir, f), { force: true });
  }

  async page(id: string, n: number): Promise<Buffer> {
    if (!Number.isInteger(n) || n < 1) throw new Error(`not a page number: ${n}`);
    return readFile(join(this.folder(id), `page-${n}.png`));
  }

  /** Corrections since the last discard; a torn last line (killed mid-append) was never acknowledged. */
  async corrections(id: string): Promise<Correction[]> {
    let text = '';
    try {
      text = await readFile(join(this.folder(id), 'corrections.jsonl'), 'utf8');
    } catch {
      return [];
    }
    let out: Correction[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let c: Correction & { discard?: boolean };
      try {
        c = JSON.parse(line);
      } catch {
        continue;
      }
      if (c.discard) out = [];
      else out.push(c);
    }
    return out;
  }

  /** Append lines and fsync before the save is acknowledged. */
  async appendLog(id: string, lines: object[]): Promise<void> {
    if (!lines.length) return;
    const file = join(this.folder(id), 'corrections.jsonl');
    await appendFile(file, lines.map((l) => JSON.stringify(l) + '\n').join(''), 'utf8');
    const fh = await open(file, 'r+');
    await fh.sync();
    await fh.close();
  }

  async extracted(id: string): Promise<CongvanRecord | undefined> {
    try {
      return RecordSchema.parse(JSON.parse(await readFile(join(this.folder(id), 'extracted.json'), 'utf8')));
    } catch {
      return undefined;
    }
  }

  /**
   * The record as the clerk sees it: the engine's record with the log replayed.
   * Computed from the log, so a save killed before record.json was rewritten loses nothing.
   */
  async record(id: string): Promise<CongvanRecord | undefined> {
    const base = await this.extracted(id);
    if (!base) return undefined;
    const rec = structuredClone(base);
    for (const c of await this.corrections(id)) {
      try {
        applyChange(rec, c.field, c.new);
      } catch {
        // A value the new reading cannot take is left out; the log still has it.
      }
    }
    const checked = RecordSchema.safeParse(rec);
    return checked.success ? checked.data : base;
  }

  async writeRecord(id: string, record: CongvanRecord): Promise<void> {
    await writeJsonAtomic(this.folder(id), 'record.json', RecordSchema.parse(record));
  }
}
