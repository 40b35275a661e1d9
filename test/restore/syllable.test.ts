import { describe, it, expect } from 'vitest';
import { parseSyllable, isSyllable, placeTone, canon, fromCanon, asciiKey, allSyllables, matchCase } from '../../src/restore/syllable.js';
import { tokenize } from '../../src/restore/tokens.js';

describe('phonotactics', () => {
  it('accepts real syllables and splits onset, rhyme, tone', () => {
    expect(parseSyllable('nghiệp')).toEqual({ onset: 'ngh', rhyme: 'iêp', tone: 5 });
    expect(parseSyllable('quốc')).toEqual({ onset: 'qu', rhyme: 'ôc', tone: 1 });
    expect(parseSyllable('người')).toEqual({ onset: 'ng', rhyme: 'ươi', tone: 2 });
    for (const s of ['giữ', 'gì', 'thủy', 'hoà', 'yêu', 'Đảng', 'chuyển', 'khuya', 'ủy']) expect(isSyllable(s.toLowerCase()), s).toBe(true);
  });

  it('rejects stop-final rhymes with tones other than sắc and nặng', () => {
    expect(isSyllable('kết')).toBe(true);
    expect(isSyllable('kệt')).toBe(true);
    for (const s of ['kềt', 'kêt', 'phap', 'viẹc'.replace('ẹ', 'ề'), 'tủc', 'sách'.replace('á', 'ã')]) expect(isSyllable(s), s).toBe(false);
  });

  it('rejects OCR garbles and spelling-rule breaks', () => {
    for (const s of ['trién', 'hiéu', 'dir', 'wong', 'ciia', 'ce', 'ngi', 'ghe'.replace('gh', 'g') + 'x', 'kan']) expect(isSyllable(s), s).toBe(false);
  });

  it('places tones the traditional way and round-trips canonical ids', () => {
    expect(placeTone('hoa', 2)).toBe('hòa');
    expect(placeTone('thuy', 3)).toBe('thủy');
    expect(placeTone('quyêt', 1)).toBe('quyết');
    expect(placeTone('ngươi', 2)).toBe('người');
    expect(canon('Hoà')).toBe(canon('hòa'));
    expect(fromCanon(canon('nghiệp'))).toBe('nghiệp');
    expect(asciiKey('Đường')).toBe('duong');
    expect(matchCase('UBND', 'ủy')).toBe('ỦY');
    expect(matchCase('Uy', 'ủy')).toBe('Ủy');
  });

  it('generates an inventory in which every form passes the check', () => {
    const all = allSyllables();
    expect(all.length).toBeGreaterThan(10000);
    for (const c of all.slice(0, 3000)) expect(isSyllable(fromCanon(c))).toBe(true);
  });
});

describe('tokenize', () => {
  it('keeps exact offsets and splits punctuation, codes and blends', () => {
    const text = 'Số 05-QĐ/BCĐTW ngày 24/9/2025, s6 liên-\nthông dữ liệu./.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    const kinds = Object.fromEntries(toks.map((t) => [t.text, t.kind]));
    expect(kinds['05-QĐ/BCĐTW']).toBe('code');
    expect(kinds['24/9/2025']).toBe('code');
    expect(kinds['s6']).toBe('mixed');
    expect(kinds['liên']).toBe('word');
    expect(kinds['./.']).toBe('punct');
  });
});
