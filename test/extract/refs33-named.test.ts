// Laws cited by name (issue 9, branch refs33): mentions that name no law. Made-up sentences.
import { describe, expect, it } from 'vitest';
import { findNamedReferences } from '../../src/extract/references.js';
import { loadExtractor } from '../../src/extract/index.js';

describe('refs33: mentions that name no law', () => {
  it('matches a listed law with its marks when the text writes marks (reference.named-known-marks)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Hội Luật gia tỉnh phối hợp tuyên truyền; dự thảo Luật được gửi xin ý kiến.')).toEqual([]);
    // Written with the law's marks (the case aside), it is the law.
    expect(findNamedReferences('Thực hiện Luật giá và Luật Dược.')).toEqual(['Luật giá', 'Luật Dược']);
  });

  it('ends a name at a passive or modal word (reference.named-stop-modal)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Vi phạm Luật Bảo tồn đồi cát bị xử lý nghiêm; Luật Chợ phiên cần sửa đổi.')).toEqual(['Luật Bảo tồn đồi cát', 'Luật Chợ phiên']);
  });

  it('does not read "Luật" in a firm\'s or a journal\'s name (reference.named-body-name)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Phối hợp với Công ty Luật TNHH Minh Khang và Tạp chí Luật Học Đông Sơn.')).toEqual([]);
  });

  it('reads a name over a page number (reference.named-page-break)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Căn cứ Luật Bảo tồn đồi cát ven\n\n12\n\nbiển phía nam ngày 19/6/2029;')).toEqual(['Luật Bảo tồn đồi cát ven biển phía nam']);
  });

  it('takes no unlisted name from the line after a short line that ends with the kind word (reference.named-line-end)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Đề nghị phổ biến Luật\nTrân trọng./.')).toEqual([]);
    // A wrapped paragraph goes on.
    expect(findNamedReferences('Các cơ quan, đơn vị tổ chức phổ biến, quán triệt nội dung của Luật\nBảo tồn đồi cát tới cán bộ.')).toEqual(['Luật Bảo tồn đồi cát']);
  });

  it('ends a name before "và" and a document\'s kind (reference.named-stop-kind)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Thực hiện Luật Bảo tồn đồi cát và Nghị định số 12/2029/NĐ-CP hướng dẫn.')).toEqual(['Luật Bảo tồn đồi cát']);
    expect(findNamedReferences('Thực hiện Luật Chợ phiên và Chỉ thị của Thủ tướng.')).toEqual(['Luật Chợ phiên']);
  });

  it('ends a name before a place or a part of a law (reference.named-stop-modal)', async () => {
    await loadExtractor();
    expect(findNamedReferences('Triển khai Luật Bảo tồn đồi cát trên địa bàn tỉnh Hòa Sơn; Điều 5 Luật Chợ phiên, khoản 2 Điều 7 Luật Bến bãi.'))
      .toEqual(['Luật Bảo tồn đồi cát', 'Luật Chợ phiên', 'Luật Bến bãi']);
  });
});
