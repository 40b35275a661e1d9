// An item heading that names who, wrapped at the margin over its points (lead.heading-line-wrapped). Made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = 'BỘ XÂY DỰNG\nSố: 3/CT-BXD\nHà Nội, ngày 2 tháng 3 năm 2027\n\nCHỈ THỊ\nVề an toàn lao động trên công trường\n\nBộ trưởng Bộ Xây dựng chỉ thị:\n';

describe('lead.heading-line-wrapped', () => {
  it('reads the bodies of a heading line that goes on in small letters on the next line', async () => {
    const { e } = await run(
      HEAD +
        '1. Các Tổng công ty, Công ty thuộc phạm vi quản lý nhà nước của Bộ Xây dựng,\ncác doanh nghiệp hoạt động trong lĩnh vực xây dựng\na) Rà soát các biện pháp an toàn trên công trường;\nb) Huấn luyện an toàn cho người lao động.\n2. Cục Giám định kiểm tra.\n',
    );
    const leads = e.tasks.filter((t) => t.id.startsWith('1.')).map((t) => t.lead.map((l) => l.name));
    expect(leads).toEqual([
      ['Các Tổng công ty, Công ty thuộc phạm vi quản lý nhà nước của Bộ Xây dựng', 'các doanh nghiệp hoạt động trong lĩnh vực xây dựng'],
      ['Các Tổng công ty, Công ty thuộc phạm vi quản lý nhà nước của Bộ Xây dựng', 'các doanh nghiệp hoạt động trong lĩnh vực xây dựng'],
    ]);
  });
});
