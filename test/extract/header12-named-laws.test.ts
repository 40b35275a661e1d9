// Laws cited by name (header12): an amending law of one or two laws is one name, whole, and the laws inside it are not
// named from it; an omnibus law of three or more is named law by law; a listed name with a comma keeps its capital word.
// The sentences are made up.
import { describe, expect, it } from 'vitest';
import { findNamedReferences } from '../../src/extract/references.js';
import { loadExtractor } from '../../src/extract/index.js';

describe('header12: named laws (reference.amending-law)', () => {
  it('names an amending law of two laws whole', async () => {
    await loadExtractor();
    expect(findNamedReferences('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục và Luật Giáo dục đại học ngày 10 tháng 5 năm 2027;'))
      .toEqual(['Luật sửa đổi, bổ sung một số điều của Luật Giáo dục và Luật Giáo dục đại học']);
  });

  it('names an amending law of one law whole, and that law where it is cited alone', async () => {
    await loadExtractor();
    expect(findNamedReferences('Căn cứ Luật Đất đai ngày 18 tháng 1 năm 2027;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 3 tháng 6 năm 2028;'))
      .toEqual(['Luật Đất đai', 'Luật sửa đổi, bổ sung một số điều của Luật Đất đai']);
  });

  it('names the laws of an omnibus amendment each', async () => {
    await loadExtractor();
    expect(findNamedReferences('Thực hiện Luật sửa đổi, bổ sung một số điều của Luật Dược, Luật Dân số, Luật Hóa chất và Luật Đo lường ngày 2 tháng 7 năm 2027,'))
      .toEqual(['Luật Dược', 'Luật Dân số', 'Luật Hóa chất', 'Luật Đo lường']);
  });

  it('keeps a known name whose listed word after the comma is capitalised', async () => {
    await loadExtractor();
    expect(findNamedReferences('theo quy định của Luật Thi đua, Khen thưởng và Luật Đất đai.')).toEqual(['Luật Thi đua, Khen thưởng', 'Luật Đất đai']);
  });
});
