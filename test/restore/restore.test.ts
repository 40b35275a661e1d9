// Real restorer on the committed tables; expected sentences were checked by reading.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadDecoder, restoreStage } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { Layer } from '../../src/layer.js';
import { createDoc } from '../../src/doc.js';

let dec: Decoder;
const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;

// Load time is measured by `npm run eval:restore`, not asserted here: a loaded CI host would fail it.
beforeAll(() => {
  dec = loadDecoder();
});

describe('stripped text', () => {
  it('restores a sentence without marks', () => {
    const s = 'Cac co quan, don vi trien khai thuc hien nghiem tuc quy dinh cua phap luat.';
    expect(restored(s)).toBe('Các cơ quan, đơn vị triển khai thực hiện nghiêm túc quy định của pháp luật.');
  });

  it('is not taken for OCR garble because of a marked name that breaks the rules', () => {
    const s = 'Uy ban nhan dan tinh Đắk Lắk de nghi cac so, ban, nganh phoi hop thuc hien nghiem tuc cac nhiem vu duoc giao trong ke hoach nay.';
    const r = dec.restore(s);
    expect(r.mode).toBe('stripped');
    expect(Layer.derive(s, r.edits).text).toBe(
      'Ủy ban nhân dân tỉnh Đắk Lắk đề nghị các sở, ban, ngành phối hợp thực hiện nghiêm túc các nhiệm vụ được giao trong kế hoạch này.',
    );
  });

  it('keeps case: all capitals and capitalised words', () => {
    expect(restored('UY BAN NHAN DAN TINH')).toBe('ỦY BAN NHÂN DÂN TỈNH');
    expect(restored('Bo Khoa hoc va Cong nghe huong dan chuyen doi so.')).toBe('Bộ Khoa học và Công nghệ hướng dẫn chuyển đổi số.');
  });

  it('keeps numbers, dates, symbols and foreign words; symbols regain Đ', () => {
    const s = 'Quyet dinh so 05-QD/BCDTW ngay 27/8/2025 va Van ban so 1215/TTg-KSTT; su dung Internet, VNeID, KPIs, AI, LLM, FPT.';
    const out = restored(s);
    expect(out).toContain('05-QĐ/BCĐTW ngày 27/8/2025');
    expect(out).toContain('1215/TTg-KSTT');
    expect(out).toContain('Internet, VNeID, KPIs, AI, LLM, FPT.');
    expect(out.startsWith('Quyết định số')).toBe(true);
  });

  it('joins a word split by a line-break hyphen without damaging it', () => {
    const out = restored('trien khai mo hinh lien-\nthong du lieu');
    expect(out).toBe('triển khai mô hình liên-\nthông dữ liệu');
  });
});

describe('text OCR-garbled by an engine without a Vietnamese model', () => {
  it('repairs letter confusions with the learned channel (é for ê, d for ố, ir for ữ, 6 for ố, b for Đ)', () => {
    const s = 'Cong an tinh phdi hop véi cac co quan trién khai két ndi dir liéu va bao dam an toan thong tin trong hé théng.';
    const r = dec.restore(s);
    expect(r.mode).toBe('garbled');
    expect(Layer.derive(s, r.edits).text).toBe('Công an tỉnh phối hợp với các cơ quan triển khai kết nối dữ liệu và bảo đảm an toàn thông tin trong hệ thống.');
    expect(restored('Ban hanh Quyét dinh s6 12-Qb/BCDTW vé viéc tang cudng chuyén déi s6.')).toBe(
      'Ban hành Quyết định số 12-QĐ/BCĐTW về việc tăng cường chuyển đổi số.',
    );
  });

  it('keeps list markers, Roman numerals and OCR-read acronyms', () => {
    const out = restored('II. CAC NHIEM VU\nb) Chu tri trién khai tri tué nhan tao (Al) va dir liéu.');
    expect(out).toBe('II. CÁC NHIỆM VỤ\nb) Chủ trì triển khai trí tuệ nhân tạo (AI) và dữ liệu.');
  });
});

describe('pages of different kinds', () => {
  it('decides per page: a correct page stays, an OCR-garbled page is repaired', () => {
    const good = 'Các cơ quan, đơn vị phối hợp chặt chẽ, bảo đảm an toàn thông tin và hoàn thành đúng thời hạn. '.repeat(4);
    const bad = 'Cong an tinh phdi hop véi cac co quan trién khai két ndi dir liéu va bao dam an toan thong tin. '.repeat(3);
    const text = good + '\f' + bad;
    const out = restored(text);
    expect(out.slice(0, good.length)).toBe(good);
    expect(out.slice(good.length + 1)).toBe(
      'Công an tỉnh phối hợp với các cơ quan triển khai kết nối dữ liệu và bảo đảm an toàn thông tin. '.repeat(3),
    );
  });
});

describe('correct text', () => {
  it('passes through unchanged', () => {
    const s =
      'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành phối hợp với Công an tỉnh bảo đảm an toàn thông tin, hoàn thành trước ngày 15/11/2025.\nLuật Đầu tư công; thủ tục hành chính; chuyển đổi số.';
    expect(dec.restore(s).edits).toEqual([]);
    expect(dec.restore(s).mode).toBe('clean');
  });

  it('stays correct text when a few words are OCR noise, and leaves the rest alone', () => {
    const s = 'Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu bố tri kinh phí thực hiện nhiệm v¢ theo quy định.';
    const r = dec.restore(s);
    expect(r.mode).toBe('clean');
    const out = Layer.derive(s, r.edits).text;
    // Only "tri" (a stripped form) may change; every other word is kept.
    expect(out.replace('bố trí', 'bố tri')).toBe(s);
  });

  it('gives back the marks an OCR dropped from a word, and leaves words meant bare', () => {
    const s = 'Miễn nhiệm chức danh Ủy viên Uy ban nhân dân tỉnh theo quy định của pháp luật; ban hành kế hoạch và báo cáo kết quả.';
    expect(restored(s)).toBe('Miễn nhiệm chức danh Ủy viên Ủy ban nhân dân tỉnh theo quy định của pháp luật; ban hành kế hoạch và báo cáo kết quả.');
  });

  it('keeps the writer’s tone placement (hoà, thuỷ)', () => {
    const s = 'Hoà bình và thuỷ lợi là những vấn đề quan trọng của tỉnh.';
    expect(dec.restore(s).edits).toEqual([]);
  });
});

describe('token guesses and the stage', () => {
  it('gives offsets in the restored text that map back to the input', () => {
    const input = 'Đề nghị cac don vi bao cao ket qua truoc ngay 15/11/2025.';
    const { edits, tokens } = dec.restore(input);
    const layer = Layer.derive(input, edits);
    expect(tokens.length).toBeGreaterThan(5);
    for (const t of tokens) {
      const span = layer.spanToPrev({ start: t.start, end: t.end });
      expect(input.slice(span.start, span.end)).toBe(t.before);
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(t.alternatives).not.toContain(layer.text.slice(t.start, t.end));
    }
  });

  it('sets restored and tokens on the doc and reports low-confidence tokens', async () => {
    const doc = createDoc('x.txt');
    const text = 'Ban tin noi ve ban an cua toa an.';
    doc.normalized = Layer.base(text);
    await restoreStage(dec).run(doc);
    expect(doc.restored!.text).not.toBe(text);
    expect(doc.tokens!.length).toBeGreaterThan(0);
    const low = doc.messages.filter((m) => m.code === 'restore-low-confidence');
    for (const m of low) {
      expect(m.severity).toBe('info');
      expect(m.span!.end).toBeGreaterThan(m.span!.start);
      expect(doc.restored!.text.slice(m.span!.start, m.span!.end).length).toBeGreaterThan(0);
    }
    const lowTokens = doc.tokens!.filter((t) => t.confidence < 0.6).length;
    expect(low.length).toBe(lowTokens);
  });
});
