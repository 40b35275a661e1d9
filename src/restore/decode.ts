// The decoder: reads the text's mode, runs the token pre-passes (protect.ts,
// split and merged words, places, dates), builds the lattice (candidate
// syllables per token: diacritic forms of the ASCII key, or readings from the
// OCR channel), then search.ts (Viterbi), confidence.ts and cache.ts; casing of
// the output here and in casing.ts.
import type { Edit } from '../layer.js';
import type { TokenGuess } from '../doc.js';
import { tokenize, type Token } from './tokens.js';
import { unitOf, BOS, EOS } from './units.js';
import { asciiKey, hasMarks, matchCase, parseSyllable, canon, splitTone } from './syllable.js';
import type { NgramLm } from './lm.js';
import type { Channel } from './channel.js';
import { keepForms, ROMAN, type Kept } from './protect.js';
import { MAX_CANDS, SLOT_CANDS, makeOverlay, type Slot } from './lattice.js';
import { Search } from './search.js';
import { Posterior } from './confidence.js';
import { cachePass } from './cache.js';
import { capsLines, caseScore, outText } from './casing.js';
import { joinSplit, segment, splitSlashWords, splitY, type KeyCounts } from './prepass.js';
import { decoderOptions, type DecoderOptions } from './options.js';
import { People, type PeopleLists } from './people.js';
import { markPhrases, phraseIndex } from './phrases.js';

export interface Vocab {
  units: string[];
  surface: string[];
  count: number[];
  byKey: Record<string, number[]>;
  capShare: number[];
  capCount: number[];
  lists: { abbreviations: string[]; foreign: string[]; phrases?: string[] };
}

export type Mode = 'clean' | 'stripped' | 'garbled';

/** Tones a scan confuses over vowels without a hat: none, sắc, hỏi (restore.scan.hook-acute). */
const HOOK_ACUTE = [0, 1, 3];
/** Bases that differ only by a hat over one letter: o/ô, a/â, e/ê (restore.scan.caps-hat). */
const capsHat = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const pair = a[i]! + b[i]!;
    if (!['oô', 'ôo', 'aâ', 'âa', 'eê', 'êe'].includes(pair)) return false;
    diff++;
  }
  return diff === 1;
};
/** The base with â and ă swapped (restore.scan.hat-breve). */
const otherHat = (base: string): string => base.replace(/[âă]/g, (c) => (c === 'â' ? 'ă' : 'â'));

/** OCR confidence of a stretch of the text (a word as read), 0-100. */
export interface Confidence {
  start: number;
  end: number;
  confidence: number;
}

export interface RestoreResult {
  edits: Edit[];
  tokens: TokenGuess[];
  mode?: Mode;
}


const DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
/** Most a place name before ", ngày" may cost in the OCR channel, per syllable. */
const PLACE_COST = 5;
/** Letters an OCR without a Vietnamese model reads for Đ (Qb, BCHTW, Pang). */
const READ_FOR_D = 'BHPbhp';
const LATIN1_ONLY = /^[a-zA-ZàáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]+$/;
const CASE_WEIGHT = 0.5; // chosen on the held-out corpus files
// Regular expressions of the per-token paths, made once (a literal in a function is a new object per call).
const LIST_LETTER = /^[a-zđ]$/i;
const NOT_UPPER_G = /[^\p{Lu}]/gu;
const ROMAN_CLAUSE = /^(?:[ivx]+|[IVX]+)$/;
const ROMAN_HEAD = /^[IVX]+$/;
const ALL_UPPER = /^\p{Lu}+$/u;
const ASCII_VOWEL = /[aeiouy]/;
// restore.scan.law-title: after "Luật" comes a law's name (Luật Tổ chức, Luật Đất đai), not a person's: its first word's
// tones compete like any word's, where a name's later words stay as read.
const LAW = /^Luật$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const TWO_UPPER = /\p{Lu}{2}/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const TWO_UPPER_OR_DIGIT = /[\p{Lu}\d]{2}/u;
const ANY_LOWER = /\p{Ll}/u;
const ANY_DIGIT = /\d/;
const UPPER_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;
const UPPER_RUN = /^\p{Lu}{2,}$/u;
const PLACE_ABBREV = /^(?![IVX])[A-Z][b-df-hj-np-tv-xz]{1,2}$/;
// restore.code-b-for-d: a small b opening capitals in a symbol ("2449-CV/bU") is the Đ an English model drew as b.
const CODE_B_FOR_D = /^b(?=\p{Lu}+$)/u;
// restore.code-slash-misread: the slash after a symbol's number read as l, I, | or 1 ("123lUBND-VX", "45I2025IQD-UBND"):
// figures run straight into a code of capitals and a hyphen, which no word or number does.
const SLASH_MISREAD = /^(\d{1,5})[lI|1](?:((?:19|20)\d\d)[lI|1])?(?=[A-ZĐ]{2,}[A-ZĐ&]*-[A-ZĐ][\p{L}]*(?:[-.][\p{L}]+)*$)/u;
const CAPS_WRITTEN = /^\P{Lu}*\p{Lu}(?:\p{L}*\p{Lu}|$)/u;
const CAPITAL_PAIR = /^\p{Lu}\P{Ll}$/u;
const LONE_CAPITAL = /^\p{Lu}$/u;
const AMPERSAND_CODE = /^\p{Lu}{2,}&\p{Lu}{2,}$/u;
const SAME_SHAPE_CAPITAL = /^[CKOPSUVWXZ]\p{Ll}+$/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** The letter of a list marker "a)", "đ)" (lowercase), if the token is one. */
function listMarker(tok: Token, next?: Token): string | undefined {
  if (next?.text === ')' && next.start === tok.end && LIST_LETTER.test(tok.text)) return tok.text.toLowerCase();
  return undefined;
}

export class Decoder implements KeyCounts {
  private readonly idOf = new Map<string, number>();
  private readonly abbr = new Map<string, string>();
  private readonly slashed = new Map<string, string>(); // v/v -> V/v
  private readonly slashedKey = new Map<string, string>(); // d/c -> đ/c (restore.slashed-key)
  private readonly foreignCI = new Set<string>();
  private readonly foreignCS = new Set<string>();
  private readonly bos: number;
  private readonly eos: number;
  private readonly keyCache = new Map<string, number[]>();
  /** Set phrases by their first word's key (restore.phrase-match). */
  private readonly phrases: ReturnType<typeof phraseIndex>;
  private readonly capPrior: number;
  private readonly search: Search;
  private readonly posterior: Posterior;
  /** Place names (places.json): syllables as written, and their ASCII keys. */
  private places: Array<{ written: string[]; keys: string[] }> = [];

  setPlaces(list: string[]): void {
    this.places = list.map((p) => {
      const written = p.split(/\s+/).filter((w) => /^\p{L}+$/u.test(w));
      return { written, keys: written.map(asciiKey) };
    });
    // Longest first: "Thành phố Hồ Chí Minh" before "Hồ Chí Minh".
    this.places.sort((a, b) => b.keys.length - a.keys.length);
    this.placeByKey.clear();
    for (const p of this.places) {
      if (p.keys.length < 2) continue;
      const l = this.placeByKey.get(p.keys[0]!) ?? [];
      l.push(p);
      this.placeByKey.set(p.keys[0]!, l);
    }
  }

  private readonly placeByKey = new Map<string, Array<{ written: string[]; keys: string[] }>>();
  private people?: People;

  /** Family, middle and given names (people.json, from names.txt): person names are read as names. */
  setPeople(lists: PeopleLists): void {
    this.people = new People(lists);
  }

  /** Person names (people.ts): the family name fixed, later syllables kept to name readings. */
  private personNames(toks: Token[], text: string, slots: Slot[], modes: Mode[]): void {
    if (!this.people) return;
    const open = (i: number) => modes[i] !== 'clean' && slots[i]!.decided && slots[i]!.ids.length > 0;
    for (const r of this.people.find(toks, text, open)) {
      const sl = slots[r.at]!;
      const fix = (w: string) => {
        const fixed = this.fixed(sl.tok, this.unit(canon(w.toLowerCase())), w);
        fixed.suffix = sl.suffix;
        slots[r.at] = fixed;
      };
      if (r.written) {
        fix(r.written);
        continue;
      }
      const allowed = r.allowed!.map((w) => w.toLowerCase());
      const keep = sl.ids.map((id, k) => k).filter((k) => allowed.includes(this.vocab.surface[sl.ids[k]!]!.toLowerCase()));
      if (keep.length === 0) fix(r.allowed![0]!);
      else if (keep.length < sl.ids.length) {
        sl.ids = keep.map((k) => sl.ids[k]!);
        sl.em = keep.map((k) => sl.em[k]!);
        sl.out = keep.map((k) => sl.out[k]);
      }
      slots[r.at]!.name = true;
    }
  }


  constructor(
    readonly lm: NgramLm,
    readonly vocab: Vocab,
    readonly channel?: Channel,
    readonly options: DecoderOptions = decoderOptions(),
    /** Bigrams of list lines the base lacks, with how many lines hold each (tables/overlay.json). */
    overlay: Array<[number, number, number]> = [],
  ) {
    vocab.units.forEach((u, i) => this.idOf.set(u, i));
    this.bos = this.idOf.get(BOS)!;
    this.eos = this.idOf.get(EOS)!;
    const radix = vocab.units.length;
    const ov = makeOverlay(overlay, radix, options.overlayBonus);
    this.search = new Search(lm, this.bos, this.eos, options.wideBeam, ov);
    this.posterior = new Posterior(lm, this.bos, this.eos, ov);
    for (const a of vocab.lists.abbreviations) {
      if (a.includes('/')) {
        this.slashed.set(a.toLowerCase(), a);
        // Only entries with a marked letter: "V/v" and "b/c" are written as read.
        if (asciiKey(a.toLowerCase()) !== a.toLowerCase()) this.slashedKey.set(asciiKey(a.toLowerCase()), a.toLowerCase());
      }
      else this.abbr.set(asciiKey(a).toUpperCase(), a);
    }
    let caps = 0;
    let all = 0;
    vocab.capCount.forEach((n, i) => {
      all += n;
      caps += n * Math.max(0, vocab.capShare[i]!);
    });
    this.capPrior = all ? caps / all : 0.1;
    this.phrases = phraseIndex(vocab.lists.phrases ?? [], (u) => this.idOf.get(u));
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
    const top = all.length ? this.vocab.count[all[0]!]! : 0;
    const seen = all.filter((i) => this.vocab.count[i]! >= Math.max(1, this.options.candShare * top));
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
    const caps = w.replace(NOT_UPPER_G, '').length;
    if (caps < 2) return undefined;
    return this.abbr.get(asciiKey(w).toUpperCase());
  }

  /** Guess whether the text is correct, stripped of marks, or OCR-garbled. */
  mode(toks: Token[]): Mode {
    let words = 0;
    let marked = 0;
    let markedValid = 0;
    let mixed = 0;
    for (const t of toks) {
      if (t.kind !== 'word' && t.kind !== 'mixed') continue;
      if (this.isForeign(t.text) || this.abbreviation(t.text)) continue;
      words++;
      if (t.kind === 'mixed') {
        mixed++;
        continue;
      }
      if (hasMarks(t.text)) {
        marked++;
        if (parseSyllable(t.text.toLowerCase())) markedValid++;
      }
    }
    if (words === 0) return 'clean';
    // Correct text (typed, text-layer PDF, OCR with the Vietnamese model): most
    // words carry marks and nearly all marked words are real syllables. An OCR
    // without a Vietnamese model writes few marks, mostly on the wrong letters
    // (trién, hiéu), and digits inside words (s6).
    // A few marked names that break the rules (Đắk Lắk) do not make a text garbled.
    const validShare = marked ? markedValid / marked : 1;
    const invalidShare = (marked - markedValid) / words;
    if (mixed / words >= 0.02 || (validShare < 0.85 && invalidShare > 0.02 && marked - markedValid >= 3)) return 'garbled';
    return marked / words >= 0.4 ? 'clean' : 'stripped';
  }

  private fixed(tok: Token, unit: number, out = tok.text): Slot {
    return { tok, ids: [unit], out: [out], em: [0], decided: out !== tok.text };
  }


  private slot(tok: Token, mode: Mode, mid: boolean, next?: Token, prev?: Token, weak = Infinity, lineHead = false): Slot {
    const text = tok.text;
    // Numbered clauses "(ii)", "(iv)".
    if (prev?.text === '(' && prev.end === tok.start && next?.text === ')' && next.start === tok.end && ROMAN_CLAUSE.test(text)) return this.fixed(tok, this.unit('<x>'));
    // Roman numerals of headings: "II.", "IV)", "III-".
    if (next && '.)-:'.includes(next.text) && next.start === tok.end && ROMAN_HEAD.test(text)) return this.fixed(tok, this.unit('<x>'));
    // Roman numerals in a line that is not all capitals: "Quý IV", "khóa XV".
    // A numeral that is also a syllable (VI, XI) counts only beside lower-case words.
    if (ROMAN.test(text) && text.length >= 2 && (!parseSyllable(text.toLowerCase()) || (!this.upperWord(prev) && !this.upperWord(next)))) return this.fixed(tok, this.unit('<x>'));
    if (tok.kind === 'code') {
      // restore.slashed-key: a slashed abbreviation of the list read by its letters without marks ("D/c" is Đ/c), its first
      // letter's case kept.
      const sl = mode !== 'clean' && text.includes('/') ? this.slashedKey.get(asciiKey(text.toLowerCase())) : undefined;
      if (sl && sl !== text.toLowerCase()) return this.fixed(tok, this.unit(unitOf(tok)), (/^\p{Lu}/u.test(text) ? sl[0]!.toUpperCase() : sl[0]!) + sl.slice(1));
      return this.fixed(tok, this.unit(unitOf(tok)), this.fixCode(text, mode === 'garbled'));
    }
    if (tok.kind === 'num' && mode === 'garbled' && this.channel && text.length <= 2) {
      // "16 trình" is "lộ trình" read without a Vietnamese model: the number
      // itself stays a candidate and the language model decides.
      const c = this.channel.candidates(text);
      const ids = [this.unit('<num>'), ...c.ids];
      const em = [0, ...c.scores.map((x) => x * this.options.channelWeight)];
      const out = new Array<string | undefined>(ids.length);
      out[0] = text;
      return { tok, ids, out, em, decided: false };
    }
    if (tok.kind !== 'word' && tok.kind !== 'mixed') return this.fixed(tok, this.unit(unitOf(tok)));
    if (this.isForeign(text)) return this.fixed(tok, this.unit('<x>'));
    // restore.place-abbrev: a capital and one or two small consonants, no vowel, right before a full stop ("Tp.", "Tx.",
    // "Tt.") abbreviate a kind of place (thành phố, thị xã, thị trấn); no syllable is read there ("Tp." was "Tập.").
    if (mode === 'garbled' && next?.text === '.' && next.start === tok.end && PLACE_ABBREV.test(text)) return this.fixed(tok, this.unit('<x>'));
    const lower = text.toLowerCase();
    const valid = tok.kind === 'word' && parseSyllable(lower) !== undefined;
    const ab = valid ? undefined : this.abbreviation(text);
    // restore.word-code-unit: a code written as a word (UBND, XD, KCB) is what the builder made of such words, <x>;
    // <code> is a document symbol, most often after "số" (with it, "cơ sở KCB" was read "cơ số").
    if (ab) return this.fixed(tok, this.unit('<x>'), ab);
    // Capitals without a vowel are an acronym (CSDL, CMC), never a garbled syllable.
    // (Not beside words in capitals: "CQNG" in a title is CỘNG.)
    // Two such capitals are a code too (VT, TH, CP; an English model keeps a
    // syllable's vowel), unless among small words, where they are a syllable read
    // in capitals ("véi TS Gitp viéc" is "với Tổ Giúp việc"); a Q after the first
    // letter is an O the model misread ("BQ" is BỘ).
    if (text.length >= 2 && ALL_UPPER.test(text) && !ASCII_VOWEL.test(asciiKey(text)) && (text.length === 2 ? !this.amongSmall(prev, next) && !/.Q/.test(text) : !this.upperWord(prev) && !this.upperWord(next))) return this.fixed(tok, this.unit('<x>'));
    // restore.ampersand-code: capitals joined by "&" (KH&CN, NN&PTNT) are a code, not a syllable with a letter misread as "&".
    if (AMPERSAND_CODE.test(text)) return this.fixed(tok, this.unit('<x>'), this.fixCode(text, mode === 'garbled'));
    // restore.onset-acronym: in OCR'd text, capitals whose consonants before the first vowel open no Vietnamese
    // syllable (BHYT, CSYT, STEM) are an acronym kept as written; the channel read them as a syllable with letters
    // dropped ("HY", "TEM"). A Q before a letter other than U is an O misread (HQI is HỘI), no acronym.
    if (mode === 'garbled' && !valid && tok.kind === 'word' && text.length >= 3 && ALL_UPPER.test(text) && acronymOnset(asciiKey(lower))) return this.fixed(tok, this.unit('<x>'));
    if (mode === 'garbled' && !valid && UPPER_FIRST.test(text) && text.length >= 2) {
      // English OCR reads I as l or 1 and O as 0 in capitals: (Al) -> (AI).
      const caps = text.replace(/[l1]/g, 'I').replace(/0/g, 'O');
      if (caps !== text && caps === caps.toUpperCase() && (this.isForeign(caps) || this.abbr.has(caps))) return this.fixed(tok, this.unit('<x>'), caps);
      // ... and a slash as I, l or 1: "VIV" is "V/v"; restore.slash-as-letter: as a small i too ("Viv") when the token opens its
      // line and no capitalised word follows it ("Bic Ninh" is Bắc Ninh, not "b/c Ninh").
      for (let i = 1; i < text.length - 1; i++) {
        if (!(lineHead ? 'Iil1|' : 'Il1|').includes(text[i]!)) continue;
        const hit = this.slashed.get((text.slice(0, i) + '/' + text.slice(i + 1)).toLowerCase());
        if (hit) return this.fixed(tok, this.unit('<code>'), hit);
      }
    }
    const own = valid ? this.unit(canon(lower)) : this.unit('<x>');
    const marked = hasMarks(text);
    if (mode === 'clean' && valid && marked && weak < Infinity && tok.kind === 'word' && !(this.titleWord(tok) && this.titleWord(prev) && !LAW.test(prev!.text))) {
      // A marked word the OCR was unsure of: the tone stacked over its â, ê, ô
      // or ă is small and often misread (tô/tổ, chuyên/chuyển), so the other
      // tones over the same letters compete, at a cost. Names past their
      // first word (Lê Văn Tô) and the dot below stay as read.
      const { base, tone } = splitTone(lower);
      const caps = text.length >= 2 && text === text.toUpperCase();
      // restore.scan.hook-acute: over other vowels the hook and the acute (and no tone) are what a
      // scan confuses (tính/tỉnh, phú/phủ, chỉ/chi): those three compete there.
      const small = !caps && !/[âêôă]/.test(base);
      // restore.scan.dot-speck: a speck under a word is read as the dot below, so a dotted word competes with the other tones.
      if (small && !HOOK_ACUTE.includes(tone) && tone !== 5) return this.fixed(tok, own);
      const ids = this.byKey(asciiKey(lower)).filter((id) => {
        const c = splitTone(this.vocab.surface[id]!.toLowerCase());
        // restore.scan.hat-breve: â and ă, each with a mark stacked over it (sắc, hỏi, ngã), are read one for the other (thẩm/thắm).
        const stacked = (t: number) => t === 1 || t === 3 || t === 4;
        // restore.scan.caps-hat: over a capital a tone crushes the hat (CHÓNG for CHỐNG): in capitals o, a, e and their hatted
        // letters compete when both carry a stacked tone, the same one.
        if (c.base !== base) return (c.base === otherHat(base) || (caps && capsHat(c.base, base) && c.tone === tone)) && stacked(tone) && stacked(c.tone);
        // restore.scan.caps-dot: under a capital the dot below is a speck an OCR drops (TÔI for TỘI): in capitals, a word
        // read without a tone competes with its dotted reading.
        if (tone === 5) return true;
        if (c.tone === 5) return caps && tone === 0;
        return !small || HOOK_ACUTE.includes(c.tone);
      });
      // A rare reading ("Bỗ") is seldom among the key's candidates: it stays one.
      if (!ids.includes(own)) ids.push(own);
      if (ids.length < 2) return this.fixed(tok, own);
      const out = new Array<string | undefined>(ids.length);
      out[ids.indexOf(own)] = text;
      return { tok, ids, out, em: ids.map((id) => (id === own ? 0 : -weak)), decided: true };
    }
    if (mode === 'clean' && valid) {
      // In marked text a word without marks is as written ("ban", "theo"),
      // unless the model finds a marked reading far likelier: the marks an OCR
      // dropped ("Uy ban nhân dân" is Ủy ban).
      if (hasMarks(text) || this.options.cleanMargin === Infinity || tok.kind !== 'word') return this.fixed(tok, own);
      const ids = this.byKey(asciiKey(lower));
      if (ids.length < 2 || !ids.includes(own)) return this.fixed(tok, own);
      const out = new Array<string | undefined>(ids.length);
      out[ids.indexOf(own)] = text;
      return { tok, ids, out, em: ids.map((id) => (id === own ? 0 : -this.options.cleanMargin)), decided: true };
    }
    // Marked words are as meant (Đắk, Lắk), unless a rule-breaking word has only
    // the accents of Western European fonts (trién): an OCR garble.
    if (mode !== 'garbled' && marked && (valid || !LATIN1_ONLY.test(text))) return this.fixed(tok, own);
    // restore.joined-words: two marked syllables the text ran together ("ngàyháng") are two words, not one garble.
    if (mode !== 'garbled' && marked && !valid && twoSyllables(lower)) return this.fixed(tok, own);

    let ids: number[];
    let em: number[];
    if ((mode === 'garbled' || marked) && this.channel) {
      const c = this.channel.candidates(lower);
      ids = c.ids;
      em = c.scores.map((x) => x * this.options.channelWeight);
      // An OCR without a Vietnamese model drops the marks of capitals all alike
      // (THONG BAO KET LUAN): in an all-caps run every reading of the bare
      // letters costs the same, and the language model chooses among them.
      if (mode === 'garbled' && !marked && /^[A-Z]{2,}$/.test(text) && (this.upperWord(prev) || this.upperWord(next))) {
        // Such an OCR reads a capital Đ as P (PANG, POI): its readings with Đ count too.
        const dees = text[0] === 'P' ? this.byKey('d' + lower.slice(1)).filter((id) => this.vocab.surface[id]!.startsWith('đ')) : [];
        for (const id of [...this.byKey(lower), ...dees].filter((i) => this.vocab.count[i]! > 0)) {
          const k = ids.indexOf(id);
          if (k >= 0) em[k] = 0;
          else {
            ids = [...ids, id];
            em = [...em, 0];
          }
        }
      }
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
    if (ids.length > SLOT_CANDS) {
      // The search keys a state by candidate index in 5 bits: keep the likeliest.
      const keep = ids.map((_, k) => k).sort((a, b) => em[b]! - em[a]! || a - b).slice(0, SLOT_CANDS).sort((a, b) => a - b);
      ids = keep.map((k) => ids[k]!);
      em = keep.map((k) => em[k]!);
    }
    if (mid && !TWO_UPPER.test(text)) {
      const capital = text !== lower;
      // em is this slot's own array (made above), so it is changed in place.
      for (let k = 0; k < em.length; k++) em[k] = em[k]! + CASE_WEIGHT * caseScore(this.vocab, this.capPrior, ids[k]!, capital);
    }
    const out = new Array<string | undefined>(ids.length);
    // Keep the writer's own spelling when it is the same syllable (hoà vs hòa).
    if (valid) {
      const k = ids.indexOf(own);
      if (k >= 0) out[k] = text;
    }
    return { tok, ids, out, em, decided: true };
  }

  /** A word written with a capital and small letters (Đăng, Tô). */
  private titleWord(t?: Token): boolean {
    return !!t && t.kind === 'word' && TITLE_CASE.test(t.text);
  }

  /**
   * The margin another tone must gain over a token's own (Infinity: kept as read):
   * options.remarkMargin in a word the OCR read with confidence under
   * options.remarkBelow, options.remarkSureMargin in a word it was surer of.
   */
  private weakWords(ocr: Confidence[]): (t: Token) => number {
    const { remarkMargin, remarkSureMargin, remarkBelow } = this.options;
    if ((remarkMargin === Infinity && remarkSureMargin === Infinity) || !ocr.length) return () => Infinity;
    const words = [...ocr].sort((a, b) => a.start - b.start);
    const starts = words.map((c) => c.start);
    return (t) => {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (starts[m]! <= t.start) lo = m + 1;
        else hi = m;
      }
      const c = words[lo - 1];
      if (!c || t.end > c.end) return Infinity;
      return c.confidence < remarkBelow ? remarkMargin : remarkSureMargin;
    };
  }

  /** Beside a word with small letters and no run of capitals (đồng chí TS Giúp). */
  private amongSmall(prev?: Token, next?: Token): boolean {
    const upper = (t?: Token) => !!t && TWO_UPPER_OR_DIGIT.test(t.text) && !ANY_LOWER.test(t.text);
    const small = (t?: Token) => !!t && t.kind === 'word' && ANY_LOWER.test(t.text);
    return !upper(prev) && !upper(next) && (small(prev) || small(next));
  }

  /**
   * The language model reads a date "01/7/2025" as the corpus writes dates,
   * "<num> tháng <num> năm <num>": empty slots after the date carry the words
   * (so "từ ngày 01/7/2025" is scored like "từ ngày 01 tháng 7 năm 2025").
   */
  private spellDates(slots: Slot[]): Slot[] {
    const thang = this.idOf.get(canon('tháng'));
    const nam = this.idOf.get(canon('năm'));
    const num = this.idOf.get('<num>');
    if (thang === undefined || nam === undefined || num === undefined) return slots;
    const out: Slot[] = [];
    for (const sl of slots) {
      out.push(sl);
      if (sl.tok.kind !== 'code' || !DATE.test(sl.tok.text)) continue;
      const at = sl.tok.end;
      for (const u of [thang, num, nam, num]) out.push(this.fixed({ start: at, end: at, text: '', kind: 'code' }, u, ''));
    }
    return out;
  }

  private keptUnit(k: Kept): number {
    return k.unit === 'word' ? this.unit(canon(k.out.toLowerCase())) : this.unit(k.unit === 'x' ? '<x>' : '<code>');
  }

  private numberPlace(toks: Token[], i: number): boolean {
    const key = (j: number) => (j >= 0 && j < toks.length ? asciiKey(toks[j]!.text) : '');
    if (ANY_DIGIT.test(toks[i]!.text) && key(i - 1) === 'ngay' && key(i + 1) === 'thang') return true;
    if (toks[i - 1]?.text !== ':') return false;
    const next = toks[i + 1];
    // "Số:" as read without a Vietnamese model: S6, Sé, So.
    return toks[i - 1]?.text === ':' && /^s[o0568e]$/.test(key(i - 2)) && !!next && next.text.startsWith('/') && next.start > toks[i]!.end && UPPER_OR_DIGIT_FIRST.test(toks[i]!.text);
  }

  /** A word token of two or more capitals (part of an all-caps line). */
  private upperWord(t?: Token): boolean {
    // An acronym by its onset (BHYT) is no word of a line in capitals: "KCB BHYT" keeps its KCB.
    return !!t && t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && !ROMAN.test(t.text) && !(t.text.length >= 3 && !parseSyllable(t.text.toLowerCase()) && acronymOnset(asciiKey(t.text.toLowerCase())));
  }




  /**
   * Known place names. A capitalised run whose ASCII keys are a place's is that
   * place ("Lang son" -> "Lạng Sơn"). Before ", ngày" (the date line of a
   * header) a place is expected: the one the OCR channel reads most cheaply is
   * taken if it costs little enough ("1a Noi, ngay" -> "Hà Nội, ngày").
   */
  private placeNames(toks: Token[], slots: Slot[], modes: Mode[], caps?: Uint8Array): void {
    const isWord = (i: number) => i >= 0 && i < toks.length && (toks[i]!.kind === 'word' || toks[i]!.kind === 'mixed') && modes[i] !== 'clean';
    const put = (i: number, p: { written: string[] }) => {
      p.written.forEach((w, j) => {
        const t = toks[i + j]!;
        // In capitals as its line is, or as the word itself is (a head's issuer beside the motto, on one line).
        const out = caps?.[i + j] || (t.text.length >= 2 && t.text === t.text.toUpperCase()) ? w.toUpperCase() : w;
        const sl = this.fixed(t, this.unit(canon(w.toLowerCase())), out);
        sl.suffix = slots[i + j]!.suffix;
        slots[i + j] = sl;
      });
    };
    const capital = (t: Token) => UPPER_OR_DIGIT_FIRST.test(t.text);
    const keys = new Map<number, string>();
    const keyAt = (i: number) => {
      let k = keys.get(i);
      if (k === undefined) keys.set(i, (k = asciiKey(toks[i]!.text)));
      return k;
    };
    // Where a date line's ", ngày" is.
    const dateAt = new Set<number>();
    for (let i = 1; i + 1 < toks.length; i++) if (toks[i]!.text === ',' && keyAt(i + 1) === 'ngay') dateAt.add(i);
    for (let i = 0; i < toks.length; i++) {
      if (!isWord(i) || !capital(toks[i]!)) continue;
      // Exact keys.
      // Every word capitalised; OCR may lower a later one ("Lang son"), but not
      // right after another capitalised word ("Việt Nam định cư" is no Nam Định).
      const lowerOk = modes[i] === 'garbled' && !(isWord(i - 1) && capital(toks[i - 1]!));
      const hit = this.placeByKey
        .get(keyAt(i))
        ?.find((p) => p.keys.every((k, j) => isWord(i + j) && keyAt(i + j) === k && (lowerOk || capital(toks[i + j]!))));
      if (hit) {
        put(i, hit);
        i += hit.keys.length - 1;
        continue;
      }
      // Date line: the place ends at ", ngày".
      if (!this.channel || dateAt.size === 0) continue;
      let best: { written: string[]; keys: string[] } | undefined;
      let bestCost = Infinity;
      for (const p of this.places) {
        const k = p.keys.length;
        if (!dateAt.has(i + k)) continue;
        let c = 0;
        for (let j = 0; j < k && c < Infinity; j++) c = isWord(i + j) ? c + this.channel.readingCost(toks[i + j]!.text.toLowerCase(), p.written[j]!.toLowerCase()) : Infinity;
        if (c <= PLACE_COST * k && c < bestCost) {
          bestCost = c;
          best = p;
        }
      }
      if (best) {
        put(i, best);
        i += best.keys.length - 1;
      }
    }
  }


  /** Symbols: regain Đ in the parts that are known codes (05-QD/BCDTW -> 05-QĐ/BCĐTW).
   *  From OCR without a Vietnamese model, one letter read for Đ is also repaired (Qb, BCHTW). */
  fixCode(text: string, ocr = false): string {
    if (ocr) text = text.replace(SLASH_MISREAD, (_, n: string, year: string | undefined) => `${n}/${year ? year + '/' : ''}`);
    return text.replace(/\p{L}+/gu, (part) => this.abbreviation(part) ?? (ocr ? this.ocrCode(part) ?? (CODE_B_FOR_D.test(part) ? part.replace(CODE_B_FOR_D, 'Đ') : undefined) : undefined) ?? part);
  }

  private ocrCode(part: string): string | undefined {
    if (part.length < 2 || this.abbr.has(part.toUpperCase()) || !UPPER_FIRST.test(part)) return undefined;
    for (let i = 0; i < part.length; i++) {
      if (!READ_FOR_D.includes(part[i]!)) continue;
      const hit = this.abbr.get(asciiKey(part.slice(0, i) + 'D' + part.slice(i + 1)).toUpperCase());
      if (hit && hit.includes('Đ') && hit.length === part.length) return hit;
    }
    return undefined;
  }

  private inCodeList(toks: Token[], i: number): boolean {
    const bare = (t?: Token) => !!t && t.kind === 'word' && UPPER_RUN.test(t.text) && !ASCII_VOWEL.test(asciiKey(t.text));
    const code = (t?: Token) => bare(t) || (!!t && this.abbr.has(asciiKey(t.text).toUpperCase()));
    return bare(toks[i]) && ((toks[i - 1]?.text === ',' && code(toks[i - 2])) || (toks[i + 1]?.text === ',' && code(toks[i + 2])));
  }

  /** A known code or foreign word (the pre-passes never cut it). */
  known(w: string): boolean {
    return !!this.abbreviation(w) || this.isForeign(w);
  }

  /** Count of the most frequent syllable with this ASCII key (0 when none is attested). */
  keyCount(key: string): number {
    const ids = this.byKey(key);
    return ids.length ? this.vocab.count[ids[0]!]! : 0;
  }


  /** `ocr`: confidences of the words as the OCR read them (offsets in `text`), used with options.remarkMargin. */
  restore(text: string, ocr: Confidence[] = []): RestoreResult {
    let toks = tokenize(text);
    const mode = this.mode(toks);
    if (mode !== 'clean') {
      toks = splitSlashWords(this, splitY(this, joinSplit(this, toks, text), text));
      if (toks.some((t) => t.kind === 'word' && t.text.length >= 7 && segment(this, t))) toks = toks.flatMap((t) => (t.kind === 'word' && segment(this, t)) || [t]);
    }
    const caps = mode === 'clean' ? undefined : capsLines(toks, text);
    // Pages may differ (a text-layer page beside an old OCR page): each page with
    // enough words gets its own mode.
    const modes = new Array<Mode>(toks.length).fill(mode);
    let from = 0;
    for (let i = 0; i <= toks.length; i++) {
      if (i < toks.length && !(toks[i]!.kind === 'break' && toks[i]!.text.includes('\f'))) continue;
      const page = toks.slice(from, i);
      if (from > 0 || i < toks.length) {
        const words = page.filter((t) => t.kind === 'word' || t.kind === 'mixed').length;
        if (words >= 40) modes.fill(this.mode(page), from, i);
      }
      from = i;
    }
    const weak = this.weakWords(ocr);
    const hyphenBreak = /-[ \t]*\n/y;
    let prevKind = '';
    let lastMarker = '';
    const kept = keepForms(text, toks, (s) => this.fixCode(s, mode === 'garbled'));
    const tokSlots = toks.map((t, i) => {
      // Two capitals without a vowel in a comma list of codes ("KGVX, PL, KTTH, TH") are a code.
      if (modes[i] !== 'clean' && this.inCodeList(toks, i)) return this.fixed(t, this.unit('<x>'), this.abbreviation(t.text) ?? t.text);
      // List markers run a) b) c) d) đ) e): without marks, the "d)" after "d)" is "đ)".
      const marker = listMarker(t, toks[i + 1]);
      if (marker) {
        const isDd = marker === 'd' && lastMarker === 'd' && modes[i] !== 'clean';
        lastMarker = isDd ? 'đ' : marker;
        prevKind = 'word';
        return this.fixed(t, this.unit('<x>'), isDd ? matchCase(t.text, 'đ') : t.text);
      }
      const k = kept[i];
      if (k) {
        prevKind = k.unit === 'word' ? 'word' : t.kind;
        return this.fixed(t, this.keptUnit(k), k.out);
      }
      // "liên-\nthông": the hyphen only splits a word across lines.
      hyphenBreak.lastIndex = t.start;
      if (t.text === '-' && hyphenBreak.test(text) && toks[i + 1]?.kind === 'word' && i > 0 && toks[i - 1]!.end === t.start) {
        const sl = this.fixed(t, this.unit('-'));
        sl.skip = true;
        return sl;
      }
      // restore.slash-words: the slash between two words is read as the comma of a list ("xã/phường" as "xã, phường").
      if (t.kind === 'punct' && t.text === '/' && modes[i] !== 'clean' && toks[i - 1]?.kind === 'word' && toks[i - 1]!.end === t.start && toks[i + 1]?.kind === 'word' && toks[i + 1]!.start === t.end) {
        prevKind = ',';
        return this.fixed(t, this.unit(','));
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
      // A number's place (the day in "ngày .. tháng", the number before "/TTg-..."
      // after "Số:") holds a number the OCR garbled: no syllable is read there.
      if (modes[i] !== 'clean' && (t.kind === 'mixed' || t.kind === 'word') && this.numberPlace(toks, i)) return this.fixed(t, this.unit('<num>'));
      // The token opens its line and ends it, or small letters follow it (where "V/v" stands).
      const nx = toks[i + 1];
      // (Read only where it counts: a garbled page's capitalised token.)
      const lineHead = modes[i] === 'garbled' && UPPER_FIRST.test(t.text) && (i === 0 || text.slice(toks[i - 1]!.end, t.start).includes('\n')) && (!nx || text.slice(t.end, nx.start).includes('\n') || /^\p{Ll}/u.test(nx.text));
      const sl = this.slot(t, modes[i]!, mid, nx, toks[i - 1], weak(t), lineHead);
      // (only words the OCR wrote with a capital after the first letter, "CHi", or a lone capital: "Nơi nhận" stays)
      if (caps?.[i] && sl.decided && (t.kind === 'word' || t.kind === 'mixed') && CAPS_WRITTEN.test(t.text)) sl.caps = true;
      // restore.caps-digit-word: in a line of capitals, a digit read for a word ("NHÀ 0 CỦA" is NHÀ Ở) is written in capitals too.
      else if (caps?.[i] && t.kind === 'num' && modes[i] === 'garbled' && sl.ids.length > 1) sl.caps = true;
      // (A lone capital before it, the Y of "SỞ Y TẾ", is passed over: the word before it tells the case. A known code,
      // "theo QĐ", keeps its capitals: restore.code-keeps-caps.)
      else if (!caps?.[i] && sl.decided && modes[i] === 'garbled' && CAPITAL_PAIR.test(t.text) && !this.abbreviation(t.text) && this.amongSmall(LONE_CAPITAL.test(toks[i - 1]?.text ?? '') ? toks[i - 2] : toks[i - 1], toks[i + 1])) sl.title = true;
      // Mid-line, inside a sentence, an English OCR model writes V for v, C for c ...
      // (after a small word on the same line: not inside a name such as "Cục Chuyển đổi số").
      else if (mid && sl.decided && modes[i] === 'garbled' && SAME_SHAPE_CAPITAL.test(t.text) && LOWER_FIRST.test(toks[i - 1]!.text) && !text.slice(toks[i - 1]!.end, t.start).includes('\n')) sl.lower = true;
      // Pieces of a merged run are written apart.
      if (toks[i + 1]?.start === t.end && t.kind === 'word' && toks[i + 1]!.kind === 'word') sl.suffix = ' ';
      return sl;
    });
    markPhrases(toks, tokSlots, (i) => modes[i] === 'stripped', this.phrases, this.options.phraseBonus, (k, u) => 2 * this.vocab.count[u]! < this.vocab.count[this.vocab.byKey[k]?.[0] ?? u]!);
    if (this.places.length) this.placeNames(toks, tokSlots, modes, caps);
    this.personNames(toks, text, tokSlots, modes);
    const slots = this.spellDates(tokSlots);
    const choice = new Int32Array(slots.length);
    const conf = new Float64Array(slots.length).fill(1);
    // Alternatives only where the posterior wrote some (no empty array per token to collect).
    const alts: Array<string[] | undefined> = new Array(slots.length);
    // Decode sentence by sentence.
    const seen = slots.filter((x) => !x.skip);
    const pick = new Int32Array(seen.length);
    const sentences: Array<[number, number]> = [];
    let s = 0;
    for (let i = 0; i <= seen.length; i++) {
      const end = i === seen.length || seen[i]!.ids[0] === this.eos;
      if (!end) continue;
      if (i > s) {
        this.search.viterbi(seen, s, i, pick);
        sentences.push([s, i]);
      }
      s = i + 1;
    }
    const seenConf = new Float64Array(seen.length).fill(1);
    const seenAlts: string[][] = new Array(seen.length);
    const label = (sl: Slot, c: number) => outText(this.vocab, sl, c);
    this.posterior.run(seen, pick, seenConf, seenAlts, 0, seen.length, label);
    if (this.options.cacheWeight > 0) {
      const L = this.lm.order - 1;
      cachePass(seen, pick, seenConf, sentences, this.options, (a, b, changed) => {
        const before = pick.slice(a, b);
        this.search.viterbi(seen, a, b, pick);
        // A token's posterior reads its own emissions and the choices L either side: where neither
        // changed, the first pass's confidence and alternatives stand (the same sums, not done again).
        const moved = new Uint8Array(b - a);
        for (let i = a; i < b; i++) if (pick[i] !== before[i - a] || changed[i]) for (let j = Math.max(a, i - L); j <= Math.min(b - 1, i + L); j++) moved[j - a] = 1;
        this.posterior.run(seen, pick, seenConf, seenAlts, a, b, label, moved);
      });
    }
    for (let i = 0, k = 0; i < slots.length; i++) {
      if (slots[i]!.skip) continue;
      choice[i] = pick[k]!;
      conf[i] = seenConf[k]!;
      alts[i] = seenAlts[k];
      k++;
    }

    const edits: Edit[] = [];
    const guesses: TokenGuess[] = [];
    let delta = 0;
    for (let i = 0; i < slots.length; i++) {
      const sl = slots[i]!;
      const out = outText(this.vocab, sl, choice[i]!) + (sl.suffix ?? '');
      const start = sl.tok.start + delta;
      // The written span (a joined token "N guyen" is longer than its text).
      const before = text.slice(sl.tok.start, sl.tok.end);
      if (out !== before) {
        edits.push({ start: sl.tok.start, end: sl.tok.end, text: out });
        delta += out.length - before.length;
      }
      if (sl.decided || out !== before) {
        guesses.push({ start, end: start + out.length, before, confidence: conf[i]!, alternatives: alts[i] ?? [] });
      }
    }
    return { edits, tokens: guesses, mode };
  }




}

/** A word that splits into two syllables of three letters or more, each with a mark ("ngàyháng"). */
const ONSET_CONSONANTS = new Set(['', 'b', 'c', 'ch', 'd', 'g', 'gh', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'r', 's', 't', 'th', 'tr', 'v', 'x']);

const CODAS = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** Consonants before the first vowel, or two or more after the last, that no Vietnamese syllable has (an ASCII key
 *  in small letters): BHYT, YDCT. */
function acronymOnset(key: string): boolean {
  const onset = /^[^aeiouy]*/.exec(key)![0];
  const coda = /[^aeiouy]*$/.exec(key)![0];
  if (onset.length === key.length || /q(?!u)/.test(key)) return false;
  if (onset && /^[bcdghklmnpqrstvx]+$/.test(onset) && !ONSET_CONSONANTS.has(onset)) return true;
  return coda.length >= 2 && /^[bcdghklmnpqrstvx]+$/.test(coda) && !CODAS.has(coda);
}

function twoSyllables(w: string): boolean {
  for (let i = 3; i + 3 <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (hasMarks(a) && hasMarks(b) && parseSyllable(a) && parseSyllable(b)) return true;
  }
  return false;
}
