// The number and day an e-office system stamps into a signed letter's blanks, as signature
// fields drawn over the page: read into the text layer's lines, each a word of its own.
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../src/pdf/open.js';
import { stampedText } from '../../src/pdf/stamps.js';
import { textLines } from '../../src/pdf/textlayer.js';

/** A one-page PDF (Helvetica, ASCII) with `content` and one signature widget per stamp. */
function pdfWith(content: string, stamps: Array<{ rect: [number, number, number, number]; draw: string }>): Buffer {
  const objs: string[] = [];
  const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objs.push('<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /SigFlags 3 >> >>');
  const annotIds = stamps.map((_, i) => 6 + i * 2);
  objs.push('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [${annotIds.map((n) => `${n} 0 R`).join(' ')}] >>`);
  objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  objs.push(font);
  stamps.forEach((s, i) => {
    const [x0, y0, x1, y1] = s.rect;
    objs.push(`<< /Type /Annot /Subtype /Widget /FT /Sig /T (Sig${i}) /F 4 /P 3 0 R /Rect [${s.rect.join(' ')}] /AP << /N ${7 + i * 2} 0 R >> >>`);
    objs.push(`<< /Type /XObject /Subtype /Form /BBox [0 0 ${x1 - x0} ${y1 - y0}] /Resources << /Font << /F1 5 0 R >> >> /Length ${s.draw.length} >>\nstream\n${s.draw}\nendstream`);
  });
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const HEAD = 'BT /F1 12 Tf 100 700 Td (So:) Tj ET BT /F1 12 Tf 119 700 Td (          ) Tj ET BT /F1 12 Tf 160 700 Td (/UBND-VP) Tj ET';

async function lines(pdf: Buffer) {
  const r = await openPdf(pdf);
  if (!('doc' in r)) throw new Error(r.text);
  const page = await r.doc.getPage(1);
  const tc = await page.getTextContent();
  const items = tc.items.filter((it) => 'str' in it) as Array<{ str: string; transform: number[]; width: number; height: number }>;
  const stamped = await stampedText(page);
  return { stamped, text: textLines([...items, ...stamped], page.getViewport({ scale: 1 }).transform).map((l) => l.words.map((w) => w.text).join(' ')) };
}

describe('stamped digits (pdf-stamped-digits)', () => {
  it('puts the number stamped in a signature field into its blank, a word of its own', async () => {
    const pdf = pdfWith(HEAD, [{ rect: [118, 695, 158, 712], draw: 'BT /F1 12 Tf 2 5 Td (245) Tj ET' }]);
    const { stamped, text } = await lines(pdf);
    expect(stamped.map((s) => s.str)).toEqual(['245']);
    expect(text[0]).toBe('So: 245 /UBND-VP');
  });

  it('takes digits only: a signature box that names the signer stays out', async () => {
    const pdf = pdfWith(HEAD, [
      { rect: [118, 695, 158, 712], draw: 'BT /F1 12 Tf 2 5 Td (07) Tj ET' },
      { rect: [300, 500, 500, 540], draw: 'BT /F1 10 Tf 2 20 Td (Signed by: Office of the Committee) Tj ET' },
    ]);
    const { stamped, text } = await lines(pdf);
    expect(stamped.map((s) => s.str)).toEqual(['07']);
    expect(text.join('\n')).not.toMatch(/Signed/);
  });

  it('builds nothing for a page without drawn fields', async () => {
    const { stamped, text } = await lines(pdfWith(HEAD, []));
    expect(stamped).toEqual([]);
    expect(text[0]).toBe('So: /UBND-VP');
  });
});
