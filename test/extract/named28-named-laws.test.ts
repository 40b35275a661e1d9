// Laws cited by name (named28): examples in brackets after a kind of law, a typing slip in an amending law's name, an
// abbreviation that starts a full name, the head of a longer name. The sentences and most laws are made up.
import { describe, expect, it } from 'vitest';
import { findNamedReferences } from '../../src/extract/references.js';
import { loadExtractor } from '../../src/extract/index.js';

describe('named28: laws cited by name', () => {
  it('names each law in brackets after a kind of law in lower case (reference.named-bracket-examples)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Sơ kết các Luật chuyên ngành (Luật Hòa giải ở cơ sở, Luật Thư viện) để kiến nghị sửa đổi.'))
      .toEqual(['Luật Hòa giải ở cơ sở', 'Luật Thư viện']);
    // Another name of the law before the brackets is still not named.
    expect(findNamedReferences('Thực hiện Luật Bảo tồn Di sản Hòa Sơn (Luật Di sản vùng) từ năm 2029.')).toEqual(['Luật Bảo tồn Di sản Hòa Sơn']);
  });

  it('reads "sử đổi" as an amending law (reference.named-amends-slip)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Căn cứ Luật sử đổi, bổ sung một số điều của Luật Thư viện ngày 3 tháng 4 năm 2029;'))
      .toEqual(['Luật sử đổi, bổ sung một số điều của Luật Thư viện']);
  });

  it('drops an abbreviation whose letters start a full name (reference.named-abbreviation-head)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Thực hiện Luật Bảo tồn Di sản Hòa Sơn; tuyên truyền Luật BTDS Hòa Sơn đến Nhân dân.'))
      .toEqual(['Luật Bảo tồn Di sản Hòa Sơn']);
  });

  it('drops the head of a longer name unless it is a law of its own (reference.named-short-form)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Căn cứ Luật Bảo tồn cảnh quan vùng núi Hòa Sơn; theo Điều 5 Luật Bảo tồn.'))
      .toEqual(['Luật Bảo tồn cảnh quan vùng núi Hòa Sơn']);
    expect(findNamedReferences('theo Luật Đầu tư công và Luật Đầu tư.')).toEqual(['Luật Đầu tư công', 'Luật Đầu tư']);
  });

  it('knows a law whose name holds a verb (dictionaries/extract/laws.tsv)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Triển khai Luật Thực hiện dân chủ ở cơ sở tại các thôn.')).toEqual(['Luật Thực hiện dân chủ ở cơ sở']);
  });
});

describe('named28: law as a field of study', () => {
  it('names no law in a school or a field (reference.named-school)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Mời Trường Đại học Luật Hòa Sơn và Khoa Luật Kinh tế tham dự; theo Luật Thư viện.')).toEqual(['Luật Thư viện']);
  });
});
