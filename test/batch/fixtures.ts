// Bad and odd inputs, generated at run time (nothing binary is committed).
import { createCipheriv, createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

/** A PDF with one page per string, text in Helvetica (ASCII only), valid xref. */
export function textPdf(pages: string[], opts: { encrypt?: { user: string; owner: string } } = {}): Buffer {
  const n = pages.length;
  // Objects: 1 catalog, 2 pages, 3 font, then per page: page, contents.
  const objs: (string | Buffer)[] = [];
  const id = createHash('md5').update(`congvan-test-${n}-${pages[0] ?? ''}`).digest();
  const enc = opts.encrypt ? standardSecurity(opts.encrypt.user, opts.encrypt.owner, id) : undefined;
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  objs.push('<< /Type /Catalog /Pages 2 0 R >>');
  objs.push(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`);
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((text, i) => {
    const num = 4 + 2 * i;
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${num + 1} 0 R >>`);
    const lines = text.split('\n').map((l) => `(${l.replace(/[\\()]/g, (c) => '\\' + c)}) Tj 0 -16 Td`);
    let stream: Buffer = Buffer.from(`BT /F1 12 Tf 72 770 Td ${lines.join(' ')} ET`, 'latin1');
    if (enc) stream = rc4(objectKey(enc.key, num + 1), stream);
    objs.push(Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]));
  });
  const encNum = objs.length + 1;
  if (enc) objs.push(`<< /Filter /Standard /V 1 /R 2 /O <${enc.O.toString('hex')}> /U <${enc.U.toString('hex')}> /P ${enc.P} >>`);

  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += b.length;
    parts.push(b);
  });
  const xref = [`xref\n0 ${objs.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const idHex = id.toString('hex');
  const trailer = `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /ID [<${idHex}> <${idHex}>]${enc ? ` /Encrypt ${encNum} 0 R` : ''} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(parts);
}

// PDF standard security handler, revision 2 (40-bit RC4), ISO 32000-1 7.6.3.
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const md5 = (...b: Buffer[]) => createHash('md5').update(Buffer.concat(b)).digest();

function rc4(key: Buffer, data: Buffer): Buffer {
  try {
    const c = createCipheriv('rc4', key, null);
    return Buffer.concat([c.update(data), c.final()]);
  } catch {
    // OpenSSL 3 without the legacy provider: RC4 by hand.
    const s = Array.from({ length: 256 }, (_, i) => i);
    for (let i = 0, j = 0; i < 256; i++) {
      j = (j + s[i]! + key[i % key.length]!) & 255;
      [s[i], s[j]] = [s[j]!, s[i]!];
    }
    const out = Buffer.alloc(data.length);
    for (let k = 0, i = 0, j = 0; k < data.length; k++) {
      i = (i + 1) & 255;
      j = (j + s[i]!) & 255;
      [s[i], s[j]] = [s[j]!, s[i]!];
      out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
    }
    return out;
  }
}

function standardSecurity(user: string, owner: string, id: Buffer) {
  const P = -44; // print and copy not allowed: any value works
  const O = rc4(md5(padded(owner)).subarray(0, 5), padded(user));
  const p = Buffer.alloc(4);
  p.writeInt32LE(P);
  const key = md5(padded(user), O, p, id).subarray(0, 5);
  const U = rc4(key, PAD);
  return { O, U, P, key };
}

function objectKey(key: Buffer, num: number): Buffer {
  const b = Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0]);
  return md5(key, b).subarray(0, Math.min(key.length + 5, 16));
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A tiny PNG file that claims width x height pixels (8-bit gray); the data is a few bytes. */
export function hugePng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024, 0xff))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** "Cộng hoà xã hội chủ nghĩa Việt Nam ..." as TCVN3 (ABC) and VNI-Windows bytes. */
export const TCVN3_BYTES = Buffer.from(
  'C\u00e9ng ho\u00b5 x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca Vi\u00d6t Nam\n\u00a7\u00e9c l\u00ABp - T\u00f8 do - H\u00b9nh ph\u00f3c\nt\u00b9i c\u00a8n c\u00f8 c\u00a8n c\u00f8',
  'latin1',
);
export const VNI_BYTES = Buffer.from('Co\u00e4ng ho\u00f8a xa\u00f5 ho\u00e4i chu\u00fb ngh\u00f3a Vie\u00e4t Nam, ta\u00efi ca\u00f9c, ca\u00f9c ta\u00efi ca\u00f9c', 'latin1');

export const ENGLISH_TEXT =
  'The committee met on Tuesday to review the annual budget. Members agreed that the proposal should be ' +
  'revised before the next meeting, and asked the secretary to circulate the updated figures to all departments ' +
  'by the end of the month. Several concerns were raised about the timeline for the new building project, which ' +
  'has been delayed twice this year because of supply problems. The chair closed the meeting at noon.\n';

/** One line of `bytes` length built from fragments that the header and deadline patterns look at. */
export function backtrackLine(bytes: number): string {
  const frag = 'Số: 12/ 34/ -UBND ngày 1/ 2/ tháng năm trước ngày 15/11/ , Sở, ban, ngành; V/v  V/v ' + '1'.repeat(40) + ' ' + 'a '.repeat(30) + '      ';
  let s = '';
  while (s.length < bytes) s += frag;
  return s.slice(0, bytes);
}
