import { describe, expect, it } from 'vitest';
import { Layer } from '../../src/layer.js';
import { modernTone, normalizeText } from '../../src/normalize/index.js';

const norm = (s: string) => Layer.derive(s, normalizeText(s));

describe('normalize', () => {
  it('moves old-style tones on open oa/oe/uy syllables, not elsewhere', () => {
    expect(modernTone('hoà')).toBe('hòa');
    expect(modernTone('HOÀ')).toBe('HÒA');
    expect(modernTone('Uỷ')).toBe('Ủy');
    expect(modernTone('khoẻ')).toBe('khỏe');
    expect(modernTone('quý')).toBe('quý');
    expect(modernTone('Quí')).toBe('Quý');
    expect(modernTone('quì')).toBe('quỳ');
    expect(modernTone('qui')).toBe('qui');
    expect(modernTone('hoàng')).toBe('hoàng');
    expect(modernTone('toàn')).toBe('toàn');
  });

  it('composes NFD input, unifies line ends and spaces, strips trailing spaces', () => {
    const nfd = 'Ủy ban nhân dân'.normalize('NFD');
    const l = norm(`${nfd}\r\nCộng\thòa  \r\nx\u00a0y\u200b`);
    expect(l.text).toBe('Ủy ban nhân dân\nCộng hòa\nx y');
  });

  it('writes Cyrillic look-alikes inside Latin words as Latin letters, and leaves Cyrillic words alone', () => {
    const l = norm('Nghị định ngày 30/8/2019 c\u1ee7\u0430 Chính phủ; Ph\u043eng; \u0441\u0430\u0445\u0430\u0440');
    expect(l.text).toBe('Nghị định ngày 30/8/2019 của Chính phủ; Phong; \u0441\u0430\u0445\u0430\u0440');
  });

  it('keeps offsets traceable to the raw text', () => {
    const raw = 'Cộng hoà   \r\nxã hội';
    const l = norm(raw);
    const at = l.text.indexOf('xã');
    expect(raw.slice(l.toPrev(at), l.toPrev(at + 6, 'end'))).toBe('xã hội');
    const h = l.text.indexOf('hòa');
    expect(raw.slice(l.toPrev(h), l.toPrev(h + 3, 'end'))).toBe('hoà');
  });

  it('leaves clean text untouched', () => {
    const clean = 'Số: 1215/TTg-KSTT\n\fTrang 2';
    expect(normalizeText(clean)).toEqual([]);
  });
});

import { vietnameseScore } from '../../src/normalize/language.js';
import { readFileSync } from 'node:fs';
import { packagePath } from '../../src/paths.js';

describe('vietnameseScore', () => {
  it('is high for Vietnamese, also garbled by an English OCR model, and low for English', () => {
    for (const seed of ['000_9a9f0e856bf5f00b.txt', '001_eda59625cfa00c8b.txt', '003_abee751478d7f732.txt']) {
      expect(vietnameseScore(readFileSync(packagePath('seeds', seed), 'utf8')).valid).toBeGreaterThan(0.75);
    }
    const english = 'The Ministry of Science and Technology shall coordinate with the relevant agencies to complete the national digital architecture framework before the end of the year.';
    expect(vietnameseScore(english).valid).toBeLessThan(0.6);
  });
});
