// Header fields read from the layout regions of an OCR'd first page (see
// src/ocr/layout.ts), where the text-wide reading of header.ts went wrong or
// found nothing: the issuer from its own block, the place from the place-date
// line, the printed symbol from the number line, the kind from the symbol's
// type code. A field is only replaced by a reading its region supports better.
import type { Doc, Region } from '../doc.js';
import type { Span } from '../layer.js';
import type { DocumentFields } from '../schema.js';
import type { Gazetteer } from './gazetteer.js';
import { deputy } from './header.js';
import { lexicon } from './lexicon.js';
import { clean, fold, tokens, upperFirst } from './text.js';

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
    if (end > ss.start && end < ss.end) {
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
    rule: whole ? 'region.issuer.block' : 'region.issuer.unit-line',
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
