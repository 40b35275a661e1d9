// Letter heads in tab-separated columns ('LEFT CELL<tab>RIGHT CELL' a line, as docx and pdf converters give them), and
// heads of two or three levels. The heads are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const tabbed = (left: string[], right: string[]) => left.map((l, i) => `${l}\t${right[i] ?? ''}`.trimEnd()).join('\n') + '\n';
const BODY = '\nKẾ HOẠCH\nTuyên truyền phòng chống dịch sốt xuất huyết\n\nI. MỤC ĐÍCH\n';

describe('header.issuer.organ-line in tab columns', () => {
  it('names a commune committee from its two left cells, without the motto beside them', async () => {
    const { e } = await run(tabbed(['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN', 'Số: 12/UBND-VP'], [...MOTTO, 'Hòa An, ngày 3 tháng 4 năm 2025']) + '\nV/v tuyên truyền phòng chống dịch\n\nKính gửi: Các thôn trên địa bàn xã.\n');
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân xã Hòa An');
    expect(e.document.rules?.issuer).toBe('header.issuer.organ-line');
    expect(e.document.place).toBe('Hòa An');
  });
});

describe('header.issuer.unit-line', () => {
  it('takes the unit on the last line of a three-level head in tab columns', async () => {
    const { e } = await run(tabbed(['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN', 'TỔ CÔNG TÁC DÂN VẬN'], [...MOTTO, 'Hòa An, ngày 3 tháng 4 năm 2025']) + 'Số: 05/KH-TCT\n' + BODY);
    expect(e.document.issuer?.name).toBe('Tổ Công tác dân vận');
    expect(e.document.rules?.issuer).toBe('header.issuer.unit-line');
  });

  it('takes a sub-committee under its committee, its commas kept', async () => {
    const { e } = await run(tabbed(['HỘI ĐỒNG THI ĐUA XÃ TÂN PHÚ', 'TIỂU BAN KHEN THƯỞNG, TỔNG HỢP', 'Số: 02/KH-TBKT'], [...MOTTO, 'Tân Phú, ngày 9 tháng 9 năm 2026']) + BODY);
    expect(e.document.issuer?.name).toBe('Tiểu ban khen thưởng, tổng hợp');
  });

  it('leaves a province over its People\'s Committee as it was (no unit line)', async () => {
    const { e } = await run('ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 44/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCao Bằng, ngày 2 tháng 3 năm 2026\n' + BODY);
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân tỉnh Cao Bằng');
  });
});

describe('header.issuer.organ-of-parent', () => {
  it('names a standing committee with its parent, the abbreviation written in full, the place capitalised', async () => {
    const { e } = await run(tabbed(['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG AN KHÊ', 'BAN THƯỜNG TRỰC'], [...MOTTO, 'An Khê, ngày 5 tháng 6 năm 2026']) + 'Số: 09/KH-MTTQ-BTT\n' + BODY);
    expect(e.document.issuer?.name).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường An Khê');
    expect(e.document.rules?.issuer).toBe('header.issuer.organ-of-parent');
    // read from two places: the organ's line, then its parent's lines
    expect(Array.isArray(e.document.spans?.issuer)).toBe(true);
  });

  it('names a standing committee of a People\'s Council with its parent, HĐND in full', async () => {
    const { e } = await run(tabbed(['HĐND HUYỆN ĐÔNG SƠN', 'THƯỜNG TRỰC'], MOTTO) + 'Số: 15/TB-TTHĐND\tĐông Sơn, ngày 1 tháng 7 năm 2026\n\nTHÔNG BÁO\nKết luận phiên họp thường kỳ tháng 6\n\n1. Giao các ban rà soát.\n');
    expect(e.document.issuer?.name).toBe('Thường trực Hội đồng nhân dân huyện Đông Sơn');
  });
});
