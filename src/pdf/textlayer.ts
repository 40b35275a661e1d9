// A PDF page's text layer as lines of words (bbox in points of the page at
// 72 dpi, origin top-left), and the test of whether to trust it.
import type { BBox } from '../doc.js';
import type { OcrLine, OcrWord } from '../ocr/pool.js';

export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  /** A word of its own, whatever its distance to the text beside it (digits stamped over a blank). */
  alone?: boolean;
}

interface Chr {
  ch: string;
  /** The item's index when it is a word of its own. */
  alone?: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface RawLine {
  base: number;
  size: number;
  chars: Chr[];
}

/** Multiply two affine matrices [a b c d e f]. */
export function mul(m1: number[], m2: number[]): number[] {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

/**
 * Group text items into lines by baseline, then into words. `viewport` is the
 * page transform at scale 1 (PDF user space to top-left points).
 */
export function textLines(items: TextItemLike[], viewport: number[]): OcrLine[] {
  const raw: RawLine[] = [];
  for (const [k, it] of items.entries()) {
    if (!it.str) continue;
    const t = mul(viewport, it.transform);
    const size = Math.hypot(t[2]!, t[3]!) || it.height || 1;
    const x = t[4]!;
    const base = t[5]!;
    // Item width is in user space: scale it like the font's x axis.
    const sx = Math.hypot(viewport[0]!, viewport[1]!);
    const w = it.width * sx;
    const chars = [...it.str.normalize('NFC')];
    const step = chars.length ? w / chars.length : 0;
    let line = raw.find((l) => Math.abs(l.base - base) < 0.4 * Math.max(size, l.size));
    if (!line) raw.push((line = { base, size, chars: [] }));
    chars.forEach((ch, i) => {
      line!.chars.push({ ch, x0: x + i * step, x1: x + (i + 1) * step, y0: base - size * 0.85, y1: base + size * 0.25, alone: it.alone ? k : undefined });
    });
  }
  raw.sort((a, b) => a.base - b.base);
  const lines: OcrLine[] = [];
  const pitches = raw.slice(1).map((l, i) => l.base - raw[i]!.base).filter((d) => d > 0).sort((a, b) => a - b);
  const pitch = pitches[pitches.length >> 1] ?? 0;
  let para = 0;
  let prevBase: number | undefined;
  for (const l of raw) {
    // Keep items' order by x; a gap wider than a fraction of the font size is a space.
    let chars = l.chars.sort((a, b) => a.x0 - b.x0);
    // The spaces of a blank that stamped digits fill would cut them.
    const stamps = chars.filter((c) => c.alone !== undefined);
    if (stamps.length) chars = chars.filter((c) => c.alone !== undefined || !/\s/u.test(c.ch) || !stamps.some((s) => s.x0 < c.x1 && c.x0 < s.x1));
    const words: OcrWord[] = [];
    let cur: Chr[] = [];
    const flush = () => {
      if (cur.length) words.push({ text: cur.map((c) => c.ch).join(''), bbox: span(cur), confidence: 100 });
      cur = [];
    };
    for (const c of chars) {
      const prev = cur[cur.length - 1];
      if (/\s/u.test(c.ch)) {
        flush();
        continue;
      }
      if (prev && (c.x0 - prev.x1 > l.size * 0.15 || c.alone !== prev.alone)) flush();
      cur.push(c);
    }
    flush();
    if (!words.length) continue;
    if (prevBase !== undefined && pitch && l.base - prevBase > pitch * 1.5) para++;
    prevBase = l.base;
    lines.push({ words, bbox: span(chars.filter((c) => !/\s/u.test(c.ch))), paragraph: para });
  }
  return lines;
}

function span(cs: Chr[]): BBox {
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    x0: r(Math.min(...cs.map((c) => c.x0))),
    y0: r(Math.min(...cs.map((c) => c.y0))),
    x1: r(Math.max(...cs.map((c) => c.x1))),
    y1: r(Math.max(...cs.map((c) => c.y1))),
  };
}

import type { VietnameseScore } from '../normalize/language.js';

export interface TrustInput {
  /** Non-space characters in the text layer. */
  chars: number;
  score: VietnameseScore;
  /** The page paints an image covering much of it (a scan). */
  bigImage: boolean;
}

/** Characters that make a page "covered" even with a scan image under it. */
export const FULL_PAGE_CHARS = 800;

/**
 * Trust the text layer when it reads as Vietnamese and covers the page: a
 * 180-character e-signature overlay on a scanned image does not.
 */
export function trustTextLayer(t: TrustInput): { trusted: boolean; why: string } {
  if (t.chars < 20) return { trusted: false, why: `text layer has ${t.chars} characters` };
  if (t.score.valid < 0.6 || t.score.marked < 0.25) {
    return { trusted: false, why: `text layer does not read as Vietnamese (${Math.round(t.score.valid * 100)}% syllables, ${Math.round(t.score.marked * 100)}% with marks)` };
  }
  if (t.bigImage && t.chars < FULL_PAGE_CHARS) {
    return { trusted: false, why: `text layer has only ${t.chars} characters over a scanned image` };
  }
  return { trusted: true, why: 'text layer' };
}
