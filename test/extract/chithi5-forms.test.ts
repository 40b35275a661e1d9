// chithi5 (issue 9): directives and conclusions written one sentence a line, where a copy split an item's
// number from its heading ("1.\nVề công tác ..."). Synthetic examples written for these tests.
import { describe, expect, it } from 'vitest';
import { joinLoneMarkers } from '../../src/extract/tasks.js';
import { run } from './helpers.js';

const HEAD = 'Thông báo kết luận của bộ trưởng tại hội nghị tổng kết năm.\nBộ trưởng kết luận như sau:\n';

// The join is plans4's joinLoneMarkers (one rule for both forms; chithi5's own copy was dropped at the merge).
describe('item numbers alone on their line, one sentence a line', () => {
  it('joins a line holding only an item number to the heading below it, keeping the length', () => {
    const t = 'Mở đầu.\n1.\nVề công tác quy hoạch\n- Sở Xây dựng rà soát quy hoạch.\n';
    const j = joinLoneMarkers(t, 0, t.length);
    expect(j).toHaveLength(t.length);
    expect(j).toContain('1. Về công tác quy hoạch\n');
  });

  it('leaves a number whose next line has its own marker or starts in lower case', () => {
    const t = 'Mở đầu.\n1.\n- Sở Y tế kiểm tra.\n2.\nnội dung khác\n';
    expect(joinLoneMarkers(t, 0, t.length)).toBe(t);
  });

  it('reads the dashes under split items as tasks of their items', async () => {
    const { e } = await run(
      HEAD +
        '1.\nVề công tác đào tạo\n- Sở Giáo dục và Đào tạo chủ trì rà soát chương trình đào tạo nghề.\n- Sở Tài chính bố trí kinh phí đào tạo.\n' +
        '2.\nVề công tác kiểm tra\n- Thanh tra tỉnh chủ trì kiểm tra việc sử dụng kinh phí.\n' +
        'Văn phòng xin thông báo để các cơ quan biết, thực hiện.\n',
    );
    const ids = e.tasks.map((t) => t.id);
    expect(ids).toEqual(['1.1', '1.2', '2.1']);
    expect(e.tasks[2]!.lead.map((l) => l.name)).toEqual(['Thanh tra tỉnh']);
  });
});
