// Trích yếu of real scans (scans29), typed as the OCR gives them: a seal's bleed-through read as a short line above
// "Về việc" or between two of its lines, and the bracketed field line of a decision publishing procedures. Made-up
// province, units and people.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH HÒA SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 412/QĐ-UBND\nHòa Sơn, ngày 9 tháng 3 năm 2026\nQUYẾT ĐỊNH\n';
const TAIL = 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA SƠN\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nĐinh Văn Khởi\n';
const WANT = 'Ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn giai đoạn 2026 - 2030 của tỉnh Hòa Sơn';

describe('scans29: seal noise in the trích yếu', () => {
  it('header.subject.noise-head: a short line of bleed-through above "Về việc" is left out', async () => {
    const { e } = await run(`${HEAD}1 kơi †\nVề việc ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn\ngiai đoạn 2026 - 2030 của tỉnh Hòa Sơn\n${TAIL}`);
    expect(e.document.subject).toBe(WANT);
    expect(e.document.rules?.subjectNoiseHead).toBe('header.subject.noise-head');
  });

  it('header.subject.noise-line: a short line with no word between two lines that run on is skipped', async () => {
    const { e } = await run(`${HEAD}Về việc ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn\n\n4...\n\ngiai đoạn 2026 - 2030 của tỉnh Hòa Sơn\n${TAIL}`);
    expect(e.document.subject).toBe(WANT);
    expect(e.document.rules?.subjectNoise).toBe('header.subject.noise-line');
    const dash = await run(`${HEAD}Về việc ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm -\n1 †\nCứu nạn giai đoạn 2026 - 2030\n${TAIL}`);
    expect(dash.e.document.subject).toBe('Ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm - Cứu nạn giai đoạn 2026 - 2030');
  });

  it('"Về việt" (c read as t) is the "about" of the trích yếu', async () => {
    const { e } = await run(`${HEAD}1 kơi\nVề việt ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn\ngiai đoạn 2026 - 2030 của tỉnh Hòa Sơn\n${TAIL}`);
    expect(e.document.subject).toBe(WANT);
  });

  it('header.subject.about-misread: "Vệ việc" (the tone of "Về" misread) is the "about" of the trích yếu', async () => {
    const { e } = await run(`${HEAD.replace('QUYẾT ĐỊNH', 'BÁO CÁO')}Vệ việc điều chỉnh kế hoạch vốn của một số đơn vị năm 2026\nKính gửi: Hội đồng nhân dân tỉnh Hòa Sơn\nỦy ban nhân dân tỉnh báo cáo như sau:\n`);
    expect(e.document.subject).toBe('Điều chỉnh kế hoạch vốn của một số đơn vị năm 2026');
    expect(e.document.rules?.subjectAbout).toBe('header.subject.about-misread');
  });

  it('keeps a trích yếu that ends, and a short line that is no noise', async () => {
    const { e } = await run(`${HEAD}Về việc ban hành Kế hoạch phòng, chống thiên tai năm 2026\n4...\nCăn cứ Luật Phòng, chống thiên tai;\n${TAIL}`);
    expect(e.document.subject).toBe('Ban hành Kế hoạch phòng, chống thiên tai năm 2026');
    expect(e.document.rules?.subjectNoise).toBeUndefined();
  });
});

describe('scans29: the field of published procedures (header.subject.field-line)', () => {
  it('takes "(Lĩnh vực: ...)" under the trích yếu as its last line', async () => {
    const { e } = await run(`${HEAD}Về việc công bố Danh mục thủ tục hành chính được sửa đổi thuộc thẩm quyền\ngiải quyết của Sở Công Thương tỉnh Hòa Sơn\n(Lĩnh vực: Hóa chất)\n${TAIL}`);
    expect(e.document.subject).toBe('Công bố Danh mục thủ tục hành chính được sửa đổi thuộc thẩm quyền giải quyết của Sở Công Thương tỉnh Hòa Sơn (Lĩnh vực: Hóa chất)');
    expect(e.document.rules?.subjectField).toBe('header.subject.field-line');
  });

  it('leaves other bracketed lines out', async () => {
    const { e } = await run(`${HEAD}Về việc công bố Danh mục thủ tục hành chính của Sở Công Thương tỉnh Hòa Sơn\n(Kèm theo Tờ trình số 15/TTr-SCT)\n${TAIL}`);
    expect(e.document.subject).toBe('Công bố Danh mục thủ tục hành chính của Sở Công Thương tỉnh Hòa Sơn');
  });
});

describe('scans29: the trích yếu as Điều 1 repeats it (header.subject.article-echo)', () => {
  const ART = 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA SƠN\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn giai đoạn 2026 - 2030 của tỉnh Hòa Sơn.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nĐinh Văn Khởi\n';
  it('writes a trích yếu spoiled by seal specks as the article repeats it', async () => {
    const { e } = await run(`${HEAD}Về việc ban hành Kế hoạch phòng, chống: thiên tai và. tìm kiếm cứu nạn\ngiai đoạn 2026 - 2030 của tính Hòa Sơn\n${ART}`);
    expect(e.document.subject).toBe(WANT);
    expect(e.document.rules?.subjectEcho).toBe('header.subject.article-echo');
  });
  it('keeps a trích yếu the article says otherwise', async () => {
    const { e } = await run(`${HEAD}Về việc ban hành Kế hoạch phòng, chống thiên tai năm 2026\n${ART}`);
    expect(e.document.subject).toBe('Ban hành Kế hoạch phòng, chống thiên tai năm 2026');
    expect(e.document.rules?.subjectEcho).toBeUndefined();
  });
});
