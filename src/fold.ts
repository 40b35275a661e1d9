// The folded key every stage matches on: same length, lower case, no marks,
// đ -> d, so offsets found in the key are offsets in the text. Shared by the
// OCR layout, the blanks reader and the extractors.

/** Folded code of each UTF-16 unit, 0 until first seen. */
const TABLE = new Uint16Array(0x10000);

function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ' || c === 'Ð' || c === 'ð') return 'd';
  const base = c.normalize('NFD')[0]!.toLowerCase();
  return base.length === 1 ? base : c;
}

function foldCode(code: number): number {
  let f = TABLE[code]!;
  if (f === 0) {
    const c = String.fromCharCode(code);
    // Lone combining marks and surrogates keep their place as a neutral char.
    const s = code >= 0x300 && code < 0x370 ? '\u0301' : code >= 0xd800 && code < 0xe000 ? c : foldChar(c);
    f = TABLE[code] = (s.length === 1 ? s : c).charCodeAt(0);
  }
  return f;
}

/** Length-preserving key: "Quyết định" -> "quyet dinh". */
export function fold(s: string): string {
  // Built from code units in chunks: appending a char at a time makes a
  // megabyte of rope for the collector to walk.
  const CHUNK = 8192;
  const parts: string[] = [];
  const buf = new Uint16Array(Math.min(CHUNK, s.length));
  for (let at = 0; at < s.length; at += CHUNK) {
    const n = Math.min(CHUNK, s.length - at);
    for (let i = 0; i < n; i++) {
      const code = s.charCodeAt(at + i);
      buf[i] = code < 0x41 ? code : foldCode(code);
    }
    parts.push(String.fromCharCode.apply(null, n === buf.length ? (buf as unknown as number[]) : (buf.subarray(0, n) as unknown as number[])));
  }
  return parts.join('');
}

/** Key of a short phrase for lookups: folded, spaces squeezed. */
export function key(s: string): string {
  return fold(s.normalize('NFC')).replace(/\s+/g, ' ').trim();
}
