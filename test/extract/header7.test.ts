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

  it('keeps a unit code joined with a full stop in the symbol (header.number.code-dot)', async () => {
    const { e } = await run(doc({ number: 'Số: 215/SNV-TCBC.VP' }));
    expect(e.document.number).toBe('215/SNV-TCBC.VP');
    expect(e.document.rules?.numberEnd).toBe('header.number.code-dot');
  });

  it('reads a symbol whose hyphen a word processor made an en dash', async () => {
    const { e } = await run(doc({ number: 'Số: 215/KH–UBND' }));
    expect(e.document.number).toBe('215/KH-UBND');
  });

  it('takes no "12 – Quy định" for a symbol', async () => {
    const { e } = await run(doc({ body: 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nĐiều 12 – Quy định chung về thi đua.\n1. Sở Nội vụ chủ trì tổ chức phong trào thi đua.' }));
    expect(e.references.map((r) => r.number)).toEqual([]);
  });

  it('leaves a full stop after the symbol out of it', async () => {
    const { e } = await run(doc({ number: 'Số: 215/KH-UBND.' }));
    expect(e.document.number).toBe('215/KH-UBND');
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

describe('header7: trích yếu', () => {
  it('reads the trích yếu under a "VỀ" alone on its line (header.subject.about-own-line)', async () => {
    const { e } = await run(doc({ title: 'QUYẾT ĐỊNH\nVỀ\nVIỆC CÔNG NHẬN KẾT QUẢ BẦU CỬ TRƯỞNG THÔN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', body: 'Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Công nhận kết quả bầu cử.' }));
    expect(e.document.subject?.toLowerCase()).toBe('công nhận kết quả bầu cử trưởng thôn');
    expect(e.document.rules?.subject).toBe('header.subject.about-own-line');
  });

  it('ends an upper-case title whose first line is short at the body (header.subject.upper-wrapped)', async () => {
    const { e } = await run(doc({ title: 'THÔNG BÁO\nKẾT\nLUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC VỚI SỞ NỘI VỤ', body: 'Chiều ngày 10 tháng 5 năm 2025, tại trụ sở Ủy ban\nnhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh đã làm việc với Sở Nội vụ.\n1. Sở Nội vụ hoàn thiện đề án.' }));
    expect(e.document.subject?.toLowerCase()).toBe('kết luận của chủ tịch ủy ban nhân dân tỉnh tại buổi làm việc với sở nội vụ');
    expect(e.document.rules?.subjectEnd).toBe('header.subject.upper-wrapped');
  });

  it('ends an upper-case title at the authority line under it', async () => {
    const { e } = await run(doc({ title: 'QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA TỔ CÔNG TÁC LIÊN NGÀNH\nGIÁM ĐỐC TRUNG TÂM XÚC TIẾN ĐẦU TƯ TỈNH', body: 'Căn cứ Quyết định số 12/QĐ-UBND;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy chế.' }));
    expect(e.document.subject?.toLowerCase()).toBe('ban hành quy chế làm việc của tổ công tác liên ngành');
  });

  it('keeps a title line that runs on into a line opening with a title word', async () => {
    const { e } = await run(doc({ title: 'QUYẾT ĐỊNH\nVỀ VIỆC ỦY QUYỀN CHO\nGIÁM ĐỐC SỞ NỘI VỤ QUYẾT ĐỊNH MỘT SỐ NỘI DUNG', body: 'Căn cứ Quyết định số 12/QĐ-UBND;\nQUYẾT ĐỊNH:\nĐiều 1. Ủy quyền.' }));
    expect(e.document.subject?.toLowerCase()).toBe('ủy quyền cho giám đốc sở nội vụ quyết định một số nội dung');
  });

  it('ends the trích yếu at a section heading (header.subject.section-stop)', async () => {
    const { e } = await run(doc({ title: 'KẾ HOẠCH\nTriển khai chuyển đổi số trong các cơ quan nhà nước\nI. Mục đích, yêu cầu', body: '1. Mục đích\nSở Khoa học và Công nghệ chủ trì triển khai.' }));
    expect(e.document.subject).toBe('Triển khai chuyển đổi số trong các cơ quan nhà nước');
    expect(e.document.rules?.subjectEnd).toBe('header.subject.section-stop');
  });
});

describe('header7: issuer', () => {
  it('reads a commune\'s People\'s Committee from its organ line (header.issuer.organ-line)', async () => {
    const { e } = await run(doc({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ HÒA PHONG\n-------', number: 'Số: 45/KH-UBND' }));
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân xã Hòa Phong');
    expect(e.document.rules?.issuer).toBe('header.issuer.organ-line');
  });

  it('keeps a province the gazetteer knows as it was', async () => {
    const { e } = await run(doc({}));
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi');
    expect(e.document.rules?.issuer).toBe('header.issuer.gazetteer');
  });

  it('reads the Party organ under "ĐẢNG BỘ TỈNH ..." with its place (header.issuer.party-unit)', async () => {
    const { e } = await run(doc({ issuer: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI\nTỈNH ỦY\n*', number: 'Số 77-KH/TU', sign: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nLê Văn Tám' }));
    expect(e.document.issuer?.name.toLowerCase()).toBe('tỉnh ủy quảng ngãi');
    expect(e.document.rules?.issuer).toBe('header.issuer.party-unit');
  });

  it('reads a Party unit under its parent as written', async () => {
    const { e } = await run(doc({ issuer: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY XÃ HÒA PHONG\n*', number: 'Số 12-KH/ĐU', sign: 'T/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Tám' }));
    expect(e.document.issuer?.name.toLowerCase()).toBe('đảng ủy xã hòa phong');
  });
});

describe('header7: Nơi nhận', () => {
  it('reads a Nơi nhận list without marks (header.copies.noi-nhan-marked)', async () => {
    const { e } = await run(doc({ copies: 'Nơi nhận:\nBộ Nội vụ;\nSở Tài chính;\nLưu: VT.' }));
    expect(e.document.copiesTo).toEqual(['Bộ Nội vụ', 'Sở Tài chính', 'Lưu: VT']);
    expect(e.document.rules?.copiesTo).toBe('header.copies.noi-nhan-marked');
    expect(e.document.signer?.name).toBe('Trần Quốc Bảo');
  });

  it('reads a Nơi nhận list marked with stars', async () => {
    const { e } = await run(doc({ copies: 'Nơi nhận:\n* Bộ Nội vụ;\n* Lưu: VT.' }));
    expect(e.document.copiesTo).toEqual(['Bộ Nội vụ', 'Lưu: VT']);
  });

  it('keeps dashed lists under the older rule', async () => {
    const { e } = await run(doc({}));
    expect(e.document.rules?.copiesTo).toBe('header.copies.noi-nhan');
  });
});

describe('header7: công điện addressees', () => {
  const dien = (list: string) =>
    `|\nTHỦ TƯỚNG CHÍNH PHỦ\n-------\n|\n${MOTTO}|\n|\nSố: 301/CĐ-TTg\n|\nHà Nội, ngày 2 tháng 10 năm 2025\n|\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 9\n|\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n|\n${list}\n|\n` +
    'Bão số 9 đang tiến vào đất liền.\n1. Ủy ban nhân dân các tỉnh chủ động sơ tán dân, xong trước 17 giờ ngày 3/10/2025.\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nTHỦ TƯỚNG\nLê Văn Tám\n|\n';

  it('carries an addressee not yet ended with ";" over the next line (header.recipients.dien-wrapped)', async () => {
    const { e } = await run(dien('- Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Ninh,\n- Hải Phòng và Thái Bình;\n- Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Xây dựng, Công\nThương, Y tế.'));
    expect(e.document.recipients).toEqual(['Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Ninh, Hải Phòng và Thái Bình', 'Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Xây dựng, Công Thương, Y tế']);
    expect(e.document.rules?.recipients).toBe('header.recipients.dien-wrapped');
  });

  it('keeps a list whose items all end under the older rule', async () => {
    const { e } = await run(dien('- Ủy ban nhân dân các tỉnh: Quảng Ninh, Hải Phòng;\n- Bộ Quốc phòng.'));
    expect(e.document.recipients).toHaveLength(2);
    expect(e.document.rules?.recipients).toBe('header.recipients.dien');
  });
});

describe('header7: titles broken over lines', () => {
  it('reads a kind title broken over two lines (header.type.title-wrapped)', async () => {
    const { e } = await run(doc({ title: 'QUYẾT\nĐỊNH\nBÃI BỎ QUYẾT ĐỊNH SỐ 09/2024/QĐ-UBND VỀ QUẢN LÝ CHỢ', body: 'Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ quyết định.' }));
    expect(e.document.type).toBe('Quyết định');
    expect(e.document.rules?.type).toBe('header.type.title-wrapped');
    expect(e.document.subject?.toLowerCase()).toBe('bãi bỏ quyết định số 09/2024/qđ-ubnd về quản lý chợ');
  });

  it('keeps a short first word of an upper-case trích yếu (header.subject.upper-wrapped)', async () => {
    const { e } = await run(doc({ title: 'THÔNG BÁO\nÝ\nKIẾN CHỈ ĐẠO CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VỀ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI', body: 'Chiều ngày 10 tháng 5 năm 2025, Chủ tịch Ủy ban\nnhân dân tỉnh đã làm việc với các sở.\n1. Sở Nông nghiệp và Môi trường kiểm tra đê điều.' }));
    expect(e.document.subject?.toLowerCase()).toBe('ý kiến chỉ đạo của chủ tịch ủy ban nhân dân tỉnh về công tác phòng, chống thiên tai');
    expect(e.document.rules?.subjectEnd).toBe('header.subject.upper-wrapped');
  });

  it('reads the trích yếu under "VỀ" alone even when it opens like a body line', async () => {
    const { e } = await run(doc({ title: 'QUYẾT ĐỊNH\nVỀ\nTHỰC HIỆN CHẾ ĐỘ ĐỐI VỚI CỰU THANH NIÊN XUNG PHONG', body: 'Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Thực hiện chế độ.' }));
    expect(e.document.subject?.toLowerCase()).toBe('thực hiện chế độ đối với cựu thanh niên xung phong');
    expect(e.document.rules?.subject).toBe('header.subject.about-own-line');
  });
});
