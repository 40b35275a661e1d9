// The decoder: candidate syllables per token, trigram Viterbi with a beam,
// then per-token confidence from the neighbours on the best path.
import type { Edit } from '../layer.js';
import type { TokenGuess } from '../doc.js';
import { tokenize, type Token } from './tokens.js';
import { unitOf, BOS, EOS } from './units.js';
import { asciiKey, hasMarks, matchCase, parseSyllable, canon } from './syllable.js';
import type { TrigramLm } from './lm.js';
import type { Channel } from './channel.js';

export interface Vocab {
  units: string[];
  surface: string[];
  count: number[];
  byKey: Record<string, number[]>;
  capShare: number[];
  capCount: number[];
  lists: { abbreviations: string[]; foreign: string[] };
}

export type Mode = 'clean' | 'stripped' | 'garbled';

export interface RestoreResult {
  edits: Edit[];
  tokens: TokenGuess[];
  mode?: Mode;
}

interface Slot {
  tok: Token;
  ids: number[]; // candidate units
  out: string[]; // output text per candidate
  em: number[]; // emission log-score per candidate
  decided: boolean; // more than one candidate or rewritten
  skip?: boolean; // not seen by the language model (a line-break hyphen)
}

const MAX_CANDS = 10;
const BEAM = 16;
const CASE_WEIGHT = 1;

export class Decoder {
  private readonly idOf = new Map<string, number>();
  private readonly abbr = new Map<string, string>();
  private readonly foreignCI = new Set<string>();
  private readonly foreignCS = new Set<string>();
  private readonly bos: number;
  private readonly eos: number;
  private readonly keyCache = new Map<string, number[]>();
  private readonly capPrior: number;
  /** Weight of the OCR channel against the language model (tuned on synthetic held-out pages). */
  channelWeight = 1;

  constructor(
    readonly lm: TrigramLm,
    readonly vocab: Vocab,
    readonly channel?: Channel,
  ) {
    vocab.units.forEach((u, i) => this.idOf.set(u, i));
    this.bos = this.idOf.get(BOS)!;
    this.eos = this.idOf.get(EOS)!;
    for (const a of vocab.lists.abbreviations) this.abbr.set(asciiKey(a).toUpperCase(), a);
    let caps = 0;
    let all = 0;
    vocab.capCount.forEach((n, i) => {
      all += n;
      caps += n * Math.max(0, vocab.capShare[i]!);
    });
    this.capPrior = all ? caps / all : 0.1;
    for (const f of vocab.lists.foreign) {
      if (f.length > 1 && f === f.toUpperCase()) this.foreignCS.add(f);
      else this.foreignCI.add(f.toLowerCase());
    }
  }

  private unit(u: string): number {
    return this.idOf.get(u) ?? this.idOf.get('<x>')!;
  }

  /** Candidates for an ASCII key: attested forms first, at most MAX_CANDS. */
  private byKey(key: string): number[] {
    let c = this.keyCache.get(key);
    if (c) return c;
    const all = this.vocab.byKey[key] ?? [];
    const seen = all.filter((i) => this.vocab.count[i]! > 0);
    c = (seen.length ? seen : all).slice(0, MAX_CANDS);
    this.keyCache.set(key, c);
    return c;
  }

  isForeign(w: string): boolean {
    return this.foreignCS.has(w) || this.foreignCI.has(w.toLowerCase());
  }

  /** Abbreviation entry for a capitalised token (QD -> QĐ), if any. */
  abbreviation(w: string): string | undefined {
    if (w.length < 2 || w === w.toLowerCase()) return undefined;
    const caps = w.replace(/[^\p{Lu}]/gu, '').length;
    if (caps < 2) return undefined;
    return this.abbr.get(asciiKey(w).toUpperCase()) ?? this.abbr.get(w);
  }

  /** Guess whether the text is correct, stripped of marks, or OCR-garbled. */
  mode(toks: Token[]): Mode {
    let words = 0;
    let marked = 0;
    let bad = 0;
    for (const t of toks) {
      if (t.kind !== 'word' && t.kind !== 'mixed') continue;
      if (this.isForeign(t.text) || this.abbreviation(t.text)) continue;
      words++;
      const marks = hasMarks(t.text);
      if (marks) marked++;
      // Unmarked words may be stripped forms (phap, viec); only marked or
      // unreadable non-syllables are signs of an OCR without a Vietnamese model.
      const lower = t.text.toLowerCase();
      if (t.kind === 'mixed' || (!parseSyllable(lower) && (marks || this.byKey(asciiKey(lower)).length === 0))) bad++;
    }
    if (words === 0) return 'clean';
    if (bad / words > 0.04) return 'garbled';
    if (marked / words < 0.25) return 'stripped';
    return 'clean';
  }

  private fixed(tok: Token, unit: number, out = tok.text): Slot {
    return { tok, ids: [unit], out: [out], em: [0], decided: out !== tok.text };
  }

  /** ln P(case as written | unit), for words inside a sentence. */
  private caseScore(unit: number, capital: boolean): number {
    const n = this.vocab.capCount[unit] ?? 0;
    const share = n > 0 ? this.vocab.capShare[unit]! : 0;
    const p = (share * n + 2 * this.capPrior) / (n + 2);
    return Math.log(capital ? p : 1 - p);
  }

  private slot(tok: Token, mode: Mode, mid: boolean): Slot {
    const text = tok.text;
    if (tok.kind === 'code') return this.fixed(tok, this.unit(unitOf(tok)), this.fixCode(text, mode === 'garbled'));
    if (tok.kind !== 'word' && tok.kind !== 'mixed') return this.fixed(tok, this.unit(unitOf(tok)));
    if (this.isForeign(text)) return this.fixed(tok, this.unit('<x>'));
    const lower = text.toLowerCase();
    const valid = tok.kind === 'word' && parseSyllable(lower) !== undefined;
    const ab = valid ? undefined : this.abbreviation(text);
    if (ab) return this.fixed(tok, this.unit('<code>'), ab);
    const own = valid ? this.unit(canon(lower)) : this.unit('<x>');
    const marked = hasMarks(text);
    if (mode === 'clean' && valid) return this.fixed(tok, own);
    if (mode === 'stripped' && valid && marked) return this.fixed(tok, own);

    let ids: number[];
    let em: number[];
    if (mode === 'garbled' && this.channel) {
      const c = this.channel.candidates(lower);
      ids = c.ids;
      em = c.scores.map((x) => x * this.channelWeight);
    } else if (tok.kind === 'word') {
      ids = this.byKey(asciiKey(lower));
      em = ids.map(() => 0);
    } else {
      ids = [];
      em = [];
    }
    if (valid && !ids.includes(own)) {
      // A rare syllable the channel did not propose: keep it possible, not favoured.
      ids = [...ids, own];
      em = [...em, em.length ? Math.min(...em) - 2 : 0];
    }
    if (ids.length === 0) return this.fixed(tok, own);
    if (mid && !/\p{Lu}{2}/u.test(text)) {
      const capital = text !== lower;
      em = em.map((e, k) => e + CASE_WEIGHT * this.caseScore(ids[k]!, capital));
    }
    const out = ids.map((i) => matchCase(text, this.vocab.surface[i]!));
    // Keep the writer's own spelling when it is the same syllable (hoà vs hòa).
    if (valid) {
      const k = ids.indexOf(own);
      if (k >= 0) out[k] = text;
    }
    return { tok, ids, out, em, decided: true };
  }

  /** Symbols: regain Đ in the parts that are known codes (05-QD/BCDTW -> 05-QĐ/BCĐTW).
   *  From OCR without a Vietnamese model, one letter read for Đ is also repaired (Qb, BCHTW). */
  fixCode(text: string, ocr = false): string {
    return text.replace(/\p{L}+/gu, (part) => this.abbreviation(part) ?? (ocr ? this.ocrCode(part) : undefined) ?? part);
  }

  private ocrCode(part: string): string | undefined {
    if (part.length < 2 || this.abbr.has(part.toUpperCase()) || !/^\p{Lu}/u.test(part)) return undefined;
    for (let i = 0; i < part.length; i++) {
      const hit = this.abbr.get(asciiKey(part.slice(0, i) + 'D' + part.slice(i + 1)).toUpperCase());
      if (hit && hit.includes('Đ') && hit.length === part.length) return hit;
    }
    return undefined;
  }

  restore(text: string): RestoreResult {
    const toks = tokenize(text);
    const mode = this.mode(toks);
    let prevKind = '';
    const slots = toks.map((t, i) => {
      // "liên-\nthông": the hyphen only splits a word across lines.
      if (t.text === '-' && /^-[ \t]*\n/.test(text.slice(t.start)) && toks[i + 1]?.kind === 'word' && i > 0 && toks[i - 1]!.end === t.start) {
        const sl = this.fixed(t, this.unit('-'));
        sl.skip = true;
        return sl;
      }
      const mid = prevKind === 'word' || prevKind === 'mixed' || prevKind === ',';
      prevKind = t.kind === 'punct' ? t.text : t.kind;
      if (t.kind === 'break') {
        // Blank lines and page breaks often fall inside a sentence (wrapped or
        // extracted text): sentences end at their punctuation instead.
        const sl = this.fixed(t, this.eos);
        sl.skip = true;
        return sl;
      }
      return this.slot(t, mode, mid);
    });
    const choice = new Int32Array(slots.length);
    const conf = new Float64Array(slots.length).fill(1);
    const alts: string[][] = slots.map(() => []);
    // Decode sentence by sentence.
    const seen = slots.filter((x) => !x.skip);
    const pick = new Int32Array(seen.length);
    let s = 0;
    for (let i = 0; i <= seen.length; i++) {
      const end = i === seen.length || seen[i]!.ids[0] === this.eos;
      if (!end) continue;
      if (i > s) this.viterbi(seen, s, i, pick);
      s = i + 1;
    }
    const seenConf = new Float64Array(seen.length).fill(1);
    const seenAlts: string[][] = seen.map(() => []);
    this.confidence(seen, pick, seenConf, seenAlts);
    for (let i = 0, k = 0; i < slots.length; i++) {
      if (slots[i]!.skip) continue;
      choice[i] = pick[k]!;
      conf[i] = seenConf[k]!;
      alts[i] = seenAlts[k]!;
      k++;
    }

    const edits: Edit[] = [];
    const guesses: TokenGuess[] = [];
    let delta = 0;
    for (let i = 0; i < slots.length; i++) {
      const sl = slots[i]!;
      const out = sl.out[choice[i]!]!;
      const start = sl.tok.start + delta;
      if (out !== sl.tok.text) {
        edits.push({ start: sl.tok.start, end: sl.tok.end, text: out });
        delta += out.length - sl.tok.text.length;
      }
      if (sl.decided) {
        guesses.push({ start, end: start + out.length, before: sl.tok.text, confidence: conf[i]!, alternatives: alts[i]! });
      }
    }
    return { edits, tokens: guesses, mode };
  }

  private viterbi(slots: Slot[], from: number, to: number, choice: Int32Array): void {
    const lm = this.lm;
    // State = (candidate index at i-1, candidate index at i); unit ids kept alongside.
    let pu = [this.bos];
    let pv = [this.bos];
    let pc = [-1];
    let score = [0];
    const back: Int32Array[] = [];
    const cidx: Int32Array[] = [];
    for (let i = from; i < to; i++) {
      const sl = slots[i]!;
      const n = sl.ids.length;
      const cand = new Map<number, number>(); // key (prevCand*64+c) -> state idx
      const nu: number[] = [];
      const nv: number[] = [];
      const nc: number[] = [];
      const ns: number[] = [];
      const nb: number[] = [];
      for (let p = 0; p < score.length; p++) {
        const u = pu[p]!;
        const v = pv[p]!;
        for (let c = 0; c < n; c++) {
          const w = sl.ids[c]!;
          const sc = score[p]! + lm.logp(u, v, w) + sl.em[c]!;
          const key = (pc[p]! + 1) * 64 + c;
          const at = cand.get(key);
          if (at === undefined) {
            cand.set(key, ns.length);
            nu.push(v);
            nv.push(w);
            nc.push(c);
            ns.push(sc);
            nb.push(p);
          } else if (sc > ns[at]!) {
            ns[at] = sc;
            nb[at] = p;
          }
        }
      }
      // Prune to the beam.
      let order = ns.map((_, k) => k);
      if (order.length > BEAM) order = order.sort((a, b) => ns[b]! - ns[a]!).slice(0, BEAM);
      pu = order.map((k) => nu[k]!);
      pv = order.map((k) => nv[k]!);
      pc = order.map((k) => nc[k]!);
      score = order.map((k) => ns[k]!);
      back.push(Int32Array.from(order.map((k) => nb[k]!)));
      cidx.push(Int32Array.from(pc));
    }
    // Close the sentence.
    let best = -1;
    let bestScore = -Infinity;
    for (let p = 0; p < score.length; p++) {
      const sc = score[p]! + lm.logp(pu[p]!, pv[p]!, this.eos);
      if (sc > bestScore) {
        bestScore = sc;
        best = p;
      }
    }
    for (let i = to - 1; i >= from; i--) {
      const k = i - from;
      choice[i] = cidx[k]![best]!;
      best = back[k]![best]!;
    }
  }

  /** Posterior of each candidate given the chosen neighbours (two each side). */
  private confidence(slots: Slot[], choice: Int32Array, conf: Float64Array, alts: string[][]): void {
    const unitAt = (i: number) => (i < 0 || i >= slots.length ? this.bos : slots[i]!.ids[choice[i]!]!);
    for (let i = 0; i < slots.length; i++) {
      const sl = slots[i]!;
      if (sl.ids.length < 2) continue;
      // Neighbours on the best path, not crossing a sentence end.
      let a = this.bos;
      let b = this.bos;
      if (i > 0 && unitAt(i - 1) !== this.eos) {
        b = unitAt(i - 1);
        if (i > 1 && unitAt(i - 2) !== this.eos) a = unitAt(i - 2);
      }
      const r1 = i + 1 < slots.length ? unitAt(i + 1) : this.eos;
      const r2 = r1 === this.eos ? -1 : i + 2 < slots.length ? unitAt(i + 2) : this.eos;
      const scores = sl.ids.map((w, c) => {
        let s = sl.em[c]! + this.lm.logp(a, b, w) + this.lm.logp(b, w, r1);
        if (r2 >= 0) s += this.lm.logp(w, r1, r2);
        return s;
      });
      const m = Math.max(...scores);
      const e = scores.map((x) => Math.exp(x - m));
      const z = e.reduce((x, y) => x + y, 0);
      const ch = choice[i]!;
      conf[i] = e[ch]! / z;
      alts[i] = e
        .map((p, c) => ({ p: p / z, c }))
        .filter((x) => x.c !== ch && x.p >= 0.01)
        .sort((x, y) => y.p - x.p)
        .slice(0, 3)
        .map((x) => sl.out[x.c]!);
    }
  }
}
