// Letter lead forms of branch leads25 (issue 9): made-up letters, none copied from a document.
import { describe, expect, it } from 'vitest';
import { run, byId, leads } from './helpers.js';

const TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nLê Văn Bình\n';

describe('leads25 forms', () => {
  it('abbreviations of ministries\' fields are written in full: "Sở GDĐT", "Phòng NN&PTNT"', async () => {
    const { e } = await run(
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 812/BGDĐT-GDTX\nHà Nội, ngày 04 tháng 11 năm 2026\nV/v ôn tập cuối kỳ\n' +
        'Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng\n' +
        'Bộ Giáo dục và Đào tạo đề nghị:\n' +
        '1. Sở GDĐT chủ trì rà soát kế hoạch ôn tập của các trường.\n' +
        '2. Phòng NN&PTNT bố trí địa điểm cho các lớp học.\n' +
        'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Bình\n',
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(leads(t['2'])).toEqual(['Phòng Nông nghiệp và Phát triển nông thôn']);
  });

  it('lead.quy-lead-in: "... đề nghị Quý Sở:" over dashes: the Kính gửi addressee leads them', async () => {
    const { e } = await run(
      'BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỤC ĐỔI MỚI SÁNG TẠO\nSố: 415/CĐMST-KHTC\nHà Nội, ngày 10 tháng 10 năm 2026\n' +
        'V/v phối hợp tổ chức ngày hội khởi nghiệp\n' +
        'Kính gửi: Sở Khoa học và Công nghệ tỉnh Tuyên Quang\n' +
        'Để ngày hội khởi nghiệp được tổ chức đúng kế hoạch, Cục Đổi mới sáng tạo đề\nnghị Quý Sở:\n' +
        '- Chủ động liên hệ các trường đại học trên địa bàn để mời sinh viên tham dự.\n' +
        '- Bố trí địa điểm tổ chức gian hàng trưng bày sản phẩm.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(leads(t['1'])).toEqual(['Sở Khoa học và Công nghệ tỉnh Tuyên Quang']);
    expect(leads(t['2'])).toEqual(['Sở Khoa học và Công nghệ tỉnh Tuyên Quang']);
  });
});
