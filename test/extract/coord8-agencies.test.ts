// Issue 9 (coord8): agency names in leads and coordinators, on synthetic lists (made up, not copied).
import { describe, expect, it } from 'vitest';
import { agencyList } from '../../src/extract/agencies.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';

describe('coord8 agency names', async () => {
  const gaz = await loadGazetteer();
  const names = (s: string) => agencyList(s, fold(s), 0, gaz).items.map((i) => i.name);

  it('closes a collective with the place level or the word that narrows it (dictionaries/extract/agency-words.tsv)', () => {
    expect(names('Các sở, ban, ngành thành phố triển khai kế hoạch')).toEqual(['Các sở, ban, ngành thành phố']);
    expect(names('các tổ chức chính trị - xã hội trực thuộc tuyên truyền')).toEqual(['Các tổ chức chính trị - xã hội trực thuộc']);
    expect(names('các đơn vị, cơ sở giáo dục trực thuộc tổ chức')).toEqual(['Các đơn vị, cơ sở giáo dục trực thuộc']);
    expect(names('các cơ quan có thẩm quyền xem xét')).toEqual(['Các cơ quan có thẩm quyền']);
    expect(names('các cơ quan chức năng của địa phương kiểm tra')).toEqual(['Các cơ quan chức năng của địa phương']);
    expect(names('các ngân hàng thương mại cung cấp')).toEqual(['Các ngân hàng thương mại']);
  });
});
