// The clerk's page through Fastify's inject: uploads, review, corrections log,
// register and exports, refusals and the security rules. Text inputs only
// (fast); the browser test reads a scan.
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { RecordSchema, type CongvanRecord } from '../../src/schema.js';
import { today } from '../../src/serve/register.js';
import { textPdf } from '../../src/synth/scan.js';
import { buildServer } from '../../src/serve/server.js';
import { LETTER } from './fixtures.js';
import { claimedPng, multipart, tempDir } from './helpers.js';

type Built = Awaited<ReturnType<typeof buildServer>>;

const SECOND = LETTER.replace('Số: 215/SNV-VP', 'Số: 216/SNV-VP').replace('ngày 12 tháng 3', 'ngày 13 tháng 3');
const HOSTILE = LETTER.replace('V/v báo cáo công tác lưu trữ năm 2026', 'V/v <script>alert("x")</script> <img src=x onerror=alert(1)> báo cáo');

describe('congvan serve (inject)', () => {
  let data: string;
  let s: Built;
  const ids: Record<string, string> = {};

  async function upload(name: string, bytes: Buffer | string) {
    const res = await s.app.inject({ method: 'POST', url: '/api/upload', ...multipart([{ name, bytes }]) });
    return res;
  }
  const record = async (id: string) => RecordSchema.parse((await s.app.inject({ url: `/api/doc/${id}` })).json()) as CongvanRecord;
  const save = (id: string, changes: unknown) => s.app.inject({ method: 'POST', url: `/api/doc/${id}/save`, payload: { changes } });

  beforeAll(async () => {
    data = tempDir();
    s = await buildServer({ data, maxMb: 0.05 });
    for (const [name, text] of [['letter.txt', LETTER], ['second.txt', SECOND], ['hostile.txt', HOSTILE]] as const) {
      const res = await upload(name, text);
      expect(res.statusCode).toBe(200);
      ids[name] = res.json().added[0].id;
    }
    await s.inbox.idle();
  });
  afterAll(() => s.app.close());

  it('lists every upload with the fields of its record', async () => {
    const list = (await s.app.inject({ url: '/api/docs' })).json() as { id: string; status: string; number: string; tasks: number; check: number }[];
    expect(list).toHaveLength(3);
    for (const d of list) {
      expect(d.status).toBe('done');
      const r = await record(d.id);
      expect(d.number).toBe(r.document.number);
      expect(d.tasks).toBe(r.tasks.length);
      expect(typeof d.check).toBe('number');
    }
    const page = await s.app.inject({ url: '/' });
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain(`href="/doc/${ids['letter.txt']}"`);
  });

  it('gives the same document the same id, and reads it once', async () => {
    const res = await upload('copy-of-letter.txt', LETTER);
    expect(res.json().added[0].id).toBe(ids['letter.txt']);
    expect((await s.app.inject({ url: '/api/docs' })).json()).toHaveLength(3);
  });

  it('renders document text as text, under a CSP without inline scripts', async () => {
    const res = await s.app.inject({ url: `/doc/${ids['hostile.txt']}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline/);
    expect(res.body).toContain('&lt;script&gt;');
    expect(res.body).not.toMatch(/<script>alert|<img src=x/i);
    // The only script is the bundled file.
    expect(res.body.match(/<script\b[^>]*>/g)).toEqual(['<script src="/assets/app.js" defer>']);
    for (const url of ['/', '/register', '/assets/app.js', '/api/docs', '/nothing']) {
      expect((await s.app.inject({ url })).headers['content-security-policy']).toMatch(/script-src 'self'/);
    }
  });

  it('offers a form field for every editable field of the record', async () => {
    const id = ids['letter.txt']!;
    const r = await record(id);
    const html = (await s.app.inject({ url: `/doc/${id}` })).body;
    expect(html).toContain('name="document.number"');
    r.tasks.forEach((_, i) => expect(html).toContain(`type="date" value="${r.tasks[i]!.deadline?.due ?? ''}"`));
    expect(html).toContain(`id="f-tasks.${r.tasks.length - 1}.deadline"`);
  });

  it('saves a correction: logged, validated, replayed, and the document enters the register', async () => {
    const id = ids['letter.txt']!;
    const before = await record(id);
    const res = await save(id, [
      { field: 'tasks.0.deadline', value: '2026-05-20' },
      { field: 'document.subject', value: 'Báo cáo lưu trữ (đã sửa)' },
      { field: 'document.number', value: before.document.number }, // unchanged: not logged
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, changed: 2, registered: { number: 1, date: today() } });
    const after = await record(id);
    expect(after.tasks[0]!.deadline!.due).toBe('2026-05-20');
    expect(after.document.subject).toBe('Báo cáo lưu trữ (đã sửa)');
    const saved = RecordSchema.parse(JSON.parse(readFileSync(join(data, id, 'record.json'), 'utf8')));
    expect(saved.tasks[0]!.deadline!.due).toBe('2026-05-20');
    const log = readFileSync(join(data, id, 'corrections.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ field: 'tasks.0.deadline', old: before.tasks[0]!.deadline?.due ?? null, new: '2026-05-20', sha256: before.source.sha256 });
    expect(Date.parse(log[0].time)).toBeGreaterThan(Date.now() - 60_000);
    // The engine's own record is kept apart.
    expect(JSON.parse(readFileSync(join(data, id, 'extracted.json'), 'utf8')).document.subject).toBe(before.document.subject);
  });

  it('refuses bad corrections without writing anything', async () => {
    const id = ids['second.txt']!;
    const logFile = join(data, id, 'corrections.jsonl');
    for (const [changes, code] of [
      [[{ field: 'tasks.0.deadline', value: '31/02/2026' }], 'bad-value'],
      [[{ field: 'document.spans', value: 'x' }], 'bad-field'],
      [[{ field: '__proto__.polluted', value: 'x' }], 'bad-field'],
      [[{ field: 'tasks.99.action', value: 'x' }], 'bad-field'],
    ] as const) {
      const res = await save(id, changes);
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe(code);
    }
    expect((await save(id, 'not a list')).statusCode).toBe(400);
    expect(existsSync(logFile)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await s.app.inject({ url: '/api/docs' })).json().find((d: { id: string }) => d.id === id).registered).toBeUndefined();
  });

  it('numbers the register in order of saving, and exports it as CSV with BOM and as xlsx', async () => {
    expect((await save(ids['second.txt']!, [])).json().registered.number).toBe(2);
    // Saving again keeps the number.
    expect((await save(ids['letter.txt']!, [])).json().registered.number).toBe(1);
    const csv = await s.app.inject({ url: '/export/register.csv' });
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
    expect(csv.body.startsWith('\uFEFFNgày đến,Số đến,')).toBe(true);
    const rows = csv.body.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(2);
    const [d, m, y] = [today().slice(8), today().slice(5, 7), today().slice(0, 4)];
    expect(rows[0]!.startsWith(`${d}/${m}/${y},1,`)).toBe(true);
    expect(rows[1]!.startsWith(`${d}/${m}/${y},2,`)).toBe(true);
    expect(rows[0]).toContain((await record(ids['letter.txt']!)).document.number!);
    expect(rows[0]).toContain('Báo cáo lưu trữ (đã sửa)');

    const xlsx = await s.app.inject({ url: '/export/register.xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(2).value).toBe('Số đến');
    expect(ws.getRow(2).getCell(2).value).toBe(1);
    expect(ws.getRow(3).getCell(2).value).toBe(2);
    expect(ws.getRow(2).getCell(4).value).toBe((await record(ids['letter.txt']!)).document.number);
  });

  it('exports the registered tasks as CSV and iCalendar, with the corrected deadline', async () => {
    const tasks = await s.app.inject({ url: '/export/tasks.csv' });
    expect(tasks.body.startsWith('\uFEFF')).toBe(true);
    expect(tasks.body).toContain('2026-05-20');
    const ics = await s.app.inject({ url: '/export/tasks.ics' });
    expect(ics.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20260520');
  });

  it('keeps corrections when a document is read again, unless asked to discard them', async () => {
    const id = ids['letter.txt']!;
    expect((await s.app.inject({ method: 'POST', url: `/api/doc/${id}/reprocess` })).statusCode).toBe(200);
    await s.inbox.idle();
    expect((await record(id)).tasks[0]!.deadline!.due).toBe('2026-05-20');
    expect((await s.app.inject({ method: 'POST', url: `/api/doc/${id}/reprocess?discard=1` })).statusCode).toBe(200);
    await s.inbox.idle();
    const r = await record(id);
    expect(r.tasks[0]!.deadline!.due).not.toBe('2026-05-20');
    // Append-only: the old lines are still there, after them the discard mark.
    const lines = readFileSync(join(data, id, 'corrections.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2]!).discard).toBe(true);
  });

  it('loses no acknowledged correction to a save cut short', async () => {
    const id = ids['second.txt']!;
    await save(id, [{ field: 'document.place', value: 'Nha Trang' }]);
    // Killed after the log line was written, before record.json was: the log is the truth.
    appendFileSync(join(data, id, 'corrections.jsonl'), JSON.stringify({ field: 'document.signer.name', old: null, new: 'Lê Thị Hoa', time: new Date().toISOString(), sha256: 'x' }) + '\n');
    // Killed mid-append: a torn line, never acknowledged, is skipped.
    appendFileSync(join(data, id, 'corrections.jsonl'), '{"field":"document.place","old":"Nha Tr');
    // A temp left by a killed atomic write is not read.
    writeFileSync(join(data, id, '.record.json.99999.deadbeef.congvan-tmp'), '{"half');
    const r = await record(id);
    expect(r.document.place).toBe('Nha Trang');
    expect(r.document.signer?.name).toBe('Lê Thị Hoa');
    expect((await s.app.inject({ url: `/doc/${id}` })).statusCode).toBe(200);
  });

  it('refuses bad files with the engine’s message codes', async () => {
    const engine = await createEngine({ noRestore: true });
    try {
      for (const [name, bytes] of [['empty.txt', Buffer.alloc(0)], ['blob.bin', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))]] as const) {
        const res = await upload(name, bytes);
        const id = res.json().added[0].id;
        await s.inbox.idle();
        const doc = (await s.app.inject({ url: '/api/docs' })).json().find((d: { id: string }) => d.id === id);
        const expected = (await engine.process({ path: name, bytes })).messages.find((m) => m.fatal)!;
        expect(doc.status).toBe('failed');
        expect(doc.error).toEqual({ code: expected.code, text: expected.text });
        expect((await s.app.inject({ url: '/' })).body).toContain(`<code>${expected.code}</code>`);
        expect((await s.app.inject({ url: `/doc/${id}` })).statusCode).toBe(404);
        // Sent again, a failed file is read again (and fails the same way).
        expect((await upload(name, bytes)).json().added[0]).toMatchObject({ id, status: 'queued' });
        await s.inbox.idle();
      }
    } finally {
      await engine.close();
    }
  });

  it('refuses an upload over the size limit with the file-too-large code', async () => {
    const res = await upload('big.txt', 'Kính gửi: Sở Nội vụ. '.repeat(5000));
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json().refused[0]).toMatchObject({ name: 'big.txt', code: 'file-too-large' });
    expect(readdirSync(data).filter((n) => /^[0-9a-f]{16}$/.test(n))).toHaveLength(5);
  });

  it('reaches no file outside the data folder', async () => {
    const id = ids['letter.txt']!;
    for (const url of [
      '/doc/..%2F..%2Fpackage.json',
      '/doc/../../package.json',
      `/doc/${id}/page/..%2Fsource`,
      `/doc/${id}/page/0`,
      `/doc/${id.toUpperCase()}`,
      '/doc/0123456789abcdef',
      '/api/doc/..%2Fregister.json',
      '/assets/..%2F..%2Fpackage.json',
      '/assets/constructor',
      '/assets/app.ts',
    ]) {
      const res = await s.app.inject({ url });
      expect([400, 404], url).toContain(res.statusCode);
      expect(res.body).not.toContain('"name": "congvan"');
    }
    // A person following a stale link gets a page, not JSON.
    const page = await s.app.inject({ url: '/doc/%3Cb%3E', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('href="/"');
    const post = await s.app.inject({ method: 'POST', url: '/api/doc/..%2F..%2Ftmp/save', payload: { changes: [] } });
    expect(post.statusCode).toBe(404);
  });

  it('takes no change from another site open in the same browser', async () => {
    const id = ids['letter.txt']!;
    const before = readFileSync(join(data, id, 'corrections.jsonl'), 'utf8');
    for (const headers of [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }]) {
      const res = await s.app.inject({ method: 'POST', url: `/api/doc/${id}/reprocess?discard=1`, headers });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('cross-origin');
    }
    expect(readFileSync(join(data, id, 'corrections.jsonl'), 'utf8')).toBe(before);
    // A foreign name rebound to 127.0.0.1 is not answered, not even to read.
    expect((await s.app.inject({ url: '/api/docs', headers: { host: 'evil.example:8080' } })).statusCode).toBe(421);
    expect((await s.app.inject({ url: '/api/docs', headers: { host: '127.0.0.1:8080' } })).statusCode).toBe(200);
    const own = await s.app.inject({ method: 'POST', url: `/api/doc/${id}/save`, headers: { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' }, payload: { changes: [] } });
    expect(own.statusCode).toBe(200);
  });

  it('reads again, after a restart, what a killed server left unread', async () => {
    const id = ids['second.txt']!;
    const metaFile = join(data, id, 'meta.json');
    writeFileSync(metaFile, JSON.stringify({ ...JSON.parse(readFileSync(metaFile, 'utf8')), status: 'reading' }));
    const again = await buildServer({ data });
    try {
      await again.inbox.idle();
      // The temp of a killed write (left by the test above, pid 99999) is gone.
      expect(readdirSync(join(data, id)).filter((f) => f.endsWith('.congvan-tmp'))).toEqual([]);
      const doc = (await again.app.inject({ url: '/api/docs' })).json().find((d: { id: string }) => d.id === id);
      expect(doc.status).toBe('done');
      expect(doc.registered.number).toBe(2);
      expect((await record(id)).document.place).toBe('Nha Trang');
    } finally {
      await again.app.close();
    }
  });
});

describe('review of a doubtful document', () => {
  it('marks the fields to check, offers them first, and gives restored words their alternatives', async () => {
    const s = await buildServer({ data: tempDir() });
    try {
      // Marks stripped (as old OCR text often is) and the number left blank for the clerk.
      const stripped = LETTER.replace('Số: 215/SNV-VP', 'Số:      /SNV-VP')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D');
      const up = await s.app.inject({ method: 'POST', url: '/api/upload', ...multipart([{ name: 'khong-dau.txt', bytes: stripped }]) });
      const id = up.json().added[0].id as string;
      await s.inbox.idle();
      const [doc] = (await s.app.inject({ url: '/api/docs' })).json();
      expect(doc.check).toBeGreaterThan(0);
      const html = (await s.app.inject({ url: `/doc/${id}` })).body;
      expect(html).toMatch(/<input id="f-document\.number" name="document\.number" data-field="document\.number" data-flag="1"/);
      // The list of fields to check comes before the form.
      const list = [...html.matchAll(/data-go="([^"]+)"/g)].map((m) => m[1]);
      expect(list).toContain('document.number');
      expect(list).toHaveLength(doc.check);
      expect(html.indexOf('data-go=')).toBeLessThan(html.indexOf('<form id="fields"'));
      const tokens = [...html.matchAll(/<button type="button" class="tok[^"]*" data-alts="([^"]*)"/g)].map((m) => JSON.parse(m[1]!.replace(/&quot;/g, '"')) as string[]);
      expect(tokens.length).toBeGreaterThan(0);
      for (const alts of tokens) expect(alts.length).toBeGreaterThan(0);
      // Once saved, nothing is left to check.
      expect((await s.app.inject({ method: 'POST', url: `/api/doc/${id}/save`, payload: { changes: [{ field: 'document.number', value: '215/SNV-VP' }] } })).statusCode).toBe(200);
      expect((await s.app.inject({ url: '/api/docs' })).json()[0].check).toBe(0);
    } finally {
      await s.app.close();
    }
  });
});

describe('limits and stopping', () => {
  it('refuses an image over the pixel limit with the engine\'s code', async () => {
    const s = await buildServer({ data: tempDir() });
    try {
      const up = await s.app.inject({ method: 'POST', url: '/api/upload', ...multipart([{ name: 'huge.png', bytes: claimedPng(20_000, 20_000) }]) });
      await s.inbox.idle();
      const [doc] = (await s.app.inject({ url: '/api/docs' })).json();
      expect(doc.id).toBe(up.json().added[0].id);
      expect(doc.status).toBe('failed');
      expect(doc.error.code).toBe('image-too-large');
    } finally {
      await s.app.close();
    }
  });

  it('stops without reading what is queued, and reads it on the next start', async () => {
    const data = tempDir();
    const s = await buildServer({ data });
    const texts = [LETTER, SECOND, HOSTILE].map((t, i) => ({ name: `${i}.txt`, bytes: t }));
    await s.app.inject({ method: 'POST', url: '/api/upload', ...multipart(texts) });
    await s.app.close();
    const statuses = readdirSync(data).filter((n) => /^[0-9a-f]{16}$/.test(n)).map((id) => JSON.parse(readFileSync(join(data, id, 'meta.json'), 'utf8')).status);
    expect(statuses).toHaveLength(3);
    expect(statuses.every((x) => x === 'done' || x === 'queued')).toBe(true);
    const again = await buildServer({ data });
    try {
      await again.inbox.idle();
      expect((await again.app.inject({ url: '/api/docs' })).json().map((d: { status: string }) => d.status)).toEqual(['done', 'done', 'done']);
    } finally {
      await again.app.close();
    }
  });
});

describe('page images', () => {
  it('draws a PDF page when first asked for, in the shape of the page its boxes are on', async () => {
    const data = tempDir();
    const s = await buildServer({ data });
    try {
      const up = await s.app.inject({ method: 'POST', url: '/api/upload', ...multipart([{ name: 'letter.pdf', bytes: await textPdf(LETTER) }]) });
      const id = up.json().added[0].id as string;
      await s.inbox.idle();
      const r = RecordSchema.parse((await s.app.inject({ url: `/api/doc/${id}` })).json());
      const p = r.source.pageInfo[0]!;
      const html = (await s.app.inject({ url: `/doc/${id}` })).body;
      expect(html).toContain(`<svg viewBox="0 0 ${p.width} ${p.height}"`);
      expect(existsSync(join(data, id, 'page-1.png'))).toBe(false);
      const png = await s.app.inject({ url: `/doc/${id}/page/1` });
      expect(png.headers['content-type']).toBe('image/png');
      const meta = await sharp(png.rawPayload).metadata();
      expect(meta.width).toBeLessThanOrEqual(1400);
      expect(meta.height! / meta.width!).toBeCloseTo(p.height / p.width, 2);
      expect(existsSync(join(data, id, 'page-1.png'))).toBe(true);
      expect((await s.app.inject({ url: `/doc/${id}/page/${r.source.pages + 1}` })).statusCode).toBe(404);
    } finally {
      await s.app.close();
    }
  });
});
