// Person names in stripped or OCR-garbled text. The language model reads
// "Pham Van Thinh" as words of prose ("Phẩm", "Nguyên", "Trường", "Lễ"), since
// a name's syllables are common words too. A run of capitalised words that
// opens with a family name, standing alone on its line (a signer's name under
// the signature) or after a person's title ("đồng chí", "ông", "bà"), is read as
// a name: the family name is the commonest one with that key (names.txt lists
// them most common first), and later syllables keep only the readings that are
// middle or given names, when any is.
import type { Token } from './tokens.js';
import { asciiKey } from './syllable.js';

export interface PeopleLists {
  family: string[];
  middle: string[];
  given: string[];
  /** Full names written out in the sources (names-seen.txt, derived by people-seen.ts), commonest spelling first. */
  seen?: string[];
}

/** The syllables of a name run that were read as names: [token index, written form or the allowed forms]. */
export type NameReading = { at: number; written?: string; allowed?: string[] };

const TITLE_KEYS = new Set(['ong', 'ba', 'chi']);
// Two-word titles a name follows in a sentence ("Phó Thủ tướng Bùi Văn A chủ trì", "Phó Thủ tướng Chính phủ Bùi Văn A"): ASCII keys.
const TITLE_PAIRS = new Set(['thu tuong', 'chinh phu', 'quoc hoi', 'chu tich', 'bo truong', 'thu truong', 'giam doc', 'bi thu', 'truong ban', 'chu nhiem', 'cuc truong', 'vu truong', 'vien truong', 'tong thu ky', 'tong bi thu', 'tong giam doc', 'tong cuc truong']);
const AFTER = new Set([',', '(', ')', '.', ';', ':', '-', '–']);
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

export class People {
  private readonly family = new Map<string, string>();
  private readonly middle = new Map<string, string[]>();
  private readonly given = new Map<string, string[]>();
  /** ASCII key of a full name -> its syllables as the sources write it. */
  private readonly seen = new Map<string, string[]>();

  constructor(lists: PeopleLists) {
    // restore.people.seen-name: the first spelling listed for a key wins (the derived list is sorted by count).
    for (const n of lists.seen ?? []) {
      const k = asciiKey(n.toLowerCase());
      if (!this.seen.has(k)) this.seen.set(k, n.split(' '));
    }
    for (const f of lists.family) if (!this.family.has(asciiKey(f))) this.family.set(asciiKey(f), f);
    const index = (words: string[], to: Map<string, string[]>) => {
      for (const w of words) {
        const l = to.get(asciiKey(w)) ?? [];
        if (!l.includes(w)) l.push(w);
        to.set(asciiKey(w), l);
      }
    };
    index(lists.middle, this.middle);
    index(lists.given, this.given);
  }

  /**
   * Name runs among `toks`: `open(i)` says whether token i may be restored
   * (a word of a stripped or garbled page that no earlier pass fixed).
   */
  find(toks: Token[], text: string, open: (i: number) => boolean): NameReading[] {
    return this.scan(toks, text, open).readings;
  }

  /** The name runs among `toks`, as [first token, token after the last] (people-seen.ts collects names with it). */
  runs(toks: Token[], text: string): Array<[number, number]> {
    return this.scan(toks, text, () => true).runs;
  }

  private scan(toks: Token[], text: string, open: (i: number) => boolean): { readings: NameReading[]; runs: Array<[number, number]> } {
    const out: NameReading[] = [];
    const runs: Array<[number, number]> = [];
    const word = (i: number) => i >= 0 && i < toks.length && toks[i]!.kind === 'word' && TITLE_CASE.test(toks[i]!.text) && open(i);
    // A tab parts the cells of a table row or a two-column head, as a line break does.
    const sameLine = (a: number, b: number) => !/[\n\t]/.test(text.slice(toks[a]!.end, toks[b]!.start));
    for (let i = 0; i < toks.length; i++) {
      if (!word(i) || !this.family.has(asciiKey(toks[i]!.text))) continue;
      let j = i + 1;
      // A family name alone on its line goes on to the next ("Trần" / "Quốc Bảo": a narrow signature cell).
      const alone = (!toks[i - 1] || !sameLine(i - 1, i)) && word(j) && !sameLine(i, j);
      while (j < toks.length && j - i < 5 && word(j) && (sameLine(j - 1, j) || (alone && j === i + 1))) j++;
      const n = j - i;
      if (n < 2) continue;
      // A title in capitals is no name, though its first word is a family name too ("Tổng Bí thư", "Tống").
      if (this.titleAt(toks, i)) continue;
      // The run must end its line or its clause, and start its line or follow a title.
      const next = toks[j];
      const lineEnd = !next || next.kind === 'break' || !sameLine(j - 1, j);
      const endOk = lineEnd || (next.kind === 'punct' && AFTER.has(next.text));
      const prev = toks[i - 1];
      const startOk =
        !prev ||
        prev.kind === 'break' ||
        !sameLine(i - 1, i) ||
        (prev.kind === 'punct' && (prev.text === ';' || prev.text === ':')) ||
        this.abbreviatedTitle(toks, i - 1) ||
        // A signature block flattened onto one line: "PHÓ CHỦ TỊCH Nguyen Van A" at its end.
        (lineEnd && prev.kind === 'word' && prev.text.length >= 2 && prev.text === prev.text.toUpperCase()) ||
        // A copies line run into the signer's name below it: "- Lưu: VT, KTTH2b Nguyen Van A" (a code's letters and figures).
        (lineEnd && (prev.kind === 'word' || prev.kind === 'code') && /\p{L}/u.test(prev.text) && /\d/.test(prev.text));
      // After a title the name may run on in its sentence.
      const titled = (prev?.kind === 'word' && TITLE_KEYS.has(asciiKey(prev.text)) && this.titled(toks, i - 1)) || this.pairTitle(toks, i - 1);
      if (!titled && (!endOk || !startOk)) continue;
      // restore.people.seen-name: a name the sources write out in full is written as they write it (the same official
      // signs many letters, and a name's rare syllables are words the model would not choose).
      const known = this.seen.get(asciiKey(toks.slice(i, j).map((t) => t.text.toLowerCase()).join(' ')));
      runs.push([i, j]);
      if (known) {
        for (let k = i; k < j; k++) out.push({ at: k, written: known[k - i]! });
        i = j - 1;
        continue;
      }
      out.push({ at: i, written: this.family.get(asciiKey(toks[i]!.text)) });
      for (let k = i + 1; k < j; k++) {
        const pool = k === j - 1 ? this.given : this.middle;
        const allowed = pool.get(asciiKey(toks[k]!.text)) ?? (k === j - 1 ? undefined : this.given.get(asciiKey(toks[k]!.text)));
        if (allowed) out.push({ at: k, allowed });
      }
      i = j - 1;
    }
    return { readings: out, runs };
  }

  /** A title cut short before a name: "TT.", "TTr", "PTTg", "Đ/c". */
  private abbreviatedTitle(toks: Token[], i: number): boolean {
    const t = toks[i];
    if (!t) return false;
    if (t.text === '.') return /^\p{Lu}{2,4}$/u.test(toks[i - 1]?.text ?? '') && toks[i - 1]!.end === t.start;
    // restore.people.after-dc: "Đ/c" (a code token: tested first), "D/c" stripped.
    if (/^[ĐđDd]\/c$/.test(t.text)) return true;
    // TTr, PCN, TTg: a short title in capitals and small letters, two capitals at least.
    if (t.kind === 'word' || t.kind === 'code') return t.text.length <= 5 && /^\p{Lu}{2}/u.test(t.text) && t.text !== t.text.toUpperCase();
    return false;
  }

  /** A title of two or three words starting at token i. */
  private titleAt(toks: Token[], i: number): boolean {
    const k = (j: number) => (toks[j]?.kind === 'word' ? asciiKey(toks[j]!.text) : '');
    return TITLE_PAIRS.has(`${k(i)} ${k(i + 1)}`) || TITLE_PAIRS.has(`${k(i)} ${k(i + 1)} ${k(i + 2)}`);
  }

  /** A two-word title ending at token i ("Thủ tướng", "Giám đốc"), in any case. */
  private pairTitle(toks: Token[], i: number): boolean {
    const a = toks[i - 1];
    const b = toks[i];
    if (a?.kind !== 'word' || b?.kind !== 'word') return false;
    if (TITLE_PAIRS.has(`${asciiKey(a.text)} ${asciiKey(b.text)}`)) return true;
    const c = toks[i - 2];
    return c?.kind === 'word' && TITLE_PAIRS.has(`${asciiKey(c.text)} ${asciiKey(a.text)} ${asciiKey(b.text)}`);
  }

  /** "ông", "bà" alone, or "chí" after "đồng". */
  private titled(toks: Token[], i: number): boolean {
    const k = asciiKey(toks[i]!.text);
    return k !== 'chi' || (toks[i - 1]?.kind === 'word' && asciiKey(toks[i - 1]!.text) === 'dong');
  }
}
