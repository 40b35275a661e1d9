// repair.collective-word (issue 10, scanleads3): in a list of collectives, a two-word collective noun whose last word
// the OCR misread ("thành phế:", "thành ph,") is written as the noun, so the lead is not cut before it. The texts are
// made up.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { loadExtractor } from '../../src/extract/index.js';
import { repairs } from '../../src/restore/repair.js';
import { Layer } from '../../src/layer.js';
import { restoreStage } from '../../src/restore/index.js';

/** The restore stage with a restorer that changes nothing, then the extractor. */
async function restoredRun(text: string) {
  const doc = createDoc('test.txt');
  doc.raw = doc.normalized = Layer.base(text);
  doc.words = [];
  await restoreStage({ restore: () => ({ edits: [], tokens: [] }) }).run(doc);
  const e = (await loadExtractor()).extract(doc);
  return { doc, e };
}

const letter = (items: string) =>
  'ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 27/CT-UBND\tHòa Bình, ngày 03 tháng 6 năm 2024\nCHỈ THỊ\nVề việc chuẩn bị mùa mưa bão năm 2024\n' +
  'Để chủ động ứng phó với mưa bão, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n' +
  items +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Tâm\n';

describe('repair.collective-word', () => {
  it('writes "thành phế:" and "thành ph," in a list of collectives as "thành phố"', () => {
    const t = 'Chủ tịch UBND các huyện, thị xã, thành phế: phối hợp với các quận, thị xã, thành ph, các sở.';
    const r = repairs(t);
    expect(r.map((x) => t.slice(x.start, x.end))).toEqual(['thành phế', 'thành ph']);
    expect(r.every((x) => x.text === 'thành phố' && x.rule === 'repair.collective-word')).toBe(true);
  });

  it('leaves words outside a list of collectives, and words two letters off', () => {
    expect(repairs('Lãnh đạo thành phế bỏ kế hoạch; các huyện, thị xã, thành phần kinh tế.')).toEqual([]);
  });

  it('keeps the case of an upper-case title, and repairs its letters in upper case', () => {
    expect(repairs('HỖ TRỢ CÁC DOANH NGHIỆP, CƠ QUAN')).toEqual([]);
    const t = 'CÁC HUYỆN, THỊ XÃ, THÀNH PHẾ';
    expect(repairs(t).map((x) => x.text)).toEqual(['THÀNH PHỐ']);
  });

  it('keeps the lead whole through the restore stage, and the spans point at the repaired text', async () => {
    const { doc, e } = await restoredRun(
      letter(
        '1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các huyện, thị xã, thành ph, các sở, ngành có liên quan kiểm tra hồ đập trước ngày 30/6/2024.\n' +
          '2. Chủ tịch UBND các huyện, thị xã, thành phế:\n- Rà soát các khu dân cư ven sông suối.\n- Chuẩn bị lực lượng, phương tiện cứu hộ.\n',
      ),
    );
    expect(doc.restored!.text).toContain('thị xã, thành phố, các sở');
    const leads = e.tasks.map((t) => t.lead.map((l) => l.name).join(' | '));
    expect(leads.filter((l) => /thành phố$/u.test(l)).length).toBeGreaterThanOrEqual(2);
    const co = e.tasks.find((t) => /hồ đập/u.test(t.action));
    expect(co?.coordinate.map((c) => c.name)).toEqual(['Các huyện, thị xã, thành phố', 'Các sở, ngành có liên quan']);
    for (const t of e.tasks) for (const l of t.lead) if (l.span) expect(doc.restored!.text.slice(l.span.start, l.span.end)).toContain(l.name.split(' ').pop()!);
  });
});
