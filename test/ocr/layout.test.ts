// Layout regions of OCR'd pages, from word boxes laid out as on a real letter
// (no OCR here: the lines are what tesseract returns for such a page).
import { describe, expect, it } from 'vitest';
import { HEADER, H, W, line, regions, small } from './page-lines.js';

describe('page layout', () => {
  it('reads the two-column header as regions, issuer before motto, the e-office stamp kept out', () => {
    const { text, of, doc } = regions([HEADER]);
    expect(of('issuer')).toEqual(['ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI']);
    expect(of('number')).toEqual(['Số: 12 /UBND-VX']);
    expect(of('motto')).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']);
    expect(of('place-date')).toEqual(['Quảng Ngãi, ngày 03 tháng 02 năm 2025']);
    expect(of('subject')).toHaveLength(1);
    expect(of('subject')[0]).toMatch(/^QUYẾT ĐỊNH\n+Về việc giao chỉ tiêu năm 2025$/);
    expect(of('stamp')[0]).toContain('Thời gian ký');
    expect(text).not.toContain('Ký bởi');
    expect(text.startsWith('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI')).toBe(true);
    const issuer = doc.regions!.find((r) => r.kind === 'issuer')!;
    expect(issuer.bbox).toMatchObject({ x0: 380, y0: 300, y1: 400 });
  });

  it('cuts a received stamp ("CV ĐẾN", "Số:", "Ngày:") out of the body lines it was merged into', () => {
    const page = [
      ...HEADER,
      line(1000, [60, 'TRUNG TÂM CÔNG BÁO'], [700, 'Thời gian qua, các cấp, các ngành đã có nhiều cố gắng']),
      line(1060, [60, 'CV'], [150, 'Số: 2770'], [700, 'đạo, điều hành, quản lý nhà nước về cải cách']),
      line(1120, [60, 'ĐẾN'], [150, 'Ngày: 04/4/18'], [700, 'đối với các dự án đầu tư bằng nguồn vốn']),
      line(1180, [150, 'Chuyển:'], [700, 'chuyển biến tích cực trong việc cải thiện']),
    ];
    const { text, of } = regions([page]);
    expect(of('stamp').join(' ')).toMatch(/CV.*Số: 2770.*ĐẾN/);
    expect(text).toContain('Thời gian qua, các cấp');
    expect(text).toContain('chuyển biến tích cực');
    expect(text).not.toMatch(/\bCV\b|2770|Chuyển:/);
  });

  it('cuts a portal\'s received stamp (its title in capitals over "ĐẾN", "Giờ:", "Ngày:") out of the lines under the header', () => {
    const page = [
      ...HEADER.slice(0, 6),
      // The stamp's title is small (24 px high, 12 px a letter); "Kính gửi" starts just right of the stamp's frame.
      small(760, 60, 'CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ'),
      line(800, [60, 'ĐẾN'], [150, 'Gỗ:'], [700, 'Kính gửi: Sở Tài chính']),
      line(840, [130, 'Ngày:04/5/26'], [700, 'Căn cứ Luật Tổ chức chính quyền địa phương;']),
      line(1000, [60, 'Thời gian qua, các cấp, các ngành đã có nhiều cố gắng']),
    ];
    const { text, of } = regions([page]);
    expect(of('stamp').join(' ')).toMatch(/CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ.*ĐẾN.*Ngày:04\/5\/26/);
    expect(text).toContain('Kính gửi: Sở Tài chính');
    expect(text).toContain('Căn cứ Luật Tổ chức');
    expect(text).toContain('Thời gian qua, các cấp');
    expect(text).not.toMatch(/THÔNG TIN ĐIỆN TỬ|ĐẾN|04\/5\/26/);
  });

  it('keeps a body line that names the portal (not in capitals, or above the number)', () => {
    const page = [line(200, [380, 'CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ']), ...HEADER.slice(1), line(1000, [380, 'đăng trên Cổng thông tin điện tử Chính phủ.'])];
    const { text, of } = regions([page]);
    expect(text).toContain('CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ');
    expect(text).toContain('Cổng thông tin điện tử Chính phủ.');
    expect(of('stamp').join(' ')).not.toMatch(/THÔNG TIN/);
  });

  it('finds page numbers, "Nơi nhận" and the signature block on the last page', () => {
    const p2 = [
      line(200, [1230, '2']),
      line(300, [380, 'Giao Sở Tài chính chủ trì thực hiện./.']),
      line(500, [380, 'Nơi nhận:'], [1500, 'TM. ỦY BAN NHÂN DÂN']),
      line(560, [380, '- Như trên;'], [1600, 'CHỦ TỊCH']),
      line(620, [380, '- Lưu: VT.']),
      line(900, [1550, 'Nguyễn Văn A']),
    ];
    const { of } = regions([HEADER, p2]);
    expect(of('page-number')).toEqual(['2']);
    expect(of('copies')[0]).toMatch(/^Nơi nhận:\n- Như trên;\n- Lưu: VT\.$/);
    expect(of('signature')).toEqual(['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A']);
    expect(of('body').join('\n')).toContain('Giao Sở Tài chính');
  });

  it('keeps a body line that starts "Nơi nhận hồ sơ:" whole, and takes the copies given as a block before the signature', () => {
    const page = [
      ...HEADER,
      line(1000, [380, 'Nơi nhận hồ sơ: 126 phố Xốm, phường Phú Lương, thành phố Hà Nội.']),
      line(1060, [380, 'Trong quá trình triển khai thực hiện nếu gặp vướng mắc sinh viên liên hệ cô:']),
      // Tesseract's block order: the copies list (its heading misread) before the signature column.
      line(1310, [380, 'ào...']),
      line(1370, [380, '- Phòng Kế hoạch - Tài chính;']),
      line(1430, [380, '- Lưu: VT.']),
      line(1300, [1500, 'TL. HIỆU TRƯỞNG']),
      line(1360, [1450, 'TRƯỞNG PHÒNG CÔNG TÁC SINH VIÊN']),
      line(1600, [1550, 'Nguyễn Văn A']),
    ];
    const { of } = regions([page]);
    const body = of('body').join('\n');
    expect(body).toContain('Nơi nhận hồ sơ: 126 phố Xốm, phường Phú Lương, thành phố Hà Nội.');
    expect(body).toContain('liên hệ cô:');
    expect(body).not.toContain('Lưu');
    expect(of('copies')).toEqual(['ào...\n- Phòng Kế hoạch - Tài chính;\n- Lưu: VT.']);
    expect(of('signature')).toEqual(['TL. HIỆU TRƯỞNG\nTRƯỞNG PHÒNG CÔNG TÁC SINH VIÊN\nNguyễn Văn A']);
  });

  it('starts the signature at "KT.CHỦ TỊCH" written without a space or after specks', () => {
    const p2 = [
      line(300, [380, 'Giao Sở Nội vụ chủ trì thực hiện Quyết định này./.']),
      line(500, [1400, '.. KT.CHỦ TỊCH']),
      line(560, [1350, 'PHÓ CHỦ TỊCH THƯỜNG TRỰC']),
      line(640, [380, 'Nơi nhận:']),
      line(700, [380, '- Như Điều 3;']),
      line(900, [1500, 'Nguyễn Văn A']),
    ];
    const { of } = regions([HEADER, p2]);
    expect(of('signature')).toEqual(['.. KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\nNguyễn Văn A']);
    expect(of('body').join('\n')).not.toContain('CHỦ TỊCH');
  });

  it('finds the number after a speck and the place-date line whose "ngày" the handwriting garbled', () => {
    const page = [
      line(300, [380, 'BỘ CÔNG THƯƠNG'], [1060, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      line(360, [330, 'TRƯỜNG ĐẠI HỌC ĐIỆN LỰC'], [1200, 'Độc lập - Tự do - Hạnh phúc']),
      line(500, [380, '“Số:/0 /TB-ĐHĐL'], [1220, 'Hà Nội, ngàz2Ñbáng02 năm 2022']),
      line(620, [1060, 'THÔNG BÁO']),
      line(680, [700, 'Về kế hoạch giảng dạy năm học mới']),
      line(900, [380, 'Căn cứ tình hình thực tế, Nhà trường thông báo như sau:']),
    ];
    const { of } = regions([page]);
    expect(of('issuer')).toEqual(['BỘ CÔNG THƯƠNG\nTRƯỜNG ĐẠI HỌC ĐIỆN LỰC']);
    expect(of('number')).toEqual(['“Số:/0 /TB-ĐHĐL']);
    expect(of('motto')).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']);
    expect(of('place-date')).toEqual(['Hà Nội, ngàz2Ñbáng02 năm 2022']);
  });
});

describe('header fields from the regions', () => {
  it('keeps the printed symbol beside unreadable marks, takes the kind from its code, and reads the subject under a garbled title', async () => {
    const { normalizeStage } = await import('../../src/normalize/index.js');
    const { extractStage, loadExtractor } = await import('../../src/extract/index.js');
    const { Layer } = await import('../../src/layer.js');
    const page = [
      line(300, [380, 'ỦY BAN NHÂN DÂN'], [1060, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      line(360, [380, 'TỈNH QUẢNG NGÃI'], [1200, 'Độc lập - Tự do - Hạnh phúc']),
      line(500, [380, 'Số: Ø7 /CT-UBND'], [1220, 'Quảng Ngãi, ngày 03 tháng 02 năm 2025']),
      line(620, [1060, 'CHÍTHỊI']),
      line(680, [700, 'Về tăng cường quản lý chất thải rắn']),
      line(740, [100, 'TRUNG TÂM LƯU TRỮ'], [700, 'thời gian qua các địa phương đã triển khai']),
    ];
    const { doc } = regions([page]);
    normalizeStage().run(doc);
    doc.restored = Layer.derive(doc.normalized!.text, []);
    extractStage(await loadExtractor()).run(doc);
    const d = doc.extraction!.document;
    expect(d.number).toBe('/CT-UBND');
    expect(doc.restored.text.slice(d.spans.number!.start, d.spans.number!.end)).toBe('/CT-UBND');
    expect(d.type).toBe('Chỉ thị');
    expect(d.subject).toBe('Tăng cường quản lý chất thải rắn');
  });

  async function header(page: OcrLine[]) {
    const { normalizeStage } = await import('../../src/normalize/index.js');
    const { extractStage, loadExtractor } = await import('../../src/extract/index.js');
    const { Layer } = await import('../../src/layer.js');
    const { doc } = regions([page]);
    normalizeStage().run(doc);
    doc.restored = Layer.derive(doc.normalized!.text, []);
    extractStage(await loadExtractor()).run(doc);
    return doc.extraction!.document;
  }
  const head = (l1: string, l2: string, place: string) => [
    line(300, [380, l1], [1060, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
    line(360, [380, l2], [1200, 'Độc lập - Tự do - Hạnh phúc']),
    line(500, [380, 'Số: 12 /TB-ĐHĐL'], [1220, `${place}, ngày 03 tháng 02 năm 2025`]),
    line(620, [1060, 'THÔNG BÁO']),
    line(680, [700, 'Về việc nhận hồ sơ năm 2025']),
    line(900, [380, 'Căn cứ kết quả xét duyệt, Nhà trường thông báo như sau:']),
  ];

  it('takes the issuing body from under its parent body, and a local name carried over two lines whole', async () => {
    expect((await header(head('BỘ CÔNG THƯƠNG', 'TRƯỜNG ĐẠI HỌC ĐIỆN LỰC', 'Hà Nội'))).issuer?.name.toLowerCase()).toBe('trường đại học điện lực');
    // A province merged away in 2025 is in no gazetteer: the block still names it.
    expect((await header(head('ỦY BAN NHÂN DÂN', 'TỈNH HẢI DƯƠNG', 'Hải Dương'))).issuer?.name).toBe('Ủy ban nhân dân tỉnh Hải Dương');
    expect((await header(head('UBND TỈNH QUẢNG NGÃI', 'BAN CHỈ ĐẠO 138', 'Quảng Ngãi'))).issuer?.name.toLowerCase()).toBe('ban chỉ đạo 138 tỉnh quảng ngãi');
    expect((await header(head('ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'Quảng Ngãi'))).issuer?.name).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi');
  });

  it("gives a scanned signer's surname its marks from the surname list, and leaves an unlisted one as read", async () => {
    const signed = (name: string) => [
      ...head('ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'Quảng Ngãi').slice(0, -1),
      line(900, [380, 'Đề nghị Sở Tài chính chủ trì thực hiện./.']),
      line(1100, [380, 'Nơi nhận:'], [1500, 'TM. ỦY BAN NHÂN DÂN']),
      line(1160, [380, '- Như trên;'], [1600, 'CHỦ TỊCH']),
      line(1400, [1550, name]),
    ];
    expect((await header(signed('Nguyên Hoàng Giang'))).signer?.name).toBe('Nguyễn Hoàng Giang');
    expect((await header(signed('Phừng Văn Bình'))).signer?.name).toBe('Phùng Văn Bình');
    expect((await header(signed('Nguyễn Hoàng Giang'))).signer?.name).toBe('Nguyễn Hoàng Giang');
    expect((await header(signed('Ksor Y Bla'))).signer?.name).toBe('Ksor Y Bla');
  });

  it('finds "Nơi nhận" with a stray stroke in it ("NWơi nhận:") and the signature beside it', () => {
    const p2 = [
      line(300, [380, 'Giao Sở Tài chính chủ trì thực hiện./.']),
      line(500, [380, 'NWơi nhận:'], [1600, 'CHỦ TỊCH']),
      line(560, [380, '- Như trên;']),
      line(620, [380, '- Lưu: VT.']),
      line(900, [1550, 'Nguyễn Văn A']),
    ];
    const { of } = regions([HEADER, p2]);
    expect(of('copies')[0]).toMatch(/^NWơi nhận:\n- Như trên;/);
    expect(of('signature')).toEqual(['CHỦ TỊCH\nNguyễn Văn A']);
  });

  it('keeps a body line "nuôi nhận ..." in the body', () => {
    const p2 = [line(300, [380, 'nuôi nhận trẻ em theo quy định;']), line(500, [380, 'Nơi nhận:'], [1600, 'CHỦ TỊCH']), line(560, [380, '- Lưu: VT.'])];
    const { of } = regions([HEADER, p2]);
    expect(of('body').join('\n')).toContain('nuôi nhận trẻ em');
  });

  it('takes a "Số:" misread with its colon kept ("Sá:") as the number line, not as part of the issuer', () => {
    const page = [HEADER[0]!, HEADER[1]!, HEADER[2]!, line(500, [380, 'Sá: 12 /UBND-VX'], [1220, 'Quảng Ngãi, ngày 03 tháng 02 năm 2025']), ...HEADER.slice(4)];
    const { of } = regions([page]);
    expect(of('number')).toEqual(['Sá: 12 /UBND-VX']);
    expect(of('issuer')).toEqual(['ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI']);
  });
});
