// Build the raw layer from pages of lines: lines joined by "\n", a blank line
// between paragraphs, pages joined by "\n\f\n". Each word keeps its offsets.
import type { BBox, Doc, Page, Region, RegionKind, TextSource, Word } from '../doc.js';
import { key } from '../fold.js';
import { pageLayout } from './layout.js';
import { Layer } from '../layer.js';
import type { OcrLine } from './pool.js';

export const PAGE_BREAK = '\n\f\n';

export interface PageInput {
  width: number;
  height: number;
  source: TextSource;
  lines: OcrLine[];
  /** Degrees (clockwise) the page image was turned before it was read. */
  turned?: number;
  /** Lines kept out of the text before it was assembled (a text layer's page number, running head): regions. */
  asides?: { kind: RegionKind; bbox: BBox; text: string }[];
}

export class RawBuilder {
  private text = '';
  readonly words: Word[] = [];
  readonly pages: Page[] = [];
  readonly regions: Region[] = [];
  /** First lines of later pages: a line seen on two is a running head. */
  private readonly heads = new Map<string, number>();

  /** `last`: the last page read (where the signature and "Nơi nhận" are). */
  addPage(p: PageInput, last = false): Page {
    if (this.pages.length) this.text += PAGE_BREAK;
    const number = this.pages.length + 1;
    const start = this.text.length;
    const confs: number[] = [];
    let lastPara: number | undefined;
    let lines = p.lines;
    let layout: ReturnType<typeof pageLayout> | undefined;
    if (p.source === 'ocr' && lines.length) {
      const first = lines[0]!.words.map((w) => w.text).join(' ');
      const repeated = new Set([...this.heads].filter(([, n]) => n >= 1).map(([k]) => k));
      if (number > 1) this.heads.set(key(first), (this.heads.get(key(first)) ?? 0) + 1);
      layout = pageLayout(lines, { number, width: p.width, height: p.height, last }, repeated);
      lines = layout.lines;
    }
    const lineSpans: [number, number][] = [];
    for (const line of lines) {
      if (lastPara !== undefined) this.text += line.paragraph !== lastPara ? '\n\n' : '\n';
      lastPara = line.paragraph;
      const from = this.text.length;
      line.words.forEach((w, i) => {
        if (i) this.text += ' ';
        const s = this.text.length;
        this.text += w.text;
        this.words.push({ text: w.text, start: s, end: this.text.length, page: number, bbox: w.bbox, confidence: w.confidence });
        confs.push(w.confidence);
      });
      lineSpans.push([from, this.text.length]);
    }
    if (layout) {
      for (const r of layout.regions) {
        const ls = r.lines.map((i) => lines[i]!);
        const bbox = { x0: Math.min(...ls.map((l) => l.bbox.x0)), y0: Math.min(...ls.map((l) => l.bbox.y0)), x1: Math.max(...ls.map((l) => l.bbox.x1)), y1: Math.max(...ls.map((l) => l.bbox.y1)) };
        this.regions.push({ kind: r.kind, page: number, bbox, start: Math.min(...r.lines.map((i) => lineSpans[i]![0])), end: Math.max(...r.lines.map((i) => lineSpans[i]![1])) });
      }
      for (const s of layout.asides) this.regions.push({ kind: s.kind, page: number, bbox: s.bbox, start, end: start, text: s.text });
    }
    for (const s of p.asides ?? []) this.regions.push({ kind: s.kind, page: number, bbox: s.bbox, start, end: start, text: s.text });
    const page: Page = { number, width: p.width, height: p.height, source: p.source, start, end: this.text.length };
    if (p.turned) page.turned = p.turned;
    if (p.source === 'ocr') page.confidence = confs.length ? Math.round((confs.reduce((a, b) => a + b, 0) / confs.length) * 10) / 10 : 0;
    this.pages.push(page);
    return page;
  }

  /** Characters of text on page `n` (1-based). */
  pageChars(n: number): number {
    const p = this.pages[n - 1];
    return p ? p.end - p.start : 0;
  }

  finish(doc: Doc): void {
    doc.raw = Layer.base(this.text);
    doc.words = this.words;
    doc.pages = this.pages;
    if (this.regions.length) doc.regions = this.regions;
  }
}
