// ocr.mark-piece: on real scans the OCR sometimes reads a word's last vowel twice: once in the word without its tone
// ("Tô") and once more, with the mark, as a word of its own ("Ổ", "ồ", or a "6" for the vowel and its hook) whose box
// starts inside the word's box. Words parted by a space never overlap so, and a lone marked vowel or a 6 overlapping a
// word that ends in the same toneless vowel is that vowel's mark: the mark goes onto the word and the piece is dropped.
import type { OcrWord } from './pool.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
const HOOK = '\u0309';

const nfd = (s: string) => s.normalize('NFD');

/** The words of one line with mark pieces joined to their word (the same array when none). */
export function joinMarkPieces(words: OcrWord[], fired?: () => void): OcrWord[] {
  let out = words;
  for (let i = 1; i < out.length; i++) {
    const w = out[i]!;
    const prev = out[i - 1]!;
    const text = w.text.normalize('NFC');
    // The piece starts inside the word before it and is narrower than it.
    if (!(w.bbox.x0 > prev.bbox.x0 && w.bbox.x0 < prev.bbox.x1 && w.bbox.x1 - w.bbox.x0 < prev.bbox.x1 - prev.bbox.x0)) continue;
    const before = nfd(prev.text.normalize('NFC'));
    // The word ends in a vowel (hat kept, NFC) and carries no tone: its mark was lost.
    const last = prev.text.normalize('NFC').slice(-1);
    if (TONES.test(before) || !/^[aeiouyăâêôơư]$/iu.test(last)) continue;
    let tone: string | undefined;
    if (text === '6') tone = HOOK;
    else {
      // A lone vowel, hatted or not, with a tone: the same vowel as the word's last.
      const d = nfd(text.toLowerCase());
      const base = d.replace(TONES, '').normalize('NFC');
      if (base === last.toLowerCase() && d.length - base.normalize('NFD').length === 1) tone = TONES.exec(d)?.[0];
    }
    if (!tone) continue;
    const joined = (prev.text.normalize('NFC').slice(0, -1) + (last + tone).normalize('NFC')).normalize('NFC');
    if (out === words) out = [...words];
    out.splice(i - 1, 2, { ...prev, text: joined, confidence: Math.min(prev.confidence, w.confidence), bbox: { ...prev.bbox, y0: Math.min(prev.bbox.y0, w.bbox.y0), x1: Math.max(prev.bbox.x1, w.bbox.x1) } });
    fired?.();
    i--;
  }
  return out;
}
