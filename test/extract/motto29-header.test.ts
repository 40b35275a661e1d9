// The national motto broken over two lines by an OCR that reads the letter head's two columns as one (issue 9, the
// garbled archives of `npm run eval -- --garbled`). The texts are made up; no document of the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rest =
  'Số: 45/SNV-TCBC\nV/v rà soát biên chế năm 2026\nKính gửi: Ủy ban nhân dân các huyện.\n' +
  'Sở Nội vụ đề nghị Ủy ban nhân dân các huyện rà soát biên chế, báo cáo trước ngày 15/12/2025.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Bình\n';

describe('motto29 header', () => {
  it('keeps a wrapped motto out of the issuer: "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM" (header.motto-wrapped)', async () => {
    const { e } = await run('SỞ NỘI VỤ CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n' + rest);
    expect(e.document.issuer?.name).toBe('Sở Nội vụ');
  });

  it('keeps the motto\'s two halves out of the issuer written between them (header.motto-halves)', async () => {
    const { e } = await run('CỘNG HÒA XÃ HỘI\nSỞ NỘI VỤ CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n' + rest);
    expect(e.document.issuer?.name).toBe('Sở Nội vụ');
  });
});

describe('motto29 signer', () => {
  it('reads the signer\'s name that ends a copies line, the two columns read as one (header.signer.copies-name)', async () => {
    const head = 'SỞ NỘI VỤ\nSố: 45/SNV-TCBC\nV/v rà soát biên chế năm 2026\nKính gửi: Ủy ban nhân dân các huyện.\n' +
      'Sở Nội vụ đề nghị Ủy ban nhân dân các huyện rà soát biên chế, báo cáo trước ngày 15/12/2025.\n';
    const { e } = await run(head + 'Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Ban Giám đốc (để b/c); Trần Thị Bình\n- Lưu: VT, TCBC.\n');
    expect(e.document.signer?.name).toBe('Trần Thị Bình');
    expect(e.document.signer?.title).toBe('Phó Giám đốc');
  });
});

describe('motto29 subject', () => {
  const tail = 'Kính gửi:\n- Các phòng, ban.\nSở Nội vụ đề nghị các phòng thực hiện.\n';
  const subject = async (head: string) => (await run('SỞ NỘI VỤ\n' + head + tail)).e.document.subject;

  it('goes on past "về" alone on its line (header.subject.link-alone)', async () => {
    expect(await subject('Số: 45/SNV-TCBC\nV/v tăng cường các biện pháp cấp bách\nvề\nkiểm soát ô nhiễm môi trường\nĐồng Xuân, ngày 03 tháng 12 năm 2025\n')).toBe('Tăng cường các biện pháp cấp bách về kiểm soát ô nhiễm môi trường');
  });

  it('leaves the wrapped rest of the date out (header.subject.date-tail)', async () => {
    expect(await subject('Số: 45/SNV-TCBC\nV/v tăng cường các biện pháp cấp bách\nvề kiểm soát ô nhiễm môi trường\nĐồng Xuân, ngày 03\ntháng 12 năm 2025\n')).toBe('Tăng cường các biện pháp cấp bách về kiểm soát ô nhiễm môi trường');
  });

  it('goes on under a first line that the date and "Kính gửi:" share (header.subject.vv-past-date)', async () => {
    const e = (await run('SỞ NỘI VỤ\nSố: 45/SNV-TCBC V/v hướng dẫn Đồng Xuân, ngày 03 tháng 12 năm 2025 Kính gửi:\nmột số quy định về biên chế\n- Các phòng, ban.\nSở Nội vụ đề nghị các phòng thực hiện.\n')).e;
    expect(e.document.subject).toBe('Hướng dẫn một số quy định về biên chế');
  });
});

describe('motto29 recipients', () => {
  it('takes no wrapped line of the trích yếu for an addressee when "Kính gửi:" stands beside its first line (header.recipients.past-subject)', async () => {
    const e = (await run('SỞ NỘI VỤ\nSố: 45/SNV-TCBC V/v hướng dẫn Đồng Xuân, ngày 03 tháng 12 năm 2025 Kính gửi:\nmột số quy định về biên chế\n- Các phòng, ban;\n- Ủy ban nhân dân các huyện.\nSở Nội vụ đề nghị các phòng thực hiện.\n')).e;
    expect(e.document.recipients).toEqual(['Các phòng, ban', 'Ủy ban nhân dân các huyện']);
  });
});
