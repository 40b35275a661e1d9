// Rule header.number.glued-hand: handwritten digits the page OCR ran together with
// the printed symbol after them ("#6/UBND-VX", one word), so the blank's end is
// not known from the words. It is found in the image: the symbol's slash, a thin
// stroke leaning right that spans the printed capitals' band, with only printed
// capitals (no other such stroke) to its right. The digits lie left of it.
import type { BBox } from '../doc.js';
import { components, otsu, type Comp, type Gray } from './digits.js';
import type { PageImage } from './page-image.js';

/** The word's box as a grey image, and its left edge in image pixels. */
function cut(img: PageImage, b: BBox): { g: Gray; x0: number } | undefined {
  const x0 = Math.max(0, Math.floor(b.x0 * img.scale));
  const y0 = Math.max(0, Math.floor(b.y0 * img.scale));
  const x1 = Math.min(img.width, Math.ceil(b.x1 * img.scale));
  const y1 = Math.min(img.height, Math.ceil(b.y1 * img.scale));
  if (x1 - x0 < 8 || y1 - y0 < 8) return undefined;
  const data = new Uint8Array((x1 - x0) * (y1 - y0));
  for (let y = y0; y < y1; y++) data.set(img.grey.subarray(y * img.width + x0, y * img.width + x1), (y - y0) * (x1 - x0));
  return { g: { data, width: x1 - x0, height: y1 - y0 }, x0 };
}

/** A slash of the band [top, bottom]: spans it, narrow rows, its top right of its bottom. */
function isSlash(c: Comp, w: number, top: number, bottom: number): boolean {
  const cap = bottom - top;
  const h = c.y1 - c.y0 + 1;
  const wd = c.x1 - c.x0 + 1;
  if (h < 0.9 * cap || c.y0 > top + 0.2 * cap || c.y1 < bottom - 0.15 * cap || wd < 0.15 * cap || wd > 0.8 * cap) return false;
  const rows = new Map<number, [number, number]>();
  for (const p of c.pixels) {
    const x = p % w;
    const y = (p - x) / w;
    const r = rows.get(y);
    rows.set(y, r ? [Math.min(r[0], x), Math.max(r[1], x)] : [x, x]);
  }
  let thin = 0;
  for (const [a, b] of rows.values()) if (b - a + 1 <= 0.3 * cap) thin++;
  const mid = (from: number, to: number) => {
    const xs = [...rows].filter(([y]) => y >= from && y <= to).map(([, [a, b]]) => (a + b) / 2);
    return xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
  };
  const q = h / 4;
  return thin >= 0.85 * rows.size && mid(c.y0, c.y0 + q) - mid(c.y1 - q, c.y1) >= 0.12 * cap;
}

/**
 * The page x where the printed symbol's slash starts in a glued word, or undefined when it is not
 * found surely (touching the last digit, or another slanted stroke among the capitals).
 */
export function gluedSlash(img: PageImage, word: BBox, letters: number): number | undefined {
  return gluedSlashCap(img, word, letters)?.x;
}

/** The slash's page x and the printed capitals' height (page units), as gluedSlash finds them. */
export function gluedSlashCap(img: PageImage, word: BBox, letters: number): { x: number; cap: number } | undefined {
  const c = cut(img, word);
  if (!c) return undefined;
  const { g } = c;
  const t = otsu(g);
  const comps = components(g, t).filter((k) => k.pixels.length >= 6);
  // The printed capitals' band: the pieces in the word's right third (the symbol's end).
  const tail = comps.filter((k) => (k.x0 + k.x1) / 2 > g.width * 0.67 && k.y1 - k.y0 > g.height * 0.25);
  if (tail.length < 2) return undefined;
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const top = med(tail.map((k) => k.y0));
  const bottom = med(tail.map((k) => k.y1));
  const cap = bottom - top;
  if (cap < 6) return undefined;
  const tall = comps.filter((k) => k.y1 - k.y0 >= 0.5 * cap).sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i < tall.length; i++) {
    if (!isSlash(tall[i]!, g.width, top, bottom)) continue;
    const right = tall.slice(i + 1);
    // To its right: the symbol's capitals only, in the band, about as many pieces as letters (touching ones merge).
    const printed = right.every((k) => k.y0 >= top - 0.25 * cap && k.y1 <= bottom + 0.25 * cap && !isSlash(k, g.width, top, bottom));
    if (!printed || right.length < Math.ceil(letters / 2) || right.length > letters) return undefined;
    // Digits to its left, set apart from it.
    if (!tall.slice(0, i).some((k) => k.x1 < tall[i]!.x0 - 1)) return undefined;
    return { x: (c.x0 + tall[i]!.x0) / img.scale, cap: cap / img.scale };
  }
  return undefined;
}
