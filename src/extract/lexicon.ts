// The extractor's word lists, kept once in dictionaries/extract/*.tsv (document
// kinds, signer titles, verbs of directives, function words, table header words,
// Kế hoạch block labels) and read once per process (loadExtractor reads them first).
import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';
import { key } from './text.js';

export interface Kind {
  /** Folded words: "thong bao ket luan". */
  key: string;
  /** The kind recorded: "Thông báo". */
  kind: string;
  /** Printed as a document's title line. */
  title: boolean;
}

export interface Lexicon {
  /** Longest first. */
  kinds: Kind[];
  /** Folded kind words as a regex alternation, longest first, words joined by any short run of white space. */
  kindPattern: string;
  /** Folded title -> title as written. */
  titles: Map<string, string>;
  /** Words a trích yếu recased from capitals keeps capitalised, with the folded words before them that keep them lower. */
  properWords: { key: string; written: string; not: string[] }[];
  /** Folded verbs an item without a subject starts with. */
  startVerbs: string[];
  /** Folded verbs that make the body before them the subject. */
  afterVerbs: string[];
  /** Folded verbs that, after a cited document's issuer, open what the document does ("phê duyệt"). */
  topicVerbs: string[];
  /** Folded verbs that assign to the body after them. */
  assignVerbs: string[];
  /** Folded verbs a period ("định kỳ", "hằng năm") may stand before as an adverb: the start verbs and the "again" ones. */
  againVerbs: string[];
  /** Every verb as written (lower case, NFC): "giao" is a verb, "giáo" in "Ban Tuyên giáo" is not. */
  verbsWritten: Set<string>;
  /** Folded function words. */
  stopwords: Set<string>;
  /** The same, as written (lower case): "sở" is not "số". */
  stopwordsWritten: Set<string>;
  /** Words of mood between a subject and its verb, as written (lower case), longest first (dictionaries/extract/modals.tsv): "cần", "sẽ". */
  modalsWritten: string[];
  /** Table column role -> folded header words, in order. */
  tableHeaders: [string, string[]][];
  /** Kế hoạch block label role -> folded labels, in order. */
  planLabels: [string, string[]][];
  /** Folded titles of sections whose points are no tasks (dictionaries/extract/section-titles.tsv). */
  noTaskTitles: string[];
  /** Folded words that open an explanation, and consequence words after which the action starts (dictionaries/extract/explanations.tsv). */
  explanation: { openers: string[]; findings: string[]; consequences: string[] };
  /** Markers of what was done (as written, lower case) and folded words that ask (dictionaries/extract/reports.tsv). */
  doneReport: { openers: string[]; past: string[]; asking: string[]; notes: string[]; asides: string[]; directives: string[]; focus: string[]; approval: string[]; frame: string[]; fields: string[]; accountable: string[] };
  /** Abbreviations of body names and their full form. */
  abbreviations: [RegExp, string][];
  /** Folded names of laws, codes and ordinances cited by name ("luat dat dai"; dictionaries/extract/laws.tsv). */
  laws: Set<string>;
  /** The same names as written, lower case, by folded name ("luat gia" -> "luật giá"). */
  lawsWritten: Map<string, string>;
  /** Agency-list word lists by name (collective, modifier, qualifier, head, title, stop): folded phrases as word arrays. */
  agencyWords: Map<string, string[][]>;
  /** Folded words that open a letter's body right after its addressee (dictionaries/extract/body-openers.tsv). */
  bodyOpeners: string[];
  /** Folded labels of an addressee's particulars ("ma so thue", "dia chi"), address-labels.tsv. */
  addressLabels: string[];
  /** Folded surname -> surname as written ("nguyen" -> "Nguyễn"). */
  surnames: Map<string, string>;
  /** Ranks, degrees and honours printed before a signer's name, lower case, no space after a full stop, longest first
   *  (dictionaries/extract/name-prefixes.tsv): "thiếu tướng", "pgs.ts.". */
  namePrefixes: string[];
  /** Folded head words of Party units, and whether the unit is an organ named bare without its place
   *  (dictionaries/extract/party-heads.tsv): ["tinh uy", true], ["ban thuong vu", false]. */
  partyHeads: [string, boolean][];
  /** Head words of an issuing unit under its parent, folded and as written, longest first, and whether it is an organ
   *  named with its parent (dictionaries/extract/issuer-units.tsv). */
  issuerUnits: { key: string; written: string; organ: boolean; alone: boolean }[];
  /** Collective nouns of two or more words as written, with their folded words (dictionaries/extract/collective-forms.tsv). */
  collectiveForms: { text: string; keys: string[] }[];
  /** Folded words after "được" that grant a power, not a duty (dictionaries/extract/grants.tsv). */
  grants: string[];
  /** Folded names of committees a decision sets up (dictionaries/extract/committees.tsv). */
  committees: string[];
  /** Formulas as written whose marks the OCR misreads, with their folded words (dictionaries/extract/formulas.tsv). */
  formulas: { text: string; key: string }[];
  /** Marks written before a name that make him a deputy, as written (dictionaries/extract/deputy-marks.tsv). */
  deputyMarks: string[];
}

const WS = '[ \\t\\r\\n]{1,3}';

function rows(file: string): string[][] {
  const path = packagePath('dictionaries', 'extract', file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`extractor lexicon ${path} cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.replace(/\r$/, '').split('\t'));
}

/** A folded phrase as a pattern: its words joined by white space. */
export function phrase(words: string): string {
  return key(words).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(WS);
}

/** A name prefix as compared: lower case, NFC, no space after a full stop, single spaces. */
export function namePrefixForm(s: string): string {
  return s.trim().normalize('NFC').toLocaleLowerCase('vi').replace(/\.\s+/g, '.').replace(/\s+/g, ' ');
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const kinds = rows('kinds.tsv')
    .map(([w, k, t]) => ({ key: key(w!), kind: (k || w)!.trim(), title: (t ?? '').trim() === 'y' }))
    .sort((a, b) => b.key.length - a.key.length);
  const verbs = rows('verbs.tsv').map(([v, uses]) => ({ v: key(v!), uses: (uses ?? '').split(',').map((u) => u.trim()) }));
  const roles = (file: string) => rows(file).map(([role, words]) => [role!.trim(), words!.split('|').map((w) => w.trim()).filter(Boolean)] as [string, string[]]);
  cached = {
    kinds,
    kindPattern: kinds.map((k) => phrase(k.key)).join('|'),
    titles: new Map(rows('titles.tsv').map(([t]) => [key(t!), t!.trim()])),
    properWords: rows('proper-words.tsv')
      .map(([w, not]) => ({ key: key(w!), written: w!.trim(), not: (not ?? '').split('|').map((x) => key(x)).filter(Boolean) }))
      .sort((a, b) => b.key.length - a.key.length),
    startVerbs: [...new Set(verbs.filter((v) => v.uses.includes('start')).map((v) => v.v))],
    afterVerbs: [...new Set(verbs.filter((v) => v.uses.includes('after')).map((v) => v.v))],
    againVerbs: [...new Set(verbs.filter((v) => v.uses.includes('start') || v.uses.includes('again')).map((v) => v.v))],
    assignVerbs: [...new Set(verbs.filter((v) => v.uses.includes('assign')).map((v) => v.v))],
    topicVerbs: [...new Set(verbs.filter((v) => v.uses.includes('topic')).map((v) => v.v))],
    verbsWritten: new Set(rows('verbs.tsv').filter(([, u]) => (u ?? '').trim() !== 'topic').map(([v]) => v!.trim().normalize('NFC').toLowerCase())),
    stopwords: new Set(rows('stopwords.tsv').map(([w]) => key(w!))),
    stopwordsWritten: new Set(rows('stopwords.tsv').map(([w]) => w!.trim().normalize('NFC').toLowerCase())),
    modalsWritten: rows('modals.tsv').map(([w]) => w!.trim().normalize('NFC').toLowerCase()).sort((a, b) => b.length - a.length),
    tableHeaders: roles('table-headers.tsv'),
    planLabels: roles('plan-labels.tsv'),
    noTaskTitles: roles('section-titles.tsv').find(([r]) => r === 'no-tasks')?.[1].map((t) => key(t)) ?? [],
    explanation: {
      openers: roles('explanations.tsv').find(([r]) => r === 'opener')?.[1].map((t) => key(t)) ?? [],
      findings: roles('explanations.tsv').find(([r]) => r === 'finding')?.[1].map((t) => key(t)) ?? [],
      consequences: roles('explanations.tsv').find(([r]) => r === 'consequence')?.[1].map((t) => key(t)) ?? [],
    },
    doneReport: {
      openers: roles('reports.tsv').find(([r]) => r === 'opener')?.[1].map((t) => key(t)) ?? [],
      past: roles('reports.tsv').find(([r]) => r === 'past')?.[1].map((t) => t.normalize('NFC').toLowerCase()) ?? [],
      notes: roles('reports.tsv').find(([r]) => r === 'note')?.[1].map((t) => key(t)) ?? [],
      asking: roles('reports.tsv').find(([r]) => r === 'asking')?.[1].map((t) => key(t)) ?? [],
      asides: roles('reports.tsv').find(([r]) => r === 'aside')?.[1].map((t) => key(t)) ?? [],
      directives: roles('reports.tsv').find(([r]) => r === 'directive')?.[1].map((t) => key(t)) ?? [],
      focus: roles('reports.tsv').find(([r]) => r === 'focus')?.[1].map((t) => key(t)) ?? [],
      approval: roles('reports.tsv').find(([r]) => r === 'approval')?.[1].map((t) => key(t)) ?? [],
      frame: roles('reports.tsv').find(([r]) => r === 'frame')?.[1].map((t) => key(t)) ?? [],
      fields: roles('reports.tsv').find(([r]) => r === 'fields')?.[1].map((t) => key(t)) ?? [],
      accountable: roles('reports.tsv').find(([r]) => r === 'accountable')?.[1].map((t) => key(t)) ?? [],
    },
    abbreviations: rows('abbreviations.tsv').map(([a, full]) => [new RegExp(`(?<![\\p{L}])${a!.trim()}(?![\\p{L}])`, 'gu'), full!.trim()]),
    agencyWords: new Map(roles('agency-words.tsv').map(([list, ps]) => [list, ps.map((p) => p.split(' '))])),
    laws: new Set(rows('laws.tsv').map(([n]) => key(n!))),
    lawsWritten: new Map(rows('laws.tsv').map(([n]) => [key(n!), n!.trim().normalize('NFC').toLowerCase()])),
    bodyOpeners: rows('body-openers.tsv').map(([w]) => key(w!)).filter(Boolean),
    addressLabels: rows('address-labels.tsv').map(([w]) => key(w!)).filter(Boolean),
    surnames: new Map(rows('surnames.tsv').map(([n]) => [key(n!), n!.trim().normalize('NFC')])),
    issuerUnits: rows('issuer-units.tsv').map(([h, organ]) => ({ key: key(h!), written: h!.trim().normalize('NFC'), organ: (organ ?? '').trim().startsWith('organ'), alone: (organ ?? '').trim() === 'organ-alone' })).sort((a, b) => b.key.length - a.key.length),
    partyHeads: rows('party-heads.tsv').map(([h, organ]) => [key(h!), (organ ?? '').trim() === 'organ'] as [string, boolean]).sort((a, b) => b[0].length - a[0].length),
    namePrefixes: rows('name-prefixes.tsv').map(([p]) => namePrefixForm(p!)).filter(Boolean).sort((a, b) => b.length - a.length),
    deputyMarks: rows('deputy-marks.tsv').map(([t]) => t!.trim()).filter(Boolean),
    collectiveForms: rows('collective-forms.tsv').map(([t]) => ({ text: t!.trim().normalize('NFC'), keys: key(t!).split(' ') })).filter((x) => x.keys.length > 1),
    grants: rows('grants.tsv').map(([w]) => key(w!)).filter(Boolean),
    committees: rows('committees.tsv').map(([w]) => key(w!)).filter(Boolean),
    formulas: rows('formulas.tsv').map(([t]) => ({ text: t!.trim().normalize('NFC'), key: key(t!) })).filter((x) => x.key),
  };
  return cached;
}

/** The kind recorded for folded kind words ("thong bao ket luan" -> "Thông báo"). */
export function kindOf(lex: Lexicon, words: string): string | undefined {
  const k = words.replace(/[ \t\r\n]+/g, ' ');
  return lex.kinds.find((x) => x.key === k)?.kind;
}

/** A body name with its abbreviations written in full: "Đảng ủy UBND tỉnh" -> "Đảng ủy Ủy ban nhân dân tỉnh". */
export function inFull(name: string): string {
  let out = name;
  for (const [re, full] of lexicon().abbreviations) out = out.replace(re, full);
  return out;
}
