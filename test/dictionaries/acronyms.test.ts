// The acronyms with Đ derived from the sources (dictionaries/restore/acronyms.ts), on made-up texts.
import { describe, it, expect } from 'vitest';
import { deriveAcronyms } from '../../dictionaries/restore/acronyms.js';

describe('deriveAcronyms', () => {
  it('keeps an acronym with Đ seen in two documents, not one seen in one', () => {
    const docs = ['Báo cáo của PGĐ Sở.', 'Ý kiến PGĐ phụ trách; mã XYĐQ.', 'Văn bản XYĐQ số 2.'];
    expect(deriveAcronyms(docs)).toEqual(['PGĐ', 'XYĐQ']);
    expect(deriveAcronyms(docs.slice(0, 2))).toEqual(['PGĐ']);
  });

  it('drops an acronym whose plain-D letters are as common, and words in capitals', () => {
    const docs = ['Dự án DTPT và ĐTPT.', 'ĐTPT năm nay; DTPT khác.', 'PHONG TRÀO THI ĐUA', 'THI ĐUA YÊU NƯỚC'];
    expect(deriveAcronyms(docs)).toEqual([]);
  });
});
