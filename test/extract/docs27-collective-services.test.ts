// Issue 9 (docs27): hospitals, centres, health stations and sub-departments named as a collective after "các".
// A made-up letter of a made-up province, not copied from any document.
import { describe, expect, it } from 'vitest';
import { agencyList } from '../../src/extract/agencies.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';
import { run } from './helpers.js';

const LETTER = `UBND TỈNH BÌNH MINH	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ	Độc lập - Tự do - Hạnh phúc
Số: 41/SYT-KHTC	Bình Minh, ngày 5 tháng 02 năm 2026
V/v cung cấp số liệu giường bệnh

Kính gửi: Các đơn vị trực thuộc Sở Y tế

Sở Y tế yêu cầu các bệnh viện báo cáo số giường bệnh thực kê theo biểu mẫu đính kèm.
Rất mong sự hợp tác của các đơn vị./.

Nơi nhận:	GIÁM ĐỐC
- Như trên;
- Lưu: VT.
	Trần Văn Bình
`;

describe('agency.collective-services', async () => {
  const gaz = await loadGazetteer();
  const names = (s: string) => agencyList(s, fold(s), 0, gaz).items.map((i) => i.name);

  it('reads "các bệnh viện", "các Trung tâm y tế", "các trạm y tế", "các chi cục" as collectives (agency-words.tsv, collective)', () => {
    expect(names('các bệnh viện báo cáo số liệu')).toEqual(['Các bệnh viện']);
    expect(names('các Trung tâm y tế rà soát hồ sơ')).toEqual(['Các Trung tâm y tế']);
    expect(names('các trạm y tế thực hiện tiêm chủng')).toEqual(['Các trạm y tế']);
    expect(names('các chi cục kiểm tra cơ sở')).toEqual(['Các chi cục']);
  });

  it('gives a letter\'s one request "Sở X yêu cầu các bệnh viện báo cáo ..." its lead, so the task is kept', async () => {
    const { e } = await run(LETTER);
    expect(e.tasks.map((t) => t.lead.map((l) => l.name))).toEqual([['Các bệnh viện']]);
  });
});
