// The clerk's inbox: takes uploads, reads them one at a time through one
// engine, keeps progress, and saves the clerk's corrections (logged, replayed
// onto the engine's record, validated before anything is written).
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { cleanStaleTemps } from '../batch/store.js';
import sharp from 'sharp';
import { createDoc, type Doc } from '../doc.js';
import { createEngine, type Engine, type EngineOptions } from '../engine.js';
import { kindOf } from '../input/sniff.js';
import { pageImage } from '../refine/page-image.js';
import { RecordSchema, type CongvanRecord } from '../schema.js';
import { resolve, sameValue, type Correction, type Value } from './fields.js';
import { flags } from './flags.js';
import { Register, type Row } from './register.js';
import { Store, type DocMeta, type ListedFields, type TokenNote } from './store.js';

/** Page images are served this wide at most (enough to read, small to send). */
const PAGE_WIDTH = 1400;

export interface Summary extends DocMeta, Partial<ListedFields> {
  registered?: { number: number; date: string };
}

export class SaveError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class Inbox {
  readonly store: Store;
  readonly register: Register;
  private engine: Promise<Engine> | undefined;
  private readonly limit = pLimit(1);
  /** Page images are drawn one at a time (an A4 page at 300 dpi is ~35 MB of RGBA). */
  private readonly drawing = pLimit(1);
  private readonly progress = new Map<string, { done: number; pages: number }>();
  private readonly pending = new Set<Promise<unknown>>();
  private closing = false;
  /** Saves run one at a time, so each logs the value it replaced. */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly engineOptions: EngineOptions = {},
  ) {
    this.store = new Store(dataDir);
    this.register = new Register(dataDir);
  }

  /** Prepare the folder, drop temps of killed writes, and read again what a killed server left unread. */
  async open(): Promise<void> {
    await this.store.init();
    await cleanStaleTemps(this.store.dir);
    for (const id of await this.store.ids()) {
      await cleanStaleTemps(this.store.folder(id));
      const m = await this.store.meta(id);
      if (m && (m.status === 'queued' || m.status === 'reading')) this.enqueue(id);
    }
  }

  /** Keep an upload and queue it; the same content again is the same document. */
  async add(name: string, bytes: Buffer): Promise<DocMeta> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const id = sha256.slice(0, 16);
    const had = await this.store.meta(id);
    if (had?.status === 'failed') {
      // Sent again after a failure (a timeout, a fixed engine): read it again.
      await this.reprocess(id, false);
      return { ...had, status: 'queued' };
    }
    if (had) return had;
    const meta: DocMeta = { id, name, sha256, size: bytes.length, uploadedAt: new Date().toISOString(), status: 'queued', pagesDone: 0, pages: 0 };
    await this.store.create(meta, bytes);
    this.enqueue(id);
    return meta;
  }

  enqueue(id: string): void {
    const p = this.limit(() => this.read(id)).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Resolves when nothing is queued or being read. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private getEngine(): Promise<Engine> {
    this.engine ??= createEngine(this.engineOptions);
    return this.engine;
  }

  private async read(id: string): Promise<void> {
    // Left queued when stopping: the next start reads it.
    if (this.closing) return;
    const meta = await this.store.meta(id);
    if (!meta) return;
    meta.status = 'reading';
    meta.error = undefined;
    await this.store.writeMeta(meta);
    this.progress.set(id, { done: 0, pages: 0 });
    try {
      const bytes = await this.store.source(id);
      const engine = await this.getEngine();
      const doc = await engine.process({ path: meta.name, bytes }, { onPage: (done, pages) => this.progress.set(id, { done, pages }) });
      const fatal = doc.messages.find((m) => m.fatal);
      if (fatal || !doc.record) {
        meta.status = 'failed';
        meta.error = fatal ? { code: fatal.code, text: fatal.text } : { code: 'no-record', text: 'no record was made' };
      } else {
        await this.store.writeExtracted(id, doc.record, tokenNotes(doc));
        await this.store.clearPages(id);
        meta.status = 'done';
        meta.pages = meta.pagesDone = doc.record.source.pages;
        const record = await this.store.record(id);
        if (record) {
          await this.store.writeRecord(id, record);
          meta.fields = await this.listed(id, record, !!meta.reviewedAt);
        }
      }
    } catch (err) {
      meta.status = 'failed';
      meta.error = { code: 'internal-error', text: err instanceof Error ? err.message : String(err) };
    } finally {
      this.progress.delete(id);
    }
    await this.store.writeMeta(meta);
  }

  /**
   * Page `n` as a PNG in the coordinates its words were read in (see BBox in
   * src/doc.ts), drawn when first asked for and kept: a long PDF costs nothing
   * until its pages are looked at. Undefined for text files and absent pages.
   */
  async pagePng(id: string, n: number): Promise<Buffer | undefined> {
    const kept = await this.store.page(id, n).catch(() => undefined);
    if (kept) return kept;
    const record = await this.store.extracted(id);
    const info = record?.source.pageInfo.find((p) => p.number === n);
    if (!record || !info || !hasPageImages(record)) return undefined;
    return this.drawing(async () => {
      const doc = createDoc(record.source.path, await this.store.source(id));
      doc.mediaType = record.source.mediaType;
      doc.pages = record.source.pageInfo.map((p) => ({ number: p.number, width: p.width, height: p.height, source: p.textSource, start: 0, end: 0, turned: p.turned }));
      const img = await pageImage(doc, n).catch(() => undefined);
      if (!img) return undefined;
      const png = await sharp(img.grey, { raw: { width: img.width, height: img.height, channels: 1 } })
        .resize({ width: Math.min(PAGE_WIDTH, img.width) })
        .png()
        .toBuffer();
      await this.store.writePage(id, n, png);
      return png;
    });
  }

  async summary(id: string): Promise<Summary | undefined> {
    const meta = await this.store.meta(id);
    if (!meta) return undefined;
    const prog = this.progress.get(id);
    const s: Summary = prog ? { ...meta, pagesDone: prog.done, pages: prog.pages } : { ...meta };
    if (meta.status !== 'done') return s;
    const entry = await this.register.find(id);
    return { ...s, ...meta.fields, registered: entry && { number: entry.number, date: entry.date } };
  }

  private async listed(id: string, r: CongvanRecord, reviewed: boolean): Promise<ListedFields> {
    return {
      number: r.document.number,
      issuer: r.document.issuer?.name ?? null,
      date: r.document.date,
      tasks: r.tasks.length,
      check: reviewed ? 0 : flags(r, await this.store.tokens(id)).size,
    };
  }

  /** Every document, newest upload first. */
  async list(): Promise<Summary[]> {
    const all = await Promise.all((await this.store.ids()).map((id) => this.summary(id)));
    return all.filter((s): s is Summary => !!s).sort((a, b) => (a.uploadedAt < b.uploadedAt ? 1 : a.uploadedAt > b.uploadedAt ? -1 : a.id < b.id ? 1 : -1));
  }

  /**
   * Apply the clerk's changes: validate them on a copy, append them to the log,
   * write the record, enter the document in the register.
   */
  save(id: string, changes: { field: string; value: Value }[]): Promise<{ record: CongvanRecord; changed: number }> {
    const run = this.saving.then(() => this.saveNow(id, changes));
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async saveNow(id: string, changes: { field: string; value: Value }[]): Promise<{ record: CongvanRecord; changed: number }> {
    const meta = await this.store.meta(id);
    const current = meta?.status === 'done' ? await this.store.record(id) : undefined;
    if (!meta || !current) throw new SaveError('not-found', 'không có văn bản này, hoặc văn bản chưa đọc xong');
    const next = structuredClone(current);
    const log: Correction[] = [];
    const time = new Date().toISOString();
    for (const c of changes) {
      const f = resolve(next, c.field);
      if (!f) throw new SaveError('bad-field', `không có trường "${c.field}"`);
      const old = f.get();
      try {
        f.set(c.value);
      } catch (err) {
        throw new SaveError('bad-value', `${f.label}: ${err instanceof Error ? err.message : String(err)}`);
      }
      const now = f.get();
      if (!sameValue(old, now)) log.push({ field: c.field, old, new: now, time, sha256: meta.sha256 });
    }
    const checked = RecordSchema.safeParse(next);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new SaveError('invalid-record', `bản ghi không hợp lệ: ${issue.path.join('.')}: ${issue.message}`);
    }
    await this.store.appendLog(id, log);
    await this.store.writeRecord(id, checked.data);
    await this.register.add(id);
    meta.reviewedAt = time;
    meta.fields = await this.listed(id, checked.data, true);
    await this.store.writeMeta(meta);
    return { record: checked.data, changed: log.length };
  }

  /** Read the document again; its corrections are replayed unless `discard`. */
  async reprocess(id: string, discard: boolean): Promise<void> {
    const meta = await this.store.meta(id);
    if (!meta) throw new SaveError('not-found', 'không có văn bản này');
    if (discard) await this.store.appendLog(id, [{ discard: true, time: new Date().toISOString(), sha256: meta.sha256 }]);
    meta.status = 'queued';
    await this.store.writeMeta(meta);
    this.enqueue(id);
  }

  /** Registered documents in register order, with their corrected records. */
  async registered(): Promise<Row[]> {
    const rows: Row[] = [];
    for (const entry of await this.register.list()) {
      const record = await this.store.record(entry.id);
      if (record) rows.push({ entry, record });
    }
    return rows;
  }

  /** Finish the document being read (and any save), start no other. */
  async close(): Promise<void> {
    this.closing = true;
    await this.idle();
    await this.saving;
    if (this.engine) await (await this.engine).close();
  }
}

/** Scans and PDFs have page images; text files do not. */
export function hasPageImages(r: CongvanRecord): boolean {
  const kind = kindOf(r.source.mediaType);
  return kind === 'pdf' || kind === 'image';
}

/** Words the restorer changed or doubted, with their alternatives. */
function tokenNotes(doc: Doc): TokenNote[] {
  const text = doc.restored?.text ?? '';
  return (doc.tokens ?? [])
    .filter((t) => t.alternatives.length && (t.before !== text.slice(t.start, t.end) || t.confidence < 0.9))
    .map((t) => ({ start: t.start, end: t.end, before: t.before, confidence: Math.round(t.confidence * 1000) / 1000, alternatives: t.alternatives.slice(0, 5) }));
}
