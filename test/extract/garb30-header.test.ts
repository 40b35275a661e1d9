// Letter heads read by an English OCR model, the two columns as one (issue 9, the garbled archives of
// `npm run eval -- --garbled`). The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rest =
  'Số: 45/SNV-TCBC\nV/v rà soát biên chế năm 2026\nKính gửi: Ủy ban nhân dân các huyện.\n' +
  'Sở Nội vụ đề nghị Ủy ban nhân dân các huyện rà soát biên chế, báo cáo trước ngày 15/12/2025.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Bình\n';

describe('garb30 issuer', () => {
  it('reads the motto wrapped after "Hạnh" beside the issuer\'s line (header.motto-misread)', async () => {
    const { e } = await run('UBND TỈNH AN PHÚ CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ Độc lập - Tự do - Hạnh\nphúc\n' + rest);
    expect(e.document.issuer?.name).toBe('Sở Nội vụ');
  });

  it('reads the motto whose first word was restored as another ("Đức lập") (header.motto-misread)', async () => {
    const { e } = await run('| CỘNG HÒA XÃ HỘI\nỦY BAN NHÂN DÂN CHỦ NGHĨA VIỆT NAM\nTỈNH AN PHÚ Đức lập - Tự do - Hạnh phúc\n' + rest);
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân tỉnh An Phú');
  });

  it('keeps the motto\'s halves out when the break falls before "XÃ" (header.motto-halves)', async () => {
    const { e } = await run('CỘNG HÒA\nSỞ NỘI XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVỤ Độc lập - Tự do - Hạnh phúc\n' + rest);
    expect(e.document.issuer?.name).toBe('Sở Nội vụ');
  });

  it('keeps the issuer\'s capitals before OCR dust on their line (header.issuer.dust-tail)', async () => {
    const a = await run('UBND TỈNH AN PHÚ\nSỞ NỘI VỤ Hồ mã\n' + rest);
    expect(a.e.document.issuer?.name).toBe('Sở Nội vụ');
    const b = await run('VĂN PHÒNG CHÍNH Độc lập - Tự do - Hạnh phúc\nPHỦ e\n' + rest);
    expect(b.e.document.issuer?.name).toBe('Văn phòng Chính phủ');
  });
});

describe('garb30 signer', () => {
  const head = 'ỦY BAN NHÂN DÂN TỈNH AN PHÚ\nSố: 31/KH-UBND\nKẾ HOẠCH\nThực hiện nhiệm vụ số hóa năm 2027\n' +
    'Sở Nội vụ chủ trì, rà soát biên chế trong năm 2027.\n';

  it('reads the title after the codes closing a copies item (header.signer.title-after-codes)', async () => {
    const { e } = await run(head + 'Nơi nhận: |\n- Bộ Nội vụ; TM. ỦY BAN NHÂN DÂN\n- Mục IV; KT. CHỦ TỊCH\n' +
      '- VPUB: CVP, các PCVP; PHÓ CHỦ TỊCH\n- Lưu: VT; Trần Văn Khải\n');
    expect(e.document.signer?.title).toBe('Phó Chủ tịch');
  });

  it('reads the name after a comma or a full stop closing a copies line (header.signer.copies-name-comma)', async () => {
    const a = await run(head + 'Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- VPUB: các phòng, Lê Thị Hồng Vân\n- Lưu: VT.\n');
    expect(a.e.document.signer?.name).toBe('Lê Thị Hồng Vân');
    const b = await run(head + 'Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT, TH. Kỹ. Đỗ Văn Nam\n');
    expect(b.e.document.signer?.name).toBe('Đỗ Văn Nam');
  });
});
