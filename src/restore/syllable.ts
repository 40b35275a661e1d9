// Vietnamese syllables: tone split/placement, ASCII keys, and a phonotactic check
// (onset + rhyme + tone). The check decides which corpus words may enter the
// inventory and which diacritic forms of a key are candidates at all.

/** Tone numbers: 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const TONE_OF: Record<string, number> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };

/**
 * A pure function of a string, remembered per input: the decoder asks the ones below for the same few
 * thousand words over and over, and each call normalizes and allocates. Results are shared, never
 * changed by callers. Bounded (cleared when full).
 */
function remembered<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T | null>();
  return (s) => {
    const r = seen.get(s);
    if (r !== undefined) return r === null ? (undefined as T) : r;
    if (seen.size >= 1 << 16) seen.clear();
    const v = fn(s);
    seen.set(s, v === undefined ? null : v);
    return v;
  };
}

/** Split a syllable into its toneless base (NFC, case kept) and tone number. */
export const splitTone = remembered(splitToneOnce);

function splitToneOnce(s: string): { base: string; tone: number } {
  let tone = 0;
  let out = '';
  for (const ch of s.normalize('NFD')) {
    const t = TONE_OF[ch];
    if (t !== undefined) tone = t;
    else out += ch;
  }
  return { base: out.normalize('NFC'), tone };
}

/** Lowercase ASCII key: every mark removed, đ -> d. */
export const asciiKey = remembered(asciiKeyOnce);

function asciiKeyOnce(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/** True when the string carries any Vietnamese mark (tone, hat, horn, breve, đ). */
export const hasMarks = remembered(hasMarksOnce);

function hasMarksOnce(s: string): boolean {
  return /[\u0300-\u036f]/.test(s.normalize('NFD')) || /[đĐ]/.test(s);
}

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

const PLAIN_RHYMES = `a ai ao au ay am an ang anh ap at ac ach
ăm ăn ăng ăp ăt ăc âm ân âng âp ât âc âu ây
e eo em en eng ep et ec ê êu êm ên ênh êp êt êch
i ia iu im in inh ip it ich iêu iêm iên iêng iêp iêt iêc
yêu yêm yên yêng yêt
o oi om on ong op ot oc oong ooc ô ôi ôm ôn ông ôp ôt ôc ơ ơi ơm ơn ơp ơt
u ua ui um un ung up ut uc uôi uôm uôn uông uôt uôc
ư ưa ưi ưu ưm ưn ưng ưt ưc ươi ươu ươm ươn ương ươp ươt ươc y`;
const MEDIAL_RHYMES = `oa oai oay oam oan oang oanh oap oat oac oach oao oăm oăn oăng oăt oăc
oe oeo oem oen oet uân uâng uât uây uê uên uênh uêt uêch uy uya uyu uyn uynh uyt uych uyp uyên uyêt uơ`;
// After "qu" the medial u is part of the onset: quân, quốc, quyết, quê.
const QU_RHYMES = `a ai ao ay am an ang anh ap at ac ach ăm ăn ăng ăp ăt ăc âm ân âng âp ât âc ây
e eo em en et ê ên ênh êt êch y ya yu yn ynh yt ych yên yêt ơ ôc ôn`;

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const RHYMES = new Set([...words(PLAIN_RHYMES), ...words(MEDIAL_RHYMES)]);
const QU = words(QU_RHYMES);
const FRONT = /^[ieêy]/;

function onsetAllows(onset: string, rhyme: string): boolean {
  switch (onset) {
    case 'qu':
      return QU.has(rhyme);
    case 'k':
      return /^[ieêy]/.test(rhyme);
    case 'c':
      return !FRONT.test(rhyme);
    case 'gh':
    case 'ngh':
      return /^[ieê]/.test(rhyme);
    case 'g':
      return !/^[eê]/.test(rhyme); // "gi..." (gì, gìn) parses here as g + i-rhyme
    case 'ng':
      return !/^[ieê]/.test(rhyme);
    case 'gi':
      return !/^[iy]/.test(rhyme) && RHYMES.has(rhyme);
    case '':
      return !/^iê/.test(rhyme); // written yêu, yên without an onset
    default:
      // bare onsets do not take "yê..." (that spelling needs no onset or medial u)
      return !/^yê/.test(rhyme);
  }
}

export interface Parsed {
  onset: string;
  rhyme: string;
  tone: number;
}

/** Parse a lowercase syllable; undefined when it breaks Vietnamese phonotactics. */
export const parseSyllable = remembered(parseOnce);

function parseOnce(syl: string): Parsed | undefined {
  const { base, tone } = splitTone(syl.toLowerCase());
  if (!base || base.length > 7) return undefined;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (!rhyme) continue;
    const known = onset === 'qu' ? QU.has(rhyme) : RHYMES.has(rhyme);
    if (!known || !onsetAllows(onset, rhyme)) continue;
    // Stop-final rhymes (-p -t -c -ch) take only sắc or nặng.
    if (/(p|t|c|ch)$/.test(rhyme) && tone !== 1 && tone !== 5) continue;
    return { onset, rhyme, tone };
  }
  return undefined;
}

export function isSyllable(s: string): boolean {
  return parseSyllable(s) !== undefined;
}

const MODIFIED = /[ăâêôơư]/;
const VOWELS = /[aăâeêioôơuưy]/g;

/** Put a tone on a toneless lowercase base, traditional placement (hòa, thủy, quốc). */
export function placeTone(base: string, tone: number): string {
  if (tone === 0) return base;
  let start = 0;
  if (base.startsWith('qu')) start = 2;
  else if (base.startsWith('gi') && /[aăâeêoôơuưy]/.test(base.slice(2))) start = 2;
  const idx: number[] = [];
  for (const m of base.slice(start).matchAll(VOWELS)) idx.push(start + m.index!);
  if (idx.length === 0) {
    // "gì": the i of gi carries the tone
    const i = base.lastIndexOf('i');
    return i < 0 ? base : mark(base, i, tone);
  }
  let at = idx[0]!;
  const mod = idx.filter((i) => MODIFIED.test(base[i]!));
  if (mod.length) at = mod[mod.length - 1]!;
  else if (idx.length === 3) at = idx[1]!;
  else if (idx.length === 2) {
    const hasCoda = idx[1]! < base.length - 1;
    at = hasCoda ? idx[1]! : idx[0]!;
  }
  return mark(base, at, tone);
}

function mark(base: string, i: number, tone: number): string {
  return (base.slice(0, i) + (base[i]! + TONE_MARKS[tone]).normalize('NFC') + base.slice(i + 1)).normalize('NFC');
}

/** Canonical id of a syllable: lowercase toneless base plus tone digit ("hoa2"). */
export const canon = remembered(canonOnce);

function canonOnce(s: string): string {
  const { base, tone } = splitTone(s.toLowerCase());
  return base + tone;
}

export function fromCanon(c: string): string {
  return placeTone(c.slice(0, -1), Number(c.slice(-1)));
}

/** Apply the case pattern of `like` (UPPER, Title, lower) to `s`. */
export function matchCase(like: string, s: string): string {
  const letters = like.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return s.toUpperCase();
  const first = letters[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return s[0]!.toUpperCase() + s.slice(1);
  return s;
}

/** Every phonotactically valid syllable (canonical ids). */
export function allSyllables(): string[] {
  const out: string[] = [];
  const rhymesFor = (o: string) => (o === 'qu' ? [...QU] : [...RHYMES]);
  for (const onset of ONSETS) {
    for (const r of rhymesFor(onset)) {
      for (let t = 0; t < 6; t++) {
        const s = placeTone(onset + r, t);
        if (parseSyllable(s)) out.push(canon(s));
      }
    }
  }
  return [...new Set(out)];
}
