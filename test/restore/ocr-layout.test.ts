// Round 3 of the restorer (issue 3): error classes seen in OCR'd directives.
// Sentences are invented for these tests (not taken from the seeds).
import { describe, it, expect, beforeAll } from 'vitest';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { Layer } from '../../src/layer.js';

let dec: Decoder;
const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;
// A garbled opening sentence, so that the text is read as OCR without a Vietnamese model.
const OCR = 'Cac co quan trién khai két ndi dir liéu va bao céo két qua thyc hién. ';

beforeAll(() => {
  dec = loadDecoder();
});

describe('numerals and codes stay as written', () => {
  it('keeps Roman numerals after a word (Quý IV, khóa XV) in garbled and stripped text', () => {
    expect(restored(OCR + 'Hoan thanh trong Quy IV nam 2026.')).toContain('Quý IV năm 2026');
    expect(restored('Hoan thanh trong Quy IV nam 2026, bao cao Quy II.')).toContain('Quý IV năm 2026, báo cáo Quý II.');
    expect(restored(OCR + 'Dai hoi khoa XV da thong qua.')).toContain('khóa XV');
  });

  it('repairs Đ in a code only from letters read for Đ (KTN stays, BCHTW -> BCĐTW)', () => {
    const out = restored(OCR + 'Theo Cong van s6 2211/BTC-KTN va Quy dinh s6 07-QD/BCHTW.');
    expect(out).toContain('/BTC-KTN');
    expect(out).toContain('/BCĐTW');
  });
});

describe('OCR channel: letters of the same shape', () => {
  it('proposes i for l and a for 3 (tlen -> tiến, 13 -> là)', () => {
    const names = (w: string) => dec.channel!.candidates(w).ids.map((i) => dec.vocab.surface[i]);
    expect(names('tlen')).toContain('tiến');
    expect(names('13')).toContain('là');
  });
});

describe('a capital split from its word by the OCR', () => {
  it('joins "N guyen" into one syllable, and leaves a lone letter that joins to nothing', () => {
    const out = restored(OCR + 'Y kién cua déng chi N guyen Van Hung tai cudc hop, phu luc B kem theo.');
    // (The bare "Hung" is Hưng or Hùng, both common given names: the join is what is tested.)
    expect(out).toMatch(/đồng chí Nguyễn Văn H(ư|ù)ng/);
    // "B" may be read as a garbled syllable (Bộ), but it is not joined to "kem".
    expect(out).toMatch(/phụ lục B\S* kèm theo/);
  });

  it('does not join in correct text', () => {
    const s = 'Theo phụ lục B ăn theo mẫu số 3.';
    expect(dec.restore(s).edits).toEqual([]);
  });
});

describe('lines in capitals', () => {
  it('writes every reading of an all-caps line in capitals', () => {
    const out = restored(OCR + '\n\nTHONG BAO KET LUAN CUA HOi PONG\nVE VIEC TO CHUc THUC HIEN\n\nCac co quan thyc hién.');
    expect(out).toContain('THÔNG BÁO KẾT LUẬN CỦA HỘI ĐỒNG\nVỀ VIỆC TỔ CHỨC THỰC HIỆN');
  });

  it('cuts a run of capitals merged by the OCR into syllables', () => {
    const out = restored(OCR + '\n\nUYBANNHANDANTINH\nKE HOACH TRIEN KHAI\n\nCac co quan thyc hién.');
    expect(out).toContain('ỦY BAN NHÂN DÂN TỈNH\n');
  });

  it('leaves codes and correct capitals alone', () => {
    const s = 'ỦY BAN NHÂN DÂN TỈNH\nSố: 12/UBND-KGVX\n\nKẾ HOẠCH TRIỂN KHAI CHUYỂN ĐỔI SỐ';
    expect(dec.restore(s).edits).toEqual([]);
  });
});

describe('place names', () => {
  it('reads the place before ", ngày" on a date line through the OCR channel', () => {
    const out = restored('UY BAN NHAN DAN TINH\n\nS6: 15/KH-UBND 1a Noi, ngay 12 thang 3 nam 2026\n\n' + OCR);
    expect(out).toContain('Hà Nội, ngày 12 tháng 3 năm 2026');
  });

  it('writes a capitalised run with the keys of a known place as that place', () => {
    const out = restored(OCR + 'Dai dién cac tinh Lang son, Quang Ngai va Thanh phé Ho Chi Minh.');
    expect(out).toContain('Lạng Sơn, Quảng Ngãi');
    expect(out).toContain('Thành phố Hồ Chí Minh.');
  });

  it('does not take a lower-case word after a capitalised one for a place', () => {
    const out = restored('Nguoi Viet Nam dinh cu o nuoc ngoai duoc khuyen khich dau tu.');
    expect(out).toContain('Việt Nam định cư ở nước ngoài');
  });
});

describe('capitals the OCR made of small letters', () => {
  it('writes a word never capitalised inside a sentence small (Va -> và)', () => {
    const out = restored(OCR + 'Cac co quan ra soat Va bao céo két qua cho Bo Cong an.');
    expect(out).toContain('rà soát và báo cáo');
    expect(out).toContain('Bộ Công an');
  });
});

describe('acronyms and names in OCR text', () => {
  it('keeps capitals without a vowel (an acronym) and a name after a capitalised word', () => {
    const out = restored(OCR + 'Xay dyng co so dir liéu (CSDL) cua Cuc Chuyén ddi s6 va cong ty CMC.');
    expect(out).toContain('(CSDL)');
    expect(out).toContain('công ty CMC.');
    expect(out).toContain('Cục Chuyển đổi số');
  });

  it('leaves a title-case word of an all-caps line as written (Nơi nhận:)', () => {
    const out = restored(OCR + '\n\nNoi nhan: PHO CHANH VAN PHONG TRUNG UONG\n');
    expect(out).toContain('Nơi nhận: PHÓ CHÁNH VĂN PHÒNG TRUNG ƯƠNG');
  });
});

describe('two capitals among small words', () => {
  it('writes a syllable read from two capitals in title case (TS -> Tổ), capitals beside capitals', () => {
    const out = restored(OCR + 'Phdi hop chat ché véi TS Gitp viéc cua Hoi déng.\n\nDANG CQNG SAN VIET NAM\n');
    expect(out).toContain('với Tổ Giúp việc');
    expect(out).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });
});

describe("a number's place", () => {
  it('reads no syllable in the day of "ngày .. tháng" nor in the number before "/code" after "Số:"', () => {
    const out = restored(OCR + '\n\nS6: 1Z /UBND-KT Ha Noi, ngay 1£ thang 3 nam 2026\n');
    expect(out).toContain('Số: 1Z /UBND-KT Hà Nội, ngày 1£ tháng 3 năm 2026');
  });
});

describe('same-key choices in OCR text', () => {
  it('reads "tu ngay <date>" as "từ ngày" (dates scored as the corpus writes them; u for ừ leans on the ư row)', () => {
    const out = restored(OCR + 'Hé théng van hanh lién tuc tu ngay 15/3/2026 va bao céo két qua.');
    expect(out).toContain('từ ngày 15/3/2026');
  });
});

describe('the end of a letter read without a Vietnamese model', () => {
  it('reads ươ written u’o’, and joins a final letter split from a word in capitals', () => {
    const out = restored(OCR + 'Cac thu’o’ng vu va ngu’o’i dan du’o’c thong bao.\nKT. BO TRU’O’N G, CHU NHIEM');
    expect(out).toContain('Các thường vụ và người dân được thông báo.');
    expect(out).toContain('KT. BỘ TRƯỞNG, CHỦ NHIỆM');
  });

  it('keeps distribution codes and a comma list of unit codes as written', () => {
    const out = restored(OCR + 'Noi nhan:\n- TTgCP, cac PTTg (dé b/c);\n- VPCP: BTCN, cac PCN, cac Vu: KGVX, PL, KTTH, TH, QT;');
    expect(out).toContain('- TTgCP, các PTTg (để b/c);');
    expect(out).toContain('BTCN, các PCN');
    expect(out).toContain('KGVX, PL, KTTH, TH, QT;');
  });

  it('keeps two capitals without a vowel as a code, but reads BQ (Q for O) as BỘ', () => {
    const out = restored(OCR + 'Luu: VT, KSTT (2).\n\nCAC BQ, CO QUAN TRUNG UONG');
    expect(out).toContain('Lưu: VT, KSTT (2).');
    expect(out).toContain('CÁC BỘ, CƠ QUAN TRUNG ƯƠNG');
  });
});

describe('all-caps lines of OCR text', () => {
  // An OCR without a Vietnamese model drops the marks of capitals all alike, so
  // such a line is read as text stripped of marks: every reading of the bare
  // letters costs the same, and the language model chooses (not the channel,
  // which once preferred the dot below: "BỌN THÁNG").
  it('reads an all-caps line of garbled text as stripped text', () => {
    const out = restored(OCR + '\n\nKET QUA BON THANG DAU NAM VA NHIEM VU TRONG TAM\n');
    expect(out).toContain('KẾT QUẢ BỐN THÁNG ĐẦU NĂM VÀ NHIỆM VỤ TRỌNG TÂM');
  });

  it('reads a capital Đ the OCR wrote as P in such a line', () => {
    const out = restored(OCR + '\n\nCHI THI VE VIEC PAY MANH CAI CACH HANH CHINH\n');
    expect(out).toContain('CHỈ THỊ VỀ VIỆC ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH');
  });
});
