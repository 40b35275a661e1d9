import { describe, expect, it } from 'vitest';
import { bodyCase } from '../../src/extract/body-case.js';

describe('bodyCase (header.subject.body-case)', () => {
  const body = 'Để triển khai Chương trình mục tiêu quốc gia giảm nghèo, đồng chí Trần Minh Khoa chỉ đạo các phòng phối hợp. Chương trình gồm hai phần.';
  it('gives words the capital the body writes them with mid-sentence', () => {
    expect(bodyCase('Thực hiện chương trình mục tiêu quốc gia', body)).toBe('Thực hiện Chương trình mục tiêu quốc gia');
    expect(bodyCase('Kết luận của đồng chí trần minh khoa', body)).toBe('Kết luận của đồng chí Trần Minh Khoa');
  });
  it('takes no evidence from a capital after a full stop or from a word in capitals', () => {
    expect(bodyCase('Về chương trình gồm hai phần', 'Kế hoạch này. Chương trình gồm hai phần.')).toBe('Về chương trình gồm hai phần');
    expect(bodyCase('Về chương trình gồm', 'theo CHƯƠNG TRÌNH GỒM các mục')).toBe('Về chương trình gồm');
  });
  it('follows the body where it writes the pair lower case more often', () => {
    expect(bodyCase('Phát động phong trào thi đua', 'đã phát động Phong trào thi đua; tiếp tục phát động phong trào và phát động phong trào')).toBe('Phát động phong trào thi đua');
  });
  it('takes the word before as the nearer evidence than the word after', () => {
    // "Luật Bảo vệ ..." names a law; "bảo vệ" alone is common.
    const body = 'Căn cứ Luật Bảo vệ môi trường; công tác bảo vệ môi trường, việc bảo vệ rừng và bảo vệ nguồn nước theo Luật Bảo vệ môi trường.';
    expect(bodyCase('Thi hành Luật bảo vệ môi trường', body)).toBe('Thi hành Luật Bảo vệ môi trường');
  });
});

describe('bodyCase: levels before a name', () => {
  it('keeps a level word before a place name lower case, even where the body capitalises it', () => {
    const body = 'Các sở, ngành trên địa bàn Tỉnh Bình Sơn triển khai; Ủy ban nhân dân Tỉnh Bình Sơn chỉ đạo; Ban Thường vụ Tỉnh ủy.';
    expect(bodyCase('Phòng chống dịch trên địa bàn tỉnh Bình Sơn', body)).toBe('Phòng chống dịch trên địa bàn tỉnh Bình Sơn');
    expect(bodyCase('Kết luận của Ban Thường vụ tỉnh ủy', body)).toBe('Kết luận của Ban Thường vụ Tỉnh ủy');
  });
});
