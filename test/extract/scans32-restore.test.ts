// Scan tones the restorer reads again (made-up sentences): over vowels without a
// hat the hook and the acute are confused (restore.scan.hook-acute), and â and ă
// under a stacked mark are read one for the other (restore.scan.hat-breve).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDecoder, tablesDir } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { SCAN_OPTIONS } from '../../src/restore/options.js';
import { Layer } from '../../src/layer.js';

let scan: Decoder;

/** Every word of `s` read by the OCR at confidence 96, those in `weak` at 60. */
function restore(s: string, weak: string[] = []): string {
  const ocr = [...s.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, confidence: weak.includes(m[0]) ? 60 : 96 }));
  return Layer.derive(s, scan.restore(s, ocr).edits).text;
}

beforeAll(() => {
  scan = loadDecoder(tablesDir(), SCAN_OPTIONS);
});

describe('restore.scan.hook-acute', () => {
  it('reads the hook the scan turned into an acute, or added, over i, u, o', () => {
    const s = 'Ủy ban nhân dân tính Hòa Sơn đề nghị các sở rà soát thú tục hành chính, chỉ phí thực hiện và báo cáo Chính phú trước ngày 20 tháng 5.';
    expect(restore(s, ['tính', 'thú', 'chỉ', 'phú'])).toBe('Ủy ban nhân dân tỉnh Hòa Sơn đề nghị các sở rà soát thủ tục hành chính, chi phí thực hiện và báo cáo Chính phủ trước ngày 20 tháng 5.');
  });

  it('keeps the same words where they are right', () => {
    const s = 'Sở Tài chính tính toán, chỉ đạo các phòng chi trả đúng hạn; thủ trưởng đơn vị chịu trách nhiệm.';
    expect(restore(s, ['tính', 'chỉ', 'chi', 'thủ'])).toBe(s);
  });
});

describe('restore.scan.hat-breve', () => {
  it('reads â for ă under a stacked mark where the model wants it', () => {
    const s = 'Hồ sơ thuộc thắm quyền giải quyết của Sở Xây dựng tỉnh Hòa Sơn.';
    expect(restore(s, ['thắm'])).toBe('Hồ sơ thuộc thẩm quyền giải quyết của Sở Xây dựng tỉnh Hòa Sơn.');
  });
});
