// Plan forms of the fourth plans round (issue 9, plans4), on short texts written for these tests (no document's text):
// item numbers alone on their line, '+' block labels with "Thời hạn ban hành", spans of years, "cuối tháng",
// "Cuối tháng", and closing formulas that assign nothing.
import { describe, expect, it } from 'vitest';
import { findDeadlines, toDeadline } from '../../src/extract/deadlines.js';
import { joinLoneMarkers } from '../../src/extract/tasks.js';
import { fold } from '../../src/extract/text.js';
import { run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Số: 12/KH-UBND                Hòa Bình, ngày 4 tháng 5 năm 2026

KẾ HOẠCH
Triển khai thi hành Luật Thư viện sửa đổi

`;

const dl = (s: string, year = 2026) => {
  const f = fold(s.toLowerCase());
  return toDeadline(findDeadlines(f, 0, f.length, year), s, f);
};

describe('joinLoneMarkers', () => {
  it('joins "1." alone on its line to the capitalised line under it, keeping offsets', () => {
    const t = 'II. NỘI DUNG\n1.\nTổ chức tập huấn cho cán bộ.\n2.\n\nRà soát văn bản.\n';
    const j = joinLoneMarkers(t, 0, t.length);
    expect(j).toHaveLength(t.length);
    expect(j).toContain('1. Tổ chức tập huấn');
    expect(j).toContain('2.  Rà soát văn bản');
  });

  it('leaves a number before a lower-case line, a table cell or a bare number alone', () => {
    const t = '3.\nvà các năm sau\n|\n4\n|\nSở Y tế\n';
    expect(joinLoneMarkers(t, 0, t.length)).toBe(t);
  });
});

describe('plan blocks under items numbered on their own line', () => {
  const text = `${HEAD}I. NỘI DUNG

1.
Tổ chức phổ biến nội dung Luật cho cán bộ thư viện các cấp.

- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch; Sở Tư pháp.
- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường.
- Thời gian thực hiện: năm 2026 - 2027.

2.
Xây dựng Nghị quyết về chính sách hỗ trợ thư viện cộng đồng

+ Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
+ Cơ quan phối hợp: Sở Tài chính và các cơ quan có liên quan.
+ Thời hạn ban hành: trước ngày 30 tháng 9 năm 2026.

II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan kịp thời phản ánh về Sở Văn hóa, Thể thao và Du lịch để tổng hợp.

Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương nghiêm túc triển khai thực hiện./.
`;

  it('reads each item as its own block, with its leads, coordinators and time', async () => {
    const { e } = await run(text);
    const t1 = e.tasks.find((x) => x.id === '1.1');
    expect(t1?.rule).toBe('task.plan-block');
    expect(t1?.lead.map((l) => l.name)).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Tư pháp']);
    expect(t1?.coordinate.map((l) => l.name)).toEqual(['Ủy ban nhân dân các xã, phường']);
    // A span of years is due at its end.
    expect(t1?.deadline?.due).toBe('2027-12-31');
  });

  it('reads "+ Thời hạn ban hành:" as the block\'s deadline and ends the coordinators there', async () => {
    const { e } = await run(text);
    const t2 = e.tasks.find((x) => x.id === '1.2');
    expect(t2?.coordinate.map((l) => l.name)).toEqual(['Sở Tài chính', 'Các cơ quan có liên quan']);
    expect(t2?.deadline?.due).toBe('2026-09-30');
  });

  it('keeps the follow-up task but drops the difficulties clause and the closing formula', async () => {
    const { e } = await run(text);
    expect(e.tasks.find((x) => x.id === '2.1')?.lead.map((l) => l.name)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(e.tasks.find((x) => x.id === '2.2')).toBeUndefined();
    expect(e.tasks.some((x) => /nghiêm túc triển khai/.test(x.action))).toBe(false);
  });
});

describe('deadlines', () => {
  it('dates a span of years by its last year', () => {
    expect(dl('trong năm 2026 - 2028')?.due).toBe('2028-12-31');
    expect(dl('trong năm 2026')?.due).toBe('2026-12-31');
  });

  it('reads "Cuối tháng m năm y" as the end of that month', () => {
    expect(dl('Cuối tháng 4 năm 2026: các huyện gửi báo cáo')).toMatchObject({ kind: 'month', due: '2026-04-30' });
  });
});
