// Item markers as the OCR misreads them at the start of a line on real scans,
// put back before the text is assembled: "1." read as "]." or "|." (the digit
// one is a thin upright stroke), "7." read as "7:" (a speck above the point),
// "b)" read as "b}" or "b]", and a speck of the paper read as a comma or a
// quote before the marker ("„ 8."). Official letters number their items
// "1.", "2." and "a)", "b)" (Nghị định 30/2020, Phụ lục I); none begins a line
// with a bracket, a bar or a lone comma. Each fix is a named rule.
import type { OcrWord } from './pool.js';

export interface MarkerRule {
  id: string;
  description: string;
  /** The line's words with the first one(s) repaired, or undefined when the rule does not apply. */
  apply(words: OcrWord[]): OcrWord[] | undefined;
}

/** The word after the marker starts a sentence: a capital letter (the lead, or the action). */
const CAPITAL = /^[\p{Lu}]/u;
const MARKER = /^(?:\d{1,2}[.)]|[a-zđ]\))$/u;

const retext = (words: OcrWord[], text: string): OcrWord[] => [{ ...words[0]!, text }, ...words.slice(1)];

export const MARKER_RULES: MarkerRule[] = [
  {
    id: 'ocr.marker.speck',
    description: 'a lone comma, quote, point, bar or thin letter before an item marker opening the line ("„ 8. Hiệp hội", "i 3. Bộ trưởng") is a speck of the paper: dropped',
    apply: (ws) => (ws.length > 2 && /^(?:[„,.'`´‘’“”"·•]{1,2}|[ilj|!¡])$/u.test(ws[0]!.text) && MARKER.test(ws[1]!.text) && CAPITAL.test(ws[2]!.text) ? ws.slice(1) : undefined),
  },
  {
    id: 'ocr.marker.one',
    description: 'a bracket, bar or exclamation mark with a point opening the line before a capital ("]. Sinh viên") is the item marker "1."',
    apply: (ws) => (ws.length > 1 && /^[\]|!\[][.,]$/.test(ws[0]!.text) && CAPITAL.test(ws[1]!.text) ? retext(ws, '1.') : undefined),
  },
  {
    id: 'ocr.marker.colon',
    description: 'a number with a colon opening the line before a capital ("7: UBND các huyện") is the item marker with a point ("7.")',
    apply: (ws) => (ws.length > 1 && /^\d{1,2}[:;]$/.test(ws[0]!.text) && CAPITAL.test(ws[1]!.text) ? retext(ws, `${ws[0]!.text.slice(0, -1)}.`) : undefined),
  },
  {
    id: 'ocr.marker.brace',
    description: 'a letter or number with a brace or bracket opening the line ("b} Ủy ban") is the item marker with a parenthesis ("b)")',
    apply: (ws) => (ws.length > 1 && /^(?:[a-zđ]|\d{1,2})[}\]]$/u.test(ws[0]!.text) && CAPITAL.test(ws[1]!.text) ? retext(ws, `${ws[0]!.text.slice(0, -1)})`) : undefined),
  },
];

/** The line's words with its opening item marker repaired (the same array when nothing changed). */
export function fixMarkerLine(words: OcrWord[]): OcrWord[] {
  let out = words;
  for (const r of MARKER_RULES) out = r.apply(out) ?? out;
  return out;
}
