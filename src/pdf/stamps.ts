// pdf-stamped-digits: an e-office system signs a letter by stamping its number
// and day into the blanks ("Số:    /UBND", "ngày   tháng   năm") as signature
// fields whose appearance draws the digits. They are no part of the page's text
// layer (getTextContent), so a clerk's register lost them. Only short runs of
// digits are taken: the appearances also draw seals, signatures and "Ký bởi"
// boxes, which are not the letter's text.
import { AnnotationMode, OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { mul, type TextItemLike } from './textlayer.js';

export const RE_STAMPED = /^\d[\d./-]{0,11}$/;

type M = number[];
const ID: M = [1, 0, 0, 1, 0, 0];

const matrix = (m: unknown): M | undefined => (m && typeof m === 'object' && (m as ArrayLike<number>).length === 6 ? Array.from(m as ArrayLike<number>) : undefined);

interface Glyph {
  unicode?: string;
  width?: number;
}

/** Text items (user space, like getTextContent's) of the digit runs drawn by the page's annotations. */
export function stampedItems(fnArray: number[], argsArray: unknown[][]): TextItemLike[] {
  const out: TextItemLike[] = [];
  let inAnnot = false;
  let ctm = ID;
  let stack: M[] = [];
  let tm = ID;
  let tlm = ID;
  let size = 1;
  let leading = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const a = argsArray[i] ?? [];
    if (fn === OPS.beginAnnotation) {
      inAnnot = true;
      stack = [];
      ctm = mul(matrix(a[2]) ?? ID, matrix(a[3]) ?? ID);
      continue;
    }
    if (fn === OPS.endAnnotation) inAnnot = false;
    if (!inAnnot) continue;
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform:
        ctm = mul(ctm, a.length === 6 ? (a as number[]) : matrix(a[0]) ?? ID);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        ctm = mul(ctm, matrix(a[0]) ?? ID);
        break;
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.beginText:
        tm = tlm = ID;
        break;
      case OPS.setTextMatrix:
        tm = tlm = matrix(a[0]) ?? matrix(a) ?? ID;
        break;
      case OPS.setLeading:
        leading = Number(a[0]) || 0;
        break;
      case OPS.moveText:
      case OPS.setLeadingMoveText:
        if (fn === OPS.setLeadingMoveText) leading = -Number(a[1]) || 0;
        tm = tlm = mul(tlm, [1, 0, 0, 1, Number(a[0]) || 0, Number(a[1]) || 0]);
        break;
      case OPS.nextLine:
        tm = tlm = mul(tlm, [1, 0, 0, 1, 0, -leading]);
        break;
      case OPS.setFont:
        size = Number(a[1]) || 1;
        break;
      case OPS.showText:
      case OPS.showSpacedText: {
        const glyphs = (a[0] ?? []) as Array<Glyph | number | null>;
        let str = '';
        let advance = 0;
        for (const g of glyphs) {
          if (typeof g === 'number') advance -= (g / 1000) * size;
          else if (g) {
            str += g.unicode ?? '';
            advance += ((g.width ?? 0) / 1000) * size;
          }
        }
        const t = mul(ctm, mul(tm, [size, 0, 0, size, 0, 0]));
        const sx = Math.hypot(ctm[0]! * tm[0]! + ctm[2]! * tm[1]!, ctm[1]! * tm[0]! + ctm[3]! * tm[1]!);
        if (RE_STAMPED.test(str.trim())) out.push({ str: str.trim(), transform: t, width: advance * sx, height: Math.hypot(t[2]!, t[3]!), alone: true });
        tm = mul(tm, [1, 0, 0, 1, advance, 0]);
        break;
      }
    }
  }
  return out;
}

/** The digits a page's signature fields stamp; none (and no operator list built) when it has no drawn annotation. */
export async function stampedText(page: PDFPageProxy): Promise<TextItemLike[]> {
  const annots = (await page.getAnnotations()) as Array<{ subtype?: string; hasAppearance?: boolean }>;
  if (!annots.some((x) => x.subtype !== 'Link' && x.subtype !== 'Popup' && x.hasAppearance)) return [];
  const ol = await page.getOperatorList({ annotationMode: AnnotationMode.ENABLE });
  return stampedItems(ol.fnArray, ol.argsArray as unknown[][]);
}
