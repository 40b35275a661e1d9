// Fonts for synthetic pages. A fresh machine has no system fonts, so we register
// the @fontsource/tinos subsets. The Vietnamese subset must come FIRST in the
// font list: with the latin subset first, the shaper decomposes Ĩ, Ũ, ỹ into a
// base letter plus a combining tilde that lands in the wrong place.
import { GlobalFonts } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

export type Weight = 400 | 700;
export type Style = 'normal' | 'italic';

/** Font variants offered to callers (renderPages `font`). */
export const FONTS = ['tinos', 'tinos-bold', 'tinos-italic'] as const;
export type FontName = (typeof FONTS)[number];

const SUBSETS = [
  ['vietnamese', 'TinosVi'],
  ['latin', 'TinosLatin'],
  ['latin-ext', 'TinosLatinExt'],
] as const;

let registered = false;

function fontDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@fontsource/tinos/package.json')), 'files');
}

export function registerFonts(): void {
  if (registered) return;
  const dir = fontDir();
  for (const [subset, family] of SUBSETS) {
    for (const variant of ['400-normal', '700-normal', '400-italic', '700-italic']) {
      const file = join(dir, `tinos-${subset}-${variant}.woff2`);
      if (!existsSync(file)) throw new Error(`font file missing: ${file}`);
      if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`cannot register font ${file}`);
    }
  }
  registered = true;
}

/** CSS font shorthand for canvas. */
export function fontCss(sizePx: number, weight: Weight = 400, style: Style = 'normal'): string {
  const fams = SUBSETS.map(([, f]) => f).join(', ');
  return `${style === 'italic' ? 'italic ' : ''}${weight === 700 ? 'bold ' : ''}${sizePx}px ${fams}`;
}

export function parseFont(name: string | undefined): { weight: Weight; style: Style } {
  const n = (name ?? 'tinos').toLowerCase();
  if (!(FONTS as readonly string[]).includes(n)) {
    throw new Error(`unknown font "${name}"; choose one of ${FONTS.join(', ')}`);
  }
  return { weight: n.includes('bold') ? 700 : 400, style: n.includes('italic') ? 'italic' : 'normal' };
}
