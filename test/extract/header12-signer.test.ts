// Signer forms of issue 9 (header12): a name whose syllable a dump broke ("Đặ ng"), on its own line or flattened after
// the copies list, and a middle name cut to its initial. The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 30/QĐ-UBND\n' +
  'Phú Yên, ngày 3 tháng 2 năm 2026\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\nĐiều 1. Công bố danh mục.\n' +
  'Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.\n';

describe('header12: signer', () => {
  it('joins a syllable of the name broken by a space (header.signer.split-syllable)', async () => {
    const { e } = await run(HEAD + 'Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLâm Hữ u Phước\n');
    expect(e.document.signer).toMatchObject({ name: 'Lâm Hữu Phước', title: 'Phó Chủ tịch' });
    expect(e.document.rules?.signerMarks).toBe('header.signer.split-syllable');
  });

  it('reads it flattened after the copies list with a tab', async () => {
    const { e } = await run(HEAD + 'Nơi nhận: - Như Điều 2; - Lưu: VT, KGVX.\tCHỦ TỊCH Đặ ng Quốc Bảo\n');
    expect(e.document.signer).toMatchObject({ name: 'Đặng Quốc Bảo', title: 'Chủ tịch' });
  });

  it('leaves two words that make no syllable apart', async () => {
    const { e } = await run(HEAD + 'Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\n\nĐặng Quốc Bảo\n');
    expect(e.document.signer?.name).toBe('Đặng Quốc Bảo');
    expect(e.document.rules?.signerMarks).toBeUndefined();
  });

  it('reads a middle name cut to its initial (header.signer.name-initial)', async () => {
    const { e } = await run(HEAD + 'Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\n\nPhan T. Quyên\n');
    expect(e.document.signer).toMatchObject({ name: 'Phan T. Quyên', title: 'Chủ tịch' });
    expect(e.document.rules?.signerMarks).toBe('header.signer.name-initial');
  });

  it('takes the authority under the trích yếu as the title when the end lost the block (header.signer.authority-title)', async () => {
    const text = 'BỘ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-BXD\nHà Nội, ngày 3 tháng 2 năm 2027\n' +
      'QUYẾT ĐỊNH\nPhê duyệt đề án đào tạo kỹ sư cầu đường\nBỘ TRƯỞNG BỘ XÂY DỰNG\nCăn cứ Nghị định số 33/2027/NĐ-CP;\nQUYẾT ĐỊNH:\n' +
      'Điều 1. Phê duyệt đề án.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nVương Đình Khải\n';
    const { e } = await run(text);
    expect(e.document.signer).toMatchObject({ name: 'Vương Đình Khải', title: 'Bộ trưởng' });
    expect(e.document.rules?.signer).toBe('header.signer.authority-title');
  });
});
