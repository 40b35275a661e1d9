// Decode a text file: UTF-8 (with or without BOM), UTF-16 (with BOM, or
// detected by its NUL pattern), Windows-1258. Binary files and the legacy
// Vietnamese font encodings (TCVN3/ABC, VNI) are detected and refused by name,
// since decoding them as Latin-1 would silently produce garbage.
import { Layer } from '../layer.js';
import { fail, report, type Stage } from '../pipeline.js';

export type Decoded = { text: string; encoding: string } | { error: string; code: string };

// Letters TCVN3 puts in 0xA1-0xFE, read as Latin-1: "Céng hoµ x· héi chñ nghÜa".
const TCVN3_MARKS = /[µ¸¶·¹¨©ª«¬®¡¢£¤¥¦§ÆÇ¼½¾ÑÒÓÔÕÖ×ØÜÝÞßãåæçèéëìíîïñòóôõöøùúûüýþ]/g;
const VIET_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/gi;

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.02;
}

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Which legacy font encoding a Latin-1 reading of Vietnamese looks like, if any. */
export function legacyEncoding(latin1: string): 'TCVN3' | 'VNI' | null {
  const high = [...latin1.matchAll(/[\u0080-\u00ff]/g)];
  if (high.length < 5) return null;
  // A legacy encoding puts a high byte in most Vietnamese words (one letter in four or five); a few symbols in a long text (an English-model OCR's
  // "©" and "¢" in a text without marks) are no encoding.
  const letters = count(latin1, /[A-Za-z]/g);
  if (high.length < letters * 0.05) return null;
  if (count(latin1, VIET_LETTERS) > high.length * 0.5) return null;
  // VNI writes a base vowel then a mark byte ("taïi"); TCVN3 replaces the vowel ("t¹i").
  let afterVowel = 0;
  for (const m of high) if (/[aeiouyAEIOUY\u0080-\u00ff]/.test(latin1[m.index! - 1] ?? '')) afterVowel++;
  if (afterVowel / high.length > 0.65) return 'VNI';
  if (count(latin1, TCVN3_MARKS) > high.length * 0.5) return 'TCVN3';
  return null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const u16 = utf16Guess(bytes);
  if (u16) return { text: new TextDecoder(u16).decode(bytes), encoding: u16 };
  if (isBinary(bytes)) return { code: 'binary-file', error: 'is a binary file, not text, PDF or an image' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const legacy = legacyEncoding(text);
    if (legacy) return legacyError(legacy, 'was converted to Unicode from');
    return { text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: an 8-bit encoding.
  }
  const latin1 = Buffer.from(bytes).toString('latin1');
  const legacy = legacyEncoding(latin1);
  if (legacy) return legacyError(legacy, 'is in');
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  if (count(cp1258, VIET_LETTERS) > 0) return { text: cp1258, encoding: 'windows-1258' };
  return { code: 'unknown-encoding', error: 'is text in an unknown 8-bit encoding (not UTF-8, UTF-16 or Windows-1258)' };
}

function legacyError(kind: 'TCVN3' | 'VNI', how: string): Decoded {
  const name = kind === 'TCVN3' ? 'TCVN3 (ABC, .VnTime fonts)' : 'VNI (VNI-Times fonts)';
  return {
    code: 'legacy-encoding',
    error: `${how} the legacy Vietnamese encoding ${name}; convert it to Unicode first (e.g. with UniKey's converter)`,
  };
}

/** Text input: the bytes are the raw layer. */
export function textStage(): Stage {
  return {
    name: 'text',
    requires: ['bytes'],
    assigns: ['raw', 'pages'],
    run(doc) {
      const d = decodeText(doc.bytes!);
      if ('error' in d) return fail(doc, 'text', d.code, d.error);
      if (d.encoding !== 'utf-8') report(doc, 'text', 'info', 'encoding', `decoded as ${d.encoding}`);
      doc.raw = Layer.base(d.text);
      doc.pages = [{ number: 1, width: 0, height: 0, source: 'text', start: 0, end: d.text.length }];
    },
  };
}
