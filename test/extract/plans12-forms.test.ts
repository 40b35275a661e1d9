// Plan forms of the plans12 round (issue 9), on short texts written for these tests (no document's text).
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Số: 45/KH-UBND                Hòa Bình, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Phòng chống hạn hán năm 2026

II. NHIỆM VỤ CỤ THỂ
`;

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('plan labels (plan-labels.tsv)', () => {
  it('reads "Cơ quan, đơn vị thực hiện", "Cơ quan tham mưu", "Đơn vị phụ trách", "Thời gian triển khai" and their kin', async () => {
    const text = `${HEAD}1. Tổ chức hội nghị triển khai Kế hoạch
- Cơ quan, đơn vị thực hiện: Sở Nông nghiệp và Môi trường.
- Thời gian: Tháng 4/2026.
2. Rà soát các công trình cấp nước
- Cơ quan tham mưu: Sở Xây dựng.
- Cơ quan, đơn vị phối hợp: Sở Tài chính; Ủy ban nhân dân các xã.
- Thời gian triển khai: Quý II/2026.
3. Tổng kết việc thực hiện Kế hoạch
- Chủ trì tham mưu: Sở Nông nghiệp và Môi trường.
- Đơn vị phối hợp thực hiện: các sở, ngành liên quan.
- Thời gian tổ chức: Tháng 12/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1', '2.2', '2.3']);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Xây dựng'], ['Sở Nông nghiệp và Môi trường']]);
    expect(names(e.tasks[1]!.coordinate)).toEqual(['Sở Tài chính', 'Ủy ban nhân dân các xã']);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2026-04-30', '2026-06-30', '2026-12-31']);
  });

  it('ends a value at a label of another field ("Kinh phí:")', async () => {
    const text = `${HEAD}1. Kiểm tra việc sử dụng nước tại các khu công nghiệp
- Đơn vị phụ trách: Ban Quản lý các khu công nghiệp tỉnh.
- Kinh phí: Ngân sách tỉnh bố trí cho Sở Tài chính.
- Thời gian: Quý III/2026.
`;
    const { e } = await run(text);
    expect(names(e.tasks[0]!.lead)).toEqual(['Ban Quản lý các khu công nghiệp tỉnh']);
    expect(e.tasks[0]!.deadline?.due).toBe('2026-09-30');
  });
});

describe('plan.label-roles', () => {
  it('splits a lead label that names the lead with "chủ trì" and partners with "phối hợp"', async () => {
    const text = `${HEAD}1. Tổ chức hội nghị triển khai Kế hoạch
- Đơn vị thực hiện: Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính và Ủy ban nhân dân các xã.
- Thời gian: Tháng 4/2026.
2. Rà soát các công trình cấp nước
- Trách nhiệm: Sở Xây dựng chủ trì; Sở Tài chính, Ủy ban nhân dân các xã phối hợp.
- Thời gian: Quý II/2026.
3. Kiểm tra các khu công nghiệp
- Cơ quan thực hiện: Ban Quản lý các khu công nghiệp tỉnh (chủ trì), Sở Công Thương (phối hợp).
- Thời gian: Quý III/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Xây dựng'], ['Ban Quản lý các khu công nghiệp tỉnh']]);
    expect(e.tasks.map((t) => names(t.coordinate))).toEqual([['Sở Tài chính', 'Ủy ban nhân dân các xã'], ['Sở Tài chính', 'Ủy ban nhân dân các xã'], ['Sở Công Thương']]);
  });
});

describe('plan.bracket-labels and lead.bracket-chu-tri', () => {
  it('reads labels inside a bracket after the activity, and "(X chủ trì, phối hợp với Y ...)"', async () => {
    const text = `${HEAD}1. Hỗ trợ giống cây trồng chịu hạn cho người dân (Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện; thời gian: tháng 5/2026).
2. Tổ chức tập huấn kỹ năng ứng phó với hạn hán cho cán bộ cấp xã (Sở Nông nghiệp và Môi trường chủ trì; hoàn thành trong Quý III/2026).
3. Nâng cấp các công trình cấp nước sinh hoạt nông thôn (Đơn vị thực hiện: Sở Xây dựng; thời gian thực hiện: năm 2026).
4. Rà soát, bổ sung quy hoạch thủy lợi (Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: Sở Tài chính).
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.action)).toEqual([
      'Hỗ trợ giống cây trồng chịu hạn cho người dân',
      'Tổ chức tập huấn kỹ năng ứng phó với hạn hán cho cán bộ cấp xã',
      'Nâng cấp các công trình cấp nước sinh hoạt nông thôn',
      'Rà soát, bổ sung quy hoạch thủy lợi',
    ]);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Nông nghiệp và Môi trường'], ['Sở Xây dựng'], ['Sở Nông nghiệp và Môi trường']]);
    expect(e.tasks.map((t) => names(t.coordinate))).toEqual([['Ủy ban nhân dân các xã'], [], [], ['Sở Tài chính']]);
    expect(e.tasks.map((t) => t.deadline?.due ?? null)).toEqual(['2026-05-31', '2026-09-30', '2026-12-31', null]);
    expect(e.tasks[0]!.leadRule).toBe('lead.bracket-chu-tri');
  });

  it('leaves a bracket that names no one leading alone', async () => {
    const text = `${HEAD}1. Sở Xây dựng:
- Kiểm tra các công trình cấp nước (gồm các công trình do Ủy ban nhân dân các xã quản lý) trước ngày 30/6/2026.
`;
    const { e } = await run(text);
    expect(names(e.tasks[0]!.lead)).toEqual(['Sở Xây dựng']);
  });
});

describe('plan.label-runs, plan.group-own-labels and plan.label-footnote-mark', () => {
  it('gives items without labels the labels that close their run, and keeps each run\'s labels its own', async () => {
    const text = `${HEAD}1. Nâng cao năng lực phòng chống hạn

- Kiểm tra các trạm bơm trước mùa khô.

- Nạo vét kênh mương nội đồng.

Đơn vị thực hiện: Ủy ban nhân dân các xã.

Đơn vị phối hợp: Sở Xây dựng.

Thời gian thực hiện*: Quý II/2026.

- Lập bản đồ các vùng thường xuyên thiếu nước.

Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.

Thời gian thực hiện: Tháng 9/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.id)).toEqual(['2.1.1', '2.1.2', '2.1.3']);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Ủy ban nhân dân các xã'], ['Ủy ban nhân dân các xã'], ['Sở Nông nghiệp và Môi trường']]);
    expect(e.tasks.map((t) => names(t.coordinate))).toEqual([['Sở Xây dựng'], ['Sở Xây dựng'], []]);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2026-06-30', '2026-06-30', '2026-09-30']);
    expect(e.tasks[0]!.rule).toBe('task.plan-run');
  });
});

describe('lead.next-line-chu-tri', () => {
  it('reads who leads from the line after the activity', async () => {
    const text = `${HEAD}2. Công tác kiểm tra
- Kiểm tra các hồ chứa nước trước mùa khô.
Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện; hoàn thành trước ngày 30/4/2026.
- Kiểm tra các công trình cấp nước tập trung.
Sở Xây dựng chủ trì thực hiện trong Quý II/2026.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => t.action)).toEqual(['Kiểm tra các hồ chứa nước trước mùa khô', 'Kiểm tra các công trình cấp nước tập trung']);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Xây dựng']]);
    expect(names(e.tasks[0]!.coordinate)).toEqual(['Ủy ban nhân dân các xã']);
    expect(e.tasks.map((t) => t.deadline?.due)).toEqual(['2026-04-30', '2026-06-30']);
  });
});

describe('plan.label-runs narrowed', () => {
  it('gives no run labels to an item that goes on in a paragraph of its own', async () => {
    const text = `${HEAD}1. Rà soát quy hoạch thủy lợi trên địa bàn tỉnh.
Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính thực hiện; hoàn thành trong Quý III/2026.
2. Xây dựng phương án cấp nước cho các vùng khô hạn.
Cơ quan thực hiện: Sở Xây dựng.
3. Đầu tư hồ chứa nước nhỏ tại các xã vùng cao.
Trách nhiệm thực hiện: Sở Nông nghiệp và Môi trường.
`;
    const { e } = await run(text);
    expect(e.tasks.map((t) => names(t.lead))).toEqual([['Sở Nông nghiệp và Môi trường'], ['Sở Xây dựng'], ['Sở Nông nghiệp và Môi trường']]);
    expect(e.tasks[0]!.rule).not.toBe('task.plan-run');
  });
});
