// Document numbers and symbols ("số, ký hiệu"): find them in folded text and
// repair OCR damage ("05-Qb/BCDTW", "05-QBD/BCHTW" -> "05-QĐ/BCĐTW").
import levenshtein from 'fast-levenshtein';
import type { Gazetteer } from './gazetteer.js';
import { key } from './text.js';

const G = '[ \\t]{0,2}';
// A separator inside a symbol; a line may break right after "-" or "/".
// An en dash set by a word processor for the hyphen ("215/KH–UBND") is the same separator, written "-".
// reference.double-dash: an OCR may read the hyphen twice ("889/CĐ- -TTg").
const SEP = `${G}[-–/&]${G}(?:-${G})?(?:\\r?\\n[ \\t\\r\\n]{0,8})?`;
const CODE = '[a-z][a-z0-9]{0,14}';
/** number, optional year, then codes: 1215/TTg-KSTT, 179/2025/NĐ-CP, 05-QĐ/BCĐTW, 05- -Qb/BCDTW; a firm may number by
 *  day and month (12.3/CV) */
// A last part may be a short number ("12/CV-02"), not a year or a date.
export const SYMBOL = `(\\d{1,5}(?:\\.\\d{1,2})?)(?:${G}/${G}(\\d{4}))?(?:${G}-${G}-|${SEP})(${CODE}(?:${SEP}${CODE}){0,5}(?:${G}-${G}\\d{1,3}(?![\\d/-]|[.,]\\d))?)`;
// "số382/TTr-CP": the number may be glued to "số".
export const RE_SYMBOL = new RegExp(`(?:(?<=(?<![a-z])s[o6])|(?<![a-z0-9/.,:-]))${SYMBOL}`, 'g');

export interface SymbolMatch {
  start: number;
  end: number;
  /** Normalised: "05-QĐ/BCĐTW". */
  number: string;
  /** Codes after the number, normalised: ["QĐ", "BCĐTW"]. */
  codes: string[];
  /** The type code when the symbol carries one (NĐ, QĐ, TB ...). */
  typeCode: string | null;
  /** Repairs refused as no damage (rule ids). */
  kept?: string[];
}

export class SymbolFixer {
  private readonly known = new Map<string, string>();

  constructor(private readonly gaz: Gazetteer) {
    for (const c of gaz.codes()) if (!this.known.has(key(c))) this.known.set(key(c), c);
  }

  /** Repairs refused in the last parse, by rule (symbol.issuer-not-type, symbol.party-level-kept). */
  kept: string[] = [];

  /** A code as the gazetteer spells it; OCR confusions (b/p/h for đ, a stray letter) repaired when that makes it known.
   *  `at`: its place in the symbol (0 the first code). */
  code(raw: string, at = 0): string {
    const fixed = this.repair(raw);
    if (fixed === raw || !at) return fixed;
    // symbol.issuer-not-type: past the first code a symbol names its issuer ("03-TB/CB"); a repair that makes that code a
    // bare type code ("CĐ", công điện) read a well-formed issuer's code as damage.
    if (this.gaz.typeOfCode(fixed) && key(fixed) !== key(raw)) return this.keep(raw, 'symbol.issuer-not-type');
    // symbol.party-level-kept: a Party issuer's code ends in its committee's level (TU tỉnh ủy, HU huyện ủy, ĐU đảng ủy, TW
    // Trung ương ...); turning one level into another ("BTGTU" -> "BTGTW") is no repair.
    const lv = /(?:tw|tu|hu|qu|du|tpu|txu)$/;
    const a = lv.exec(key(raw));
    const b = lv.exec(key(fixed));
    if (a && b && a[0] !== b[0] && key(raw).slice(0, a.index) === key(fixed).slice(0, b.index)) return this.keep(raw, 'symbol.party-level-kept');
    return fixed;
  }

  private keep(raw: string, rule: string): string {
    this.kept.push(rule);
    return raw;
  }

  private repair(raw: string): string {
    const k = key(raw);
    const exact = this.known.get(k) ?? this.known.get(k.replace(/\d+$/, ''));
    // A known code in other capitals ("KH/Tu") is kept as printed: only damaged letters are repaired.
    if (exact) return this.known.get(k) ? (exact.toUpperCase() === raw.toUpperCase() ? raw : exact) : raw.replace(/^[A-Za-zĐđ]+/, exact);
    if (k.length >= 2) {
      // Đ read as b, p or h (not in first place: "BCA" stays).
      for (let i = 1; i < k.length; i++) {
        if ('bph'.includes(k[i]!)) {
          const hit = this.known.get(k.slice(0, i) + 'd' + k.slice(i + 1));
          if (hit) return hit;
        }
      }
      // One letter too many: "QBD" for "QĐ". Not the last: "KTNB" (kiểm tra nội bộ) is a code of its own, not "KTN".
      for (let i = 1; i < k.length - 1; i++) {
        const hit = this.known.get(k.slice(0, i) + k.slice(i + 1));
        if (hit && hit.length >= 2 && 'bphd'.includes(k[i]!)) return hit;
      }
    }
    if (k.length >= 5) {
      for (const [kk, c] of this.known) if (kk.length >= 5 && levenshtein.get(kk, k) === 1 && kk[0] === k[0]) return c;
    }
    return raw.toUpperCase() === raw || /[a-z]/.test(raw.slice(1)) ? raw : raw;
  }

  /** Parse a symbol match (offsets in text) into its normalised number. */
  parse(text: string, m: RegExpExecArray, offset = 0): SymbolMatch | undefined {
    const start = offset + m.index;
    const end = start + m[0].length;
    const raw = text.slice(start, end);
    const num = m[1]!;
    const year = m[2];
    const codeText = text.slice(end - m[3]!.length, end).replace(/([-–])[ \t]{0,2}-/g, '$1');
    const parts = codeText.split(/\s*([-–/&])\s*/).map((p) => (p === '–' ? '-' : p));
    const codes: string[] = [];
    const seps: string[] = [];
    parts.forEach((p, i) => (i % 2 ? seps.push(p) : codes.push(p.replace(/\s+/g, ''))));
    if (!codes[0] || !/^[A-ZĐ]/.test(codes[0])) return undefined;
    // "1/ Các cơ quan ...", "2/ Tăng cường ...": an item numbered with a slash, not a symbol. A code carries no small marked
    // letter (small letters of codes are plain: TTg, CTr).
    if (codes.some((c) => [...c].some((ch) => /\p{Ll}/u.test(ch) && !/[a-zđ]/.test(ch)))) return undefined;
    this.kept = [];
    const fixed = codes.map((c, i) => this.code(c, i));
    const party = !year && /^\d+\s*[-–]/.test(raw);
    // A party symbol has its issuer after a slash ("05-QĐ/BCĐTW"); "3 - Điều" is a list.
    if (party && codes.length < 2) return undefined;
    let number = num;
    if (year) number += `/${year}`;
    number += party ? '-' : '/';
    fixed.forEach((c, i) => (number += c + (seps[i] ?? '')));
    const typeCode = party ? fixed[0]! : this.gaz.typeOfCode(fixed[0]!) ? fixed[0]! : null;
    return { start, end, number, codes: fixed, typeCode, ...(this.kept.length ? { kept: [...this.kept] } : {}) };
  }
}

/** "05-QĐ/BCĐTW" and "05-QĐ/BCHTW": the same document read twice. */
export function sameSymbol(a: string, b: string): boolean {
  if (a === b) return true;
  const na = /^\d+/.exec(a)?.[0];
  if (!na || na !== /^\d+/.exec(b)?.[0] || a.length < 6) return false;
  // "05/2020/TT-BXX" and "05/2021/TT-BXX": two clean years are two documents, no OCR variant of one.
  const ya = /\/((?:19|20)\d\d)\//.exec(a)?.[1];
  const yb = /\/((?:19|20)\d\d)\//.exec(b)?.[1];
  if (ya && yb && ya !== yb) return false;
  return levenshtein.get(key(a), key(b)) <= 1 && key(a).length === key(b).length;
}
