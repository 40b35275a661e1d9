// Header variants: merged two-column lines, a symbol broken across lines,
// the Party format, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", marks, blank and unclear numbers.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('header', () => {
  it('reads a merged two-column header', async () => {
    const { e } = await run(
      'ỦY BAN THƯỜNG VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n QUỐC HỘI Độc lập - Tự do - Hạnh phúc\n\n Số: 1654/NQ-UBTVQH15 Hà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\n\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ NĂM 2025\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp;\n',
    );
    expect(e.document).toMatchObject({ number: '1654/NQ-UBTVQH15', type: 'Nghị quyết', place: 'Hà Nội', date: '2025-06-16' });
    expect(e.document.issuer?.canonical).toBe('Ủy ban Thường vụ Quốc hội');
    expect(e.document.subject).toBe('Sắp xếp các đơn vị hành chính cấp xã năm 2025');
  });

  it('reads a date wrapped in a narrow column, one cell a line between bars', async () => {
    const { e } = await run(
      '|\nSỞ XÂY DỰNG\nTỈNH GIA LAI\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 77/SXD-QLN\nV/v kiểm tra nhà chung cư\n|\nGia Lai, ngày 3\ntháng 2 năm 2026\n|\nKính gửi: Ủy ban nhân dân các xã.\n',
    );
    expect(e.document).toMatchObject({ number: '77/SXD-QLN', place: 'Gia Lai', date: '2026-02-03' });
    expect(e.document.rules?.date).toBe('header.date.place-line');
  });

  it('reads the title of a công điện under a wrapped date, and its upper-case "V/v" trích yếu over two lines', async () => {
    const { e } = await run(
      'BỘ CÔNG THƯƠNG\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 12/CĐ-BCT\n|\nHà Nội, ngày 5\ntháng 1 năm 2026\n|\n\nCÔNG ĐIỆN\n\nV/v BẢO ĐẢM CUNG ỨNG XĂNG DẦU,\nĐIỆN TRONG DỊP TẾT\n\nBỘ TRƯỞNG BỘ CÔNG THƯƠNG điện:\n\n- Sở Công Thương các tỉnh;\n',
    );
    expect(e.document).toMatchObject({ type: 'Công điện', date: '2026-01-05', subject: 'Bảo đảm cung ứng xăng dầu, điện trong dịp tết' });
    expect(e.document.rules?.type).toBe('header.type.title-line');
    // Its addressees follow "... điện:", not "Kính gửi:".
    expect(e.document.recipients).toEqual(['Sở Công Thương các tỉnh']);
    expect(e.document.rules?.recipients).toBe('header.recipients.dien');
  });

  it('reads a header split over lines, and a cited symbol broken at its hyphen', async () => {
    const { e } = await run(
      'BỘ KHOA HỌC VÀ CÔNG NGHỆ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 321/BKHCN-CĐS\nHà Nội, ngày 05 tháng 10 năm 2025\nV/v thực hiện Văn bản số 1215/TTg-\n\nKSTT\n\nKính gửi: Sở Khoa học và Công nghệ các tỉnh, thành phố\n\nThực hiện Văn bản số 1215/TTg-\nKSTT ngày 24/9/2025 của Thủ tướng Chính phủ, Bộ đề nghị.\n',
    );
    expect(e.document).toMatchObject({ number: '321/BKHCN-CĐS', type: 'Công văn', place: 'Hà Nội', date: '2025-10-05' });
    expect(e.document.issuer?.canonical).toBe('Bộ Khoa học và Công nghệ');
    expect(e.document.subject).toBe('Thực hiện Văn bản số 1215/TTg-KSTT');
    expect(e.references.map((r) => [r.number, r.date, r.issuer])).toEqual([['1215/TTg-KSTT', '2025-09-24', 'Thủ tướng Chính phủ']]);
  });

  it('reads the Party format and its two-level issuer', async () => {
    const { e } = await run(
      'BAN CHỈ ĐẠO TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nVỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ,\nĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ Hà Nội, ngày 30 tháng 9 năm 2025\nTỔ GIÚP VIỆC\n\nSố 46-TB/TGV\n\nTHÔNG BÁO KẾT LUẬN\nCUỘC HỌP CỦA LÃNH ĐẠO BAN CHỈ ĐẠO\n\nNgày 29/9/2025, đồng chí chủ trì cuộc họp.\n',
    );
    expect(e.document).toMatchObject({ number: '46-TB/TGV', type: 'Thông báo', date: '2025-09-30', place: 'Hà Nội' });
    expect(e.document.issuer?.canonical).toBe('Tổ giúp việc Ban Chỉ đạo Trung ương');
  });

  it('reads "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" and a layered authority', async () => {
    const body = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/UBND-KT Quảng Ngãi, ngày 02 tháng 3 năm 2025\nV/v báo cáo\nKính gửi: Sở Tài chính\nĐề nghị báo cáo./.\n';
    let { e } = await run(`${body}Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Phước Hiền\n`);
    expect(e.document.signer).toEqual({ name: 'Trần Phước Hiền', title: 'Phó Chủ tịch', authority: 'KT. CHỦ TỊCH' });
    expect(e.document.copiesTo).toEqual(['Như trên', 'Lưu: VT']);
    ({ e } = await run(`${body}Nơi nhận: TL. CHỦ TỊCH\n- Như trên;\n- Lưu: VT.\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nPhùng Tô Long`));
    expect(e.document.signer).toEqual({ name: 'Phùng Tô Long', title: 'Phó Chánh Văn phòng', authority: 'TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG' });
    expect(e.document.copiesTo).toEqual(['Như trên', 'Lưu: VT']);
  });

  it('keeps the printed symbol when the number is blank or unclear, and says so', async () => {
    let r = await run('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố:           /UBND-KGVX Quảng Ngãi, ngày     tháng    năm 2025\nV/v triển khai\n');
    expect(r.e.document.number).toBe('/UBND-KGVX');
    expect(r.e.document.date).toBeNull();
    expect(r.doc.messages.map((m) => m.code)).toEqual(expect.arrayContaining(['number-blank', 'date-incomplete']));
    r = await run('THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: MAS /TTg-KSTT Hà Nội, ngày £4 tháng 9 năm 2025\nV/v triển khai\n');
    expect(r.e.document.number).toBe('/TTg-KSTT');
    expect(r.e.document.date).toBeNull();
    expect(r.e.document.issuer?.canonical).toBe('Thủ tướng Chính phủ');
    expect(r.doc.messages.find((m) => m.code === 'number-unreadable')?.text).toMatch(/MAS/);
  });

  it('reads secrecy and urgency marks', async () => {
    const { e } = await run('VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/VPCP-KSTT Hà Nội, ngày 1 tháng 10 năm 2025\nMẬT\nHỎA TỐC\nV/v họp\nKính gửi: Bộ Công an\nĐề nghị bảo vệ bí mật nhà nước.\n');
    expect(e.document.secrecy).toBe('MẬT');
    expect(e.document.urgency).toBe('HỎA TỐC');
  });

  it('takes the number of a text without its printed header from its first words', async () => {
    let r = await run('Nghị quyết số 57-NQ/TW\n\nThay mặt Bộ Chính trị, Tổng Bí thư đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị về đột phá phát triển khoa học.\n');
    expect(r.e.document).toMatchObject({ number: '57-NQ/TW', type: 'Nghị quyết', date: '2024-12-22', issuer: { name: 'Bộ Chính trị' } });
    expect(r.e.references).toEqual([]);
    r = await run('## Phụ lục I\n\n_(Ban hành kèm theo Công văn số 1027/CTK-CSCL ngày 25 tháng 6 năm 2025 của Cục Thống kê)_\n');
    expect(r.e.document).toMatchObject({ number: '1027/CTK-CSCL', type: 'Công văn', date: '2025-06-25', issuer: { name: 'Cục Thống kê' } });
    // A letter that cites a document first does not take its number.
    r = await run('Thực hiện Văn bản số 1215/TTg-KSTT ngày 24/9/2025 của Thủ tướng Chính phủ, đề nghị các đơn vị.\n');
    expect(r.e.document.number).toBeNull();
    expect(r.e.references.map((x) => x.number)).toEqual(['1215/TTg-KSTT']);
  });

  it('reads a signer title merged with "Nơi nhận:", and infers the deputy under a lone "KT." line, saying so', async () => {
    const body = 'VĂN PHÒNG CHÍNH PHỦ\nSố: 336/TB-VPCP Hà Nội, ngày 30 tháng 6 năm 2025\nTHÔNG BÁO\nKết luận của Phó Thủ tướng\n\n1. Bộ Công an rà soát dữ liệu.\n\n';
    const a = await run(body + 'Nơi nhận: PHÓ CHÁNH VĂN PHÒNG TRUNG ƯƠNG\n- Như trên;\n- Lưu: VT.\n');
    expect(a.e.document.signer).toMatchObject({ name: null, title: 'Phó Chánh Văn phòng Trung ương' });
    expect(a.e.document.copiesTo).toEqual(['Như trên', 'Lưu: VT']);
    const b = await run(body + 'Nơi nhận: KT BỘ TRU’O’N G, CHỦ NHIỆM\n- Như trên;\n- Lưu: VT.\n');
    expect(b.e.document.signer).toMatchObject({ name: null, title: 'Phó Chủ nhiệm' });
    expect(b.doc.messages.map((m) => m.code)).toEqual(expect.arrayContaining(['signer-title-inferred', 'signer-name-missing']));
    const c = await run(body + 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n');
    expect(c.e.document.signer).toMatchObject({ name: 'Nguyễn Văn An', title: 'Thứ trưởng' });
    expect(c.doc.messages.map((m) => m.code)).not.toContain('signer-title-inferred');
  });

  it('says plainly what is missing, without the file path (the CLI and source.path carry it)', async () => {
    const { e, doc } = await run('chỉ là vài dòng chữ không có gì\n', 'notes/x.txt');
    expect(e.document.number).toBeNull();
    const text = doc.messages.find((m) => m.code === 'no-number')?.text;
    expect(text).toMatch(/no document number/);
    expect(text).not.toMatch(/notes\/x\.txt/);
  });
});

describe('header, OCR slips', () => {
  it('reads a known place through one slip and an upper-case subject with a stray lower-case letter', async () => {
    const { e } = await run('BAN CHỈ ĐẠO TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nTỔ GIÚP VIỆC 1a Nội, ngày 30 tháng 9 năm 2025\n\nSố 46-TB/TGV\n\nTHÔNG BÁO KẾT LUẬN\nCUỘC HỌP CỦA LÃNH ĐẠO BAN Chỉ ĐẠO TRUNG ƯƠNG\n\nNgày 29/9/2025, đồng chí chủ trì.\n');
    expect(e.document.place).toBe('Hà Nội');
    expect(e.document.subject).toBe('Kết luận cuộc họp của lãnh đạo Ban Chỉ đạo Trung ương');
  });
});
