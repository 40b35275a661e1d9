// PDF stage: per page, use the text layer when it covers the page and reads
// as Vietnamese; else render the page (~300 dpi) and OCR it. Pages are handled
// one at a time and released, so memory stays flat on long PDFs.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Doc } from '../doc.js';
import { fail, report, StageError, type Stage } from '../pipeline.js';
import { RawBuilder, type PageInput } from '../ocr/assemble.js';
import { ordered } from '../ocr/window.js';
import { readingOrder } from '../ocr/order.js';
import { ocrPage } from '../ocr/page.js';
import type { OcrLine, OcrPool } from '../ocr/pool.js';
import { prepare, type Prepared } from '../ocr/preprocess.js';
import type { OcrTuning } from '../ocr/tuning.js';
import { imageCoverage, openPdf } from './open.js';
import { renderRgba } from './render.js';
import { vietnameseScore } from '../normalize/language.js';
import { FULL_PAGE_CHARS, textLines, trustTextLayer, type TextItemLike } from './textlayer.js';
import { stampedText } from './stamps.js';
import { dropFurniture } from './furniture.js';

const NAME = 'pdf';
export const RENDER_DPI = 300;
/** Cap on rendered pixels per page (a poster-sized page is scaled down). */
const MAX_RENDER_PIXELS = 40_000_000;

async function renderForOcr(pdf: PDFDocumentProxy, page: PDFPageProxy, imageDpi: number | undefined, tuning: OcrTuning) {
  const base = page.getViewport({ scale: 1 });
  // A scanned page gains nothing above its own resolution: render at that (150-300 dpi).
  const dpi = imageDpi ? Math.min(RENDER_DPI, Math.max(150, imageDpi)) : RENDER_DPI;
  let scale = dpi / 72;
  const px = base.width * base.height * scale * scale;
  if (px > MAX_RENDER_PIXELS) scale *= Math.sqrt(MAX_RENDER_PIXELS / px);
  const r = await renderRgba(pdf, page, scale);
  const prepared = await prepare({ data: r.rgba, width: r.width, height: r.height, channels: 4 }, { dpi: 72 * scale, tuning });
  return { prepared, dpi: prepared.dpi ?? 72 * scale };
}

export interface PdfStageOptions {
  /** Read only the first N pages (previews, tests); the rest are reported as skipped. */
  maxPages?: number;
}

export function pdfStage(pool: OcrPool, opts: PdfStageOptions = {}): Stage {
  return {
    name: NAME,
    requires: ['bytes', 'mediaType'],
    assigns: ['raw', 'words', 'pages', 'regions'],
    async run(doc: Doc) {
      const opened = await openPdf(doc.bytes!);
      if (!('doc' in opened)) return fail(doc, NAME, opened.code, opened.text);
      const pdf = opened.doc;
      const total = pdf.numPages;
      const pages = opts.maxPages ? Math.min(total, opts.maxPages) : total;
      if (pages < total) report(doc, NAME, 'info', 'pages-skipped', `read the first ${pages} of ${total} pages only`);
      const raw = new RawBuilder();
      let timeouts = 0;
      let broken = 0;
      const empty: PageInput = { width: 0, height: 0, source: 'ocr', lines: [] };
      const readPage = async (i: number): Promise<PageInput> => {
        const n = i + 1;
        let page: PDFPageProxy | undefined;
        let prepared: Prepared;
        let dpi: number;
        try {
          page = await pdf.getPage(n);
          const vp = page.getViewport({ scale: 1 });
          const tc = await page.getTextContent();
          const items: TextItemLike[] = tc.items.filter((it): it is TextItemLike & typeof it => 'str' in it);
          const stamped = await stampedText(page);
          if (stamped.length) {
            items.push(...stamped);
            report(doc, NAME, 'info', 'pdf-stamped-digits', `page ${n}: ${stamped.map((x) => x.str).join(', ')} read from the signature fields stamped over the page (not in its text layer)`, { page: n });
          }
          const lines = textLines(items, vp.transform);
          const text = lines.map((l) => l.words.map((w) => w.text).join(' ')).join('\n');
          const chars = text.replace(/\s/gu, '').length;
          const cover = chars < FULL_PAGE_CHARS ? await imageCoverage(page) : { share: 0 };
          const bigImage = cover.share > 0.3;
          const trust = trustTextLayer({ chars, score: vietnameseScore(text), bigImage });
          if (trust.trusted) return { width: vp.width, height: vp.height, source: 'pdf-text', lines: readingOrder(lines) };
          if (chars >= 20) report(doc, NAME, 'info', 'pdf-text-ignored', `page ${n}: ${trust.why}; reading the page image instead`, { page: n });
          ({ prepared, dpi } = await renderForOcr(pdf, page, bigImage ? cover.dpi : undefined, pool.tuning));
        } catch (e) {
          broken++;
          report(doc, NAME, 'error', 'pdf-page-unreadable', `page ${n} cannot be read: ${e instanceof Error ? e.message : String(e)}`, { page: n });
          return empty;
        } finally {
          // The page's fonts, images and operator lists are not needed any more.
          page?.cleanup();
        }
        let ocrLines: OcrLine[] = [];
        let size: { width: number; height: number; turned?: number } = prepared;
        try {
          const r = await ocrPage(pool, prepared, doc, NAME, n, dpi);
          ocrLines = r.lines;
          size = r;
        } catch (e) {
          if (!(e instanceof StageError && e.code === 'ocr-timeout')) throw e;
          timeouts++;
          report(doc, NAME, 'error', 'ocr-timeout', `page ${n}: ${e.message}`, { page: n });
        }
        return { width: size.width, height: size.height, source: 'ocr', lines: ocrLines, turned: size.turned };
      };
      try {
        let done = 0;
        // One page more than there are OCR workers: the next page is drawn (pdfjs, on this thread) while this one
        // is in OCR (the worker's thread).
        // A page waits for the next one to be read: a running footer is known only when the next page prints it too.
        let held: PageInput | undefined;
        const runs = new Set<string>();
        for await (const p of ordered(pages, pool.size + 1, readPage)) {
          dropFurniture(held, p, done + 1, runs);
          if (held) raw.addPage(held, false);
          held = p;
          // Counted apart: an optional call skips its arguments, so `onPage?.(++done)` counts nothing without a listener
          // and every page but a lone one was taken for not the last (its Nơi nhận and signature never read).
          done++;
          doc.onPage?.(done, pages);
        }
        if (held) raw.addPage(held, true);
      } finally {
        await pdf.destroy().catch(() => undefined);
      }
      raw.finish(doc);
      if (!doc.words.length) {
        if (broken === pages) return fail(doc, NAME, 'pdf-corrupt', `is not a readable PDF: none of its ${pages} page(s) can be read`);
        if (timeouts) return fail(doc, NAME, 'ocr-timeout', `OCR timed out on ${timeouts} of ${pages} page(s) and read no text`);
        return fail(doc, NAME, 'no-text', pages > 1 ? `none of the ${pages} pages yields any text` : 'the page yields no text');
      }
    },
  };
}
