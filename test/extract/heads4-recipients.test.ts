// Kính gửi lists (issue 9, heads4): addressees a line without dashes, each but the last ending with ";", and
// addressees on one line between semicolons. The texts are made up.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const letter = (kg: string) =>
  'ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n' +
  'Số: 31/UBND-NN\tBắc Ninh, ngày 14 tháng 5 năm 2025\nV/v phòng, chống dịch bệnh trên đàn gia súc\n' +
  kg + '\nỦy ban nhân dân tỉnh yêu cầu các cơ quan theo dõi tình hình dịch bệnh./.\n' +
  'Nơi nhận:\n- Như trên;\n- Lưu: VT, NN.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐào Quang Minh\n';

describe('Kính gửi lists', () => {
  it('one addressee a line without dashes', async () => {
    const { e } = await run(letter('Kính gửi:\nSở Tài chính;\nSở Nội vụ;\nỦy ban nhân dân các xã, phường.'));
    expect(e.document.recipients).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Ủy ban nhân dân các xã, phường']);
  });

  it('addressees on one line between semicolons', async () => {
    const { e } = await run(letter('Kính gửi: Sở Tài chính; Sở Nội vụ; Ủy ban nhân dân các xã, phường.'));
    expect(e.document.recipients).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Ủy ban nhân dân các xã, phường']);
  });

  it('one addressee wrapped over two lines stays one', async () => {
    const { e } = await run(letter('Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc Trung ương.'));
    expect(e.document.recipients).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });
});
