// Header fields read from the layout regions of an OCR'd first page (see
// src/ocr/layout.ts), where the text-wide reading of header.ts went wrong or
// found nothing: the issuer from its own block, the place from the place-date
// line, the printed symbol from the number line, the kind from the symbol's
// type code. A field is only replaced by a reading its region supports better.
import type { Doc, Region } from '../doc.js';
import type { Span } from '../layer.js';
import type { DocumentFields } from '../schema.js';
import type { Gazetteer } from './gazetteer.js';
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
