// Build the raw layer from pages of lines: lines joined by "\n", a blank line
// between paragraphs, pages joined by "\n\f\n". Each word keeps its offsets.
import type { Doc, Page, TextSource, Word } from '../doc.js';
import { Layer } from '../layer.js';
import type { OcrLine } from './pool.js';

export const PAGE_BREAK = '\n\f\n';

export interface PageInput {
  width: number;
  height: number;
  source: TextSource;
  lines: OcrLine[];
}

export class RawBuilder {
  private text = '';
  readonly words: Word[] = [];
  readonly pages: Page[] = [];

  addPage(p: PageInput): Page {
    if (this.pages.length) this.text += PAGE_BREAK;
    const number = this.pages.length + 1;
    const start = this.text.length;
    const confs: number[] = [];
    let lastPara: number | undefined;
    for (const line of p.lines) {
      if (lastPara !== undefined) this.text += line.paragraph !== lastPara ? '\n\n' : '\n';
      lastPara = line.paragraph;
      line.words.forEach((w, i) => {
        if (i) this.text += ' ';
        const s = this.text.length;
        this.text += w.text;
        this.words.push({ text: w.text, start: s, end: this.text.length, page: number, bbox: w.bbox, confidence: w.confidence });
        confs.push(w.confidence);
      });
    }
    const page: Page = { number, width: p.width, height: p.height, source: p.source, start, end: this.text.length };
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
  }
}
