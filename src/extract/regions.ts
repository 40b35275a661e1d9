// Header fields read from the layout regions of an OCR'd first page (see
// src/ocr/layout.ts), where the text-wide reading of header.ts went wrong or
// found nothing: the issuer from its own block, the place from the place-date
// line. A field is only replaced by a reading its region supports better.
import type { Doc, Region } from '../doc.js';
import type { Span } from '../layer.js';
import type { DocumentFields } from '../schema.js';
import type { Gazetteer } from './gazetteer.js';
import { fold, tokens } from './text.js';

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
