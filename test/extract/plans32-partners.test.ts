// Issue 9 (plans32): partners after "phối hợp (với)" that open bare and go on, the Front with its scope, units written in
// lower case (made-up sentences of a made-up province, not copied).
import { describe, expect, it } from 'vitest';
import { coordinateList } from '../../src/extract/agencies.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { fold } from '../../src/extract/text.js';

describe('plans32 partners', async () => {
  const gaz = await loadGazetteer();
  const partners = (s: string) => coordinateList(s, fold(s), 0, gaz).items.map((i) => i.name);

  it('coordinate.front-scope: "..., Mặt trận cơ sở và các đoàn thể" after local government: three partners', () => {
    expect(partners('chính quyền xã, Mặt trận cơ sở và các đoàn thể kiểm tra việc cấp phát hàng cứu trợ')).toEqual(['Chính quyền xã', 'Mặt trận cơ sở', 'Các đoàn thể']);
  });

  it('coordinate.bare-goes-on: a bare partner, then "và" and another bare one', () => {
    expect(partners('cơ quan báo chí và lực lượng chức năng kiểm tra các điểm bán hàng')).toEqual(['Cơ quan báo chí', 'Lực lượng chức năng']);
  });

  it('coordinate.lower-unit: "phòng X", "bộ phận X" written in lower case before a capitalised name', () => {
    expect(partners('phòng Kế hoạch rà soát danh mục thiết bị')).toEqual(['Phòng Kế hoạch']);
    expect(partners('bộ phận Văn hóa tổ chức tuyên truyền')).toEqual(['Bộ phận Văn hóa']);
    // (work, not a unit: no capitalised name after the head)
    expect(partners('phòng, chống thiên tai trên địa bàn')).toEqual([]);
  });
});
