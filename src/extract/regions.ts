// Header fields read from the layout regions of an OCR'd first page (see
// src/ocr/layout.ts), where the text-wide reading of header.ts went wrong or
// found nothing: the issuer from its own block, the place from the place-date
// line, the printed symbol from the number line, the kind from the symbol's
// type code. A field is only replaced by a reading its region supports better.
import type { Doc, Region, Word } from '../doc.js';
import type { Span } from '../layer.js';
import { report } from '../pipeline.js';
import type { DocumentFields } from '../schema.js';
import type { Gazetteer } from './gazetteer.js';
import { deputy } from './header.js';
import { lexicon } from './lexicon.js';
import type { Rule } from './rules.js';
import { clean, fold, key, tokens, upperFirst } from './text.js';

/** The printed part of a number: "/QĐ-UBND", "/UBND-KTTH". */
const RE_PRINTED_SYMBOL = /\/\s?\p{Lu}[\p{L}\d]*(?:\s?-\s?\p{Lu}[\p{L}\d]*){0,3}/u;

/** A raw-text region as a span of the restored text. */
function restoredSpan(doc: Doc, r: Region): Span {
  let s: Span = { start: r.start, end: r.end };
  if (doc.normalized) s = doc.normalized.spanFromPrev(s);
  if (doc.restored && doc.normalized && doc.restored !== doc.normalized) s = doc.restored.spanFromPrev(s);
  return s;
}

export function fieldsFromRegions(doc: Doc, text: string, f: DocumentFields, gaz: Gazetteer): void {
  const first = (kind: Region['kind']) => doc.regions?.find((r) => r.page === 1 && r.kind === kind && r.end > r.start);
  const issuer = first('issuer');
  if (issuer) {
    // The whole block, lines joined: "ỦY BAN NHÂN DÂN" over "TỈNH X" is one name.
    const s = restoredSpan(doc, issuer);
    const folded = fold(text.slice(s.start, s.end)).replace(/\n/g, ' ');
    const toks = tokens(folded).filter((t) => /[a-z]{2,}|\d/.test(t.k));
    let best: { canonical: string; start: number; end: number; n: number } | undefined;
    for (let i = 0; i < toks.length; i++) {
      const hit = gaz.matchAt(toks, i);
      if (hit && (!best || hit.next - i > best.n)) best = { canonical: hit.entry.canonical, start: s.start + hit.start, end: s.start + hit.end, n: hit.next - i };
    }
    // The block names the body with nothing left over (a parent line above a unit is left to header.ts).
    const covered = best && toks.length - best.n <= 1;
    if (best && covered && f.issuer?.canonical !== best.canonical) {
      f.issuer = { name: best.canonical, canonical: best.canonical };
      f.spans.issuer = { start: best.start, end: best.end };
    }
  }
  if (issuer) {
    // A parent body over the issuing one ("BỘ CÔNG THƯƠNG" over "TRƯỜNG ĐẠI HỌC ..."), or a
    // name carried over two lines that the gazetteer knows only in part ("ỦY BAN NHÂN DÂN" over
    // "TỈNH X" of a province since merged): the block's own lines name the issuer.
    const b = issuerOfBlock(text, restoredSpan(doc, issuer), gaz);
    if (b && fold(b.name).toLowerCase() !== fold(f.issuer?.name ?? '').toLowerCase()) {
      f.issuer = { name: b.name, canonical: b.canonical };
      f.spans.issuer = b.span;
      (f.rules ??= {}).issuer = b.rule;
    }
  }
  const num = first('number');
  const ctx: RegionContext = { doc, text, f, first };
  for (const r of NUMBER_RULES) if (r.apply(ctx)) (f.rules ??= {}).number = r.id;
  if (num && !f.number) {
    // Marks around handwritten digits ("Số: Ø7 /CT-UBND") defeat the text rule: keep the printed symbol.
    const s = restoredSpan(doc, num);
    const m = RE_PRINTED_SYMBOL.exec(text.slice(s.start, s.end));
    if (m) {
      f.number = m[0].replace(/\s+/g, '');
      f.spans.number = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      (f.rules ??= {}).number = 'region.number.symbol';
    }
  }
  // The symbol's type code names the kind (/BC-UBND: Báo cáo) where the text gave none or took a letter's "V/v" for it.
  const code = /^\/\s?([\p{L}]+)-/u.exec(f.number?.slice(f.number.indexOf('/')) ?? '')?.[1];
  const kind = code ? gaz.typeOfCode(code) : undefined;
  if (num && kind && (!f.type || f.rules?.type === 'header.type.vv-letter')) {
    f.type = kind;
    (f.rules ??= {}).type = 'region.type.symbol-code';
  }
  for (const r of TYPE_RULES) if (r.apply(ctx)) (f.rules ??= {}).type = r.id;
  const subj = first('subject');
  if (subj && !f.subject) {
    // No kind line the text rules know (an OCR-garbled title): the lines under the title line are the subject.
    const r = restoredSpan(doc, subj);
    const lines = text.slice(r.start, r.end).split('\n');
    const title = lines[0]!.replace(/[^\p{L}]/gu, '');
    const from = r.start + lines[0]!.length + 1;
    if (lines.length > 1 && title.length >= 4 && title === title.toUpperCase() && text.slice(from, r.end).trim()) {
      const at = from + (text.slice(from, r.end).length - text.slice(from, r.end).trimStart().length);
      f.subject = upperFirst(clean(text.slice(at, r.end)).replace(/^(v[/il1|]v|về việc|về)[\s.:]+(?=\p{Ll})/iu, ''));
      f.spans.subject = { start: at, end: r.end };
      (f.rules ??= {}).subject = 'region.subject.under-title';
    }
  }
  const ss = f.spans.subject;
  if (subj && f.subject && ss && !Array.isArray(ss)) {
    // The subject ends with its region: what the text rule read on past it is the body (or a stamp).
    const end = restoredSpan(doc, subj).end;
    // header.subject.field-line: the bracketed field under the trích yếu, set apart by a gap, is still its last line.
    const field = f.rules?.subjectField !== undefined && /^\(l[iĩ]nh v[uự]c\b[^()]*\)$/iu.test(clean(text.slice(end, ss.end)));
    if (end > ss.start && end < ss.end && !field) {
      const over = clean(text.slice(end, ss.end)).split(' ').filter(Boolean).length;
      const words = f.subject.split(' ');
      if (over < words.length) {
        f.subject = words.slice(0, words.length - over).join(' ').replace(/[\s,;:-]+$/, '');
        f.spans.subject = { start: ss.start, end: end - (text.slice(ss.start, end).length - text.slice(ss.start, end).trimEnd().length) };
      }
    }
    // "Về tăng cường ...": the "about" of a title's subject, like "V/v", is no part of it.
    const ve = /^về\s+(?=\p{Ll})/iu.exec(f.subject);
    if (ve) {
      f.subject = upperFirst(f.subject.slice(ve[0].length));
      const at = text.indexOf(f.subject.slice(0, 1).toLowerCase(), (f.spans.subject as { start: number }).start);
      if (at >= 0) f.spans.subject = { start: at, end: (f.spans.subject as { end: number }).end };
    }
  }
  // (This runs for OCR'd pages only: they alone have regions.)
  // A signer's surname the OCR read with other marks ("Nguyên" for Nguyễn): the surname as written.
  const name = f.signer?.name;
  if (name && name.split(' ').length >= 2) {
    const [sur, ...rest] = name.split(' ');
    const known = lexicon().surnames.get(fold(sur!).toLowerCase());
    if (known && known !== sur && fold(known) === fold(sur!)) f.signer = { ...f.signer!, name: [known, ...rest].join(' ') };
  }
  for (const r of DATE_RULES) if (r.apply(ctx)) (f.rules ??= {}).date = r.id;
  for (const r of MARK_RULES) if (r.apply(ctx)) (f.rules ??= {}).formulaMarks = r.id;
  for (const r of SIGNER_RULES) if (r.apply(ctx)) (f.rules ??= {}).signerRegion = r.id;
  // (a surname read with other marks, now that the name may have come from elsewhere)
  const named = f.signer?.name;
  if (named && named.split(' ').length >= 2) {
    const [sur, ...rest] = named.split(' ');
    const known = lexicon().surnames.get(fold(sur!).toLowerCase());
    if (known && known !== sur && fold(known) === fold(sur!)) f.signer = { ...f.signer!, name: [known, ...rest].join(' ') };
  }
  deputyUnderSeal(doc, text, f);
  const pd = first('place-date');
  if (pd && !f.place) {
    const s = restoredSpan(doc, pd);
    const line = text.slice(s.start, s.end);
    const m = /^([^,\n]{2,40}),\s*ng/.exec(fold(line));
    if (m) {
      f.place = line.slice(0, m[1]!.length).trim();
      f.spans.place = { start: s.start, end: s.start + m[1]!.length };
    }
  }
}

/** Words that go on a local body's name on the next line ("ỦY BAN NHÂN DÂN" / "TỈNH X"). */
const ADMIN_UNITS = ['tinh', 'thanh pho', 'huyen', 'quan', 'thi xa', 'xa', 'phuong', 'thi tran', 'dac khu'].map((p) => p.split(' '));
const startsWith = (words: string[], p: string[]) => p.every((w, i) => words[i] === w);

/**
 * The issuer named by the lines of the issuer block (Nghị định 30/2020, Phụ lục I: the
 * managing body's name above the issuing body's): the last line that starts a body's
 * name (a head noun: Trường, Sở, Cục, Ban ...) under a first line that names one, with
 * the lines that go on from it ("TỈNH X"); or, when every line under the first goes on
 * from it, the whole block. Undefined when the block has one line or reads otherwise.
 */
function issuerOfBlock(text: string, span: Span, gaz: Gazetteer): { name: string; canonical: string | null; span: Span; rule: string } | undefined {
  const heads = lexicon().agencyWords.get('head') ?? [];
  const rows: { start: number; end: number; words: string[]; admin: boolean; head: boolean }[] = [];
  let at = span.start;
  for (const line of text.slice(span.start, span.end).split('\n')) {
    const start = at;
    at += line.length + 1;
    const letters = line.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4 || letters.replace(/[^\p{Lu}]/gu, '').length < letters.length * 0.9) continue;
    const words = fold(line).toLowerCase().replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const admin = ADMIN_UNITS.some((p) => startsWith(words, p));
    rows.push({ start, end: start + line.trimEnd().length, words, admin, head: !admin && heads.some((p) => startsWith(words, p)) });
  }
  if (rows.length < 2 || rows[0]!.words.length < 2) return undefined;
  let from = -1;
  for (let i = 1; i < rows.length; i++) if (rows[i]!.head) from = i;
  const whole = from < 0 && rows.slice(1).every((r) => r.admin);
  if (from < 0 && !whole) return undefined;
  if (from < 0) from = 0;
  // The unit's name: its head line and the lines that go on from it.
  let to = from + 1;
  while (to < rows.length && rows[to]!.admin) to++;
  // region.issuer.unit-wrapped: a long unit's name goes on over one or two more lines ("CỤC KIỂM SOÁT HOẠT ĐỘNG" /
  // "KINH DOANH HÀNG NHẬP KHẨU"), neither a head noun's nor a place's, nor "THEO ..." (the document that set it up).
  const wrapFrom = to;
  if (!whole && to === from + 1) {
    while (to < rows.length && to - wrapFrom < 2 && !rows[to]!.head && rows[to]!.words[0] !== 'theo' && rows[to]!.words.length >= 2 && rows[to]!.words.length <= 10 && rows[to]!.words.every((w) => /^[a-z]+$/.test(w))) to++;
  }
  const picked = rows.slice(from, to);
  if (picked.reduce((n, r) => n + r.words.length, 0) < 2) return undefined;
  const raw = picked.map((r) => text.slice(r.start, r.end)).join(' ');
  let name = upperFirst(clean(raw.replace(/[^\p{L}\d\s-]/gu, ' ')).toLowerCase());
  // Place names keep their capitals: "tỉnh Hải Dương", "thành phố Hồ Chí Minh".
  name = name.replace(/\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu) (.+)$/u, (_, unit: string, place: string) => `${unit} ${place.replace(/(^|\s)(\p{Ll})/gu, (m: string, sp: string, ch: string) => sp + ch.toUpperCase())}`);
  // A unit of a local government is named with its place ("BAN CHỈ ĐẠO 138" under "UBND TỈNH X": Ban Chỉ đạo 138 tỉnh X).
  const parent = whole ? undefined : rows.slice(0, from).map((r) => text.slice(r.start, r.end)).join(' ');
  const place = parent && /\b(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s.+)$/iu.exec(clean(parent));
  if (place && !/\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\b/u.test(name)) {
    name += ' ' + place[2]!.toLowerCase().replace(/^(\S+(?: phố| xã)?) (.+)$/u, (_, unit: string, p: string) => `${unit} ${p.replace(/(^|\s)(\p{Ll})/gu, (m: string, sp: string, ch: string) => sp + ch.toUpperCase())}`);
  }
  const entry = gaz.lookup(name);
  return {
    name: entry?.canonical ?? name,
    canonical: entry?.canonical ?? null,
    span: { start: picked[0]!.start, end: picked[picked.length - 1]!.end },
    rule: whole ? 'region.issuer.block' : to > wrapFrom ? 'region.issuer.unit-wrapped' : 'region.issuer.unit-line',
  };
}

/**
 * "KT. THỦ TƯỚNG" over "PHÓ THỦ TƯỚNG" with a seal over both: the OCR may lose
 * "KT." and "PHÓ" and give the head's title twice. Print never repeats the
 * head's title in one signature block unless the second line is the deputy's,
 * so two lines of the signature region ending in the signer's title, with no
 * authority read, make the signer the deputy.
 */
function deputyUnderSeal(doc: Doc, text: string, f: DocumentFields): void {
  const s = f.signer;
  if (!s?.title || s.authority || deputy(s.title) === s.title) return;
  const region = doc.regions?.filter((r) => r.kind === 'signature' && r.end > r.start).pop();
  if (!region) return;
  const r = restoredSpan(doc, region);
  const t = fold(s.title).toLowerCase();
  const lines = text.slice(r.start, r.end).split('\n').map((l) => fold(l).toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim());
  if (lines.filter((l) => l.endsWith(t)).length >= 2) f.signer = { ...s, title: deputy(s.title) };
}

// ---- named rules on the regions' words ----------------------------------------

interface RegionContext {
  doc: Doc;
  /** The restored text. */
  text: string;
  f: DocumentFields;
  first: (kind: Region['kind']) => Region | undefined;
}

/** Tesseract's word confidence (0-100) under which handwritten digits are not taken: a clerk prefers a blank to a wrong value. */
export const SURE_HAND = 80;
/** Under this the blanks stage (src/refine/blanks.ts, DOUBTFUL) reads a number's crop again and reports what it found. */
const DOUBTFUL = 50;

/** The OCR words of a region (raw offsets). */
const wordsOf = (doc: Doc, r: Region): Word[] => doc.words.filter((w) => w.page === r.page && w.start >= r.start && w.end <= r.end);
/** The words that hold raw offsets [start, end). */
const wordsAt = (ws: Word[], start: number, end: number): Word[] => ws.filter((w) => w.end > start && w.start < end);
const minConf = (ws: Word[]) => Math.min(...ws.map((w) => w.confidence));
/** Digits read in one word with the symbol after them ("999/QĐ-TTg"): printed, not written into the form's gap. */
const glued = (ws: Word[]) => ws.some((w) => /\d\s?\/\s?\p{Lu}/u.test(w.text));

/** "Số: 999/QĐ-TTg" in the raw number region: the digits (raw offsets) before the printed symbol. */
function numberDigits(doc: Doc, r: Region): { digits: string; start: number; end: number } | undefined {
  const raw = doc.raw?.text.slice(r.start, r.end) ?? '';
  const m = /^[^\p{L}\d]{0,3}s\p{L}{0,2}\s?[:;.]?\s*(\d{1,5})\s?(?=\/\s?\p{Lu})/iu.exec(raw);
  if (!m) return undefined;
  const start = r.start + m.index + m[0].lastIndexOf(m[1]!);
  return { digits: m[1]!, start, end: start + m[1]!.length };
}

const TYPE_RULES: Rule<RegionContext, true>[] = [
  {
    id: 'region.type.decides',
    description: 'A page whose title line was lost (a seal bled over it) and whose subject starts "Về việc", read as a letter\'s "V/v": the body\'s operative heading "QUYẾT ĐỊNH:" on a line of its own, with "Điều 1." after it, makes it a Quyết định (a letter has neither)',
    apply({ text, f }) {
      if (f.rules?.type !== 'header.type.vv-letter') return undefined;
      const m = /(?:^|\n)[^\S\n]*QUYẾT[^\S\n]+ĐỊNH[^\S\n]*:[^\S\n]*\n/u.exec(text);
      if (!m || !/(?:^|\n)[^\S\n]*Điều[^\S\n]+1\s*[.:]/u.test(text.slice(m.index))) return undefined;
      f.type = 'Quyết định';
      return true;
    },
  },
];

const NUMBER_RULES: Rule<RegionContext, true>[] = [
  {
    id: 'region.number.printed',
    description: 'The number read from the printed text of the number region ("Số: 999/QĐ-TTg" with marks after it that defeat the text rule), when its digits are read surely (word confidence 80 or more)',
    apply({ doc, text, f, first }) {
      const num = first('number');
      if (!num || (f.number && !f.number.startsWith('/'))) return undefined;
      const d = numberDigits(doc, num);
      const ws = d && wordsAt(wordsOf(doc, num), d.start, d.end);
      // Digits in one word with the printed symbol ("999/QĐ-TTg") are print (its confidence is the symbol's too);
      // digits of their own must be read surely.
      if (!d || !ws?.length || (!glued(ws) && minConf(ws) < SURE_HAND)) return undefined;
      const s = restoredSpan(doc, num);
      const sym = RE_PRINTED_SYMBOL.exec(text.slice(s.start, s.end));
      if (!sym) return undefined;
      f.number = `${d.digits}${sym[0].replace(/\s+/g, '')}`;
      const at = text.slice(s.start, s.end).indexOf(d.digits);
      f.spans.number = { start: at >= 0 ? s.start + at : s.start + sym.index, end: s.start + sym.index + sym[0].length };
      return true;
    },
  },
  {
    id: 'region.number.unsure-hand',
    description: 'A number whose digits (handwritten into the form) the OCR read with word confidence from 50 to under 80 (under 50 the blanks stage reads them again): the digits are left out (the printed symbol kept) with a message "number-unsure", not a wrong value',
    apply({ doc, text, f, first }) {
      const num = first('number');
      const rule = f.rules?.number ?? '';
      if (!num || !f.number || !/^header\.number\./.test(rule) || /handwritten|image/.test(rule)) return undefined;
      const digits = /^(\d{1,5})\s?\//.exec(f.number)?.[1];
      const d = numberDigits(doc, num);
      if (!digits || !d || d.digits !== digits) return undefined;
      const ws = wordsAt(wordsOf(doc, num), d.start, d.end);
      // (digits in one word with the printed symbol are print: the word's confidence is the symbol's too; under
      // DOUBTFUL the blanks stage reads the crop again and says what it found)
      if (!ws.length || glued(ws) || minConf(ws) >= SURE_HAND || minConf(ws) < DOUBTFUL) return undefined;
      report(doc, 'extract', 'warning', 'number-unsure', `the number's digits "${digits}" (written in by hand?) were read with low confidence (${Math.round(minConf(ws))}): left out, enter them from the paper`, { span: { start: d.start, end: d.end } });
      f.number = f.number.slice(f.number.indexOf('/'));
      const sp = f.spans.number;
      if (sp && !Array.isArray(sp)) {
        const slash = text.indexOf('/', sp.start);
        if (slash >= 0 && slash < sp.end) f.spans.number = { start: slash, end: sp.end };
      }
      return true;
    },
  },
];

/** The digits of the day and the month in the raw place-date region, with the words that hold them. */
function dateParts(doc: Doc, r: Region): { day?: { n: number; ws: Word[] }; month?: { n: number; ws: Word[] } } {
  // (folded: the same offsets, the marks gone)
  const raw = fold(doc.raw?.text.slice(r.start, r.end) ?? '');
  const ws = wordsOf(doc, r);
  const out: ReturnType<typeof dateParts> = {};
  const day = /ngay\s*(\d{1,2})\b/.exec(raw);
  const month = /thang\s*(\d{1,2})\b/.exec(raw);
  for (const [name, m] of [['day', day], ['month', month]] as const) {
    if (!m) continue;
    const start = r.start + m.index + m[0].length - m[1]!.length;
    const hold = wordsAt(ws, start, start + m[1]!.length);
    if (hold.length) out[name] = { n: Number(m[1]), ws: hold };
  }
  return out;
}

const DATE_RULES: Rule<RegionContext, true>[] = [
  {
    id: 'region.date.unsure-hand',
    description: 'A date whose day (handwritten into the form) the OCR read with word confidence under 80: the date is left blank with a message "date-unsure", not a wrong value',
    apply({ doc, f, first }) {
      const pd = first('place-date');
      const rule = f.rules?.date ?? '';
      if (!pd || !f.date || !/^header\.date\./.test(rule) || /handwritten|image/.test(rule)) return undefined;
      const { day } = dateParts(doc, pd);
      const d = Number(f.date.split('-')[2]);
      // The day only: a handwritten month is one of twelve (a wrong one rarely reads as a month at all), while a
      // day misread ("23" for "03") still reads as a day.
      if (!day || day.n !== d || minConf(day.ws) >= SURE_HAND || glued(day.ws)) return undefined;
      const conf = minConf(day.ws);
      report(doc, 'extract', 'warning', 'date-unsure', `the date ${f.date} has a day (written in by hand?) read with low confidence (${Math.round(conf)}): left blank, enter it from the paper`);
      f.date = null;
      delete f.spans.date;
      return true;
    },
  },
];

/** A name line as print gives it: two to five capitalised words, the first a known surname; debris around it dropped. */
export function nameLine(line: string): string | undefined {
  const toks = line.split(/\s+/).filter(Boolean);
  const letters = (t: string) => (t.match(/\p{L}/gu) ?? []).length;
  while (toks.length && letters(toks[0]!) < 2) toks.shift();
  while (toks.length && letters(toks[toks.length - 1]!) < 2) toks.pop();
  if (!toks.length) return undefined;
  toks[0] = toks[0]!.replace(/^[^\p{L}]+/u, '');
  toks[toks.length - 1] = toks[toks.length - 1]!.replace(/[^\p{L}]+$/u, '');
  const t = toks.join(' ');
  if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,4}$/u.test(t)) return undefined;
  if (!lexicon().surnames.has(key(toks[0]!))) return undefined;
  return t;
}

const SIGNER_RULES: Rule<RegionContext, true>[] = [
  {
    id: 'region.signer.name-elsewhere',
    description: 'The signer\'s name found in the signature region or under it on its page, among the seal\'s and the signature\'s specks ("Lê Văn Hùng ~ - -."), when the block read gave a title but no name',
    apply({ doc, text, f }) {
      const s = f.signer;
      if (!s || s.name || !(s.title || s.authority)) return undefined;
      const region = doc.regions?.filter((r) => r.kind === 'signature' && r.end > r.start).pop();
      if (!region) return undefined;
      const page = doc.pages.find((p) => p.number === region.page);
      const r = restoredSpan(doc, region);
      const end = page ? restoredSpan(doc, { ...region, start: page.end, end: page.end }).end : r.end;
      let at = r.start;
      for (const line of text.slice(r.start, Math.max(r.end, end)).split('\n')) {
        const name = nameLine(line);
        if (name && !/^(Nơi|Như|Lưu|Các|Sở|Bộ|Ban|Văn|Cổng|Chủ|Công|Ủy|Thanh|Tỉnh|Việt|Trung)(?!\p{L})/u.test(name)) {
          f.signer = { ...s, name };
          const off = line.indexOf(name);
          f.spans.signer = { start: at + Math.max(0, off), end: at + Math.max(0, off) + name.length };
          return true;
        }
        at += line.length + 1;
      }
      return undefined;
    },
  },
  {
    id: 'region.signer.name-in-text',
    description: 'The signer\'s name as the document writes it elsewhere (the copies list): given names read alone under the seal completed with the surname, and a deputy\'s mark written before the name there (dictionaries/extract/deputy-marks.tsv) making a signer read with the head\'s title and no authority (the "KT." and "PHÓ" lost under the seal) the deputy',
    apply({ text, f }) {
      const s = f.signer;
      if (!s?.name || s.name.split(' ').length < 2) return undefined;
      const partial = !lexicon().surnames.has(key(s.name.split(' ')[0]!));
      // Matched without marks ("Dức Hùng" under the seal, "Lê Đức Hùng" in the copies): the copies' spelling is taken.
      const ft = fold(text);
      const esc = fold(s.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`(?<![\\p{L}\\d])${partial ? '(\\p{L}+) ' : '()'}${esc}(?![\\p{L}\\d])`, 'gu');
      const end = f.spans.signer && !Array.isArray(f.spans.signer) ? f.spans.signer.start : text.length;
      for (const m of ft.matchAll(re)) {
        if (Math.abs(m.index! + m[1]!.length + (partial ? 1 : 0) - end) <= 1) continue;
        const sur = text.slice(m.index!, m.index! + m[1]!.length);
        if (partial && (!/^\p{Lu}/u.test(sur) || !lexicon().surnames.has(key(sur)))) continue;
        const before = text.slice(Math.max(0, m.index! - 20), m.index!);
        const name: string = partial ? text.slice(m.index!, m.index! + m[0].length) : s.name;
        const marks = lexicon().deputyMarks.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
        const deputyBefore = new RegExp(`(?<!\\p{L})(?:${marks})(?: [\\p{L} ]{2,15}?)?[\\s.:]*$`, 'u');
        const title: string | null = s.title && !s.authority && deputyBefore.test(before) ? deputy(s.title) : s.title;
        if (name === s.name && title === s.title) continue;
        f.signer = { ...s, name, title };
        return true;
      }
      return undefined;
    },
  },
  {
    id: 'region.signer.unit-from-copies',
    description: 'The code of the signer\'s unit after "phòng", "khoa", "ban" in the title ("Trưởng phòng CTS") completed from the code the filing line of the copies writes ("Lưu: VT, CTSV"): the drafting unit files the letter, and the OCR lost a letter of the code under the seal; taken only when one code there starts with the title\'s and is at most one letter longer',
    apply({ text, f }) {
      const s = f.signer;
      const m = s?.title ? /^(.*\s(?:phòng|khoa|ban|viện|trung tâm)\s+)(\p{L}{2,5})$/iu.exec(s.title) : null;
      if (!s || !m) return undefined;
      const code = fold(m[2]!).toUpperCase();
      const filing = [...text.matchAll(/(?<!\p{L})Lưu\s*:\s*([^\n]*)/gu)].pop();
      if (!filing) return undefined;
      const codes = filing[1]!.split(/[,;]/).map((c) => c.trim().split(/\s+/)[0]!.replace(/[^\p{Lu}\d]+$/u, '')).filter((c) => /^\p{Lu}{2,6}$/u.test(c));
      const hits = [...new Set(codes.filter((c) => fold(c).toUpperCase().startsWith(code) && c.length - code.length <= 1))];
      if (hits.length !== 1 || hits[0] === m[2]) return undefined;
      f.signer = { ...s, title: m[1]! + hits[0]! };
      return true;
    },
  },
];

/**
 * A run of words that folds to a formula of dictionaries/extract/formulas.tsv written as the formula
 * ("trên địa bản" -> "trên địa bàn"); a capital at the start and the punctuation after the run are kept.
 */
export function formulaMarks(s: string): string {
  const words = s.split(' ');
  const strip = (w: string) => w.replace(/[,.;:)]+$/u, '');
  let changed = false;
  for (const fm of lexicon().formulas) {
    const n = fm.text.split(' ').length;
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      const tail = run[n - 1]!.slice(strip(run[n - 1]!).length);
      const body = [...run.slice(0, n - 1), strip(run[n - 1]!)].join(' ');
      if (body === fm.text || key(body).toLowerCase() !== fm.key.toLowerCase()) continue;
      let out = fm.text;
      if (/^\p{Lu}/u.test(body) && /^\p{Ll}/u.test(out)) out = out[0]!.toUpperCase() + out.slice(1);
      if (out === body) continue;
      words.splice(i, n, ...`${out}${tail}`.split(' '));
      changed = true;
    }
  }
  return changed ? words.join(' ') : s;
}

const MARK_RULES: Rule<RegionContext, true>[] = [
  {
    id: 'region.formula-marks',
    description: 'In the subject and the recipients read from a scan, a formula of administrative writing whose marks the OCR misread ("trên địa bản", "HĐND tính", "các tỉnh, thành phó") written as the formula (dictionaries/extract/formulas.tsv)',
    apply({ f }) {
      let hit = false;
      if (f.subject) {
        const s = formulaMarks(f.subject);
        if (s !== f.subject) (f.subject = s), (hit = true);
      }
      const rs = f.recipients.map((r) => formulaMarks(r));
      if (rs.some((r, i) => r !== f.recipients[i])) (f.recipients = rs), (hit = true);
      return hit || undefined;
    },
  },
];
