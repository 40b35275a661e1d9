// The signature column read again. A seal stamped over the signer's title and
// name (black on a black-and-white scan, so the red channel cannot fade it)
// makes tesseract take the whole column for a picture: on the page it reads
// "Nơi nhận" and the copies at the left and nothing, or only specks, at the
// right. Read alone from a crop of that column (as one block), the title and
// the name come back ("KT. THỦ TƯỚNG" ... "Hồ Đức Phớc"). Only pages with a
// "Nơi nhận" line and no readable words right of it pay for the crop.
import sharp from 'sharp';
import type { OcrLine, OcrPool, OcrWord } from './pool.js';
import type { Prepared } from './preprocess.js';
import { key } from '../fold.js';

// "Nơi nhận:" heading the copies (alone or with a colon), not "Nơi nhận hồ sơ: ..." in a body.
// (A stray stroke in it, "NWơi nhận:", is OCR noise; a vowel there would make another word: "nuôi".)
const RE_COPIES = /^n[^aeiouy\s\d]?[o0]i nh[a-z]n\s*([:;.,]|$)/;
/** A word as print reads: letters, with a bracket or a stop at most. */
const WORDLIKE = /^[("]?\p{L}{2,}[,.;:)"]?$/u;
/** The column's band: from this many "Nơi nhận" line heights above it ... */
const ABOVE = 2.5;
/** ... to this many below (title, signature, name: about a dozen lines of copies beside them). */
const BELOW = 16;
/** Words tesseract is this sure of count as read. */
const SURE = 80;

const mean = (ws: OcrWord[]) => ws.reduce((a, w) => a + w.confidence, 0) / (ws.length || 1);

export interface SignatureReread {
  lines: OcrLine[];
  /** Whether the column was read again (and what it gave replaced what the page had there). */
  read: boolean;
}

/** Lines of the crop that read as print: specks of the seal and the signature's strokes left out. */
export function keepPrinted(lines: OcrLine[]): OcrLine[] {
  const out: OcrLine[] = [];
  for (const l of lines) {
    // Mostly tokens that are no words: strokes and specks read as text.
    if (l.words.filter((w) => WORDLIKE.test(w.text)).length < l.words.length / 2) continue;
    let ws = [...l.words];
    // Debris at either end of a line (the seal's ring, a stroke of the signature).
    while (ws.length && (!WORDLIKE.test(ws[0]!.text) || ws[0]!.confidence < 50)) ws.shift();
    while (ws.length && (!WORDLIKE.test(ws[ws.length - 1]!.text) || ws[ws.length - 1]!.confidence < 50)) ws.pop();
    if (!ws.length) continue;
    if (mean(ws) < 45) continue;
    // The ring's letters glued before the authority ("CỒKT." for "KT."): the authority alone.
    const m = /(kt|tm|tl|tuq)\.$/.exec(key(ws[0]!.text));
    if (m && key(ws[0]!.text) !== m[0] && ws[0]!.text.length > m[1]!.length + 1) ws = [{ ...ws[0]!, text: `${ws[0]!.text.slice(-(m[1]!.length + 1)).toUpperCase()}` }, ...ws.slice(1)];
    out.push({ ...l, words: ws });
  }
  return out;
}

/**
 * The words of each line that the page read surely in the signature column. Copies that run on
 * past the middle ("... cơ quan thuộc Chính phủ;", "tướng") are no title or name: a line's run in
 * the column that ends a copy (";" or ",") or starts in lower case does not count.
 */
export function sureInColumn(lines: OcrLine[], inBand: (w: OcrWord) => boolean): OcrWord[][] {
  return lines.map((l) => {
    const run = l.words.filter(inBand);
    if (!run.length || /[;,]$/.test(run[run.length - 1]!.text) || /^\p{Ll}/u.test(run[0]!.text)) return [];
    return run.filter((w) => w.confidence >= SURE && WORDLIKE.test(w.text));
  });
}

export async function signatureReread(pool: OcrPool, page: Prepared, lines: OcrLine[], dpi?: number): Promise<SignatureReread> {
  const mid = page.width * 0.5;
  const nn = lines.find((l) => l.bbox.x0 < page.width * 0.4 && RE_COPIES.test(key(l.words.filter((w) => w.bbox.x1 <= mid).map((w) => w.text).join(' '))));
  if (!nn) return { lines, read: false };
  const h = nn.bbox.y1 - nn.bbox.y0;
  const top = Math.max(0, Math.floor(nn.bbox.y0 - ABOVE * h));
  const bottom = Math.min(page.height, Math.ceil(nn.bbox.y0 + BELOW * h));
  const inBand = (w: OcrWord) => w.bbox.x0 >= mid && (w.bbox.y0 + w.bbox.y1) / 2 >= top && (w.bbox.y0 + w.bbox.y1) / 2 <= bottom;
  // Tesseract may give the two columns as one line ("- Như trên; KT. CHỦ TỊCH"): words, not lines, are the column.
  const sure = sureInColumn(lines, inBand);
  // A title and a name read (four sure words, on two lines at least): the column is there.
  if (sure.flat().length >= 4 && sure.filter((ws) => ws.length).length >= 2) return { lines, read: false };
  const left = Math.floor(mid);
  const width = Math.min(page.width - left, Math.ceil(page.width * 0.47));
  const height = bottom - top;
  if (width < 16 || height < 16) return { lines, read: false };
  const png = await sharp(page.png)
    .extract({ left, top, width, height })
    .extend({ top: 20, bottom: 20, left: 20, right: 20, background: '#ffffff' })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const r = await pool.recognize(png, { dpi, psm: '6' });
  const para = Math.max(0, ...lines.map((l) => l.paragraph)) + 1;
  const moved = (w: OcrWord): OcrWord => ({ ...w, bbox: { x0: left + w.bbox.x0 - 20, y0: top + w.bbox.y0 - 20, x1: left + w.bbox.x1 - 20, y1: top + w.bbox.y1 - 20 } });
  const got = keepPrinted(r.lines).map((l): OcrLine => {
    const words = l.words.map(moved);
    return { words, paragraph: para, bbox: { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: Math.min(...words.map((w) => w.bbox.y0)), x1: Math.max(...words.map((w) => w.bbox.x1)), y1: Math.max(...words.map((w) => w.bbox.y1)) } };
  });
  // Nothing better than what the page had: keep the page's reading.
  if (got.flatMap((l) => l.words).filter((w) => w.confidence >= SURE).length <= sure.flat().length) return { lines, read: false };
  const kept = lines
    .map((l): OcrLine | undefined => {
      const words = l.words.filter((w) => !inBand(w));
      if (!words.length) return undefined;
      return words.length === l.words.length ? l : { ...l, words, bbox: { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: Math.min(...words.map((w) => w.bbox.y0)), x1: Math.max(...words.map((w) => w.bbox.x1)), y1: Math.max(...words.map((w) => w.bbox.y1)) } };
    })
    .filter((l): l is OcrLine => !!l);
  return { lines: [...kept, ...got], read: true };
}
