// Fill the blanks of the printed form from the page image. On real letters the
// number ("Số: ___/UBND-KGVX") and the day ("ngày ___ tháng 01") are stamped by
// the e-office system or written by hand after printing, so a text layer lacks
// them and a page OCR reads them poorly among printed words. Knowing where the
// blank is (the words around it, traced to the page), we read just that gap
// again and take the digits only when they read clearly. What is taken is
// written into a text layer on top of the restored one (doc.filled), so a
// field's value and the text at its span agree.
import type { BBox, Doc, Word } from '../doc.js';
import type { Gray } from './digits.js';
import { Layer, spansUp, type Edit, type Span } from '../layer.js';
import { fold as foldText } from '../fold.js';
import type { OcrPool } from '../ocr/pool.js';
import { toRaw } from '../output/trace.js';
import { asciiKey as fold } from '../restore/syllable.js';
import { report, type Stage } from '../pipeline.js';
import { crop, pageImage, type PageImage } from './page-image.js';
import { digitModels, readDigits } from './digits.js';
import { gluedSlashCap } from './glued.js';

const NAME = 'blanks';

export interface BlanksOptions {
  /**
   * Read handwritten digits that tesseract cannot with the small digit reader
   * (src/refine/digits.ts); what it reads is taken only when every digit is
   * sure and the value plausible, marked `header.*.handwritten` with a message.
   */
  handwriting?: boolean;
}

/** A handwritten digit is taken only at this probability or more (each digit of a value). */
export const HAND_MIN_P = 0.9;
/** Settings of the digit reader's use (a measuring script may lower the bar to see every reading). */
export const handSettings = { minP: HAND_MIN_P, onRead: undefined as undefined | ((what: string, g: Gray, digits: string, p: number[]) => void) };
/** Mean word confidence (0-100) below which a reading is not taken. */
export const MIN_CONFIDENCE = 70;


/** Words overlapping a raw span, in order. */
function wordsIn(doc: Doc, raw: Span): number[] {
  const out: number[] = [];
  doc.words.forEach((w, i) => {
    if (w.end > raw.start && w.start < raw.end) out.push(i);
  });
  return out;
}

const sameLine = (a: Word, b: Word) => a.page === b.page && Math.min(a.bbox.y1, b.bbox.y1) - Math.max(a.bbox.y0, b.bbox.y0) > 0;

/** The empty stretch between two words of a line, grown up and down for stamps that sit high. */
function gap(left: Word, right: Word): BBox | undefined {
  const h = Math.max(left.bbox.y1 - left.bbox.y0, right.bbox.y1 - right.bbox.y0);
  const x0 = left.bbox.x1 + h * 0.05;
  const x1 = right.bbox.x0 - h * 0.05;
  if (x1 - x0 < h * 0.6) return undefined;
  return { x0, x1, y0: Math.min(left.bbox.y0, right.bbox.y0) - h * 0.7, y1: Math.max(left.bbox.y1, right.bbox.y1) + h * 0.3 };
}

/** The stretch from the left word to the right word, blank included, grown as `gap` does. */
function span2(left: Word, right: Word): BBox {
  const h = Math.max(left.bbox.y1 - left.bbox.y0, right.bbox.y1 - right.bbox.y0);
  return {
    x0: left.bbox.x0 - h * 0.2,
    x1: right.bbox.x1 + h * 0.2,
    y0: Math.min(left.bbox.y0, right.bbox.y0) - h * 0.7,
    y1: Math.max(left.bbox.y1, right.bbox.y1) + h * 0.3,
  };
}

interface Reading {
  digits: string;
  confidence: number;
}

const digitWords = (ws: { text: string; confidence: number }[]): Reading | undefined =>
  ws.length === 1 && /^\d{1,6}$/.test(ws[0]!.text) ? { digits: ws[0]!.text, confidence: ws[0]!.confidence } : undefined;

/**
 * Read the digits in the blank between two words of a line, two ways: the
 * gap alone as one line of digits (a stamp set apart), and the whole stretch
 * with its printed words (tesseract reads a lone number better among words).
 * The more confident reading that is all digits wins. Undefined: the blank is
 * empty; digits '': something is there that does not read as a number.
 */
async function readBlank(pool: OcrPool, img: PageImage, left: Word, right: Word): Promise<Reading | undefined> {
  const readings: Reading[] = [];
  let seen = false;
  const g = gap(left, right);
  if (g) {
    const r = await pool.recognize(await crop(img, g), { dpi: 300, psm: '7', whitelist: '0123456789' });
    const words = r.lines.flatMap((l) => l.words).filter((w) => /\S/.test(w.text));
    seen ||= words.length > 0;
    const d = digitWords(words);
    if (d) readings.push(d);
  }
  const r = await pool.recognize(await crop(img, span2(left, right)), { dpi: 300, psm: '6' });
  const words = r.lines.flatMap((l) => l.words);
  const label = fold(left.text).replace(/:$/, '');
  const a = words.findIndex((w) => fold(w.text).startsWith(label));
  const b = words.findIndex((w, i) => i > a && fold(w.text).startsWith(fold(right.text).slice(0, 3)));
  if (a >= 0 && b > a) {
    const between = words.slice(a + 1, b);
    seen ||= between.length > 0;
    const d = digitWords(between);
    if (d) readings.push(d);
  } else if (a >= 0 && fold(words[a]!.text) !== label && fold(words[a]!.text) !== `${label}:`) {
    seen = true; // the number fused with its label ("Số:48"): not clear
  }
  readings.sort((x, y) => y.confidence - x.confidence);
  return readings[0] ?? (seen ? { digits: '', confidence: 0 } : undefined);
}


// ---- handwritten digits (the digit reader) ----------------------------------

/** A box of the page (word coordinates) as a grey image at the page image's resolution. */
function greyBox(img: PageImage, box: BBox): Gray | undefined {
  const x0 = Math.max(0, Math.floor(box.x0 * img.scale));
  const y0 = Math.max(0, Math.floor(box.y0 * img.scale));
  const x1 = Math.min(img.width, Math.ceil(box.x1 * img.scale));
  const y1 = Math.min(img.height, Math.ceil(box.y1 * img.scale));
  const width = x1 - x0;
  const height = y1 - y0;
  if (width < 4 || height < 4) return undefined;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(img.grey.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x1), y * width);
  return { data, width, height };
}

/**
 * Where the printed label `label` ("ngay", "thang", "so") lies in a word that
 * may have handwriting glued to it (the day read as marks after "ngày"): the whole
 * word when it is the label alone, else its first or last `width` units.
 */
function labelExtent(w: Word, label: string, width: number, clip = false): { x0: number; x1: number } | undefined {
  const f = fold(w.text).replace(/[:.,;]+$/, '');
  // Rule header.date.label-width: a bare label whose box is far wider than the label has the handwriting run into its box.
  if (f === label && clip && w.bbox.x1 - w.bbox.x0 > 1.3 * width) return { x0: w.bbox.x0, x1: w.bbox.x0 + width };
  if (f === label) return { x0: w.bbox.x0, x1: w.bbox.x1 };
  if (f.startsWith(label)) return { x0: w.bbox.x0, x1: Math.min(w.bbox.x1, w.bbox.x0 + width) };
  if (f.endsWith(label)) return { x0: Math.max(w.bbox.x0, w.bbox.x1 - width), x1: w.bbox.x1 };
  return undefined;
}

interface HandRead {
  value: number;
  digits: string;
  p: number[];
  /** Read left of a slash found in the image (header.number.glued-hand). */
  glued?: boolean;
}

/** Digits read by the digit reader in a box, taken only when each is sure and the value lies in [min, max]. */
function handRead(img: PageImage, box: BBox, lineHeight: number, maxDigits: number, min: number, max: number, minP = handSettings.minP): HandRead | undefined {
  if (box.x1 - box.x0 < lineHeight * 0.3) return undefined;
  const g = greyBox(img, box);
  if (!g) return undefined;
  const r = readDigits(g, lineHeight * img.scale, digitModels());
  handSettings.onRead?.(`${maxDigits}:${min}-${max}`, g, r?.digits ?? '', r?.p ?? []);
  if (!r || r.digits.length > maxDigits || r.p.some((p) => p < minP)) return undefined;
  const value = Number(r.digits);
  return value >= min && value <= max ? { value, digits: r.digits, p: r.p } : undefined;
}

/** The handwritten digits between "Số:" (word `so`) and the printed symbol (word `sym`, "/<type>-<body>"). */
export function handNumber(doc: Doc, img: PageImage, so: number, sym: number): HandRead | undefined {
  const s = doc.words[sym]!;
  const h = s.bbox.y1 - s.bbox.y0;
  // Rule header.number.glued-label: "Số" run into the digits and the symbol, one word; the label is its first 1.45 heights.
  const before = s.text.slice(0, s.text.indexOf('/'));
  const glued = sym === so ? /\d/.test(before) : /[\p{L}\p{N}]/u.test(before);
  if (sym === so && !glued) return undefined;
  // The symbol glued to the digits in one word: its slash is looked for in the image (header.number.glued-hand).
  const letters = s.text.slice(s.text.indexOf('/') + 1).replace(/[^\p{L}\d]/gu, '').length;
  const found = glued ? gluedSlashCap(img, s.bbox, letters) : undefined;
  const slash = found?.x;
  if (glued && slash === undefined) return undefined;
  // A label in the glued word is measured by the printed capitals ("Số:" about two capital heights), not the word's height, which the hand stretches.
  const label = labelExtent(doc.words[so]!, 'so', sym === so ? 2.1 * found!.cap : 1.45 * h);
  if (!label) return undefined;
  const box = { x0: label.x1 + h * 0.05, x1: slash ?? s.bbox.x0 - h * 0.05, y0: s.bbox.y0 - h * 0.8, y1: s.bbox.y1 + h * 0.4 };
  const r = handRead(img, box, h, 5, 1, 99999);
  return r && glued ? { ...r, glued: true } : r;
}

/** The place-date line's words: "ngày" (maybe with the day glued on), "tháng", "năm", the year; page 1's top third. */
function dateWords(doc: Doc): { ngay: number; thang: number; nam: number; year: number } | undefined {
  const page = doc.pages.find((p) => p.number === 1);
  if (!page?.height) return undefined;
  for (let i = 0; i < doc.words.length; i++) {
    const w = doc.words[i]!;
    if (w.page !== 1 || w.bbox.y0 > page.height * 0.35) continue;
    const next = doc.words[i + 1];
    const f = fold(w.text);
    // Rule header.date.glued-labels: "tháng⁄⁄2năm", the month's hand and both labels read as one word.
    const glued = f !== 'nam' && f.endsWith('nam') && f.startsWith('thang') && f.length <= 14;
    if ((f !== 'nam' && !glued) || !next || !sameLine(w, next) || !/^(19|20)\d\d\b/.test(next.text)) continue;
    let thang: number | undefined = glued ? i : undefined;
    for (let k = i - 1; k >= i - 3 && k >= 0 && sameLine(doc.words[k]!, w) && !glued; k--) if (fold(doc.words[k]!.text).includes('thang')) thang = k;
    if (thang === undefined) continue;
    for (let k = thang; k >= thang - 3 && k >= 0 && sameLine(doc.words[k]!, w); k--) {
      if (fold(doc.words[k]!.text).includes('ngay')) return { ngay: k, thang, nam: i, year: Number(next.text.slice(0, 4)) };
    }
  }
  return undefined;
}

/** Printed digits between two words (a typed month "02" beside a handwritten day), read by the page OCR with confidence. */
function printedBetween(doc: Doc, a: number, b: number): number | undefined {
  const ws = doc.words.slice(a + 1, b);
  return ws.length === 1 && /^\d{1,2}$/.test(ws[0]!.text) && ws[0]!.confidence >= 90 ? Number(ws[0]!.text) : undefined;
}

/** The month slot's one word when it is one or two figures of a month, as the page OCR read it (any confidence). */
function monthWord(doc: Doc, a: number, b: number): string | undefined {
  const ws = doc.words.slice(a + 1, b);
  return ws.length === 1 && /^\d{1,2}$/.test(ws[0]!.text) && Number(ws[0]!.text) >= 1 && Number(ws[0]!.text) <= 12 ? ws[0]!.text : undefined;
}

/** The day and month of the place-date line, each printed or read by the digit reader. */
export function handDate(doc: Doc, img: PageImage, ocrMonth?: number): { iso: string; day: number; month: number; hand: string[]; ngay: number } | undefined {
  const at = dateWords(doc);
  if (!at) return undefined;
  const w = doc.words[at.nam]!;
  // A "năm" glued to "tháng" (header.date.glued-labels): the label's width is taken from the year's (four figures, 3.5 units).
  const glued = at.thang === at.nam;
  const year = doc.words[at.nam + 1]!;
  const u = glued ? (year.bbox.x1 - year.bbox.x0) / 3.5 : (w.bbox.x1 - w.bbox.x0) / 3;
  const nam = glued ? { ...w, bbox: { ...w.bbox, x0: w.bbox.x1 - 3 * u } } : w;
  const hLine = 1.35 * (nam.bbox.y1 - nam.bbox.y0);
  const ngay = labelExtent(doc.words[at.ngay]!, 'ngay', 3.5 * u, true);
  const thang = labelExtent(doc.words[at.thang]!, 'thang', 4.1 * u, true);
  if (!ngay || !thang || thang.x0 <= ngay.x1) return undefined;
  const band = { y0: nam.bbox.y0 - hLine * 0.9, y1: nam.bbox.y1 + hLine * 0.4 };
  const hand: string[] = [];
  const clean = (i: number, label: string) => fold(doc.words[i]!.text).replace(/[:.,;]+$/, '') === label;
  let day = clean(at.ngay, 'ngay') && clean(at.thang, 'thang') ? printedBetween(doc, at.ngay, at.thang) : undefined;
  if (day === undefined) {
    const r = handRead(img, { x0: ngay.x1 + u * 0.1, x1: thang.x0 - u * 0.1, ...band }, hLine, 2, 1, 31);
    if (!r) return undefined;
    day = r.value;
    hand.push(`day ${r.digits}`);
  }
  let month = clean(at.thang, 'thang') ? printedBetween(doc, at.thang, at.nam) : undefined;
  // Rule header.date.month-agree: a month the page OCR read as figures, unsure, that the digit reader reads the same (at any p).
  const ocrFigures = clean(at.thang, 'thang') ? monthWord(doc, at.thang, at.nam) : undefined;
  if (month === undefined && ocrFigures !== undefined) {
    const r = handRead(img, { x0: thang.x1 + u * 0.1, x1: nam.bbox.x0 - u * 0.1, ...band }, hLine, 2, 1, 12, 0);
    if (r && r.digits === ocrFigures) {
      month = r.value;
      hand.push(`month ${r.digits} (page OCR and digit reader agree, rule header.date.month-agree)`);
    }
  }
  if (month === undefined) {
    const sure = handRead(img, { x0: thang.x1 + u * 0.1, x1: nam.bbox.x0 - u * 0.1, ...band }, hLine, 2, 1, 12);
    // Rule header.date.month-veto: a sure hand reading that the page OCR's month figures contradict is not taken.
    const r = sure && ocrFigures !== undefined && sure.digits !== ocrFigures ? undefined : sure;
    // Rule `header.date.ocr-month`: a month the digit reader is unsure of but tesseract read clearly (a printed month beside a handwritten day).
    month = r?.value ?? ocrMonth;
    if (month === undefined) return undefined;
    hand.push(r ? `month ${r.digits}` : `month ${month} (not by hand: tesseract read it, rule header.date.ocr-month)`);
  }
  if (!hand.length) return undefined;
  const iso = `${at.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (Number.isNaN(Date.parse(iso)) || new Date(iso).getUTCDate() !== day || Date.parse(iso) > Date.now()) return undefined;
  return { iso, day, month, hand, ngay: at.ngay };
}

/** Find word i's neighbour on the same line matching `test`, searching `dir` (-1 left, +1 right). */
function neighbour(doc: Doc, i: number, dir: -1 | 1, test: (w: string) => boolean, within = 3): number | undefined {
  for (let k = 1; k <= within; k++) {
    const j = i + dir * k;
    const w = doc.words[j];
    if (!w || !sameLine(w, doc.words[i]!)) return undefined;
    if (test(fold(w.text))) return j;
  }
  return undefined;
}

/** Below this OCR confidence a number read by the page OCR is read again. */
const DOUBTFUL = 50;

/** Edits to the restored text, and the number's span once they are made. */
interface Fill {
  edits: Edit[];
  /** `inserted`: digits written into a blank (not over digits the page OCR misread). */
  number?: { at: number; end: number; inserted: number };
}

async function fillNumber(doc: Doc, pool: OcrPool, images: Map<number, Promise<PageImage | undefined>>, fill: Fill, opts: BlanksOptions): Promise<void> {
  const d = doc.extraction!.document;
  const span = d.spans.number;
  if (!d.number || !span || Array.isArray(span)) return;
  const idx = wordsIn(doc, toRaw(doc, span));
  const first = idx.find((i) => doc.words[i]!.text.includes('/'));
  if (first === undefined) return;
  // "Số" run into the number's word (header.number.glued-label): the label is the word itself.
  const so = neighbour(doc, first, -1, (w) => /^so/.test(w), 2) ?? (/^so.?\d/.test(fold(doc.words[first]!.text)) ? first : undefined);
  if (so === undefined) return;
  // A blank, or digits the page OCR itself barely believed (a hand it misread).
  const blank = d.number.startsWith('/');
  const page = doc.pages.find((p) => p.number === doc.words[first]!.page);
  const digits = doc.words.slice(so, first + 1).filter((w) => /\d/.test(w.text.split('/')[0]!));
  const doubtful = !blank && page?.source === 'ocr' && digits.length > 0 && Math.min(...digits.map((w) => w.confidence)) < DOUBTFUL;
  // A label glued to figures the page OCR read in print ("Số:970/QĐ-TTg") is kept as read.
  if ((!blank && !doubtful) || (so === first && !blank)) return;
  const img = await imageOf(doc, doc.words[first]!.page, images);
  if (!img) return;
  const r = so === first ? undefined : await readBlank(pool, img, doc.words[so]!, doc.words[first]!);
  const where = { span: { start: span.start, end: span.end }, page: doc.words[first]!.page };
  const symbol = d.number.slice(d.number.indexOf('/'));
  // The symbol's place in the restored text: digits go before it.
  const slash = doc.restored!.text.indexOf('/', span.start);
  const take = (read: string) => {
    d.number = read + symbol;
    fill.edits.push({ start: span.start, end: slash, text: read });
    fill.number = { at: span.start, end: span.end, inserted: slash === span.start ? read.length : 0 };
  };
  if (r && r.digits && r.confidence >= MIN_CONFIDENCE) {
    take(r.digits);
    report(doc, NAME, 'info', 'number-from-image',
      `read the number ${r.digits} from the page image beside "Số:" (stamped or handwritten, confidence ${Math.round(r.confidence)}); check it`, where);
    return;
  }
  const hand = opts.handwriting && doc.words[first]!.page === 1 ? handNumber(doc, img, so, first) : undefined;
  if (hand) {
    take(hand.digits);
    (d.rules ??= {}).number = 'header.number.handwritten';
    report(doc, NAME, 'warning', 'number-handwritten',
      `read the handwritten number ${hand.digits} beside "Số:"${hand.glued ? ' (run into its symbol by the OCR, rule header.number.glued-hand)' : ''} with the digit reader (digit probabilities ${hand.p.map((p) => p.toFixed(2)).join(', ')}); check it against the paper`, where);
  } else if (r || doubtful) {
    const was = doubtful ? ` (the page OCR guessed "${d.number.slice(0, d.number.indexOf('/'))}" with low confidence)` : '';
    d.number = symbol;
    d.spans.number = { start: slash, end: span.end };
    report(doc, NAME, 'warning', 'number-unclear', `something is written beside "Số:" but it does not read clearly as a number${was}; enter it by hand`, where);
  }
}

/** Fill the day and month read by tesseract; returns the month it read clearly, for the digit reader's day beside it. */
async function fillDayOcr(doc: Doc, pool: OcrPool, images: Map<number, Promise<PageImage | undefined>>, fill: Fill): Promise<number | undefined> {
  const d = doc.extraction!.document;
  const span = d.spans.date;
  if (d.date || !span || Array.isArray(span)) return;
  const idx = wordsIn(doc, toRaw(doc, span));
  const ngay = idx.find((i) => fold(doc.words[i]!.text) === 'ngay');
  if (ngay === undefined) return;
  const thang = neighbour(doc, ngay, 1, (w) => w === 'thang', 2);
  if (thang === undefined) return;
  const nam = neighbour(doc, thang, 1, (w) => w === 'nam', 3);
  if (nam === undefined) return;
  const year = doc.words[nam + 1] && /^\d{4}$/.test(doc.words[nam + 1]!.text) ? Number(doc.words[nam + 1]!.text) : undefined;
  if (!year) return;
  const img = await imageOf(doc, doc.words[ngay]!.page, images);
  if (!img) return;
  const textLayer = doc.pages.find((p) => p.number === doc.words[ngay]!.page)?.source === 'pdf-text';
  const part = async (left: number, right: number, max: number): Promise<number | null> => {
    // Digits in a text layer are printed; on an OCR'd page they may be a misread hand.
    const between = doc.words.slice(left + 1, right).map((w) => w.text).join('');
    if (textLayer && /^\d{1,2}$/.test(between)) return Number(between) <= max ? Number(between) : null;
    const r = await readBlank(pool, img, doc.words[left]!, doc.words[right]!);
    const n = r?.digits ? Number(r.digits) : NaN;
    return r && r.confidence >= MIN_CONFIDENCE && n >= 1 && n <= max ? n : null;
  };
  const day = await part(ngay, thang, 31);
  const month = await part(thang, nam, 12);
  const where = { span: { start: span.start, end: span.end }, page: doc.words[ngay]!.page };
  if (!day || !month) {
    report(doc, NAME, 'warning', 'date-unclear', 'the day or month of the date is written in but does not read clearly; enter it by hand', where);
    return month ?? undefined;
  }
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (Number.isNaN(Date.parse(iso)) || new Date(iso).getUTCDate() !== day) return;
  d.date = iso;
  writeDayMonth(doc, span, day, month, fill);
  report(doc, NAME, 'info', 'date-from-image', `read the date ${iso} with its day or month from the page image (stamped or handwritten); check it`, where);
}

/** Write the day and month read into their places in the date's span: "ngày 24 tháng 01". */
function writeDayMonth(doc: Doc, span: Span, day: number, month: number, fill: Fill): void {
  const text = doc.restored!.text;
  const m = /ngay([ \t]*\S{0,3}?[ \t]*)thang([ \t]*\S{0,3}?[ \t]*)nam/.exec(foldText(text.slice(span.start, span.end)));
  if (!m) return;
  const dayAt = span.start + m.index + 4;
  const monthAt = dayAt + m[1]!.length + 5;
  for (const [at, len, n] of [[dayAt, m[1]!.length, day], [monthAt, m[2]!.length, month]] as const) {
    if (Number(text.slice(at, at + len).trim()) !== n) fill.edits.push({ start: at, end: at + len, text: ` ${String(n).padStart(2, '0')} ` });
  }
}

async function fillDay(doc: Doc, pool: OcrPool, images: Map<number, Promise<PageImage | undefined>>, fill: Fill, opts: BlanksOptions): Promise<void> {
  const month = await fillDayOcr(doc, pool, images, fill);
  const d = doc.extraction!.document;
  if (d.date || !opts.handwriting) return;
  const img = await imageOf(doc, 1, images);
  if (!img) return;
  const r = handDate(doc, img, month);
  if (!r) return;
  d.date = r.iso;
  (d.rules ??= {}).date = 'header.date.handwritten';
  for (let i = doc.messages.length - 1; i >= 0; i--) if (doc.messages[i]!.stage === NAME && doc.messages[i]!.code === 'date-unclear') doc.messages.splice(i, 1);
  const span = d.spans.date;
  const single = span && !Array.isArray(span) ? span : undefined;
  if (single) writeDayMonth(doc, single, r.day, r.month, fill);
  report(doc, NAME, 'warning', 'date-handwritten',
    `read the date ${r.iso} with its handwritten ${r.hand.join(' and ')} by the digit reader; check it against the paper`,
    single ? { span: { start: single.start, end: single.end }, page: 1 } : { page: 1 });
}

function imageOf(doc: Doc, page: number, cache: Map<number, Promise<PageImage | undefined>>): Promise<PageImage | undefined> {
  let p = cache.get(page);
  if (!p) cache.set(page, (p = pageImage(doc, page).catch(() => undefined)));
  return p;
}

export function blanksStage(pool: OcrPool, opts: BlanksOptions = {}): Stage {
  return {
    name: NAME,
    requires: ['extraction', 'bytes', 'restored', 'words', 'pages'],
    reads: ['mediaType', 'normalized', 'raw'],
    assigns: ['extraction', 'filled'],
    async run(doc) {
      const images = new Map<number, Promise<PageImage | undefined>>();
      const fill: Fill = { edits: [] };
      await fillNumber(doc, pool, images, fill, opts);
      await fillDay(doc, pool, images, fill, opts);
      if (!fill.edits.length) return;
      // Every span so far is in the restored text: move them up to the filled one.
      const filled = Layer.derive(doc.restored!.text, fill.edits.sort((a, b) => a.start - b.start));
      doc.filled = filled;
      const seen = new Set<object>();
      spansUp(doc.extraction, filled, seen);
      spansUp(doc.messages, filled, seen);
      if (fill.number) {
        // An insertion maps to the text after it: the number starts with its digits.
        const n = { start: filled.fromPrev(fill.number.at) - fill.number.inserted, end: filled.fromPrev(fill.number.end, 'end') };
        doc.extraction!.document.spans.number = n;
        for (const m of doc.messages) if (m.code === 'number-from-image' || m.code === 'number-handwritten') m.span = { ...n };
      }
    },
  };
}
