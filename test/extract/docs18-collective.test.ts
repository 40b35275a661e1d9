// Issue 9 (docs18): "ban ngành" read as one collective noun after "các sở," (made-up sentences, not copied).
import { describe, expect, it } from 'vitest';
import { agencyList, coordinateList } from '../../src/extract/agencies.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';

describe('docs18 collective "ban ngành"', async () => {
  const gaz = await loadGazetteer();
  const names = (s: string) => agencyList(s, fold(s), 0, gaz).items.map((i) => i.name);
  const partners = (s: string) => coordinateList(s, fold(s), 0, gaz).items.map((i) => i.name);

  it('agency.collective-ban-nganh: "các sở, ban ngành" is not cut after "ban" (agency-words.tsv, collective)', () => {
    expect(names('Các sở, ban ngành và đơn vị liên quan có trách nhiệm cử lực lượng')).toEqual(['Các sở, ban ngành và đơn vị liên quan']);
    expect(partners('các sở, ban ngành để rà soát hồ sơ đất đai')).toEqual(['Các sở, ban ngành']);
    // (the two-comma form and a single "ban" stay as they were)
    expect(names('Các sở, ban, ngành thành phố triển khai kế hoạch')).toEqual(['Các sở, ban, ngành thành phố']);
  });
});
