// Issue 9 (docs27): a joint circular cited "của Bộ X và Bộ Y": both ministries issued it.
// A made-up directive of a made-up province, not copied from any document.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const DIRECTIVE = `ỦY BAN NHÂN DÂN TỈNH BÌNH MINH
Số: 12/CT-UBND	Bình Minh, ngày 2 tháng 3 năm 2026

CHỈ THỊ
Về việc kiện toàn tổ chức khoa học và công nghệ

1. Sở Nội vụ bổ sung biên chế theo hướng dẫn tại Thông tư liên tịch số 07/2024/TTLT-BKHCN-BNV ngày 10/5/2024 của Bộ Khoa học và Công nghệ và Bộ Nội vụ về chức năng, nhiệm vụ của cơ quan chuyên môn.
2. Sở Tài chính thực hiện theo Thông tư số 15/2023/TT-BTC ngày 3/4/2023 của Bộ Tài chính và hướng dẫn của Sở.
`;

describe('reference.issuer-joint-ministries', () => {
  it('gives a document "của Bộ X và Bộ Y" both ministries as its issuer, and one ministry "và" a common noun only itself', async () => {
    const { e } = await run(DIRECTIVE);
    const issuer = (n: string) => e.references.find((r) => r.number === n)?.issuer;
    expect(issuer('07/2024/TTLT-BKHCN-BNV')).toBe('Bộ Khoa học và Công nghệ và Bộ Nội vụ');
    expect(issuer('15/2023/TT-BTC')).toBe('Bộ Tài chính');
  });
});
