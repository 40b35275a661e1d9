// Person names in stripped text (src/restore/people.ts), on the real tables. Made-up names and letters.
import { describe, it, expect, beforeAll } from 'vitest';
import { loadDecoder } from '../../src/restore/index.js';
import type { Decoder } from '../../src/restore/decode.js';
import { Layer } from '../../src/layer.js';
import { People } from '../../src/restore/people.js';
import { tokenize } from '../../src/restore/tokens.js';

let dec: Decoder;
const restored = (s: string) => Layer.derive(s, dec.restore(s).edits).text;
const BODY = 'Cac co quan, don vi trien khai thuc hien nghiem tuc ke hoach nay, bao cao ket qua truoc ngay 15/12/2025.\n';

beforeAll(() => {
  dec = loadDecoder();
});

describe('person names in stripped text', () => {
  it('reads a signer’s name under the signature with the commonest family name', () => {
    const out = restored(BODY + 'KT. CHU TICH\nPHO CHU TICH\nNguyen Van Tuan\n');
    expect(out).toContain('\nNguyễn Văn Tuấn');
    expect(restored(BODY + 'GIAM DOC\nPham Thi Lan\n')).toContain('\nPhạm Thị Lan');
    expect(restored(BODY + 'GIAM DOC\nTruong Quoc Bao\n')).toContain('\nTrương Quốc Bảo');
    // a narrow signature cell breaks the name after the family name
    expect(restored(BODY + 'GIAM DOC\nTruong\nQuoc Bao\n')).toContain('\nTrương\nQuốc Bảo');
  });

  it('reads a name after a title in a sentence, and after a short title in a list', () => {
    expect(restored('Giao dong chi Le Minh Tuan, Pho Giam doc So chu tri.')).toContain('đồng chí Lê Minh Tuấn,');
    expect(restored(BODY + '- TT. Vu Duc Thang;\n')).toContain('TT. Vũ Đức Thắng;');
    expect(restored(BODY + '- TTr Vu Duc Thang;\n')).toContain('TTr Vũ Đức Thắng;');
    expect(restored('Thong bao ket luan cua Pho Thu tuong Tran Quoc Bao tai cuoc hop.')).toContain('Phó Thủ tướng Trần Quốc Bảo tại');
    expect(restored('Y kien cua Pho Thu tuong Chinh phu Pham Quoc Bao tai buoi lam viec.')).toContain('Chính phủ Phạm Quốc Bảo tại');
    // "Đảng" after "Trung ương" is no family name Đặng
    expect(restored('Van phong Trung uong Dang Cong san Viet Nam thong bao.')).toContain('Trung ương Đảng Cộng sản Việt Nam');
  });

  it('reads a title in capitals after "đồng chí" as a title, though its first word is a family name too', () => {
    expect(restored('Thong bao y kien cua dong chi Tong Bi thu tai buoi lam viec voi tinh.')).toContain('đồng chí Tổng Bí thư tại');
    expect(restored('Giao dong chi Tong Van Hai, Pho Giam doc So chu tri.')).toContain('đồng chí Tống Văn Hải,');
  });

  it('reads a name at the end of a signature block flattened onto one line', () => {
    expect(restored(BODY + '- Luu: VT, KH (2).\tKT. GIAM DOC PHO GIAM DOC Nguyen Duc Thang\n')).toContain('PHÓ GIÁM ĐỐC Nguyễn Đức Thắng');
  });

  it('reads a name run onto the end of a copies line after a code of letters and figures (restore.people.after-code)', () => {
    expect(restored(BODY + '- Luu: VT, KTTH2b Dang Van Tuan\n')).toContain('KTTH2b Đặng Văn Tuấn');
    // a bare figure is no code: "năm 2025 Ha Nam" stays a place
    expect(restored('Ke hoach nam 2025 Ha Nam\n')).toContain('Hà Nam');
  });

  it('leaves capitalised words that open no name or run on in a sentence', () => {
    // Places are places ("Hà" is a family name too); mid-sentence runs stay prose.
    expect(restored('Nam Dinh va Ha Nam to chuc kiem tra.')).toBe('Nam Định và Hà Nam tổ chức kiểm tra.');
    expect(restored('Cac Bo, nganh Trung uong phoi hop thuc hien.')).toContain('Các Bộ, ngành Trung ương');
    // a unit alone before a comma is no name ("Vu" is the family name Vũ too; phrases.txt names the units together)
    expect(restored('Cac Vu, Cuc thuoc Bo chu dong trien khai.')).toContain('Các Vụ, Cục thuộc Bộ');
  });
});

describe('People.find', () => {
  const people = new People({ family: ['Nguyễn', 'Lê', 'Đoàn', 'Doãn'], middle: ['Văn', 'Thị'], given: ['Hùng', 'Hưng', 'Vân'] });
  const find = (s: string) => people.find(tokenize(s), s, () => true);

  it('fixes the family name to the first of its key and keeps name readings for the rest', () => {
    const r = find('KY\nDoan Van Hung\n');
    expect(r[0]).toEqual({ at: r[0]!.at, written: 'Đoàn' });
    expect(r[1]!.allowed).toEqual(['Văn']);
    expect(r[2]!.allowed).toEqual(['Hùng', 'Hưng']);
  });

  it('needs the run alone on its line, after a clause mark or after a title, and two words at least', () => {
    expect(find('KY\nNguyen\n')).toEqual([]);
    expect(find('theo Nguyen Van Hung de xuat')).toEqual([]);
    // After a title the name may run on in its sentence.
    expect(find('ong Nguyen Van Hung de xuat').length).toBe(3);
    expect(find('Pho Giam doc Nguyen Van Hung de xuat').length).toBe(3);
    expect(find('cac Giam doc So Nguyen Van de xuat')).toEqual([]);
  });
});

describe('place names in a head line', () => {
  it('writes a place in capitals as its words are, though the motto beside it is in small letters', () => {
    const out = restored('UY BAN NHAN DAN\tCONG HOA XA HOI CHU NGHIA VIET NAM\nTINH SON LA\tDoc lap - Tu do - Hanh phuc\nSo: 45/UBND-KT\tSon La, ngay 02 thang 4 nam 2026\n');
    expect(out).toContain('TỈNH SƠN LA');
    expect(out).toContain('Sơn La, ngày');
  });
});
