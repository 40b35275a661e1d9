// Header forms of real documents (issue 9, header7): a number with its year inside the symbol, a date line without a
// comma, a signer's name after a rank or degree or wrapped over two lines, a trích yếu whose "Về" or "V/v" stands
// alone, an upper-case title over several lines, Party units and organ lines as issuers, and marked Nơi nhận lines.
// The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n';
const doc = (o: { issuer?: string; number?: string; date?: string; title?: string; body?: string; copies?: string; sign?: string }) =>
  `|\n${o.issuer ?? 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n-------'}\n|\n${MOTTO}|\n|\n${o.number ?? 'Số: 215/KH-UBND'}\n|\n${o.date ?? 'Quảng Ngãi, ngày 12 tháng 5 năm 2025'}\n|\n` +
  `${o.title ?? 'KẾ HOẠCH\nTriển khai phong trào thi đua trên địa bàn tỉnh'}\n` +
  `${o.body ?? 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n1. Sở Nội vụ chủ trì tổ chức phong trào thi đua, báo cáo trước ngày 30/6/2025.'}\n|\n` +
  `${o.copies ?? 'Nơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT.'}\n|\n${o.sign ?? 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Quốc Bảo'}\n|\n`;

describe('header7: number and date', () => {
  it('reads a number with its year inside the symbol (header.number.so-line-year)', async () => {
    const { e } = await run(doc({ number: 'Số: 37/2025/QĐ-UBND', title: 'QUYẾT ĐỊNH\nBan hành quy chế quản lý cụm công nghiệp' }));
    expect(e.document.number).toBe('37/2025/QĐ-UBND');
    expect(e.document.rules?.number).toBe('header.number.so-line-year');
  });

  it('reads a year-symbol split over two lines, not a later "Số" of the body', async () => {
    const { e } = await run(doc({ number: 'Số:\n58/2025/\nNQ-HĐND', title: 'NGHỊ QUYẾT\nQuy định mức chi hỗ trợ\nTheo Tờ trình Số 12/TTr-UBND của Ủy ban nhân dân tỉnh;' }));
    expect(e.document.number).toBe('58/2025/NQ-HĐND');
  });

  it('reads a date line without a comma after the place (header.date.place-line-no-comma)', async () => {
    const { e } = await run(doc({ date: 'Quảng Ngãi ngày 7 tháng 4 năm 2025' }));
    expect(e.document.date).toBe('2025-04-07');
    expect(e.document.place).toBe('Quảng Ngãi');
    expect(e.document.rules?.date).toBe('header.date.place-line-no-comma');
  });

  it('does not take "... ngày 7 tháng 4 năm 2025" in a sentence for the date line', async () => {
    const { e } = await run(doc({ date: '', body: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 7 tháng 4 năm 2025;\n1. Sở Nội vụ chủ trì.' }));
    expect(e.document.date).toBeNull();
  });

  it('reads a date whose year wrapped onto the next line (header.date.place-line)', async () => {
    const { e } = await run(doc({ date: 'Quảng Ngãi, ngày 7 tháng 4 năm\n2025' }));
    expect(e.document.date).toBe('2025-04-07');
  });
});

describe('header7: signer', () => {
  it('leaves a rank before the name out of it (header.signer.name-prefix)', async () => {
    const { e } = await run(doc({ issuer: 'BỘ QUỐC PHÒNG\n-------', number: 'Số: 88/KH-BQP', date: 'Hà Nội, ngày 3 tháng 6 năm 2025', sign: 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThiếu tướng Đỗ Văn Khải' }));
    expect(e.document.signer?.name).toBe('Đỗ Văn Khải');
    expect(e.document.rules?.signer).toBe('header.signer.name-prefix');
  });

  it('leaves a degree written with stops out of the name', async () => {
    const { e } = await run(doc({ sign: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPGS. TS. Lâm Thị Hạnh' }));
    expect(e.document.signer?.name).toBe('Lâm Thị Hạnh');
  });

  it('joins a name broken after the surname (header.signer.name-wrapped)', async () => {
    const { e } = await run(doc({ sign: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhan\nQuốc Toàn' }));
    expect(e.document.signer?.name).toBe('Phan Quốc Toàn');
    expect(e.document.rules?.signer).toBe('header.signer.name-wrapped');
  });

  it('joins a name broken before the last word', async () => {
    const { e } = await run(doc({ sign: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐặng Minh\nThư' }));
    expect(e.document.signer?.name).toBe('Đặng Minh Thư');
  });

  it('keeps a whole name when the line under it is no part of it', async () => {
    const { e } = await run(doc({ sign: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐặng Minh Thư\nNguyễn Văn Tám' }));
    expect(e.document.signer?.name).toBe('Đặng Minh Thư');
  });
});
