// header.issuer.organ-of-parent (head13; plans13's standing-unit case): a three-line letter head whose last line is the standing committee of the body
// above it. Made-up heads, not any document's.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('header.issuer.organ-of-parent on a standing committee', () => {
  it('names the standing committee before its body, abbreviations in full, the place capitalised', async () => {
    const text = `ỦY BAN MTTQ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc
BAN THƯỜNG TRỰC\tHòa Bình, ngày 05 tháng 01 năm 2026
Số: 03/KH-MTTQ-BTT
KẾ HOẠCH
Tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư

I. TỔ CHỨC THỰC HIỆN
1. Ban Công tác Mặt trận các thôn chủ trì tổ chức ngày hội tại thôn.
`;
    const { e } = await run(text);
    expect(e.document.issuer?.name).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Bình');
    expect(e.document.rules?.issuer).toBe('header.issuer.organ-of-parent');
  });

  it('leaves a head without a standing committee line to the other rules', async () => {
    const text = `ỦY BAN MTTQ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc
Số: 03/KH-MTTQ\tHòa Bình, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư
`;
    const { e } = await run(text);
    expect(e.document.rules?.issuer).not.toBe('header.issuer.organ-of-parent');
  });
});
