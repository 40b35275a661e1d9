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
  it('follows the body where it writes the word lower case more often', () => {
    expect(bodyCase('Phát động phong trào thi đua', 'phát động Phong trào thi đua; tiếp tục phong trào thi đua và phong trào thi đua')).toBe('Phát động phong trào thi đua');
  });
});
