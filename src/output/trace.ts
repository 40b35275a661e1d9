// Trace a span of the restored text back to the page region it was read from:
// (filled ->) restored -> normalized -> raw through the layers' offset maps, then to the
// OCR or text-layer words that overlap it.
import type { BBox, Doc } from '../doc.js';
import type { Span } from '../layer.js';

export interface Trace {
  raw: Span;
  page?: number;
  bbox?: BBox;
}

export function toRaw(doc: Doc, span: Span): Span {
  let s = span;
  if (doc.filled && doc.restored) s = doc.filled.spanToPrev(s);
  if (doc.restored && doc.normalized) s = doc.restored.spanToPrev(s);
  if (doc.normalized && doc.raw) s = doc.normalized.spanToPrev(s);
  return s;
}

/** Words are sorted by start; find those overlapping the raw span. */
export function trace(doc: Doc, span: Span): Trace {
  const raw = toRaw(doc, span);
  const words = doc.words;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= raw.start) lo = mid + 1;
    else hi = mid;
  }
  let page: number | undefined;
  let box: BBox | undefined;
  for (let i = lo; i < words.length && words[i]!.start < raw.end; i++) {
    const w = words[i]!;
    // A span crossing a page break is placed on its first page.
    if (page === undefined) page = w.page;
    if (w.page !== page) break;
    box = box
      ? { x0: Math.min(box.x0, w.bbox.x0), y0: Math.min(box.y0, w.bbox.y0), x1: Math.max(box.x1, w.bbox.x1), y1: Math.max(box.y1, w.bbox.y1) }
      : { ...w.bbox };
  }
  if (page === undefined) page = doc.pages.find((p) => raw.start >= p.start && raw.start <= p.end)?.number;
  return { raw, page, bbox: box };
}
