// Lay out a Vietnamese text as A4 pages: either plain lines, or the layout of
// Nghị định 30/2020 (two-column header, number and date line, title, body,
// "Nơi nhận" left and signature right). Items are kept in reading order so the
// same layout can be drawn to a PNG or into a PDF with a text layer.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { fontCss, registerFonts, type Style, type Weight } from './fonts.js';

export interface TextItem {
  text: string;
  /** Left edge and baseline, in page pixels. */
  x: number;
  y: number;
  sizePx: number;
  weight: Weight;
  style: Style;
}

export interface Rule {
  x0: number;
  x1: number;
  y: number;
}

export interface LaidPage {
  width: number;
  height: number;
  items: TextItem[];
  rules: Rule[];
}

export interface LayoutOptions {
  layout?: 'nd30' | 'plain';
  weight?: Weight;
  style?: Style;
  fontSizePx?: number;
  dpi?: number;
}

const MM_PER_INCH = 25.4;

let measureCtx: SKRSContext2D | undefined;
function measure(text: string, sizePx: number, weight: Weight, style: Style): number {
  registerFonts();
  measureCtx ??= createCanvas(8, 8).getContext('2d');
  measureCtx.font = fontCss(sizePx, weight, style);
  return measureCtx.measureText(text).width;
}

type Align = 'left' | 'center' | 'right';
interface Line {
  text: string;
  weight: Weight;
  style: Style;
  align: Align;
  /** Column: [left, right] in px; defaults to the text block. */
  col?: [number, number];
  indent?: number;
  /** Extra space before the line, in line heights. */
  gapBefore?: number;
}

/** Greedy word wrap to `width` px. */
function wrap(text: string, width: number, sizePx: number, weight: Weight, style: Style): string[] {
  const words = text.split(/ +/).filter((w) => w !== '');
  if (!words.length) return [];
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && measure(next, sizePx, weight, style) > width) {
      out.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

class Pager {
  pages: LaidPage[] = [];
  y = 0;
  constructor(
    readonly width: number,
    readonly height: number,
    readonly top: number,
    readonly bottom: number,
    readonly lineHeight: number,
  ) {
    this.newPage();
  }
  get page(): LaidPage {
    return this.pages[this.pages.length - 1]!;
  }
  newPage(): void {
    this.pages.push({ width: this.width, height: this.height, items: [], rules: [] });
    this.y = this.top;
  }
  /** Room for `n` more lines on this page, else a new page. */
  ensure(n: number): void {
    if (this.y + n * this.lineHeight > this.height - this.bottom && this.y > this.top) this.newPage();
  }
}

export function layoutPages(text: string, opts: LayoutOptions = {}): LaidPage[] {
  const dpi = opts.dpi ?? 200;
  const px = (mm: number) => Math.round((mm / MM_PER_INCH) * dpi);
  const width = px(210);
  const height = px(297);
  const size = opts.fontSizePx ?? Math.round((13 / 72) * dpi);
  const left = px(30);
  const right = width - px(15);
  const lineHeight = Math.round(size * 1.45);
  const pager = new Pager(width, height, px(20) + size, px(20), lineHeight);
  const weight = opts.weight ?? 400;
  const style = opts.style ?? 'normal';
  const lines = (text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\f/g, '\n')).split('\n');

  const put = (ln: Line) => {
    const [c0, c1] = ln.col ?? [left, right];
    const indent = ln.indent ?? 0;
    pager.y += Math.round((ln.gapBefore ?? 0) * lineHeight);
    for (const part of wrap(ln.text.trim(), c1 - c0 - indent, size, ln.weight, ln.style)) {
      pager.ensure(1);
      const w = measure(part, size, ln.weight, ln.style);
      const x = ln.align === 'center' ? (c0 + c1 - w) / 2 : ln.align === 'right' ? c1 - w : c0 + indent;
      pager.page.items.push({ text: part, x: Math.round(x), y: pager.y, sizePx: size, weight: ln.weight, style: ln.style });
      pager.y += lineHeight;
    }
  };

  if ((opts.layout ?? 'nd30') === 'plain') {
    let blank = false;
    for (const l of lines) {
      if (!l.trim()) {
        blank = true;
        continue;
      }
      if (blank && pager.page.items.length) pager.y += Math.round(lineHeight / 2);
      blank = false;
      put({ text: l, weight, style, align: 'left' });
    }
    return pager.pages;
  }

  const doc = parseNd30(lines.map((l) => l.trim()).filter((l) => l !== ''));
  const mid = left + Math.round((right - left) * 0.4);
  const leftCol: [number, number] = [left - px(10), mid];
  const rightCol: [number, number] = [mid + px(5), right + px(5)];

  // Two columns side by side: each is drawn from the same starting y.
  const columns = (a: Line[], b: Line[], ruleUnder?: [boolean, boolean]) => {
    pager.ensure(Math.max(a.length, b.length));
    const y0 = pager.y;
    for (const l of a) put(l);
    const yA = pager.y;
    if (ruleUnder?.[0] && a.length) rule(leftCol, a[a.length - 1]!, yA);
    pager.y = y0;
    for (const l of b) put(l);
    if (ruleUnder?.[1] && b.length) rule(rightCol, b[b.length - 1]!, pager.y);
    pager.y = Math.max(yA, pager.y);
  };
  // A short rule under the last line of a column (as in the national motto).
  const rule = (col: [number, number], l: Line, yAfter: number) => {
    const w = Math.min(measure(l.text, size, l.weight, l.style), col[1] - col[0]) * 0.8;
    const cx = (col[0] + col[1]) / 2;
    pager.page.rules.push({ x0: Math.round(cx - w / 2), x1: Math.round(cx + w / 2), y: yAfter - Math.round(lineHeight * 0.55) });
  };

  if (doc.issuer.length || doc.motto.length) {
    columns(
      doc.issuer.map((t, i) => ({ text: t, weight: i === doc.issuer.length - 1 ? 700 : 400, style: 'normal', align: 'center', col: leftCol })),
      doc.motto.map((t) => ({ text: t, weight: 700, style: 'normal', align: 'center', col: rightCol })),
      [true, true],
    );
    pager.y += Math.round(lineHeight * 0.5);
  }
  if (doc.number || doc.placeDate) {
    const num: Line[] = doc.number ? [{ text: doc.number, weight: 400, style: 'normal', align: 'center', col: leftCol }] : [];
    const date: Line[] = doc.placeDate ? [{ text: doc.placeDate, weight: 400, style: 'italic', align: 'center', col: rightCol }] : [];
    columns(num, date);
  }
  if (doc.titleLeft.length) {
    for (const t of doc.titleLeft) put({ text: t, weight: 400, style: 'normal', align: 'center', col: leftCol });
  }
  if (doc.titleCenter.length) {
    pager.y += Math.round(lineHeight * 0.5);
    for (const t of doc.titleCenter) put({ text: t, weight: 700, style: 'normal', align: 'center' });
  }
  pager.y += Math.round(lineHeight * 0.5);
  for (const t of doc.body) {
    const isBullet = /^[-–+•]/.test(t);
    const heading = /^(Kính gửi|[IVX]+\.|\d+\.)/.test(t);
    put({ text: t, weight: heading && t.length < 60 ? 700 : weight, style, align: 'left', indent: isBullet || heading ? Math.round(size * 1.4) : 0 });
  }
  if (doc.copiesTo.length || doc.signature.length) {
    pager.y += lineHeight;
    const small = (t: string, i: number): Line => ({
      text: t,
      weight: i === 0 ? 700 : 400,
      style: i === 0 ? 'italic' : 'normal',
      align: 'left',
      col: [left - px(10), mid + px(10)],
    });
    columns(
      doc.copiesTo.map(small),
      doc.signature.map((t, i) => ({
        text: t,
        weight: 700,
        style: 'normal',
        align: 'center',
        col: rightCol,
        gapBefore: i === doc.signature.length - 1 ? 3 : 0,
      })),
    );
  }
  return pager.pages;
}

export interface Nd30Parts {
  issuer: string[];
  motto: string[];
  number: string;
  placeDate: string;
  /** "V/v ..." title under the number (công văn). */
  titleLeft: string[];
  /** Kind name and subject, centred (thông báo, quyết định ...). */
  titleCenter: string[];
  body: string[];
  copiesTo: string[];
  signature: string[];
}

// "Quảng Ngãi, ngày ..." : a capitalised place name of up to five words.
const PLACE_DATE = /(?<=^|\s)(\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,4}),\s*ngày(?=\s|$).*$/u;

/** Split the lines of a directive into the parts of the ND30 layout. */
export function parseNd30(lines: string[]): Nd30Parts {
  const parts: Nd30Parts = { issuer: [], motto: [], number: '', placeDate: '', titleLeft: [], titleCenter: [], body: [], copiesTo: [], signature: [] };
  let i = 0;
  const numAt = lines.findIndex((l, k) => k < 15 && /^Số\s*[:.]/u.test(l));
  if (numAt >= 0) {
    for (; i < numAt; i++) {
      const l = lines[i]!;
      if (/CỘNG HÒA|CỘNG HOÀ|Độc lập|Hạnh phúc/iu.test(l) || parts.motto.length) parts.motto.push(l);
      else parts.issuer.push(l);
    }
    const m = PLACE_DATE.exec(lines[i]!);
    if (m && m.index > 0) {
      parts.number = lines[i]!.slice(0, m.index).trim();
      parts.placeDate = m[0].trim();
    } else {
      parts.number = lines[i]!;
      if (lines[i + 1] && PLACE_DATE.test(lines[i + 1]!) && /^\S/.test(lines[i + 1]!)) parts.placeDate = lines[++i]!;
    }
    i++;
    const greet = lines.findIndex((l, k) => k >= i && k < i + 10 && /^Kính gửi/u.test(l));
    if (/^V\/v/iu.test(lines[i] ?? '') && greet > i) {
      parts.titleLeft = lines.slice(i, greet);
      i = greet;
    } else if (lines[i] && lines[i] === lines[i]!.toUpperCase() && /\p{Lu}/u.test(lines[i]!)) {
      parts.titleCenter.push(lines[i++]!);
      while (i < lines.length && parts.titleCenter.length < 5 && !/^(Căn cứ|Thực hiện|Kính gửi|Ngày|\d+\.|[IVX]+\.|-)/u.test(lines[i]!) && !/[.:;]$/.test(lines[i - 1]!)) {
        parts.titleCenter.push(lines[i++]!);
      }
    }
  }
  const endAt = lines.findIndex((l, k) => k >= i && /^Nơi nhận/u.test(l));
  const bodyEnd = endAt >= 0 ? endAt : lines.length;
  parts.body = lines.slice(i, bodyEnd);
  if (endAt >= 0) {
    let k = endAt;
    parts.copiesTo.push(lines[k++]!);
    while (k < lines.length && /^[-–+]/.test(lines[k]!)) parts.copiesTo.push(lines[k++]!);
    parts.signature = lines.slice(k);
  }
  return parts;
}

/** The text of a laid-out page in reading order (columns left then right), one line per item. */
export function pageText(page: LaidPage): string {
  return page.items.map((i) => i.text).join('\n');
}
