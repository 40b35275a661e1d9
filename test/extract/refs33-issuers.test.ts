// Issuers of cited documents (issue 9, branch refs33), on made-up text.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const issuers = async (text: string) => Object.fromEntries((await run(text)).e.references.map((r) => [r.number, r.issuer]));

describe('reference.issuer-standing', () => {
  it('names the standing members of a Party committee or a council', async () => {
    const by = await issuers(
      'Thực hiện Thông báo số 140-TB/TU ngày 07/7/2029 của Thường trực Tỉnh ủy về tình hình; Công văn số 30/HĐND-VP ngày 06/5/2029 của Thường trực HĐND tỉnh.\n',
    );
    expect(by['140-TB/TU']).toBe('Thường trực Tỉnh ủy');
    expect(by['30/HĐND-VP']).toBe('Thường trực Hội đồng nhân dân tỉnh');
  });
});

describe('reference.issuer-joint-document', () => {
  it('names every body of a joint document listed after "của"', async () => {
    const by = await issuers(
      'Căn cứ Thông tư liên tịch số 20/2029/TTLT-BCA-BQP ngày 30/5/2029 của Bộ Công an, Bộ Quốc phòng quy định phối hợp;\n' +
        'Căn cứ Thông tư liên tịch số 07/2029/TTLT-BYT-BGDĐT ngày 10/5/2029 của liên Bộ Y tế - Bộ Giáo dục và Đào tạo quy định;\n' +
        'Căn cứ Nghị quyết liên tịch số 09/2029/NQLT-CP-UBTWMTTQVN ngày 17/4/2029 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;\n',
    );
    expect(by['20/2029/TTLT-BCA-BQP']).toBe('Bộ Công an, Bộ Quốc phòng');
    expect(by['07/2029/TTLT-BYT-BGDĐT']).toBe('liên Bộ Y tế - Bộ Giáo dục và Đào tạo');
    expect(by['09/2029/NQLT-CP-UBTWMTTQVN']).toBe('Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam');
  });

  it('names every body listed before "ban hành"', async () => {
    const by = await issuers('Ngày 15/11/2029, Liên Bộ Tài chính, Bộ Nội vụ ban hành Thông tư liên tịch số 03/2029/TTLT-BTC-BNV hướng dẫn.\n');
    expect(by['03/2029/TTLT-BTC-BNV']).toBe('Liên Bộ Tài chính, Bộ Nội vụ');
  });
});

describe('agency.known-level-place', () => {
  it('reads a known body named by its level on to the place\'s name', async () => {
    const by = await issuers('Căn cứ Nghị quyết số 14/2029/NQ-HĐND ngày 08/12/2029 của HĐND tỉnh Hòa Sơn quy định mức chi;\n');
    expect(by['14/2029/NQ-HĐND']).toBe('Hội đồng nhân dân tỉnh Hòa Sơn');
  });
});

describe('reference.issuer-passed', () => {
  it('takes the body that passed a law named between its kind and its number', async () => {
    const by = await issuers('Quốc hội đã thông qua Luật Bảo tồn Di sản số 31/2029/QH19 ngày 18/01/2029, có hiệu lực từ ngày 01/8/2029.\n');
    expect(by['31/2029/QH19']).toBe('Quốc hội');
  });

  it('takes the day said before the body that passed it', async () => {
    const { e } = await run('2. Ngày 16/6/2029, Quốc hội\nđã thông qua Luật Bảo tồn đồi cát số 72/2029/QH19 với những quy\nđịnh mới.\n');
    expect(e.references[0]).toMatchObject({ number: '72/2029/QH19', date: '2029-06-16', issuer: 'Quốc hội' });
  });
});

describe('reference.issuer-by-after', () => {
  it('takes the body said after the number with "do ... ban hành"', async () => {
    const by = await issuers('Thực hiện Kế hoạch số 05/KH-UBND ngày 02/02/2029 do Ủy ban nhân dân huyện Bắc Sơn ban hành.\n');
    expect(by['05/KH-UBND']).toBe('Ủy ban nhân dân huyện Bắc Sơn');
  });
});

describe('reference.issuer-of-assembly', () => {
  it('reads a committee of the National Assembly with "Quốc hội" and its term', async () => {
    const by = await issuers(
      'Bộ Y tế nhận được kiến nghị do Ủy ban Dân nguyện và Giám sát Quốc hội khóa XIX chuyển đến tại Văn bản số 16/UBDNGS19 ngày 28/10/2029.\n' +
        'Thực hiện Báo cáo số 12/BC-UBKT ngày 02/3/2029 của Ủy ban Kinh tế Quốc hội về tình hình.\n',
    );
    expect(by['16/UBDNGS19']).toBe('Ủy ban Dân nguyện và Giám sát Quốc hội khóa XIX');
    expect(by['12/BC-UBKT']).toBe('Ủy ban Kinh tế Quốc hội');
  });
});
