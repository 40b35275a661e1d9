// Issuers of cited documents (issue 9, refs25): forms read on made-up text.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const issuers = async (text: string) => Object.fromEntries((await run(text)).e.references.map((r) => [r.number, r.issuer]));

describe('reference.issuer-own-city', () => {
  it('a capitalised "Thành phố" or "Tỉnh" is the document\'s own place; in lower case it is kept as printed', async () => {
    const by = await issuers(
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 41/KH-UBND\n\nThực hiện Kế hoạch số 17/KH-UBND ngày 03/02/2025 của UBND Thành phố về chỉnh trang đô thị và Quyết định số 18/QĐ-UBND ngày 04/02/2025 của Ủy ban nhân dân thành phố về giao vốn.\n',
    );
    expect(by['17/KH-UBND']).toBe('Ủy ban nhân dân thành phố Hải Phòng');
    expect(by['18/QĐ-UBND']).toBe('Ủy ban nhân dân thành phố');
  });

  it('a province\'s council cites its committee "Tỉnh"; a department of the province keeps it bare', async () => {
    const council = await issuers('HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\nSố: 09/NQ-HĐND\n\nXét Tờ trình số 33/TTr-UBND ngày 02/6/2025 của Ủy ban nhân dân Tỉnh về điều chỉnh dự toán.\n');
    expect(council['33/TTr-UBND']).toBe('Ủy ban nhân dân tỉnh An Giang');
    const dept = await issuers('UBND TỈNH AN GIANG\nSỞ TÀI CHÍNH\nSố: 77/STC-NS\n\nThực hiện Công văn số 34/UBND-KT ngày 03/6/2025 của Ủy ban nhân dân Tỉnh về dự toán.\n');
    expect(dept['34/UBND-KT']).toBe('Ủy ban nhân dân Tỉnh');
  });
});

describe('reference.issuer-party-committee', () => {
  it('"của Tỉnh ủy", "của Thành ủy Thành phố": the place\'s Party committee, named bare', async () => {
    const by = await issuers(
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 52/KH-UBND\n\nThực hiện Kế hoạch số 140-KH/TU ngày 12/5/2025 của Tỉnh ủy về chuyển đổi số, Chương trình số 21-CTr/TU ngày 30/6/2025 của Thành ủy Thành phố về đô thị thông minh và Kết luận số 5-KL/HU ngày 02/7/2025 của Huyện ủy về giao thông.\n',
    );
    expect(by['140-KH/TU']).toBe('Tỉnh ủy');
    expect(by['21-CTr/TU']).toBe('Thành ủy thành phố Cần Thơ');
    expect(by['5-KL/HU']).toBe('Huyện ủy');
  });
});
