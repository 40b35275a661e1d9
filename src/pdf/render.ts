// Render one PDF page to RGBA pixels with @napi-rs/canvas (through pdfjs's
// canvas factory), on white: the page image for OCR and for re-reading regions.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface CanvasAndContext {
  canvas: { width: number; height: number } | null;
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}
interface CanvasFactory {
  create(w: number, h: number): CanvasAndContext;
  destroy(c: CanvasAndContext): void;
}

export interface Rendered {
  rgba: Buffer;
  width: number;
  height: number;
}

/** A page that takes longer than this to draw is given up (hostile or broken content). */
export const RENDER_TIMEOUT_MS = 60_000;

/** `scale` is pixels per PDF point (dpi / 72). */
export async function renderRgba(pdf: PDFDocumentProxy, page: PDFPageProxy, scale: number, timeoutMs = RENDER_TIMEOUT_MS): Promise<Rendered> {
  const vp = page.getViewport({ scale });
  const width = Math.ceil(vp.width);
  const height = Math.ceil(vp.height);
  const factory = pdf.canvasFactory as CanvasFactory;
  const cc = factory.create(width, height);
  try {
    const ctx = cc.context as unknown as CanvasRenderingContext2D;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    const task = page.render({ canvasContext: ctx, canvas: cc.canvas as unknown as HTMLCanvasElement, viewport: vp });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`drawing the page took longer than ${timeoutMs / 1000} s`));
        task.cancel();
      }, timeoutMs);
    });
    try {
      await Promise.race([task.promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
    const data = cc.context!.getImageData(0, 0, width, height).data;
    // Copy out: the canvas memory goes with destroy().
    return { rgba: Buffer.from(data), width, height };
  } finally {
    factory.destroy(cc);
  }
}
