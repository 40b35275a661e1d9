// OCR one prepared page, with the retry for a failed threshold.
import type { Doc } from '../doc.js';
import { report } from '../pipeline.js';
import { readingOrder } from './order.js';
import type { OcrPool, OcrResult } from './pool.js';
import sharp from 'sharp';
import { binarize, despeckle, hasInk, isBlank, type Prepared } from './preprocess.js';
import { secondPass } from './second.js';
import { fixMarkerLine } from './markers.js';
import { fixDateLine } from './dates.js';
import { joinMarkPieces } from './pieces.js';
import { fixLine as fixQuoteLine } from './quotes.js';
import { signatureReread } from './signature.js';
import { sparseReread } from './table.js';
import { findTurn, turn, TURN_BELOW } from './turn.js';

/** Pages read with a lower mean word confidence are tried again binarised (tuning binarize 'auto'). */
const BINARIZE_BELOW = 85;
const meanConf = (r: OcrResult) => {
  const ws = r.lines.flatMap((l) => l.words);
  return ws.reduce((a, w) => a + w.confidence, 0) / (ws.length || 1);
};
const chars = (r: OcrResult) => r.lines.reduce((n, l) => n + l.words.reduce((m, w) => m + w.text.length, 0), 0);

/** OCR a page; lines come back in reading order, in the coordinates of the page as read (turned when it had to be: width, height and `turned` say so). Reports per-page problems on the doc. */
export async function ocrPage(pool: OcrPool, page: Prepared, doc: Doc, stage: string, pageNo: number, dpi?: number): Promise<OcrResult> {
  if (page.denoised) {
    report(doc, stage, 'info', 'ocr-denoised', `page ${pageNo}: speckled scan (noise ${page.noise}); median-filtered before OCR`, { page: pageNo });
  }
  if (page.sheet) {
    const at = page.sheet.corners.map((p) => `${Math.round(p.x * 100)}%,${Math.round(p.y * 100)}%`).join(' ');
    const done = page.sheet.upright ? 'cut out of the photo' : 'warped to an upright page';
    report(doc, stage, 'info', 'ocr-sheet', `page ${pageNo}: a photo of a sheet (corners at ${at} of the image), ${done}`, { page: pageNo });
  }
  if (page.skew && Math.abs(page.skew) >= 2) {
    report(doc, stage, 'info', 'ocr-deskewed', `page ${pageNo}: straightened a skew of ${page.skew} degrees`, { page: pageNo });
  }
  if (await isBlank(page.png)) {
    report(doc, stage, 'warning', 'no-text', `page ${pageNo} is blank`, { page: pageNo });
    return { text: '', lines: [], confidence: 0, width: page.width, height: page.height };
  }
  let r = await pool.recognize(page.png, { dpi });
  // A page on its side reads as nothing, upside down as noise: find the turn that reads.
  let turned = 0;
  const inked = chars(r) < 20 && (await hasInk(page.png));
  if (inked || (r.lines.length && meanConf(r) < TURN_BELOW)) {
    turned = await findTurn(pool, page.png, r, dpi);
    if (turned) {
      const png = await turn(page.png, turned);
      page = turned === 180 ? { ...page, png } : { ...page, png, width: page.height, height: page.width };
      r = await pool.recognize(page.png, { dpi });
      report(doc, stage, 'info', 'ocr-turned', `page ${pageNo}: turned ${turned} degrees clockwise to read it (scanned or photographed ${turned === 180 ? 'upside down' : 'on its side'})`, { page: pageNo });
    }
  }
  // Next to nothing read from a page with ink: binarisation failed (noise,
  // dark paper). A median filter usually rescues it.
  if (chars(r) < 20 && (await hasInk(page.png))) {
    const again = await pool.recognize(await despeckle(page.png), { dpi });
    if (chars(again) > chars(r)) {
      report(doc, stage, 'warning', 'ocr-retry', `page ${pageNo}: almost no text on the first pass; read again after a median filter`, { page: pageNo });
      r = again;
    }
  }
  // Adaptive binarisation, kept only where tesseract is surer of what it reads then.
  if (pool.tuning.binarize === 'auto' && r.lines.length && meanConf(r) < BINARIZE_BELOW) {
    const grey = await sharp(page.png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    const bin = await sharp(await binarize(grey), { raw: { width: grey.info.width, height: grey.info.height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
    const again = await pool.recognize(bin, { dpi });
    if (meanConf(again) > meanConf(r) + 1) {
      report(doc, stage, 'info', 'ocr-binarized', `page ${pageNo}: read after adaptive binarisation (confidence ${Math.round(meanConf(r))} -> ${Math.round(meanConf(again))})`, { page: pageNo });
      r = again;
    }
  }
  if (pool.tuning.secondPass && r.lines.length) {
    const again = await secondPass(pool, page, r.lines, dpi);
    if (again.replaced) {
      report(doc, stage, 'info', 'ocr-second-pass', `page ${pageNo}: read ${again.replaced} of ${again.tried} weak line(s) again at twice the scale`, { page: pageNo });
      r = { ...r, lines: again.lines };
    }
  }
  // The signer's column under a seal, lost on the page: read again from a crop of it.
  if (r.lines.length) {
    const sig = await signatureReread(pool, page, r.lines, dpi);
    if (sig.read) {
      report(doc, stage, 'info', 'ocr-signature-reread', `page ${pageNo}: the signature column beside "Nơi nhận" read nothing clear; read again on its own`, { page: pageNo });
      r = { ...r, lines: sig.lines };
    }
  }
  // table.ocr-sparse-reread: a table's band read again as sparse text, its cells' word gaps found again.
  if (r.lines.length) {
    const t = await sparseReread(pool, page, r.lines, dpi);
    if (t.band) {
      report(doc, stage, 'info', 'ocr-table-sparse', `page ${pageNo}: the table between y ${t.band[0]} and ${t.band[1]} read again as sparse text (its cells' word gaps)`, { page: pageNo });
      r = { ...r, lines: t.lines };
    }
  }
  // Quote marks misread (a closing quote as "?", a speck as a backtick), item markers ("]." for "1.") and the figures
  // of written dates ("năm 202]"): put back.
  const dateFixes = new Map<string, number>();
  let pieces = 0;
  const lines = readingOrder(
    r.lines.map((l) => {
      const joined = joinMarkPieces(l.words, () => pieces++);
      const words = fixDateLine(fixMarkerLine(fixQuoteLine(joined)), (id) => dateFixes.set(id, (dateFixes.get(id) ?? 0) + 1));
      return words === l.words ? l : { ...l, words };
    }),
  );
  if (pieces) report(doc, stage, 'info', 'ocr-mark-pieces', `page ${pageNo}: ${pieces} tone mark(s) read as a word of their own put back on their word (ocr.mark-piece)`, { page: pageNo });
  if (dateFixes.size) report(doc, stage, 'info', 'ocr-date-figures', `page ${pageNo}: figures of written dates put back (${[...dateFixes].map(([id, n]) => `${id} ${n}`).join(', ')})`, { page: pageNo });
  const words = lines.flatMap((l) => l.words);
  const conf = words.length ? words.reduce((a, w) => a + w.confidence, 0) / words.length : 0;
  if (!words.length) {
    report(doc, stage, 'warning', 'no-text', `page ${pageNo} yields no text`, { page: pageNo });
  } else if (conf < 60) {
    report(doc, stage, 'warning', 'ocr-low-confidence', `page ${pageNo}: low OCR confidence (${Math.round(conf)}/100); the scan may be faint, blurred or handwritten`, { page: pageNo });
  }
  return { ...r, lines, width: page.width, height: page.height, ...(turned ? { turned } : {}) };
}
