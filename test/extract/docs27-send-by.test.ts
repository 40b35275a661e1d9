// Issue 9 (docs27): a letter's one request, then the sentence that says by when its report is sent, after an aside or over the
// period the report covers. Made-up letters of a made-up province, not copied from any document.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const head = (n: string, vv: string) => `UBND TỈNH BÌNH MINH	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ	Độc lập - Tự do - Hạnh phúc
Số: ${n}	Bình Minh, ngày 10 tháng 12 năm 2025
V/v ${vv}

Kính gửi: Các đơn vị trực thuộc Sở Y tế

`;
const tail = `
Nơi nhận:	GIÁM ĐỐC
- Như trên;
- Lưu: VT.
	Trần Văn Bình
`;

describe('deadline.send-by-over-period and deadline.send-by-after-aside', () => {
  it('takes the day the report is sent by over the year it covers', async () => {
    const { e } = await run(`${head('77/SYT-NVY', 'báo cáo hoạt động năm 2025')}Sở Y tế đề nghị Giám đốc các Trung tâm tuyến tỉnh báo cáo hoạt động của đơn vị trong năm 2025.
Văn bản gửi về Sở Y tế trước ngày 22 tháng 12 năm 2025.
${tail}`);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2025-12-22']);
  });

  it('keeps a period that ends before the day named for sending', async () => {
    const { e } = await run(`${head('79/SYT-NVY', 'báo cáo quý III')}Sở Y tế đề nghị Giám đốc các Trung tâm tuyến tỉnh hoàn thành kiểm tra trong tháng 11 năm 2025.
Văn bản gửi về Sở Y tế trước ngày 22 tháng 12 năm 2025.
${tail}`);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2025-11-30']);
  });

  it('dates the request by the sending sentence after one sentence that assigns nothing', async () => {
    const { e } = await run(`${head('78/SYT-KHTC', 'cung cấp số liệu giường bệnh')}Sở Y tế đề nghị Giám đốc các Trung tâm tuyến tỉnh báo cáo số giường bệnh thực kê theo biểu mẫu đính kèm.
Các đơn vị có thể nêu khó khăn, vướng mắc đề xuất với Sở Y tế.
Báo cáo gửi về Sở Y tế (qua phòng Kế hoạch - Tài chính) chậm nhất ngày 26/12/2025.
${tail}`);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2025-12-26']);
  });
});
