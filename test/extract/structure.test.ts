// Document structure: roman sections, numbered and lettered items, dash
// bullets, their OCR forms ("©)" for "c)"), addressee lines, footnotes.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 10/UBND-KT Quảng Ngãi, ngày 02 tháng 10 năm 2025\nV/v triển khai\nKính gửi: Các sở, ban, ngành\n\nThực hiện chỉ đạo, Chủ tịch UBND tỉnh có ý kiến như sau:\n';
const TAIL = '\nĐề nghị thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Phước Hiền\n';

describe('tasks', () => {
  it('reads roman sections, numbered items, lettered items and their OCR forms', async () => {
    const { e } = await run(
      HEAD +
        'I. NHIỆM VỤ CHUNG\nỦy ban nhân dân các xã, phường, đặc khu:\n1. Rà soát dữ liệu dân cư. Hoàn thành trong tháng 11 năm 2025.\n2. Báo cáo kết quả trước ngày 15/12/2025.\n' +
        'II. NHIỆM VỤ CỤ THỂ\n1. Sở Tài chính\na) Chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí. Hoàn thành trong Quý IV năm 2025.\nb) Tham mưu phân bổ vốn.\n©) Tổng hợp nhu cầu. Nhiệm vụ thường xuyên.\n' +
        '2. Công an tỉnh: Chủ trì phối hợp với các cơ quan, đơn vị, địa phương bảo đảm an ninh mạng. Hoàn thành trước tháng 01 năm 2026.\n' +
        TAIL,
    );
    const byId = Object.fromEntries(e.tasks.map((t) => [t.id, t]));
    expect(Object.keys(byId)).toEqual(['1.1', '1.2', '2.1.1', '2.1.2', '2.1.3', '2.2']);
    expect(byId['1.1']!.lead.map((l) => l.canonical)).toEqual(['Ủy ban nhân dân các xã, phường, đặc khu']);
    expect(byId['1.1']!.deadline).toMatchObject({ kind: 'month', due: '2025-11-30' });
    expect(byId['1.2']!.deadline).toMatchObject({ kind: 'date', due: '2025-12-15' });
    expect(byId['2.1.1']!.lead.map((l) => l.name)).toEqual(['Sở Tài chính']);
    expect(byId['2.1.1']!.coordinate.map((l) => l.name)).toEqual(['Sở Nội vụ']);
    expect(byId['2.1.1']!.deadline).toMatchObject({ kind: 'quarter', due: '2025-12-31' });
    expect(byId['2.1.3']!.action).toBe('Tổng hợp nhu cầu');
    expect(byId['2.1.3']!.deadline).toMatchObject({ kind: 'recurring', due: null });
    expect(byId['2.2']!.lead.map((l) => l.name)).toEqual(['Công an tỉnh']);
    expect(byId['2.2']!.coordinate.map((l) => l.name)).toEqual(['Các cơ quan, đơn vị, địa phương']);
    expect(byId['2.2']!.action).toBe('Bảo đảm an ninh mạng');
    expect(byId['2.2']!.deadline).toMatchObject({ kind: 'month', due: '2025-12-31' });
  });

  it('does not read footnotes or narrative as tasks', async () => {
    const { e } = await run(
      HEAD +
        '1. Sở Nội vụ\n- Rà soát biên chế theo quy định2.\n\n2 Thông tư số 23/2025/TT-BKHCN ngày 20/10/2025 của Bộ trưởng Bộ Khoa học và Công nghệ\nhướng dẫn hoàn thành trước ngày 01/01/2026 và hướng dẫn khác.\n' +
        '2. Sở Y tế: Chủ trì tổ chức tiêm chủng.\n' +
        TAIL,
    );
    expect(e.tasks.map((t) => t.id)).toEqual(['1.1', '2']);
    expect(e.tasks[0]!.deadline).toBeNull();
    expect(e.tasks[1]!.action).toBe('Tổ chức tiêm chủng');
    // The footnote's reference is still a reference.
    expect(e.references.map((r) => r.number)).toContain('23/2025/TT-BKHCN');
  });

  it('reads a lower-case head noun at an item start as the body of the letter\'s level ("bộ Tài chính" -> Sở Tài chính)', async () => {
    const { e } = await run(HEAD + '1. Công an tỉnh: Chủ trì bảo đảm an ninh mạng.\n2. bộ Tài chính: Phối hợp Sở Nội vụ tham mưu bố trí kinh phí.\n3. Bộ Tài chính hướng dẫn thủ tục.\n' + TAIL);
    expect(e.tasks.map((t) => t.lead.map((l) => l.canonical))).toEqual([['Công an tỉnh'], ['Sở Tài chính'], ['Bộ Tài chính']]);
  });

  it('reads a letter without items: "giao X chủ trì, phối hợp với Y"', async () => {
    const { e } = await run(
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 507/UBND-KGVX Quảng Ngãi, ngày 24 tháng 01 năm 2025\nV/v góp ý dự thảo\nKính gửi: Sở Thông tin và Truyền thông\nTheo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 202/BTTTT-KHTC ngày 21/01/2025 về việc góp ý, Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan, đơn vị, địa phương liên quan tham gia góp ý dự thảo văn bản nêu trên; tổng hợp, báo cáo UBND tỉnh (trước ngày 10/02/2025)./.\n',
    );
    expect(e.tasks).toHaveLength(1);
    expect(e.tasks[0]).toMatchObject({ id: '1', action: 'Tham gia góp ý dự thảo văn bản nêu trên; tổng hợp, báo cáo UBND tỉnh' });
    expect(e.tasks[0]!.lead.map((l) => l.canonical)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(e.tasks[0]!.coordinate.map((l) => l.name)).toEqual(['Các cơ quan, đơn vị, địa phương liên quan']);
    expect(e.tasks[0]!.deadline).toMatchObject({ due: '2025-02-10' });
    expect(e.references[0]).toMatchObject({ number: '202/BTTTT-KHTC', type: 'Công văn', date: '2025-01-21', issuer: 'Bộ Thông tin và Truyền thông' });
  });

  it('splits a shared head: "các Sở: Tài chính, Kế hoạch và Đầu tư"', async () => {
    const { e } = await run(HEAD + '1. Giao Sở Nội vụ chủ trì, phối hợp với các Sở: Tài chính, Kế hoạch và Đầu tư và các cơ quan liên quan rà soát bộ máy. Hoàn thành trước ngày 20/02/2025.\n' + TAIL);
    expect(e.tasks[0]!.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
    expect(e.tasks[0]!.coordinate.map((l) => l.name)).toEqual(['Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Các cơ quan liên quan']);
    expect(e.tasks[0]!.coordinate[1]!.canonical).toBe('Sở Kế hoạch và Đầu tư');
  });
});

describe('reading the restored layer alone', () => {
  // The restorer owns the repair of item markers and numerals (it keeps them as written); extraction reads only
  // its output. A text without marks goes through the real restorer here.
  it('keeps item markers and quarter numerals through restoration', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createEngine } = await import('../../src/engine.js');
    const stripped = 'BO KHOA HOC VA CONG NGHE\nSo: 5/BKHCN-CDS Ha Noi, ngay 02 thang 10 nam 2025\nV/v trien khai\n\nI- NHIEM VU CHUNG\n1. Bo Cong an: Chu tri xay dung he thong. Hoan thanh trong Quy IV nam 2025.\nIV- TO CHUC THUC HIEN\n1. Bo Tai chinh: Chu tri bo tri kinh phi.\n';
    const dir = mkdtempSync(join(tmpdir(), 'congvan-slips-'));
    const engine = await createEngine();
    try {
      writeFileSync(join(dir, 'slips.txt'), stripped);
      const doc = await engine.process(join(dir, 'slips.txt'));
      const e = doc.extraction!;
      expect(e.tasks.map((t) => t.id)).toEqual(['1.1', '4.1']);
      expect(e.tasks[0]!.deadline).toMatchObject({ kind: 'quarter', due: '2025-12-31' });
      expect(e.tasks[1]!.lead.map((l) => l.canonical)).toEqual(['Bộ Tài chính']);
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
