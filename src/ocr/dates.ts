// The figures of a written date ("ngày 15 tháng 11 năm 2021", the form of every
// date line and of the dates of cited laws) as the OCR misreads them on real
// scans, put back before the text is assembled: a one read as a thin stroke
// ("năm 202]", "tháng 0]", "ngày l6", "tháng Ï ]") and a two-figure month or
// day read as two one-figure words ("tháng 1 1"). Only inside the three slots
// of the phrase, and only when the result is a day, month or year at all; each
// fix is a named rule.
import { fold } from '../fold.js';
import type { OcrWord } from './pool.js';

export interface DateRule {
  id: string;
  description: string;
}

export const DATE_RULES: DateRule[] = [
  {
    id: 'ocr.date.one-stroke',
    description: 'a stroke ("]", "|", "!", "l", "I", "Ï") among the figures of the day, month or year of "ngày .. tháng .. năm .." is the digit one',
  },
  {
    id: 'ocr.date.split-figure',
    description: 'two one-figure words close together in the day or month slot ("tháng 1 1 năm") are one two-figure number',
  },
  {
    id: 'ocr.date.six-letter',
    description: 'a lone "ó" or "ố" (any case) in the month slot after a printed day ("ngày 19 tháng ó năm 2015") is the figure six, which the OCR read as a letter',
  },
  {
    id: 'ocr.date.slash-split',
    description: 'a numeric date split by a gap inside its day or month ("1 9/6/2015", "] 9/6/2015", "08/1 1/2023"), the halves close together, is one date when the joined day and month are a day and month',
  },
];

/** A numeric date "d/m/yyyy" (maybe with a mark after it). */
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)([,.;:)]?)$/;

/** Strokes the OCR gives for a printed one. */
const STROKE = /[\][|!lIÏïíì]/gu;
const FIGURES = /^[\d\][|!lIÏïíì]{1,4}$/u;

type Slot = 'day' | 'month' | 'year';
const MAX: Record<Slot, number> = { day: 31, month: 12, year: 2100 };

const label = (w: OcrWord | undefined) => (w ? fold(w.text.normalize('NFC')).toLowerCase().replace(/[:.,;]+$/, '') : '');

/** The figure a slot's word stands for, strokes read as ones, or undefined when it is not one. */
function figure(text: string, slot: Slot): string | undefined {
  const t = text.replace(/[,.;]$/, '');
  if (!FIGURES.test(t)) return undefined;
  const f = t.replace(STROKE, '1');
  const n = Number(f);
  if (slot === 'year') return /^(19|20)\d\d$/.test(f) && /\d.*\d/.test(t.slice(0, 3)) ? f : undefined;
  return f.length <= 2 && n >= 1 && n <= MAX[slot] ? f : undefined;
}

/** A six the OCR read as a marked o. */
const SIX = /^[óÓốỐ][,.;]?$/u;

/** One figure (a stroke read as one), for the halves of a split number. */
const single = (text: string) => (/^[\d\][|!lIÏïíì]$/u.test(text) ? text.replace(STROKE, '1') : undefined);

/** The words of one line with the figures of its written dates repaired (the same array when nothing changed). */
export function fixDateLine(words: OcrWord[], fired?: (id: string) => void): OcrWord[] {
  let out = words;
  for (let t = 0; t < out.length; t++) {
    // "tháng0?": the month glued to its label; its year slot is still read.
    const glued = label(out[t]) !== 'thang';
    if (glued && !/^thang\S{1,3}$/.test(label(out[t]))) continue;
    let n = -1;
    for (let k = t + 1; k <= t + 3 && k < out.length; k++) if (label(out[k]) === 'nam') n = k;
    if (n < 0) continue;
    let g = -1;
    for (let k = t - 1; k >= t - 3 && k >= 0; k--) if (label(out[k]) === 'ngay') g = k;
    const slots: [number, number, Slot][] = glued ? [] : [[t, n, 'month']];
    if (g >= 0) slots.push([g, t, 'day']);
    if (n + 1 < out.length) slots.push([n, n + 2, 'year']);
    // Right to left, so a join does not move the slots still to fix.
    for (const [a, b, slot] of slots.sort((x, y) => y[0] - x[0])) {
      const inner = out.slice(a + 1, b);
      if (inner.length === 1) {
        const w = inner[0]!;
        const f = figure(w.text, slot);
        const tail = /[,.;]$/.test(w.text) ? w.text.slice(-1) : '';
        // A lone stroke with no digit by it may be a pen's mark in a blank: left.
        if (f && f + tail !== w.text && /\d/.test(w.text)) {
          if (out === words) out = [...words];
          out[a + 1] = { ...w, text: f + tail };
          fired?.('ocr.date.one-stroke');
        } else if (slot === 'month' && SIX.test(w.text) && g >= 0 && t - g === 2 && figure(out[g + 1]!.text, 'day')) {
          // Rule ocr.date.six-letter: only after a printed day, so a pen's mark in a blank month is left.
          if (out === words) out = [...words];
          out[a + 1] = { ...w, text: '6' + tail };
          fired?.('ocr.date.six-letter');
        }
      } else if (inner.length === 2 && slot !== 'year') {
        const [x, y] = inner as [OcrWord, OcrWord];
        const h = Math.max(x.bbox.y1 - x.bbox.y0, y.bbox.y1 - y.bbox.y0);
        const fx = single(x.text);
        const fy = single(y.text);
        const joined = fx && fy && fx !== '0' ? figure(fx + fy, slot) : undefined;
        if (joined && y.bbox.x0 - x.bbox.x1 < h * 0.8) {
          if (out === words) out = [...words];
          const word = { text: joined, confidence: Math.min(x.confidence, y.confidence), bbox: { x0: x.bbox.x0, y0: Math.min(x.bbox.y0, y.bbox.y0), x1: y.bbox.x1, y1: Math.max(x.bbox.y1, y.bbox.y1) } };
          out.splice(a + 1, 2, word);
          fired?.('ocr.date.split-figure');
        }
      }
    }
  }
  return fixSlashDates(out, words, fired);
}

/** Rule ocr.date.slash-split: two close words that joined read as a numeric date, split inside its day or month. */
function fixSlashDates(out: OcrWord[], words: OcrWord[], fired?: (id: string) => void): OcrWord[] {
  for (let k = out.length - 2; k >= 0; k--) {
    const [x, y] = [out[k]!, out[k + 1]!];
    if (SLASH_DATE.test(x.text) || SLASH_DATE.test(y.text)) {
      // Only a part that is no date alone: a one-figure day ("1" + "9/6/2015") or "08/1" + "1/2023".
      if (!(/^[\d\][|!lIÏ]$/u.test(x.text) && /^\d\//.test(y.text) && !/^\d\d\//.test(y.text))) continue;
    } else if (!(/^\d{1,2}\/\d$/.test(x.text) && /^\d\/(?:19|20)\d\d[,.;:)]?$/.test(y.text))) continue;
    const h = Math.max(x.bbox.y1 - x.bbox.y0, y.bbox.y1 - y.bbox.y0);
    if (y.bbox.x0 - x.bbox.x1 > h * 0.5) continue;
    const joined = x.text.replace(STROKE, '1') + y.text;
    const m = SLASH_DATE.exec(joined);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 31 || Number(m[2]) < 1 || Number(m[2]) > 12) continue;
    if (out === words) out = [...words];
    out.splice(k, 2, { text: joined, confidence: Math.min(x.confidence, y.confidence), bbox: { x0: x.bbox.x0, y0: Math.min(x.bbox.y0, y.bbox.y0), x1: y.bbox.x1, y1: Math.max(x.bbox.y1, y.bbox.y1) } });
    fired?.('ocr.date.slash-split');
  }
  return out;
}
