// Issue 9 (docs27): the national socio-political organisations in the gazetteer (central.tsv) and "Công đoàn" as a head noun
// (agency-words.tsv): a union's letter head names the national body first and the issuing union under it.
// A made-up letter of a made-up union, not copied from any document.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const UNION = `TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
          CÔNG ĐOÀN NGÀNH THỦY SẢN VIỆT NAM
Số: 58/CĐN-TC
V/v rà soát đoàn viên
	CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
 Độc lập - Tự do - Hạnh phúc

           Hà Nội, ngày 12 tháng 5 năm 2026
Kính gửi: Công đoàn các doanh nghiệp thủy sản.

Ban Thường vụ Công đoàn ngành đề nghị các đơn vị rà soát danh sách đoàn viên, gửi về Ban Tổ chức trước ngày 30/5/2026.
Đề nghị Hội Nông dân Việt Nam phối hợp tuyên truyền đến hội viên.

Nơi nhận:	TM. BAN THƯỜNG VỤ
- Như trên;	CHỦ TỊCH
- Lưu VT.
	Trần Thị Mai
`;

describe('gazetteer: national socio-political organisations; agency head "Công đoàn"', () => {
  it('takes the union under the national body as the issuer (header.issuer.lower-line)', async () => {
    const { e } = await run(UNION);
    expect(e.document.issuer?.name.toLowerCase()).toBe('công đoàn ngành thủy sản việt nam');
    expect(e.document.rules?.issuer).toBe('header.issuer.lower-line');
  });

  it('knows "Hội Nông dân Việt Nam" as a body of its own', async () => {
    const { e } = await run(UNION);
    const t = e.tasks.find((x) => /tuyên truyền đến hội viên/.test(x.action));
    expect(t?.lead.map((l) => l.canonical)).toEqual(['Hội Nông dân Việt Nam']);
  });
});
