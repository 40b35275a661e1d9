import { describe, expect, it } from 'vitest';
import { findNamedReferences } from '../../src/extract/references.js';

// Made-up sentences: the law names are real names of Vietnamese laws (general knowledge), the rest is invented.
describe('laws cited by name only', () => {
  it('reference.named-number-after: a number right after the name makes it a reference', () => {
    expect(findNamedReferences('Thực hiện Luật Đo lường (Luật số 04/2011/QH13) và các văn bản hướng dẫn.')).toEqual([]);
    expect(findNamedReferences('Căn cứ Luật Kiến trúc năm 2019 (số 40/2019/QH14); Luật Đo lường năm 2011.')).toEqual(['Luật Đo lường']);
  });

  it('reference.named-stop-circumstance: time and direction words end an unknown name', () => {
    expect(findNamedReferences('Góp ý dự thảo Luật Quản lý hồ chứa gửi Sở Tư pháp trước ngày 20/5.')).toEqual(['Luật Quản lý hồ chứa']);
  });

  it('reference.named-stop-verb: an after verb two words into an unknown name ends it', () => {
    expect(findNamedReferences('Luật Quản lý hồ chứa hướng dẫn rõ trách nhiệm của chủ hồ.')).toEqual(['Luật Quản lý hồ chứa']);
    // In a list after a comma the verb belongs to the name.
    expect(findNamedReferences('theo Luật Quản lý, khai thác hồ chứa nước')).toEqual(['Luật Quản lý, khai thác hồ chứa nước']);
  });
});

describe('a number after the name that is not the law’s', () => {
  it('a decree detailing the law in brackets leaves the law named', () => {
    expect(findNamedReferences('quy định chi tiết một số điều của Luật Kiến trúc (số 85/2020/NĐ-CP ngày 17/7/2020)')).toEqual(['Luật Kiến trúc']);
  });
});
