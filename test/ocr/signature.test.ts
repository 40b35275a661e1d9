// The signature column read again from a crop: which of its lines count as print.
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../src/ocr/pool.js';
import { keepPrinted, sureInColumn } from '../../src/ocr/signature.js';

/** A line of words with their confidences: "THỦ:93 TƯỚNG:92". */
function line(spec: string): OcrLine {
  let x = 0;
  const words = spec.split(' ').map((t) => {
    const at = t.lastIndexOf(':');
    const w = { text: t.slice(0, at), confidence: Number(t.slice(at + 1)), bbox: { x0: x, y0: 0, x1: x + 80, y1: 40 } };
    x += 100;
    return w;
  });
  return { words, bbox: { x0: 0, y0: 0, x1: x, y1: 40 }, paragraph: 0 };
}
const texts = (ls: OcrLine[]) => ls.map((l) => l.words.map((w) => w.text).join(' '));

describe('signature column, read again', () => {
  it('keeps the title and the name, drops the seal\'s and the signature\'s specks', () => {
    const got = keepPrinted([
      line('ZZAG__:35 CỒKT.:50 THỦ:93 TƯỚNG:93'),
      line('/&/ZŒS:0 ŸẦẦO:0 THỦ:93 TƯỚNG:92'),
      line('SƯ:3 AI:39 NA:8'),
      line('kè:65 *:89 quÏ!:11 4:55 A:70'),
      line('NI:41 0:79 Đức:93 Phớc:91 Ñ:69'),
      line('—:0 Hô:75 Đức:93 Phớc:92'),
    ]);
    expect(texts(got)).toEqual(['KT. THỦ TƯỚNG', 'THỦ TƯỚNG', 'Đức Phớc', 'Hô Đức Phớc']);
  });

  it('leaves an authority read as such alone', () => {
    expect(texts(keepPrinted([line('KT.:90 CHỦ:95 TỊCH:95'), line('TM.:88 ỦY:90 BAN:90')]))).toEqual(['KT. CHỦ TỊCH', 'TM. ỦY BAN']);
  });

  it('does not count copies that run on past the middle as the signer\'s column read', () => {
    const all = () => true;
    expect(sureInColumn([line('Chính:93 phủ;:92'), line('ương;:91'), line('tướng:90'), line('QHĐP,:93 PL;:92')], all).flat()).toEqual([]);
    expect(sureInColumn([line('KT.:90 BỘ:95 TRƯỞNG:95'), line('Lê:92 Văn:93 An:91')], all).flat().map((w) => w.text)).toEqual(['KT.', 'BỘ', 'TRƯỞNG', 'Lê', 'Văn', 'An']);
  });
});
