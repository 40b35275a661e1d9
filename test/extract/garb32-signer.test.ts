// Signature blocks read by an English OCR model as one column with the copies list beside them (issue 9, the garbled
// archives of `npm run eval -- --garbled`): names and titles broken across two lines of the list. The texts are made
// up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const head = 'BỘ XÂY DỰNG\nSố: 812/BXD-KHTC\nV/v rà soát kế hoạch vốn năm 2027\nKính gửi: Sở Xây dựng các tỉnh.\n' +
  'Bộ Xây dựng đề nghị Sở Xây dựng các tỉnh rà soát kế hoạch vốn, báo cáo trước ngày 20/12/2026./.\n';

describe('garb32 signer', () => {
  it('finishes a name begun at the end of a flattened title line where the line below ends (header.signer.name-wrapped-tail)', async () => {
    const a = await run(head + 'Nơi nhận:\n- Như trên;\n- Văn phòng Chính phủ (để b/c); KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Thị\n' +
      '- Sở Xây dựng các tỉnh, thành phố; Hạnh\n- Lưu: VT, KHTC.\n');
    expect(a.e.document.signer).toMatchObject({ name: 'Trần Thị Hạnh', title: 'Thứ trưởng' });
    expect(a.e.document.rules?.signer).toBe('header.signer.name-wrapped-tail');
    // A surname alone; the copies item ends in a word that is a surname too ("Vụ" read as a name).
    const b = await run(head + 'Nơi nhận:\n- Như trên;\n- Bộ Tài chính (để phối hợp); KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê\n' +
      '- Cục Kinh tế xây dựng, Cục Quản lý nhà, Vũ Quang Hải\nKHTC, Vụ PC;\n- Lưu: VT.\n');
    expect(b.e.document.signer).toMatchObject({ name: 'Lê Quang Hải', title: 'Thứ trưởng' });
  });

  it('reads the name ending a line that goes on with a wrapped copies item (header.signer.copies-name-wrapped)', async () => {
    const a = await run(head + 'Nơi nhận: |\n- Như trên; KT. BỘ TRƯỞNG\n- Phó Thủ tướng Chính phủ Hồ Văn PHÓ BỘ TRƯỞNG\n' +
      'Tâm, Trưởng Ban Chỉ đạo; Đỗ Minh Khôi\n- Lưu: VT.\n');
    expect(a.e.document.signer?.name).toBe('Đỗ Minh Khôi');
    const b = await run(head + 'Nơi nhận: Cục: TH, KT;\n- Như trên; KT. BỘ TRƯỞNG\n- VPCP: BTCN, PCN Lê Văn Hà, PCN THỨ\n' +
      'Mai Thị Lụa, các Vụ, TRƯỞNG\nVụ, Mai Thị Lụa\n');
    expect(b.e.document.signer?.name).toBe('Mai Thị Lụa');
  });

  it('finishes a title the column broke after its mark with the capitals opening the line below (header.signer.title-wrapped)', async () => {
    const { e } = await run(head + 'Nơi nhận: - Như trên; - UBND các tỉnh\nAn Phú, Bình Sơn; - Bộ trưởng (để báo cáo); -\n' +
      'Lưu: VT, Vụ KHTC. KT. BỘ TRƯỞNG THỨ\nTRƯỞNG Đinh Quang Vinh\n');
    expect(e.document.signer).toMatchObject({ name: 'Đinh Quang Vinh', title: 'Thứ trưởng', authority: 'KT. BỘ TRƯỞNG' });
  });

  it('takes off a chain of ranks and degrees before the name (header.signer.name-prefix)', async () => {
    const { e } = await run(head + 'Nơi nhận:\tHIỆU TRƯỞNG\n- Các khoa;\n- Lưu: VT.\tNGND.PGS.TS. Lâm Văn Bảo\n');
    expect(e.document.signer?.name).toBe('Lâm Văn Bảo');
  });

  it('parts the title and the name from an appendix heading read onto their lines (header.signer.beside-caps)', async () => {
    const { e } = await run(head + 'Nơi nhận: KT. GIÁM ĐỐC PHÂN CÔNG NHIỆM VỤ CỦA ĐOÀN KIỂM TRA\n' +
      '- Ban Giám đốc Sở; PHÓ GIÁM ĐỐC KIỂM TRA, ĐÁNH GIÁ AN TOÀN\n- Lưu: VT, KT(Hà). Lương Văn Tú THỰC PHẨM NĂM 2027\n');
    expect(e.document.signer).toMatchObject({ name: 'Lương Văn Tú', title: 'Phó Giám đốc', authority: 'KT. GIÁM ĐỐC' });
    const b = await run(head + 'Nơi nhận: - Như Điều 3; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG CỦA CHÍNH PHỦ VỀ QUẢN LÝ CHẤT\n' +
      'Quách Minh Đức THẢI RẮN SINH HOẠT\n');
    expect(b.e.document.signer).toMatchObject({ name: 'Quách Minh Đức', title: 'Thứ trưởng', authority: 'KT. BỘ TRƯỞNG' });
  });

  it('starts a flattened title after the codes closing the copies item before it (header.signer.flat-after-codes)', async () => {
    const { e } = await run(head + 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KHTC. CHÁNH VĂN PHÒNG Trần Văn An\n');
    expect(e.document.signer).toMatchObject({ name: 'Trần Văn An', title: 'Chánh Văn phòng' });
    expect(e.document.rules?.signer).toBe('header.signer.flat-after-codes');
  });

  it('marks the title a few list lines under a mark read onto the "Nơi nhận:" line (header.signer.mark-far)', async () => {
    const { e } = await run(head + 'Nơi nhận: TL.\n- Như trên;\n- VPCP;\n- Lưu: VT, KHTC. BỘ TRƯỞNG CHÁNH VĂN PHÒNG Ngô\nThanh Bình\n');
    expect(e.document.signer).toMatchObject({ name: 'Ngô Thanh Bình', title: 'Chánh Văn phòng', authority: 'TL. BỘ TRƯỞNG' });
  });
});

