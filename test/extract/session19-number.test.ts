// The document's number beside a gazette's running head (session 19). Made-up text.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const head = (gazette: string) =>
  `${gazette} 15-03-2026\n12\n\nBỘ NỘI VỤ\n\nSố: 45/TT-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n` +
  'Hà Nội, ngày 2 tháng 3 năm 2026\nTHÔNG TƯ\nQuy định về biên chế\n';

describe('number beside a gazette head', () => {
  it('reads no number from "Số 118/Ngày ..." with its marks stripped (header.number.date-word)', async () => {
    const { e } = await run(head('CÔNG BAO/So 118/Ngay'));
    expect(e.document.number).toBe('45/TT-BNV');
    const clean = await run(head('CÔNG BÁO/Số 118/Ngày'));
    expect(clean.e.document.number).toBe('45/TT-BNV');
  });
});
