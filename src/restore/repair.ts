// Repairs of OCR damage to the words of the restored text, applied by the restore stage
// (index.ts) before extraction, so that every extractor reads the repaired words
// and every span still points into doc.restored. Each repair is a named rule; a repair may
// change the text's length (a letter the OCR lost), which is why it is made in the restore
// stage's edits and not on the extractor's same-length folded key.
// The words it repairs towards are the extractor's word lists (dictionaries/extract), read once.
import type { Rule } from '../extract/rules.js';
import { lexicon } from '../extract/lexicon.js';
import { fold } from '../fold.js';

/** Replace text.slice(start, end) with `text`; `rule` made it. */
export interface Repair {
  start: number;
  end: number;
  text: string;
  rule: string;
}

interface Word {
  start: number;
  end: number;
  /** Folded, lower case. */
  k: string;
}

export interface RepairContext {
  text: string;
  words: Word[];
  /** The restorer put the marks back (a stripped or OCR-garbled text): the letters of codes were not read as printed. */
  restored?: boolean;
  /** Some page was read by OCR: letters' case may be misread (typed text's case is as meant). */
  ocr?: boolean;
}

const RE_WORD = /[\p{L}\p{M}]+/gu;

function wordsOf(text: string): Word[] {
  const f = fold(text);
  const out: Word[] = [];
  for (const m of text.matchAll(RE_WORD)) out.push({ start: m.index!, end: m.index! + m[0].length, k: f.slice(m.index!, m.index! + m[0].length) });
  return out;
}

/** Levenshtein distance of two short strings, capped: enough to tell 0, 1 and more. */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Folded collective nouns (agency-words.tsv, list "collective") by their number of words, longest first. */
function collectives(): string[][] {
  return [...(lexicon().agencyWords.get('collective') ?? [])].sort((a, b) => b.length - a.length);
}

/** Does a collective noun end at words[k] (all its words on one run of spaces)? */
function collectiveEndsAt(ctx: RepairContext, k: number): boolean {
  for (const c of collectives()) {
    const s = k - c.length + 1;
    if (s < 0) continue;
    if (!c.every((w, j) => ctx.words[s + j]!.k === w)) continue;
    if (c.every((_, j) => j === 0 || /^[ \t]+$/.test(ctx.text.slice(ctx.words[s + j - 1]!.end, ctx.words[s + j]!.start)))) return true;
  }
  return false;
}

/** Does words[i] stand where a list of collectives goes on: after "các", or after a collective and a comma or "và"? */
function inCollectiveList(ctx: RepairContext, i: number): boolean {
  const { text, words } = ctx;
  if (i < 1) return false;
  const gap = text.slice(words[i - 1]!.end, words[i]!.start);
  if (words[i - 1]!.k === 'cac' && /^[ \t]+$/.test(gap)) return true;
  if (/^[ \t]*,[ \t]*\n?[ \t]*$/.test(gap)) return collectiveEndsAt(ctx, i - 1);
  if (words[i - 1]!.k === 'va' && /^[ \t]*\n?[ \t]*$/.test(gap) && i >= 2 && /^[ \t]*,?[ \t]*\n?[ \t]*$/.test(text.slice(words[i - 2]!.end, words[i - 1]!.start))) return collectiveEndsAt(ctx, i - 2);
  return false;
}

// A symbol's code after the slash or a hyphen: "45/KH-HDTDKT", "12/TB-BCDPC2026" (letters, then figures).
const CODE_PART = /(?<=\/(?:[\p{Lu}\d]+-)*|[\p{Lu}]-)([A-ZĐ]{2,8})(\d*)(?![\p{L}])/gu;
const CAPS_WORD = /[\p{Lu}]+/gu;

/** The code with the initials of a run of words in capitals before `at` (the letter head names its issuer there) whose
 *  first letters spell it, D for D or Đ; undefined when no run or two disagreeing runs do. */
function codeFromHead(text: string, at: number, code: string): string | undefined {
  const head = text.slice(Math.max(0, at - 800), at);
  const words = [...head.matchAll(CAPS_WORD)].filter((m) => m[0].length > 1 || /\p{L}/u.test(m[0]));
  const found = new Set<string>();
  for (let i = 0; i + code.length <= words.length; i++) {
    const run = words.slice(i, i + code.length);
    // Consecutive words, parted by spaces or a line break only.
    if (!run.every((w, j) => j === 0 || /^\s+$/.test(head.slice(run[j - 1]!.index! + run[j - 1]![0].length, w.index!)))) continue;
    const initials = run.map((w) => w[0][0]!).join('');
    if (initials.replace(/Đ/g, 'D') === code.replace(/Đ/g, 'D')) found.add(initials);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

// Letters whose capital is the small letter's shape, larger (o, ô, ơ with any tone, c, s, v, x, z): an OCR tells them
// apart by size alone, and a line of mixed heights (a table cell beside a taller one) misleads it.
const SIZE_ONLY = /^[CSVXZOÔƠÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢ]+$/u;

export const REPAIR_RULES: Rule<RepairContext, Repair[]>[] = [
  {
    id: 'repair.case-by-size',
    description:
      'On a page read by OCR, a word of small letters with capitals inside it that differ from their small letters by size only ("cỘng", "dân tỘc"), or a capitalised word whose other letters are such capitals before a word of small letters ("SỞ Văn hóa", "SỞ Tài chính"; an acronym has other letters, an upper-case title goes on in capitals): those capitals are written small, as the OCR misread them',
    apply(ctx) {
      if (!ctx.ocr) return undefined;
      const out: Repair[] = [];
      const { text, words } = ctx;
      for (const [i, w] of words.entries()) {
        const t = text.slice(w.start, w.end).normalize('NFC');
        if (t.length < 2 || t.length !== w.end - w.start) continue;
        const m = /^(\p{Ll}+)(\p{Lu}+)(\p{Ll}*)$/u.exec(t);
        if (m && m[2]!.length === 1 && (m[3] || m[1]!.length >= 2) && SIZE_ONLY.test(m[2]!)) {
          out.push({ start: w.start + m[1]!.length, end: w.start + m[1]!.length + m[2]!.length, text: m[2]!.toLowerCase(), rule: 'repair.case-by-size' });
          continue;
        }
        const next = words[i + 1];
        const rest = t.slice(1);
        if (!/^\p{Lu}/u.test(t) || t.length > 3 || !SIZE_ONLY.test(rest) || !next || !/^[ \t]+$/.test(text.slice(w.end, next.start))) continue;
        // A word of its own, not a part of a symbol's code ("UBND-NC", "15/BTC-PC").
        if (w.start > 0 && !/[\s(:;,]/u.test(text[w.start - 1]!)) continue;
        // The next word has small letters after its first ("Văn", "hóa"; "Y tế": a letter, then one), and the word before
        // is not in capitals.
        const small = (x?: Word) => !!x && /^\p{L}\p{Ll}+$/u.test(text.slice(x.start, x.end));
        const after = words[i + 2];
        if (!small(next) && !(/^\p{Lu}$/u.test(text.slice(next.start, next.end)) && after && /^[ \t]+$/.test(text.slice(next.end, after.start)) && small(after))) continue;
        const prev = words[i - 1];
        if (prev && /^[ \t]+$/.test(text.slice(prev.end, w.start)) && /^\p{Lu}{2,}$/u.test(text.slice(prev.start, prev.end))) continue;
        out.push({ start: w.start + 1, end: w.end, text: rest.toLowerCase(), rule: 'repair.case-by-size' });
      }
      return out.length ? out : undefined;
    },
  },
  {
    id: 'repair.code-initials',
    description:
      'In a text whose marks the restorer put back, a symbol\'s code with a D ("KH-HDTDKT", "TB-DKTLN") whose letters are the initials of a run of words in capitals before it (the issuer "HỘI ĐỒNG THI ĐUA KHEN THƯỞNG", "ĐOÀN KIỂM TRA LIÊN NGÀNH") takes Đ where those words open with Đ',
    apply(ctx) {
      if (!ctx.restored) return undefined;
      const out: Repair[] = [];
      for (const m of ctx.text.matchAll(CODE_PART)) {
        const code = m[1]!;
        if (!code.includes('D')) continue;
        const fixed = codeFromHead(ctx.text, m.index!, code);
        if (!fixed || fixed === code) continue;
        out.push({ start: m.index!, end: m.index! + code.length, text: fixed, rule: 'repair.code-initials' });
      }
      return out.length ? out : undefined;
    },
  },
  {
    id: 'repair.collective-word',
    description:
      'In a list of collectives ("các huyện, thị xã, thành phố"), a collective noun of two words whose last word the OCR misread ("thành phế:", "thành ph,", "thành phó": its first word as written, the last one letter off or with other marks) is written as the noun (dictionaries/extract/collective-forms.tsv): the list, and the lead it names, no longer stop before it',
    apply(ctx) {
      const out: Repair[] = [];
      const { text, words } = ctx;
      for (let i = 1; i < words.length; i++) {
        for (const c of lexicon().collectiveForms) {
          const n = c.keys.length;
          if (i + n > words.length) continue;
          const run = words.slice(i, i + n);
          // The noun's words on one line, single-spaced, all but the last read right (marks aside).
          if (!run.every((w, j) => j === 0 || /^[ \t]{1,2}$/.test(text.slice(run[j - 1]!.end, w.start)))) continue;
          if (!c.keys.slice(0, n - 1).every((k, j) => run[j]!.k === k)) continue;
          const last = run[n - 1]!.k;
          const want = c.keys[n - 1]!;
          // The last word: the same first letter, one letter off at most; a word of one letter is too little to go on.
          if (last[0] !== want[0] || last.length < 2 || !within1(last, want)) continue;
          const start = run[0]!.start;
          const end = run[n - 1]!.end;
          const was = text.slice(start, end);
          // Only the letters are repaired, never the case: "CÁC DOANH NGHIỆP" of an upper-case title stays as it is.
          if (was.normalize('NFC').toLowerCase() === c.text.toLowerCase()) continue;
          let form = c.text;
          const letters = was.replace(/[^\p{L}]/gu, '');
          if (letters.length > 1 && letters === letters.toUpperCase()) form = form.toUpperCase();
          else if (/^\p{Lu}/u.test(was)) form = form[0]!.toUpperCase() + form.slice(1);
          if (!inCollectiveList(ctx, i)) continue;
          out.push({ start, end, text: form, rule: 'repair.collective-word' });
          i += n - 1;
          break;
        }
      }
      return out.length ? out : undefined;
    },
  },
];

/** Every repair the rules make in `text`, sorted, not overlapping; `restored`: its marks were put back by the restorer. */
export function repairs(text: string, restored = false, ocr = false): Repair[] {
  if (!text) return [];
  const ctx: RepairContext = { text, words: wordsOf(text), restored, ocr };
  const all: Repair[] = [];
  for (const r of REPAIR_RULES) all.push(...(r.apply(ctx) ?? []));
  all.sort((a, b) => a.start - b.start);
  return all.filter((r, i) => i === 0 || r.start >= all[i - 1]!.end);
}
