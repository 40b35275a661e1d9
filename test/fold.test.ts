import { describe, expect, it } from 'vitest';
import { fold, key } from '../src/fold.js';

describe('fold', () => {
  it('keeps the length, so offsets in the key are offsets in the text', () => {
    const s = 'Đề nghị Sở Tài chính báo cáo trước ngày 15/6.';
    expect(fold(s)).toBe('de nghi so tai chinh bao cao truoc ngay 15/6.');
    expect(fold(s).length).toBe(s.length);
  });

  it('keeps a lone combining mark in its place', () => {
    const s = 'Vie\u0302\u0323t';
    expect(fold(s).length).toBe(s.length);
    expect(fold(s).startsWith('vie')).toBe(true);
  });

  it('key composes, folds and squeezes spaces', () => {
    expect(key('  Ủy   ban\tnhân dân ')).toBe('uy ban nhan dan');
    expect(key('Vie\u0302\u0323t Nam')).toBe('viet nam');
  });
});
