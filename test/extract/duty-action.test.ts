// action.after-duty: "X có trách nhiệm <work>": the duty assigns, the action is the work after it.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('action.after-duty', () => {
  it('starts the action after "có trách nhiệm", not before a list it opens', async () => {
    const { e } = await run('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 12/CT-UBND\n\nCHỈ THỊ\nVề tăng cường quản lý\n\n1. Sở Tài chính có trách nhiệm hướng dẫn các đơn vị thực hiện.\n\n2. Các sở, ban, ngành có trách nhiệm phối hợp thực hiện.\n');
    expect(e.tasks.map((t) => t.action)).toEqual(['Hướng dẫn các đơn vị thực hiện', 'Phối hợp thực hiện']);
  });
});
