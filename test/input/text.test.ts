import { describe, expect, it } from 'vitest';
import { decodeText, legacyEncoding } from '../../src/input/text.js';
import { sniffMediaType } from '../../src/input/sniff.js';

const VI = 'Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc.';

function ok(bytes: Uint8Array) {
  const d = decodeText(bytes);
  if ('error' in d) throw new Error(d.error);
  return d;
}

describe('decodeText', () => {
  it('reads UTF-8, UTF-8 with BOM, UTF-16 LE/BE with and without BOM', () => {
    expect(ok(Buffer.from(VI)).text).toBe(VI);
    expect(ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VI)]))).toEqual({ text: VI, encoding: 'utf-8-bom' });
    const le = Buffer.from(VI, 'utf16le');
    expect(ok(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(VI);
    expect(ok(le)).toEqual({ text: VI, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    expect(ok(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe(VI);
    expect(ok(be).encoding).toBe('utf-16be');
  });

  it('refuses binary data by name', () => {
    const bin = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    expect(decodeText(bin)).toMatchObject({ code: 'binary-file' });
  });

  it('detects TCVN3 and VNI bytes and says which', () => {
    // "Cộng hoà xã hội chủ nghĩa Việt Nam" in TCVN3 (ABC) and in VNI-Windows.
    const tcvn3 = Buffer.from('C\u00e9ng ho\u00b5 x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca Vi\u00d6t Nam, t\u00b9i c\u00a8n c\u00f8', 'latin1');
    const vni = Buffer.from('Co\u00e4ng ho\u00f8a xa\u00f5 ho\u00e4i chu\u00fb ngh\u00f3a Vie\u00e4t Nam, ta\u00efi ca\u00f9c', 'latin1');
    expect(decodeText(tcvn3)).toMatchObject({ code: 'legacy-encoding' });
    expect((decodeText(tcvn3) as { error: string }).error).toContain('TCVN3');
    expect((decodeText(vni) as { error: string }).error).toContain('VNI');
  });

  it('does not flag real Vietnamese or plain ASCII as legacy', () => {
    expect(legacyEncoding(VI)).toBeNull();
    expect(legacyEncoding('Cong hoa xa hoi chu nghia Viet Nam')).toBeNull();
  });

  it('does not take a text without marks that holds a few OCR symbols for TCVN3', () => {
    // An English-model OCR's stray symbols (for ơ, ư ...), marks then stripped: a few high bytes in a long text.
    const line = 'Cac so, ban, nganh c¢ trach nhiem trien khai thuc hien ke hoach nay theo ®ung tien do § da de ra. ';
    expect(legacyEncoding(line.repeat(6))).toBeNull();
    expect(decodeText(Buffer.from(line.repeat(6), 'utf8'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('decodes Windows-1258', () => {
    // "Việt Nam" in CP1258: V i e + circumflex... e^ is 0xEA, dot below is combining 0xF2.
    const bytes = Buffer.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d]);
    expect(ok(bytes)).toEqual({ text: 'Việt Nam', encoding: 'windows-1258' });
  });
});

describe('sniffMediaType', () => {
  it('knows PDF, PNG, JPEG, TIFF by their bytes, whatever the name', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from([0x49, 0x49, 0x2a, 0x00]))).toBe('image/tiff');
    expect(sniffMediaType(Buffer.from(VI))).toBe('text/plain');
    expect(sniffMediaType(Buffer.from('BM là viết tắt của biểu mẫu'))).toBe('text/plain');
    const bmp = Buffer.alloc(70);
    bmp.write('BM');
    bmp.writeUInt32LE(70, 2);
    expect(sniffMediaType(bmp)).toBe('image/bmp');
  });
});
