// Header forms of decisions transcribed from PDF to markdown (issue 9, header8): letter heads as pipe tables, HTML
// blocks or space-padded columns, and a number typed into the blank left for it. The texts are made up; no document of
// the dev or test sets is quoted.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const decision = (numberLine: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH NAM\n${numberLine}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBình Nam, ngày 14 tháng 3 năm 2025\n\n` +
  'QUYẾT ĐỊNH\nBan hành quy định quản lý chợ đêm trên địa bàn tỉnh\n\nỦY BAN NHÂN DÂN TỈNH BÌNH NAM\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n' +
  'Điều 1. Ban hành kèm theo Quyết định này quy định quản lý chợ đêm.\n\nĐiều 2. Chánh Văn phòng và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\n' +
  'Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLâm Văn Khải\n';

describe('header8: number', () => {
  it('joins a number typed into a wide blank to its year and symbol (header.number.year-gap)', async () => {
    const { e } = await run(decision('Số: 21       /2025/QĐ-UBND'));
    expect(e.document.number).toBe('21/2025/QĐ-UBND');
    expect(e.document.rules?.number).toBe('header.number.year-gap');
  });

  it('keeps the usual rule for a number with one space before the slash', async () => {
    const { e } = await run(decision('Số: 21 /2025/QĐ-UBND'));
    expect(e.document.number).toBe('21/2025/QĐ-UBND');
    expect(e.document.rules?.number).toBe('header.number.so-line-year');
  });

  it('joins digits alone on the "Số:" line to the year and symbol lines below (header.number.year-own-line)', async () => {
    const { e } = await run(decision('Số: 31\n\n\n/2025/QĐ-UBND'));
    expect(e.document.number).toBe('31/2025/QĐ-UBND');
    expect(e.document.rules?.number).toBe('header.number.year-own-line');
  });

  it('joins the gapped number inside a pipe-table row', async () => {
    const { e } = await run(decision('| Số: 08      /2025/QĐ-UBND          | Bình Nam, ngày 14 tháng 3 năm 2025 |'));
    expect(e.document.number).toBe('08/2025/QĐ-UBND');
  });
});

describe('header8: subject marks', () => {
  const repeal =
    'ỦY BAN NHÂN DÂN\nTỈNH BÌNH NAM\nSố: 21/2025/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBình Nam, ngày 14 tháng 3 năm 2025\n\n' +
    'QUYẾT ĐỊNH\nBãi bỏ các quyết định về quản lý chợ đêm của tỉnh\n\nỦY BAN NHÂN DÂN TỈNH BÌNH NAM\n\nQUYẾT ĐỊNH:\n\n' +
    'Điều 1. Bãi bỏ toàn bộ các quyết định sau đây:\n1. Thu hồi toàn bộ các quyết định cấp phép chợ đêm đã ban hành.\n2. Rà soát toàn bộ các quyết định có liên quan.\n\n' +
    'Điều 2. Các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLâm Văn Khải\n';

  it('keeps a correctly marked word whose pair with its neighbour the body also writes (header.subject.body-marks-context)', async () => {
    const { e } = await run(repeal);
    expect(e.document.subject).toBe('Bãi bỏ các quyết định về quản lý chợ đêm của tỉnh');
    expect(e.document.rules?.subjectMarksKept).toBe('header.subject.body-marks-context');
  });
});

describe('header8: references', () => {
  it('reads a short name with a bracket inside it without failing ("gọi tắt là đường (phố)")', async () => {
    const { e } = await run(
      decision('Số: 21/2025/QĐ-UBND').replace(
        'Điều 1. Ban hành kèm theo Quyết định này quy định quản lý chợ đêm.',
        'Điều 1. Thửa đất giáp đường, phố có tên trong bảng giá (sau đây gọi tắt là đường (phố)) áp dụng Quyết định số 12/2024/QĐ-UBND ngày 02/3/2024.',
      ),
    );
    expect(e.references.map((r) => r.number)).toEqual(['12/2024/QĐ-UBND']);
  });
});

describe('header8: signer', () => {
  it('reads a signature block written as a markdown quotation (header.signer.quoted)', async () => {
    const text = decision('Số: 21/2025/QĐ-UBND').replace('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLâm Văn Khải\n', '> TM. ỦY BAN NHÂN DÂN\n> KT. CHỦ TỊCH\n> PHÓ CHỦ TỊCH\n>\n> (đã ký)\n>\n> Lâm Văn Khải\n');
    const { e } = await run(text);
    expect(e.document.signer?.name).toBe('Lâm Văn Khải');
    expect(e.document.signer?.title).toBe('Phó Chủ tịch');
    expect(e.document.rules?.signer).toBe('header.signer.quoted');
  });

  it('takes the named signature before an appendix whose form signs for no one (header.signer.named-before-appendix)', async () => {
    const appendix =
      '\nQUY CHẾ\nQuản lý chợ đêm trên địa bàn tỉnh\n\nĐiều 1. Phạm vi\nQuy chế này quy định việc quản lý chợ đêm./.\n\nMẫu số 01\nGIẤY CHỨNG NHẬN\n' +
      'Bình Nam, ngày .... tháng .... năm 20....\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Ký, ghi rõ họ tên và đóng dấu)\n';
    const { e } = await run(decision('Số: 21/2025/QĐ-UBND') + appendix);
    expect(e.document.signer?.name).toBe('Lâm Văn Khải');
    expect(e.document.rules?.signer).toBe('header.signer.named-before-appendix');
  });
});
