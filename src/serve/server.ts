// The clerk's page: a Fastify server on 127.0.0.1 serving the inbox, the
// review page, the register and its exports. Ids in URLs are checked against
// the hash pattern before any file is touched; assets come from a fixed list.
import { readFileSync } from 'node:fs';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { EngineOptions } from '../engine.js';
import { ics, tasksCsv } from '../export/formats.js';
import { packagePath } from '../paths.js';
import { flags } from './flags.js';
import { esc, layout } from './html.js';
import { Inbox, SaveError } from './inbox.js';
import { inboxPage, inboxRows, registerPage, reviewPage } from './pages.js';
import { registerCsv, registerXlsx } from './register.js';
import { ID_RE } from './store.js';

export interface ServeOptions {
  data: string;
  /** Largest upload in MB. */
  maxMb?: number;
  engine?: EngineOptions;
  logger?: boolean;
  /** The address it listens on; on loopback (the default) only local host names are answered. */
  host?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

const CSP = "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const ASSETS: Record<string, string> = { 'app.js': 'text/javascript; charset=utf-8', 'app.css': 'text/css; charset=utf-8' };

function loadAssets(): Map<string, Buffer> {
  return new Map(Object.keys(ASSETS).map((n) => [n, readFileSync(packagePath('web', n))]));
}

/** A refusal: JSON for the page's script, a short page for a person who followed a link. */
function problem(reply: FastifyReply, status: number, code: string, text: string) {
  const req = reply.request;
  if (req.method === 'GET' && req.headers.accept?.includes('text/html')) {
    return reply.code(status).type('text/html; charset=utf-8').send(layout('Lỗi', `<h1>Không mở được</h1><p>${esc(text)} <code>${esc(code)}</code></p><p><a href="/">Về danh sách văn bản đến</a></p>`, 'error'));
  }
  return reply.code(status).type('application/json; charset=utf-8').send({ code, text });
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

export async function buildServer(opts: ServeOptions): Promise<{ app: FastifyInstance; inbox: Inbox }> {
  const maxMb = opts.maxMb ?? 200;
  const inbox = new Inbox(opts.data, opts.engine);
  await inbox.open();
  const assets = loadAssets();
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 2 * 2 ** 20 });
  await app.register(multipart, { limits: { fileSize: maxMb * 2 ** 20, files: 50, fields: 10 } });

  app.addHook('onSend', async (_req, reply) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });
  // Another site open in the clerk's browser must not upload, save or discard:
  // changes are taken only from this page's own origin.
  const local = LOOPBACK.has(opts.host ?? '127.0.0.1');
  app.addHook('onRequest', async (req, reply) => {
    // A page elsewhere that rebinds its name to 127.0.0.1 still sends its own name.
    if (local && !LOOPBACK.has((req.headers.host ?? '').replace(/:\d+$/, ''))) return problem(reply, 421, 'bad-host', 'chỉ trả lời localhost');
    if (req.method === 'GET' || req.method === 'HEAD') return;
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    let foreign = site === 'cross-site' || site === 'same-site';
    if (origin) {
      try {
        foreign ||= new URL(origin).host !== new URL(`http://${req.headers.host}`).host;
      } catch {
        foreign = true;
      }
    }
    if (foreign) return problem(reply, 403, 'cross-origin', 'yêu cầu từ trang khác bị từ chối');
  });
  app.setErrorHandler((err: { statusCode?: number; code?: string; message?: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    return problem(reply, status, err.code ?? 'internal-error', err.message ?? String(err));
  });
  app.setNotFoundHandler((_req, reply) => problem(reply, 404, 'not-found', 'không có trang này'));
  app.addHook('onClose', () => inbox.close());

  const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(body);

  app.get('/', async (_req, reply) => html(reply, inboxPage(await inbox.list(), maxMb)));
  // Browsers ask for it; there is none, and a 404 would only clutter their console.
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());
  app.get('/api/docs', async () => inbox.list());
  app.get('/api/docs/rows', async (_req, reply) => html(reply, inboxRows(await inbox.list())));

  app.get<{ Params: { name: string } }>('/assets/:name', async (req, reply) => {
    const body = Object.hasOwn(ASSETS, req.params.name) ? assets.get(req.params.name) : undefined;
    if (!body) return problem(reply, 404, 'not-found', 'không có tệp này');
    return reply.type(ASSETS[req.params.name]!).header('Cache-Control', 'no-cache').send(body);
  });

  app.post('/api/upload', async (req, reply) => {
    if (!req.isMultipart()) return problem(reply, 415, 'not-multipart', 'gửi tệp bằng biểu mẫu tải lên (multipart/form-data)');
    const added: { id: string; name: string; status: string }[] = [];
    const refused: { name: string; code: string; text: string }[] = [];
    let name = '';
    try {
      for await (const part of req.files()) {
        name = part.filename || 'tệp';
        const bytes = await part.toBuffer();
        const meta = await inbox.add(name, bytes);
        added.push({ id: meta.id, name: meta.name, status: meta.status });
      }
    } catch (err) {
      if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
      // The code the CLI gives a file over its limit; the files after it in the same request are not read.
      refused.push({ name, code: 'file-too-large', text: `${name}: is larger than ${maxMb} MB, the limit of an upload` });
    }
    if (refused.length && !added.length) return reply.code(413).send({ added, refused });
    if (req.headers.accept?.includes('text/html')) return reply.redirect('/', 303);
    return { added, refused };
  });

  app.get<{ Params: { id: string } }>('/doc/:id', async (req, reply) => {
    const { id } = req.params;
    const summary = ID_RE.test(id) ? await inbox.summary(id) : undefined;
    const record = summary?.status === 'done' ? await inbox.store.record(id) : undefined;
    if (!summary || !record) return problem(reply, 404, 'not-found', 'không có văn bản này, hoặc văn bản chưa đọc xong');
    const tokens = await inbox.store.tokens(id);
    const list = await inbox.list();
    const next = list.find((s) => s.id !== id && s.status === 'done' && !s.reviewedAt)?.id;
    return html(reply, reviewPage({ summary, record, tokens, flags: summary.reviewedAt ? new Map() : flags(record, tokens), next }));
  });

  app.get<{ Params: { id: string; n: string } }>('/doc/:id/page/:n', async (req, reply) => {
    const { id, n } = req.params;
    if (!ID_RE.test(id) || !/^\d{1,5}$/.test(n)) return problem(reply, 404, 'not-found', 'không có trang này');
    const png = await inbox.pagePng(id, Number(n));
    if (!png) return problem(reply, 404, 'not-found', 'không có ảnh trang này');
    return reply.type('image/png').header('Cache-Control', 'no-cache').send(png);
  });

  app.get<{ Params: { id: string } }>('/api/doc/:id', async (req, reply) => {
    const record = ID_RE.test(req.params.id) ? await inbox.store.record(req.params.id) : undefined;
    return record ?? problem(reply, 404, 'not-found', 'không có văn bản này');
  });

  app.post<{ Params: { id: string }; Body: { changes?: unknown } }>('/api/doc/:id/save', async (req, reply) => {
    const { id } = req.params;
    if (!ID_RE.test(id)) return problem(reply, 404, 'not-found', 'không có văn bản này');
    const changes = req.body?.changes;
    const ok = Array.isArray(changes) && changes.every((c) => c && typeof c.field === 'string' && (c.value === null || typeof c.value === 'string' || (Array.isArray(c.value) && c.value.every((x: unknown) => typeof x === 'string'))));
    if (!ok) return problem(reply, 400, 'bad-request', 'cần {"changes": [{"field", "value"}]}');
    try {
      const { changed } = await inbox.save(id, changes);
      const entry = await inbox.register.find(id);
      return { ok: true, changed, registered: entry };
    } catch (err) {
      if (err instanceof SaveError) return problem(reply, err.code === 'not-found' ? 404 : 422, err.code, err.message);
      throw err;
    }
  });

  app.post<{ Params: { id: string }; Querystring: { discard?: string } }>('/api/doc/:id/reprocess', async (req, reply) => {
    const { id } = req.params;
    if (!ID_RE.test(id) || !(await inbox.store.meta(id))) return problem(reply, 404, 'not-found', 'không có văn bản này');
    await inbox.reprocess(id, req.query.discard === '1');
    return { ok: true };
  });

  app.get('/register', async (_req, reply) => html(reply, registerPage(await inbox.registered())));

  const attach = (reply: FastifyReply, type: string, name: string, body: string | Buffer) =>
    reply.type(type).header('Content-Disposition', `attachment; filename="${name}"`).header('Cache-Control', 'no-store').send(body);
  const records = async function* (rows: Awaited<ReturnType<Inbox['registered']>>) {
    for (const r of rows) yield { file: r.entry.id, record: r.record };
  };

  app.get('/export/register.csv', async (_req, reply) => attach(reply, 'text/csv; charset=utf-8', 'so-van-ban-den.csv', registerCsv(await inbox.registered())));
  app.get('/export/register.xlsx', async (_req, reply) =>
    attach(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'so-van-ban-den.xlsx', await registerXlsx(await inbox.registered())),
  );
  app.get('/export/tasks.csv', async (_req, reply) => attach(reply, 'text/csv; charset=utf-8', 'nhiem-vu.csv', await collect(tasksCsv(records(await inbox.registered())))));
  app.get('/export/tasks.ics', async (_req, reply) => attach(reply, 'text/calendar; charset=utf-8', 'han-nhiem-vu.ics', await collect(ics(records(await inbox.registered())))));

  return { app, inbox };
}
