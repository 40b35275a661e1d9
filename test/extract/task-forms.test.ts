// Task forms of issue 9 beyond the seeds: deep numbering, a title over paragraphs,
// an item that assigns and lists points, "Ủy ban nhân dân" named with its level.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nHUYỆN AN LẠC\nSố: 7/UBND-VX An Lạc, ngày 03 tháng 3 năm 2025\nV/v triển khai\nKính gửi: Các phòng, ban\n\nỦy ban nhân dân huyện yêu cầu các phòng, ban thực hiện như sau:\n';
const TAIL = '\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Bình\n';

const byId = (tasks: { id: string }[]) => Object.fromEntries(tasks.map((t) => [t.id, t]));

describe('task forms', () => {
  it('reads "2.1 <body>:" and "3.1." as items under their number', async () => {
    const { e } = await run(
      HEAD +
        '1. Phân công thực hiện:\n2.1 Phòng Y tế:\n- Chủ trì xây dựng kế hoạch tiêm chủng.\n- Tổng hợp kết quả.\n' +
        '2.2 Phòng Nội vụ:\n- Rà soát biên chế các trường.\n' +
        TAIL,
    );
    const t = byId(e.tasks);
    expect(Object.keys(t).sort()).toEqual(['1.1.1', '1.1.2', '1.2.1']);
    expect((t['1.1.1'] as (typeof e.tasks)[number]).lead.map((l) => l.name)).toEqual(['Phòng Y tế']);
    expect((t['1.2.1'] as (typeof e.tasks)[number]).lead.map((l) => l.name)).toEqual(['Phòng Nội vụ']);
  });

  it('task.topic-paragraph: a title ending in a colon over paragraphs gives one task a paragraph', async () => {
    const { e } = await run(
      HEAD +
        '1. Tăng cường công tác vệ sinh môi trường:\nHằng tháng tổ chức ra quân dọn vệ sinh khu dân cư.\nPhòng Tài nguyên và Môi trường kiểm tra các cơ sở sản xuất trước ngày 30/6/2025.\n' +
        TAIL,
    );
    const t = byId(e.tasks) as Record<string, (typeof e.tasks)[number]>;
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.2']);
    expect(t['1.1']!.rule).toBe('task.topic-paragraph');
    expect(t['1.1']!.lead.map((l) => l.name)).toEqual(['Các phòng, ban']);
    expect(t['1.2']!.lead.map((l) => l.name)).toEqual(['Phòng Tài nguyên và Môi trường']);
    expect(t['1.2']!.deadline).toMatchObject({ due: '2025-06-30' });
  });

  it('task.lead-in: an item that assigns and lists "+" points is a task, and so is each point', async () => {
    const { e } = await run(
      HEAD +
        '1. Ủy ban nhân dân các xã:\n- Hướng dẫn, kiểm tra các hộ sửa chữa nhà ở:\n+ Họp với các hộ để thống nhất phương án.\n+ Vận động nhân dân hỗ trợ ngày công.\n- Báo cáo kết quả trước ngày 15/9/2025.\n' +
        TAIL,
    );
    const t = byId(e.tasks) as Record<string, (typeof e.tasks)[number]>;
    expect(Object.keys(t).sort()).toEqual(['1.1', '1.1.1', '1.1.2', '1.2']);
    expect(t['1.1']!.rule).toBe('task.lead-in');
    expect(t['1.1.2']!.lead.map((l) => l.name)).toEqual(['Ủy ban nhân dân các xã']);
  });

  it('reads a roman heading lowercased by a copy when it follows the section before ("II. tổ chức thực hiện")', async () => {
    const { e } = await run(HEAD + 'I. mục đích, yêu cầu\nNâng cao nhận thức của người dân.\nII. tổ chức thực hiện\n1. Phòng Văn hóa: Tổ chức tuyên truyền trước ngày 30/4/2025.\n' + TAIL);
    expect(e.tasks.map((t) => t.id)).toContain('2.1');
    expect(e.tasks.map((t) => t.id)).not.toContain('1.1');
  });

  it('reads "Ủy ban nhân dân" with a counted level or one level and its place name', async () => {
    const { e } = await run(
      HEAD + '1. Ủy ban nhân dân 11 phường: Rà soát hộ nghèo trên địa bàn.\n2. UBND xã Tân Lập chủ trì tổ chức ngày hội đại đoàn kết.\n' + TAIL,
    );
    const t = byId(e.tasks) as Record<string, (typeof e.tasks)[number]>;
    expect(t['1']!.lead.map((l) => l.name)).toEqual(['Ủy ban nhân dân 11 phường']);
    expect(t['2']!.lead.map((l) => l.name)).toEqual(['Ủy ban nhân dân xã Tân Lập']);
  });
});
