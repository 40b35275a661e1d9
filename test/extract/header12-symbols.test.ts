// Symbols of cited documents (header12): a hyphen an OCR read twice, and a code ending in a letter that is no OCR slip.
// The sentences are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('header12: reference symbols', () => {
  it('reads a symbol whose hyphen was read twice (reference.double-dash)', async () => {
    const { e } = await run('Thực hiện Công điện số 412/CĐ- -TTg ngày 3/5/2027 của Thủ tướng Chính phủ, Sở Y tế đề nghị các bệnh viện rà soát.');
    expect(e.references.map((r) => r.number)).toEqual(['412/CĐ-TTg']);
  });

  it('keeps the last letter of a code rather than reading it as OCR noise', async () => {
    const { e } = await run('Cục Thuế đã có Công văn số 515/CT-KTNB ngày 4/3/2027 trả lời đơn của bà Lê Thị Hoa.');
    expect(e.references.map((r) => r.number)).toEqual(['515/CT-KTNB']);
  });
});
