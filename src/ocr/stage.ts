// OCR stage for images: PNG, JPEG, TIFF (every page of a multi-page TIFF).
import sharp, { type Metadata } from 'sharp';
import type { Doc } from '../doc.js';
import { fail, report, StageError, type Stage } from '../pipeline.js';
import { RawBuilder, type PageInput } from './assemble.js';
import { ordered } from './window.js';
import { ocrPage } from './page.js';
import type { OcrPool } from './pool.js';
import { dpiOf, MAX_PIXELS, prepare } from './preprocess.js';

const NAME = 'ocr';

/** sharp's message, made readable: "Input buffer has corrupt header:" -> "corrupt header". */
function reason(e: unknown): string {
  const m = (e instanceof Error ? e.message : String(e)).split('\n').map((l) => l.trim()).filter(Boolean).join('; ');
  return m.replace(/^Input (buffer|file) (has |is )?/, '').replace(/[:;]\s*$/, '') || 'unknown error';
}

export function ocrStage(pool: OcrPool): Stage {
  return {
    name: NAME,
    requires: ['bytes', 'mediaType'],
    assigns: ['raw', 'words', 'pages', 'regions'],
    async run(doc: Doc) {
      const bytes = doc.bytes!;
      let meta: Metadata;
      try {
        meta = await sharp(bytes, { limitInputPixels: false }).metadata();
      } catch (e) {
        return fail(doc, NAME, 'image-unreadable', `is not a readable image (${doc.mediaType}): ${reason(e)}`);
      }
      const w = meta.width ?? 0;
      const h = meta.pageHeight ?? meta.height ?? 0;
      if (w * h > MAX_PIXELS) {
        return fail(doc, NAME, 'image-too-large',
          `image is ${w}×${h} = ${Math.round((w * h) / 1e6)} megapixels; the limit is ${MAX_PIXELS / 1e6} megapixels`);
      }
      const pages = meta.pages ?? 1;
      // Scanner density when plausible (phone photos often say 72); else guess
      // from the width, taking the page for A4 (8.27 in) filling the image.
      const dpi = dpiOf(meta.density, w);
      const raw = new RawBuilder();
      let timeouts = 0;
      let fatalError: StageError | undefined;
      let firstReason: string | undefined;
      const readPage = async (i: number): Promise<PageInput> => {
        const n = i + 1;
        let size = { width: w, height: h };
        try {
          const prep = await prepare(bytes, { page: i, tuning: pool.tuning });
          size = prep;
          const r = await ocrPage(pool, prep, doc, NAME, n, prep.dpi ?? dpi);
          return { width: r.width, height: r.height, source: 'ocr', lines: r.lines, turned: r.turned };
        } catch (e) {
          if (e instanceof StageError && e.code === 'ocr-timeout') {
            timeouts++;
            report(doc, NAME, 'error', 'ocr-timeout', `page ${n}: ${e.message}`, { page: n });
          } else if (e instanceof StageError) {
            fatalError ??= e;
          } else {
            firstReason ??= reason(e);
            report(doc, NAME, 'error', 'image-unreadable', `page ${n} cannot be decoded: ${firstReason}`, { page: n });
          }
          return { width: size.width, height: size.height, source: 'ocr', lines: [] };
        }
      };
      let done = 0;
      // One page more than there are OCR workers: the next page is decoded and prepared while this one is in OCR.
      for await (const page of ordered(pages, pool.size + 1, readPage)) {
        raw.addPage(page, done + 1 === pages);
        // Counted apart: an optional call skips its arguments, so `onPage?.(++done)` counts nothing without a listener
        // and every page but a lone one was taken for not the last (its Nơi nhận and signature never read).
        done++;
        doc.onPage?.(done, pages);
      }
      if (fatalError) return fail(doc, NAME, fatalError.code, fatalError.message);
      raw.finish(doc);
      if (!doc.words.length) {
        if (timeouts) return fail(doc, NAME, 'ocr-timeout', `OCR timed out on ${timeouts} of ${pages} page(s) and read no text`);
        if (doc.messages.some((m) => m.stage === NAME && m.code === 'image-unreadable')) {
          return fail(doc, NAME, 'image-unreadable', `is not a readable image (${doc.mediaType}, truncated or damaged): ${firstReason}`);
        }
        return fail(doc, NAME, 'no-text', pages > 1 ? `none of the ${pages} pages yields any text` : 'the image yields no text');
      }
    },
  };
}
