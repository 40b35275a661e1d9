// A short invented letter (no seed text), and its synthetic one-page scan.
import { cachedScan } from '../ocr/fixtures.js';

export const LETTER = `ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
SỞ NỘI VỤ
Số: 215/SNV-VP
V/v báo cáo công tác lưu trữ năm 2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 12 tháng 3 năm 2026
Kính gửi: Các phòng, ban thuộc Sở.
Thực hiện Kế hoạch số 40/KH-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh về công tác văn thư, lưu trữ, Sở Nội vụ đề nghị:
1. Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn rà soát hồ sơ lưu trữ, báo cáo kết quả trước ngày 15/4/2026.
2. Phòng Tổ chức cán bộ tổng hợp danh mục tài liệu hết giá trị, gửi Văn phòng Sở trước ngày 30/4/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Bình
`;

/** One page, PNG, degraded like a scan (rendered once, cached as the OCR tests' scans are). */
export async function letterScan(): Promise<Buffer> {
  const scan = await cachedScan({ seed: 2 }, LETTER);
  return scan.png[0]!;
}
