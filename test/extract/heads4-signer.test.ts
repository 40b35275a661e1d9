// Signature blocks of letters and plans (issue 9, heads4), laid out by Nghị định 30/2020/NĐ-CP and Hướng dẫn
// 36-HD/VPTW: by delegation over a deputy ("TL. ... / KT. VỤ TRƯỞNG ... / PHÓ VỤ TRƯỞNG"), for a collective
// ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), by authorisation ("TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ ..."), the Party's "T/M", each
// on its lines and flattened onto one line, and a name printed in capitals. The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n' +
  'Số: 31/UBND-NN\tBắc Ninh, ngày 14 tháng 5 năm 2025\nV/v phòng, chống dịch bệnh\ntrên đàn gia súc\n' +
  'Kính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Ủy ban nhân dân các xã, phường.\n' +
  'Ủy ban nhân dân tỉnh yêu cầu Sở Nông nghiệp và Môi trường theo dõi tình hình dịch bệnh./.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT, NN.\n';

const signer = async (block: string) => (await run(HEAD + block)).e.document.signer;

describe('signature blocks', () => {
  it('"TL. <HEAD> KT. <UNIT HEAD> <UNIT> <DEPUTY>" on one line: the deputy signs', async () => {
    const flat = await signer('TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ KẾ HOẠCH PHÓ VỤ TRƯỞNG Lương Văn Khải\n');
    expect(flat).toEqual({ name: 'Lương Văn Khải', title: 'Phó Vụ trưởng', authority: 'TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ KẾ HOẠCH' });
    const lines = await signer('TL. TỔNG CỤC TRƯỞNG\nKT. VỤ TRƯỞNG VỤ KẾ HOẠCH\nPHÓ VỤ TRƯỞNG\n\n\nLương Văn Khải\n');
    expect(lines).toEqual(flat);
  });

  it('"TM. <BODY> <TITLE>" on one line: the title after the body', async () => {
    expect(await signer('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Vương Quốc Tuấn\n')).toEqual({ name: 'Vương Quốc Tuấn', title: 'Chủ tịch', authority: 'TM. ỦY BAN NHÂN DÂN' });
    expect(await signer('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVương Quốc Tuấn\n')).toMatchObject({ name: 'Vương Quốc Tuấn', title: 'Chủ tịch' });
  });

  it('"TUQ. <HEAD> <TITLE> <BODY>" on one line reads as on two', async () => {
    const flat = await signer('TUQ. CHỦ TỊCH GIÁM ĐỐC SỞ TÀI CHÍNH Đào Quang Minh\n');
    const lines = await signer('TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ TÀI CHÍNH\n\nĐào Quang Minh\n');
    expect(flat).toEqual(lines);
    expect(flat).toMatchObject({ name: 'Đào Quang Minh', authority: 'TUQ. CHỦ TỊCH' });
    expect(flat!.title).toBe('Giám đốc Sở Tài chính');
  });

  it('the Party\'s "T/M BAN THƯỜNG VỤ" is an authority', async () => {
    expect(await signer('T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrịnh Hữu Đạt\n')).toEqual({ name: 'Trịnh Hữu Đạt', title: 'Phó Bí thư', authority: 'T/M BAN THƯỜNG VỤ' });
  });

  it('a name printed in capitals under the title, its surname known', async () => {
    expect(await signer('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLÊ THỊ THU HÀ\n')).toMatchObject({ name: 'Lê Thị Thu Hà', title: 'Phó Chủ tịch' });
    // Capitals whose first word is no surname are no name.
    expect(await signer('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nSAO Y BẢN CHÍNH\n')).toMatchObject({ name: null, title: 'Phó Chủ tịch' });
  });

  it('an e-signed file: the name from the signer\'s own digital signature, not from a body\'s', async () => {
    expect(await signer('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nKý bởi: Phan Thị Mai\nThời gian ký: 14.05.2025 10:20\n')).toMatchObject({ name: 'Phan Thị Mai', title: 'Phó Chủ tịch' });
    expect(await signer('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nKý bởi: Ủy ban nhân dân tỉnh Bắc Ninh\nThời gian ký: 14.05.2025 10:20\n')).toMatchObject({ name: null, title: 'Phó Chủ tịch' });
  });

  it('stray marks around a name are no part of it; a copies line "- Như Điều 3;" is no name', async () => {
    expect(await signer('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n| Phan Thị Mai ,\n')).toMatchObject({ name: 'Phan Thị Mai' });
    expect(await signer('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n- Như Điều 3;\n- Lưu: VT.\n')).toMatchObject({ name: null, title: 'Phó Chủ tịch' });
  });

  it('the name after a copies list that a text layer put between it and the title', async () => {
    const copies = 'Nơi nhận:\n' + Array.from({ length: 14 }, (_, i) => `- Ủy ban nhân dân xã thứ ${i + 1};\n`).join('') + '- Lưu: VT.\n';
    const { e } = await run(HEAD.replace(/Nơi nhận:[^]*$/, '') + 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n' + copies + '\nPhan Thị Mai\n');
    expect(e.document.signer).toMatchObject({ name: 'Phan Thị Mai', title: 'Phó Chủ tịch' });
  });
});

