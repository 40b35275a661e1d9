// Header misreads of real scans (scans27), typed as the OCR gives them: the N of "Nơi nhận:" read as another letter,
// a stamp's quote mark inside an addressee's name, "tỉnh" read "tính" before a place. Made-up bodies, places and people.
import { describe, expect, it } from 'vitest';
import { levelTone } from '../../src/extract/header.js';
import { run } from './helpers.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH HÒA SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 318/QĐ-UBND\nHòa Sơn, ngày 9 tháng 3 năm 2026\n';
const DECISION = `${HEAD}QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính của Sở Nông nghiệp\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA SƠN\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp chịu trách nhiệm thi hành Quyết định này./.\n\n`;

describe('scans27: "Nơi nhận:" with its N misread (header.copies.noi-nhan-misread)', () => {
  it('reads the copies list under a heading read "Xơi nhận:"', async () => {
    const { e } = await run(`${DECISION}Xơi nhận:\n- Như Điều 3;\n- Cổng Thông tin điện tử tỉnh;\n- Lưu: VT, KSTT.\n\nCHỦ TỊCH\n\nĐinh Văn Khởi\n`);
    expect(e.document.copiesTo).toHaveLength(3);
    expect(e.document.rules?.copiesToHeading).toBe('header.copies.noi-nhan-misread');
    expect(e.document.signer).toMatchObject({ name: 'Đinh Văn Khởi', title: 'Chủ tịch' });
    expect(e.document.rules?.signerHeading).toBe('header.copies.noi-nhan-misread');
  });

  it('takes no heading from a word that only ends in "ơi nhận:" inside a line', async () => {
    const { e } = await run(`${DECISION.replace('Điều 2.', 'Điều 2. Người mới nhận: cán bộ chuyển đến.\nĐiều 2.')}Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nĐinh Văn Khởi\n`);
    expect(e.document.rules?.signerHeading).toBeUndefined();
    expect(e.document.signer?.name).toBe('Đinh Văn Khởi');
  });
});

const LETTER = 'BỘ NỘI VỤ\nCỤC QUẢN LÝ HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 77/QLH-P2\nHà Nội, ngày 2 tháng 6 năm 2026\nV/v rà soát hội quần chúng\n';
const BODY = '\nCục đề nghị Ủy ban rà soát các hội trên địa bàn và báo cáo trước ngày 30/7/2026.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCỤC TRƯỞNG\n\nLương Thị Hạnh\n';

describe('scans27: a stamp mark inside an addressee (header.recipients.stray-quote)', () => {
  it('drops a quote mark glued to a word of a place name', async () => {
    const { e } = await run(`${LETTER}Kính gửi: Đồng chí Chủ tịch UBND tỉnh Hòa' Sơn.\n${BODY}`);
    expect(e.document.recipients).toEqual(['Đồng chí Chủ tịch UBND tỉnh Hòa Sơn']);
    expect(e.document.rules?.recipientsQuote).toBe('header.recipients.stray-quote');
  });
});

describe('scans27: "tỉnh" read "tính" before a place (header.level-tone)', () => {
  it('in the issuer read from capitals', async () => {
    const head = HEAD.replace('ỦY BAN NHÂN DÂN\nTỈNH HÒA SƠN\n', 'ỦY BAN NHÂN DÂN.\nTÍNH HÒA SƠN\n\n');
    const { e } = await run(head + 'V/v kiểm tra đê điều mùa mưa bão\nKính gửi: Sở Nông nghiệp.\nỦy ban đề nghị Sở kiểm tra các tuyến đê trên địa bàn tỉnh Hòa Sơn trước ngày 30/6/2026./.\n' + 'Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nĐinh Văn Khởi\n');
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân tỉnh Hòa Sơn');
    expect(e.document.rules?.issuerLevel).toBe('header.level-tone');
  });

  it('in the trích yếu, and not before a lower-case word', () => {
    expect(levelTone('Hỗ trợ nhà đầu tư trên địa bàn tính Hòa Sơn năm 2026')).toBe('Hỗ trợ nhà đầu tư trên địa bàn tỉnh Hòa Sơn năm 2026');
    expect(levelTone('TRÊN ĐỊA BÀN TÍNH HÒA SƠN')).toBe('TRÊN ĐỊA BÀN TỈNH HÒA SƠN');
    expect(levelTone('Hướng dẫn cách tính Lệ phí trước bạ')).toBe('Hướng dẫn cách tính Lệ phí trước bạ');
    expect(levelTone('Quy định cách tính thuế Hòa Sơn')).toBe('Quy định cách tính thuế Hòa Sơn');
  });
});
