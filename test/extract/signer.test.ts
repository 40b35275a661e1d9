// Signature blocks: the head's and the signer's titles merged on one line, a name followed by an
// appendix that lists other people, a decision whose signature stands before its attached plan.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const head = 'SỞ Y TẾ\nSố: 21/QĐ-SYT   Đà Nẵng, ngày 03 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVề việc kiểm tra các cơ sở dược\n';

describe('signer', () => {
  it('splits "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" written on one line', async () => {
    const { e } = await run(`${head}Điều 1. Kiểm tra các cơ sở dược./.\nNơi nhận:\t- Như Điều 1;\t- Lưu: VT.\tKT. GIÁM ĐỐC  PHÓ GIÁM ĐỐC     Lê Thị Hoa\n`);
    expect(e.document.signer).toEqual({ name: 'Lê Thị Hoa', title: 'Phó Giám đốc', authority: 'KT. GIÁM ĐỐC' });
  });

  it('takes the first name under the title, not the names of an appendix after it', async () => {
    const { e } = await run(`${head}Điều 1. Kiểm tra các cơ sở dược./.\n\nNơi nhận:\t\tKT. GIÁM ĐỐC\n- Như Điều 1;\t\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\t\tLê Thị Hoa\n\nPHÂN CÔNG THÀNH VIÊN ĐOÀN KIỂM TRA\nTT\tNhiệm vụ\tNgười thực hiện\n1\tKiểm tra hồ sơ\tTrần Văn Nam\n`);
    expect(e.document.signer?.name).toBe('Lê Thị Hoa');
  });

  it('reads the signature of a decision before its attached plan (header.signer.before-appendix)', async () => {
    const plan = Array.from({ length: 30 }, (_, i) => `${i + 1}. Phòng Nghiệp vụ dược kiểm tra cơ sở số ${i + 1} trong quý II năm 2024.`).join('\n');
    const { e } = await run(`${head}Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra.\nNơi nhận:\t- Như Điều 1;\t- Lưu: VT.\tKT. GIÁM ĐỐC\tPHÓ GIÁM ĐỐC\tLê Thị Hoa\n\nKẾ HOẠCH\nKIỂM TRA CÁC CƠ SỞ DƯỢC NĂM 2024\n${plan}\n`);
    expect(e.document.signer).toEqual({ name: 'Lê Thị Hoa', title: 'Phó Giám đốc', authority: 'KT. GIÁM ĐỐC' });
    expect(e.document.rules?.signer).toBe('header.signer.before-appendix');
  });
});

describe('header.signer.no-copies-title', () => {
  it('reads the head signing in person at the end of a text without "Nơi nhận"', async () => {
    const { e } = await run(`${head}Điều 1. Kiểm tra các cơ sở dược trong tháng 6 năm 2024.\nĐiều 2. Phòng Nghiệp vụ dược tổ chức thực hiện.\n\nGIÁM ĐỐC\n\nLê Thị Hoa\n`);
    expect(e.document.signer).toEqual({ name: 'Lê Thị Hoa', title: 'Giám đốc', authority: null });
    expect(e.document.rules?.signer).toBe('header.signer.no-copies-title');
  });

  it('takes no title line inside the body for a signature', async () => {
    const { e } = await run(`${head}Điều 1. Kiểm tra các cơ sở dược trong tháng 6 năm 2024.\nGIÁM ĐỐC\nsở chỉ đạo Phòng Nghiệp vụ dược tổ chức thực hiện, báo cáo kết quả trước ngày 30 tháng 6 năm 2024 về Sở.\n`);
    expect(e.document.signer).toBeNull();
  });
});
