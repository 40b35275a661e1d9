// Open a PDF with pdfjs-dist (legacy build for Node): fonts, cmaps and wasm
// decoders come from node_modules as file paths, never from the network.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

let root: string | undefined;
function pdfjsDir(): string {
  root ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return root;
}
const dir = (name: string) => join(pdfjsDir(), name) + sep;

export type OpenResult = { doc: PDFDocumentProxy } | { code: 'pdf-encrypted' | 'pdf-corrupt'; text: string };

export async function openPdf(bytes: Buffer): Promise<OpenResult> {
  // pdfjs takes ownership of (and detaches) the array it is given: pass a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    standardFontDataUrl: dir('standard_fonts'),
    cMapUrl: dir('cmaps'),
    cMapPacked: true,
    wasmUrl: dir('wasm'),
    iccUrl: dir('iccs'),
    stopAtErrors: false,
  });
  try {
    return { doc: await task.promise };
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string })?.name;
    const msg = e instanceof Error ? e.message : String(e);
    if (name === 'PasswordException') return { code: 'pdf-encrypted', text: 'is a password-protected PDF; it cannot be read without the password' };
    return { code: 'pdf-corrupt', text: `is not a readable PDF (corrupt or truncated): ${msg}` };
  }
}

type M = [number, number, number, number, number, number];
const mul = (a: M, b: M): M => [
  a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1],
  a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5],
];

export interface ImageCover {
  /** Largest share of the page area covered by one painted image (a scan covers ~1). */
  share: number;
  /** Resolution of that image on the page, dots per inch. */
  dpi?: number;
}

export async function imageCoverage(page: PDFPageProxy): Promise<ImageCover> {
  const ops = await page.getOperatorList();
  const vp = page.getViewport({ scale: 1 });
  const pageArea = vp.width * vp.height || 1;
  let ctm: M = [1, 0, 0, 1, 0, 0];
  const stack: M[] = [];
  let best: ImageCover = { share: 0 };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = mul(ctm, args as M);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = mul(ctm, args[0] as M);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      const share = Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) / pageArea;
      if (share > best.share) {
        // Args of paintImageXObject: [id, width px, height px]; the image fills the unit square of the CTM.
        const px = fn === OPS.paintImageXObject ? Number(args?.[1]) : NaN;
        const wPt = Math.hypot(ctm[0], ctm[1]);
        best = { share, dpi: px > 0 && wPt > 0 ? (px / wPt) * 72 : undefined };
      }
    }
  }
  return best;
}
