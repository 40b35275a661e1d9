// Is this Vietnamese at all? Batches of archives hold stray English or French
// files; their records are kept but flagged. Works on text with or without
// diacritics (old OCR often lost them): common Vietnamese administrative
// syllables, folded to ASCII, make up a large share of any directive.
const COMMON = new Set(
  ('va cua cac cho tinh nam ngay thang theo ve viec thuc hien tai nhung duoc khong mot trong nay voi ' +
    'chi dao quan ly nha nuoc uy ban nhan dan xa huyen phuong cong van ke hoach thong bao nghi dinh quyet ' +
    'phoi hop trien khai don vi nganh chinh phu thu tuong truong nhiem vu kinh gui noi nhan tren cao ' +
    'dung nhu sau dong thoi tiep tuc tang cuong bao cao dam bao yeu cau lien quan ket qua tong hop de xuat')
    .split(' '),
);

export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** 'vi' when the text reads as Vietnamese, 'other' when clearly not, undefined when too short to tell. */
export function guessLanguage(text: string): 'vi' | 'other' | undefined {
  const words = fold(text.slice(0, 20000)).match(/[a-z]+/g) ?? [];
  if (words.length < 30) return undefined;
  let hits = 0;
  for (const w of words) if (COMMON.has(w)) hits++;
  return hits / words.length >= 0.1 ? 'vi' : 'other';
}
