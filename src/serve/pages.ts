// The three pages: inbox, review of one document, register.
import { REGISTER_COLUMNS } from '../export/formats.js';
import type { CongvanRecord, RecordSpan } from '../schema.js';
import { DOC_FIELDS, REF_FIELDS, TASK_FIELDS, resolve, type Input } from './fields.js';
import { esc, layout, vnDay } from './html.js';
import { hasPageImages, type Summary } from './inbox.js';
import { rowCells, type Row } from './register.js';
import type { TokenNote } from './store.js';

/** What a refusal means, in the clerk's words; the engine's own text follows it. */
const REFUSED: Record<string, string> = {
  'empty-file': 'tệp rỗng',
  'file-too-large': 'tệp quá lớn',
  'binary-file': 'không phải văn bản, PDF hay ảnh',
  'legacy-encoding': 'văn bản gõ bằng bảng mã cũ (TCVN3/VNI), cần chuyển sang Unicode',
  'unknown-encoding': 'không rõ bảng mã của văn bản',
  'pdf-encrypted': 'PDF có mật khẩu',
  'pdf-corrupt': 'PDF hỏng hoặc không đầy đủ',
  'image-too-large': 'ảnh quá nhiều điểm ảnh',
  'image-unreadable': 'ảnh hỏng, không đọc được',
  'ocr-timeout': 'đọc ảnh quá lâu',
  'no-text': 'không tìm thấy chữ',
  unsupported: 'loại tệp chưa được hỗ trợ',
};

function status(s: Summary): string {
  switch (s.status) {
    case 'queued':
      return 'Đang chờ';
    case 'reading':
      return s.pages ? `Đang đọc trang ${s.pagesDone}/${s.pages} <progress value="${s.pagesDone}" max="${s.pages}"></progress>` : 'Đang đọc <progress></progress>';
    case 'failed':
      return `<span class="bad">Không đọc được${s.error && Object.hasOwn(REFUSED, s.error.code) ? `: ${REFUSED[s.error.code]}` : ''}</span> <code>${esc(s.error?.code)}</code> <small>${esc(s.error?.text)}</small>`;
    default:
      return s.reviewedAt ? '<span class="ok">Đã duyệt</span>' : 'Đã đọc, chờ duyệt';
  }
}

export function inboxRows(list: Summary[]): string {
  if (!list.length) return '<tr><td colspan="8" class="empty">Chưa có văn bản nào.</td></tr>';
  return list
    .map((s) => {
      const pending = s.status === 'queued' || s.status === 'reading';
      const name = s.status === 'done' ? `<a href="/doc/${s.id}">${esc(s.name)}</a>` : esc(s.name);
      return `<tr data-id="${s.id}" data-status="${s.status}"${pending ? ' data-pending="1"' : ''}>
<td>${name}</td><td class="status">${status(s)}</td><td>${esc(s.number)}</td><td>${esc(s.issuer)}</td><td>${esc(vnDay(s.date))}</td>
<td class="num">${s.tasks ?? ''}</td><td class="num${s.check ? ' warn' : ''}">${s.status === 'done' ? s.check : ''}</td><td class="num">${s.registered ? s.registered.number : ''}</td></tr>`;
    })
    .join('\n');
}

export function inboxPage(list: Summary[], maxMb: number): string {
  return layout(
    'Văn bản đến',
    `<h1>Văn bản đến</h1>
<form id="upload" class="drop" method="post" action="/api/upload" enctype="multipart/form-data">
<p>Kéo thả bản quét (ảnh), PDF hoặc tệp văn bản vào đây, hoặc chọn tệp:</p>
<input id="file" type="file" name="file" multiple accept="image/*,.pdf,.txt,.tif,.tiff">
<button type="submit">Tải lên</button>
<p class="hint">Mỗi tệp tối đa ${maxMb} MB. Văn bản được đọc lần lượt trên máy này, không gửi đi đâu.</p>
</form>
<p id="upload-status" role="status"></p>
<table id="docs"><thead><tr><th>Tệp</th><th>Trạng thái</th><th>Số, ký hiệu</th><th>Cơ quan ban hành</th><th>Ngày</th><th>Nhiệm vụ</th><th>Cần kiểm tra</th><th>Số đến</th></tr></thead>
<tbody>
${inboxRows(list)}
</tbody></table>`,
    'inbox',
  );
}

function control(path: string, input: Input, value: unknown, flagged: boolean): string {
  const common = `id="f-${esc(path)}" name="${esc(path)}" data-field="${esc(path)}"${flagged ? ' data-flag="1"' : ''}`;
  if (input === 'list') {
    const v = (value as string[]).join('\n');
    return `<textarea ${common} rows="${Math.max(2, (value as string[]).length)}" data-orig="${esc(v)}">${esc(v)}</textarea>`;
  }
  if (input === 'area') return `<textarea ${common} rows="2" data-orig="${esc(value)}">${esc(value)}</textarea>`;
  return `<input ${common} type="${input}" value="${esc(value)}" data-orig="${esc(value)}">`;
}

function field(r: CongvanRecord, path: string, flags: Map<string, string[]>): string {
  const f = resolve(r, path)!;
  const why = flags.get(path);
  return `<div class="field${why ? ' flag' : ''}"><label for="f-${esc(path)}">${esc(f.label)}</label>
${control(path, f.input, f.get() ?? '', !!why)}${why ? `<small class="why">${why.map(esc).join('; ')}</small>` : ''}</div>`;
}

function boxes(r: CongvanRecord, page: number, flags: Map<string, string[]>, paths: string[]): string {
  const out: string[] = [];
  for (const path of paths) {
    const f = resolve(r, path)!;
    const seen = new Set<string>();
    for (const s of f.spans() as RecordSpan[]) {
      if (s.page !== page || !s.bbox) continue;
      const b = s.bbox;
      const key = `${b.x0},${b.y0},${b.x1},${b.y1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const pad = 3;
      out.push(
        `<rect class="box${flags.has(path) ? ' flag' : ''}" data-field="${esc(path)}" x="${b.x0 - pad}" y="${b.y0 - pad}" width="${b.x1 - b.x0 + 2 * pad}" height="${b.y1 - b.y0 + 2 * pad}"><title>${esc(f.label)}</title></rect>`,
      );
    }
  }
  return out.join('');
}

/** Restored words as buttons that show their alternatives. */
function tokenHtml(text: string, from: number, to: number, tokens: TokenNote[]): string {
  let at = from;
  const out: string[] = [];
  for (const t of tokens) {
    if (t.start < at || t.end > to) continue;
    out.push(esc(text.slice(at, t.start)));
    out.push(
      `<button type="button" class="tok${t.confidence < 0.6 ? ' low' : ''}" data-alts="${esc(JSON.stringify(t.alternatives))}" data-before="${esc(t.before)}" data-conf="${Math.round(t.confidence * 100)}">${esc(text.slice(t.start, t.end))}</button>`,
    );
    at = t.end;
  }
  out.push(esc(text.slice(at, to)));
  return out.join('');
}

/**
 * The restored text; with `paths`, each field's span is marked (data-fields
 * lists the fields covering it), standing in for the boxes of a page image.
 */
function restoredText(r: CongvanRecord, tokens: TokenNote[], paths: string[] = []): string {
  const text = r.text.restored;
  const sorted = [...tokens].sort((a, b) => a.start - b.start);
  const spans = paths.flatMap((p) => resolve(r, p)!.spans().map((s) => ({ p, start: s.start, end: Math.min(s.end, text.length) })));
  // Cut points: span edges, moved out of any word they fall inside.
  const inside = (x: number) => sorted.find((t) => t.start < x && x < t.end);
  const cuts = new Set([0, text.length]);
  for (const s of spans) for (const x of [s.start, s.end]) cuts.add(inside(x)?.start ?? x);
  const points = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const body = tokenHtml(text, a, b, sorted);
    const on = [...new Set(spans.filter((s) => s.start <= a && b <= s.end && s.start < s.end).map((s) => s.p))];
    out.push(on.length ? `<span class="fld" data-fields="${esc(on.join(' '))}">${body}</span>` : body);
  }
  return out.join('');
}

export interface ReviewData {
  summary: Summary;
  record: CongvanRecord;
  tokens: TokenNote[];
  flags: Map<string, string[]>;
  next?: string;
}

export function reviewPage({ summary, record: r, tokens, flags, next }: ReviewData): string {
  const docPaths = Object.keys(DOC_FIELDS).map((k) => `document.${k}`);
  const refPaths = r.references.map((_, i) => Object.keys(REF_FIELDS).map((k) => `references.${i}.${k}`));
  const taskPaths = r.tasks.map((_, i) => Object.keys(TASK_FIELDS).map((k) => `tasks.${i}.${k}`));
  const all = [...docPaths, ...refPaths.flat(), ...taskPaths.flat()];
  const pages = (hasPageImages(r) ? r.source.pageInfo : [])
    .map(
      // width and height keep the page's shape before its image arrives (drawn on first view).
      (p) => `<figure class="page" id="page-${p.number}"><img src="/doc/${summary.id}/page/${p.number}" alt="Trang ${p.number}" width="${Math.round(p.width)}" height="${Math.round(p.height)}" loading="lazy">
<svg viewBox="0 0 ${p.width} ${p.height}" preserveAspectRatio="none" aria-hidden="true">${boxes(r, p.number, flags, all)}</svg><figcaption>Trang ${p.number}</figcaption></figure>`,
    )
    .join('\n');
  const checkList = all
    .filter((p) => flags.has(p))
    .map((p) => `<li><a href="#f-${esc(p)}" data-go="${esc(p)}">${esc(groupLabel(r, p))}</a>: ${flags.get(p)!.map(esc).join('; ')}</li>`)
    .join('');
  const entry = summary.registered;
  return layout(
    summary.name,
    `<div class="review" data-id="${summary.id}"${next ? ` data-next="/doc/${next}"` : ''}>
<section class="pages" id="pages">${pages || `<pre class="plain">${restoredText(r, tokens, all)}</pre>`}</section>
<section class="side">
<h1>${esc(summary.name)}</h1>
<p class="meta">${entry ? `Số đến <strong>${entry.number}</strong>, ngày đến ${esc(vnDay(entry.date))}` : 'Chưa vào sổ: lưu để vào sổ'} · ${r.source.pages} trang · ${esc(r.source.textSource)}</p>
<div class="tools">
<button type="button" id="save">Lưu</button>
<button type="button" id="save-next">Lưu và sang văn bản tiếp</button>
<button type="button" id="reprocess">Đọc lại</button>
<button type="button" id="reprocess-discard">Đọc lại, bỏ các chỗ đã sửa</button>
</div>
<p class="keys">Phím tắt: <kbd>Alt</kbd>+<kbd>↓</kbd>/<kbd>↑</kbd> trường sau/trước (trường cần kiểm tra trước), <kbd>Alt</kbd>+<kbd>Enter</kbd> chấp nhận và sang trường sau, <kbd>Ctrl</kbd>+<kbd>S</kbd> lưu, <kbd>Ctrl</kbd>+<kbd>Enter</kbd> lưu và sang văn bản tiếp.</p>
<p id="save-status" role="status"></p>
${checkList ? `<details class="check" open><summary>Cần kiểm tra (${flags.size})</summary><ol>${checkList}</ol></details>` : '<p class="ok">Không có trường nào bị nghi ngờ.</p>'}
<form id="fields" autocomplete="off">
<fieldset><legend>Thông tin văn bản</legend>
${docPaths.map((p) => field(r, p, flags)).join('\n')}
</fieldset>
<fieldset><legend>Văn bản được dẫn (${r.references.length})</legend>
${refPaths.map((ps, i) => `<div class="item"><h3>${i + 1}</h3>${ps.map((p) => field(r, p, flags)).join('\n')}</div>`).join('\n')}
</fieldset>
<fieldset><legend>Nhiệm vụ (${r.tasks.length})</legend>
${taskPaths.map((ps, i) => `<div class="item"><h3>Mục ${esc(r.tasks[i]!.id)}</h3>${ps.map((p) => field(r, p, flags)).join('\n')}${r.tasks[i]!.deadline?.text ? `<small class="said">Văn bản ghi: ${esc(r.tasks[i]!.deadline!.text)}</small>` : ''}</div>`).join('\n')}
</fieldset>
</form>
${pages ? `<details class="text"><summary>Toàn văn (đã khôi phục dấu; bấm vào từ được tô để xem cách đọc khác)</summary><div class="plain">${restoredText(r, tokens)}</div></details>` : ''}
<div id="alts" class="alts" hidden></div>
</section>
</div>`,
    'review',
  );
}

function groupLabel(r: CongvanRecord, path: string): string {
  const f = resolve(r, path)!;
  const m = /^(references|tasks)\.(\d+)\./.exec(path);
  if (!m) return f.label;
  return m[1] === 'tasks' ? `Nhiệm vụ ${r.tasks[Number(m[2])]!.id}: ${f.label}` : `Văn bản dẫn ${Number(m[2]) + 1}: ${f.label}`;
}

export function registerPage(rows: Row[]): string {
  const body = rows.map((r) => `<tr><td><a href="/doc/${r.entry.id}">${esc(vnDay(r.entry.date))}</a></td>${rowCells(r).slice(1).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return layout(
    'Sổ đăng ký văn bản đến',
    `<h1>Sổ đăng ký văn bản đến</h1>
<p>Theo Nghị định 30/2020/NĐ-CP, Phụ lục IV. Văn bản vào sổ khi được lưu lần đầu; số đến đánh theo thứ tự trong năm.</p>
<p class="tools"><a href="/export/register.csv" download>Tải sổ (CSV)</a> <a href="/export/register.xlsx" download>Tải sổ (Excel .xlsx)</a> <a href="/export/tasks.csv" download>Nhiệm vụ (CSV)</a> <a href="/export/tasks.ics" download>Hạn nhiệm vụ (iCalendar)</a></p>
<table id="register"><thead><tr>${REGISTER_COLUMNS.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>
<tbody>${body || `<tr><td colspan="${REGISTER_COLUMNS.length}" class="empty">Sổ chưa có văn bản nào.</td></tr>`}</tbody></table>`,
    'register',
  );
}
