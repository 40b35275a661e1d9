// Header forms of issue 10's scans (scans21), typed: an issuing unit's name over two or three lines under its parent,
// a subject over three lines, signer blocks with delegation marks. Made-up bodies, people and subjects.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
const DATE = 'Hà Nội, ngày 14 tháng 5 năm 2026\n';
const BODY = 'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\nCục đề nghị các địa phương báo cáo kết quả trước ngày 30/6/2026.\n\n';
const SIGN = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCỤC TRƯỞNG\n\nTrần Văn Khải\n';

describe('scans21: an issuing unit named over two or three lines under its parent', () => {
  it('joins the second line of the unit, motto on lines of its own (header.issuer.lower-line-wrapped)', async () => {
    const { e } = await run(`BỘ CÔNG THƯƠNG\nCỤC KIỂM SOÁT HOẠT ĐỘNG\nKINH DOANH HÀNG NHẬP KHẨU\n${MOTTO}Số: 215/KSKD-P2\n${DATE}V/v báo cáo tình hình hàng nhập khẩu\n${BODY}${SIGN}`);
    expect(e.document.issuer?.name.toLowerCase()).toBe('Cục Kiểm soát hoạt động kinh doanh hàng nhập khẩu'.toLowerCase());
    expect(e.document.rules?.issuer).toBe('header.issuer.lower-line-wrapped');
  });

  it('joins the second line beside the motto in a tab column', async () => {
    const { e } = await run(`BỘ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC KIỂM SOÁT HOẠT ĐỘNG\tĐộc lập - Tự do - Hạnh phúc\nKINH DOANH HÀNG NHẬP KHẨU\n\nSố: 215/KSKD-P2\t${DATE}V/v báo cáo tình hình hàng nhập khẩu\n${BODY}${SIGN}`);
    expect(e.document.issuer?.name.toLowerCase()).toBe('Cục Kiểm soát hoạt động kinh doanh hàng nhập khẩu'.toLowerCase());
  });

  it('joins two more lines of a long unit name', async () => {
    const { e } = await run(`BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC QUẢN LÝ CHẤT LƯỢNG\nNÔNG LÂM SẢN, THỦY SẢN\nVÀ VẬT TƯ ĐẦU VÀO\n${MOTTO}Số: 88/QLCL-KH\n${DATE}V/v kiểm tra vật tư nông nghiệp\n${BODY}${SIGN}`);
    expect(e.document.issuer?.name.toLowerCase()).toBe('Cục Quản lý chất lượng nông lâm sản, thủy sản và vật tư đầu vào'.toLowerCase());
  });

  it('keeps a one-line unit as it was (header.issuer.lower-line)', async () => {
    const { e } = await run(`BỘ CÔNG THƯƠNG\nCỤC XÚC TIẾN THƯƠNG MẠI\n${MOTTO}Số: 40/XTTM-KH\n${DATE}V/v hội chợ hàng nông sản\n${BODY}${SIGN}`);
    expect(e.document.issuer?.name.toLowerCase()).toBe('Cục Xúc tiến thương mại'.toLowerCase());
    expect(e.document.rules?.issuer).toBe('header.issuer.lower-line');
  });

  it('does not join the motto broken over two lines under the block and its rule', async () => {
    const { e } = await run(`BỘ CÔNG THƯƠNG\nCỤC XÚC TIẾN THƯƠNG MẠI\n-------\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 40/XTTM-KH\n${DATE}V/v hội chợ hàng nông sản\n${BODY}${SIGN}`);
    expect(e.document.issuer?.name.toLowerCase()).toBe('cục xúc tiến thương mại');
  });

  it('does not join a received stamp word under the unit', async () => {
    const { e } = await run(`BỘ CÔNG THƯƠNG\nCỤC XÚC TIẾN THƯƠNG MẠI\nĐẾN\n${MOTTO}Số: 40/XTTM-KH\n${DATE}V/v hội chợ hàng nông sản\n${BODY}${SIGN}`);
    expect(e.document.issuer?.name.toLowerCase()).toBe('Cục Xúc tiến thương mại'.toLowerCase());
  });
});

describe('scans21: a subject over three lines', () => {
  it('reads the three lines of the trích yếu', async () => {
    const { e } = await run(`BỘ CÔNG THƯƠNG\nCỤC XÚC TIẾN THƯƠNG MẠI\n${MOTTO}Số: 40/XTTM-KH\n${DATE}V/v tổ chức hội chợ hàng nông sản\nvà sản phẩm làng nghề các tỉnh\nmiền núi phía Bắc năm 2026\n${BODY}${SIGN}`);
    expect(e.document.subject).toBe('Tổ chức hội chợ hàng nông sản và sản phẩm làng nghề các tỉnh miền núi phía Bắc năm 2026');
  });
});

const LETTER = `ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n${MOTTO}Số: 512/UBND-KT\nLạng Sơn, ngày 3 tháng 4 năm 2026\nV/v kiểm tra an toàn đập thủy lợi\n${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n`;

describe('scans21: signer blocks with delegation marks', () => {
  it('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', async () => {
    const { e } = await run(`${LETTER}KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Văn Thắm\n`);
    expect(e.document.signer).toMatchObject({ name: 'Hoàng Văn Thắm', title: 'Phó Chủ tịch' });
  });

  it('TL. BỘ TRƯỞNG / KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG', async () => {
    const { e } = await run(`${LETTER}TL. BỘ TRƯỞNG\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nĐinh Quốc Bảo\n`);
    expect(e.document.signer).toMatchObject({ name: 'Đinh Quốc Bảo', title: 'Phó Cục trưởng' });
  });

  it('TM. BAN THƯỜNG VỤ / PHÓ BÍ THƯ', async () => {
    const { e } = await run(`${LETTER}TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLò Thị Mai\n`);
    expect(e.document.signer).toMatchObject({ name: 'Lò Thị Mai', title: 'Phó Bí thư' });
  });

  it('Q. GIÁM ĐỐC', async () => {
    const { e } = await run(`${LETTER}Q. GIÁM ĐỐC\n\nVi Văn Hùng\n`);
    expect(e.document.signer).toMatchObject({ name: 'Vi Văn Hùng', title: 'Quyền Giám đốc' });
  });

  it('KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG, the seal between title and name', async () => {
    const { e } = await run(`${LETTER}KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\n\n\nNguyễn Hữu Phúc\n`);
    expect(e.document.signer).toMatchObject({ name: 'Nguyễn Hữu Phúc', title: 'Phó Thủ tướng' });
  });
});

describe('scans21: an addressee list broken inside a name (header.recipients.wrapped-name)', () => {
  const HEAD = `BỘ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 77/BYT-KCB\tHà Nội, ngày 2 tháng 6 năm 2026\nV/v rà soát cơ sở khám bệnh\n`;
  it('joins "Quảng" / "Trị, Huế, ..." into one list', async () => {
    const { e } = await run(`${HEAD}Kính gửi: Sở Y tế các tỉnh, thành phố Lào Cai, Yên Bái, Sơn La, Quảng\nTrị, Huế, Đà Nẵng, Kon Tum, Gia Lai, Đắk Lắk, Lâm\nĐồng, Cần Thơ.\nBộ Y tế đề nghị các Sở báo cáo trước ngày 20/6/2026.\n`);
    expect(e.document.recipients).toEqual(['Sở Y tế các tỉnh, thành phố Lào Cai, Yên Bái, Sơn La, Quảng Trị, Huế, Đà Nẵng, Kon Tum, Gia Lai, Đắk Lắk, Lâm Đồng, Cần Thơ']);
    expect(e.document.rules?.recipientsWrapped).toBe('header.recipients.wrapped-name');
  });

  it('does not join the body that follows a closed list', async () => {
    const { e } = await run(`${HEAD}Kính gửi: Sở Y tế các tỉnh Lào Cai, Yên Bái, Sơn La, Lạng Sơn\nThực hiện Công văn số 12/VPCP-KGVX, Bộ Y tế đề nghị các Sở báo cáo.\n`);
    expect(e.document.recipients).toEqual(['Sở Y tế các tỉnh Lào Cai, Yên Bái, Sơn La, Lạng Sơn']);
  });
});

describe('scans21: a unit acronym after the title (header.signer.title-acronym)', () => {
  it('TL. HIỆU TRƯỞNG / TRƯỞNG PHÒNG KHTC keeps "KHTC" in capitals', async () => {
    const { e } = await run(`${LETTER}TL. HIỆU TRƯỞNG\nTRƯỞNG PHÒNG KHTC\n\nNông Thị Huyền\n`);
    expect(e.document.signer).toMatchObject({ name: 'Nông Thị Huyền', title: 'Trưởng phòng KHTC' });
  });
});

describe('scans21: a received stamp over the trích yếu (header.subject.stamp-marks)', () => {
  it('drops a lone quote with its comma between words and a handwritten "25g" after the last word', async () => {
    const { e } = await run(`BỘ CÔNG THƯƠNG\nCỤC XÚC TIẾN THƯƠNG MẠI\n${MOTTO}Số: 40/XTTM-KH\n${DATE}V/v tổ chức hội chợ hàng nông sản\nvà sản phẩm làng nghề ' , các tỉnh\nmiền núi phía Bắc năm 2026 25g\n${BODY}${SIGN}`);
    expect(e.document.subject).toBe('Tổ chức hội chợ hàng nông sản và sản phẩm làng nghề các tỉnh miền núi phía Bắc năm 2026');
  });

  it('keeps a quoted name and a year', async () => {
    const { e } = await run(`BỘ CÔNG THƯƠNG\nCỤC XÚC TIẾN THƯƠNG MẠI\n${MOTTO}Số: 40/XTTM-KH\n${DATE}V/v tổ chức Tuần lễ 'Hàng Việt' năm 2026\n${BODY}${SIGN}`);
    expect(e.document.subject).toBe("Tổ chức Tuần lễ 'Hàng Việt' năm 2026");
  });
});
