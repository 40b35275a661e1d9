// Kinds of cited documents (issue 9, branch refs33), on made-up text: forms to fill are no documents, a number listed bare
// after another is of its kind, kinds the list lacked.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const refs = async (text: string) => Object.fromEntries((await run(text)).e.references.map((r) => [r.number, r]));

describe('reference.form-template', () => {
  it('does not cite the form of a record ("theo mẫu số 02/PĐK", "Mẫu 05/BBKT")', async () => {
    const by = await refs('Học sinh ghi phiếu theo mẫu số 02/PĐK của Quy chế, lập biên bản theo Mẫu 05/BBKT và gửi Công văn số 31/THPT-VP.\n');
    expect(Object.keys(by)).toEqual(['31/THPT-VP']);
  });
});

describe('reference.kind-list', () => {
  it('gives a number said bare after a comma the kind said before the one it follows', async () => {
    const by = await refs('Thực hiện văn bản số 201/SYT-NVY ngày 05/3/2029, số 233/SYT-NVY ngày 12/3/2029 của Sở Y tế, Trung tâm báo cáo.\n');
    expect(by['233/SYT-NVY']?.type).toBe('Văn bản');
    expect(by['233/SYT-NVY']?.rule).toBe('reference.kind-list');
    expect(by['233/SYT-NVY']?.issuer).toBe('Sở Y tế');
  });

  it('leaves a symbol whose code names another kind to its code', async () => {
    const by = await refs('Căn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2029, số 30/KH-UBND ngày 05/02/2029 của Ủy ban nhân dân huyện Hòa Sơn.\n');
    expect(by['30/KH-UBND']?.type).toBe('Kế hoạch');
  });
});

describe('kinds.tsv: Đơn đề nghị, Nghị quyết liên tịch', () => {
  it('reads the kinds in words', async () => {
    const by = await refs(
      'Theo đề nghị của Công ty TNHH Minh Phát tại Đơn đề nghị số 15/ĐĐN-MP ngày 20/5/2029.\n' +
        'Căn cứ Nghị quyết liên tịch số 09/2029/NQLT-CP-UBTWMTTQVN ngày 17/4/2029 hướng dẫn thi hành.\n',
    );
    expect(by['15/ĐĐN-MP']?.type).toBe('Đơn đề nghị');
    expect(by['09/2029/NQLT-CP-UBTWMTTQVN']?.type).toBe('Nghị quyết liên tịch');
  });
});
