// Cited documents: every number/symbol in the text with its kind (from the
// words before it, else from the symbol's type code), date ("ngày 24/9/2025")
// and issuer ("của Thủ tướng Chính phủ", or "của Sở X tại Văn bản số ...").
// One record per distinct number, in order of first mention.
import type { Span } from '../layer.js';
import type { Reference } from '../schema.js';
import { agencyAt } from './agencies.js';
import type { Gazetteer } from './gazetteer.js';
import { inFull, kindOf, lexicon } from './lexicon.js';
import { RE_SYMBOL, sameSymbol, type SymbolFixer, type SymbolMatch } from './symbols.js';
import { clean, isoDate, key, tokens, upperFirst } from './text.js';

// Built once from the kinds lexicon: the issuer rules try them on every reference.
let reByKind: RegExp | undefined, reHasKind: RegExp | undefined, reBracketKind: RegExp | undefined;
const RE_BY_KIND = () => (reByKind ??= new RegExp(`^[ \\t\\r\\n]{1,3}(?:phe[ \\t\\r\\n]{1,3}duyet|ban[ \\t\\r\\n]{1,3}hanh|chi[ \\t\\r\\n]{1,3}dao|giao|huong[ \\t\\r\\n]{1,3}dan|chuyen(?:[ \\t\\r\\n]{1,3}den)?)[ \\t\\r\\n]{1,3}(?:theo|tai)[ \\t\\r\\n]{1,3}(?:${lexicon().kindPattern})[ \\t\\r\\n]{1,3}(?:so|s[o6b])?[ \\t\\r\\n]{0,3}$`));
const RE_HAS_KIND = () => (reHasKind ??= new RegExp(`(?:^|[.;,:()])[ \\t\\r\\n]*(?:ngay[ \\t\\r\\n]{1,3}\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4},?[ \\t\\r\\n]{1,3})?(?:(?:sau[ \\t\\r\\n]{1,3})?khi[ \\t\\r\\n]{1,3})?([^.;,:()\\s](?:[^.;,:()]|\\([^.;:()]{0,80}\\)){1,160}?)[ \\t\\r\\n]{1,3}(?:da[ \\t\\r\\n]{1,3})?(?:co|ban[ \\t\\r\\n]{1,3}hanh|thong[ \\t\\r\\n]{1,3}qua)[ \\t\\r\\n]{1,3}(?:${lexicon().kindPattern})(?:[ \\t\\r\\n]{1,3}(?:so|s[o6b])?|[ \\t\\r\\n]{1,3}[^.;,:()\\d\\n]{2,60}?[ \\t\\r\\n]{1,3}(?:so|s[o6b]))[ \\t\\r\\n]{0,3}$`));
const RE_BRACKET_KIND = () => (reBracketKind ??= new RegExp(`^[ \\t\\r\\n]{0,3}\\([ \\t\\r\\n]{0,3}(?:${lexicon().kindPattern})[ \\t\\r\\n]{1,3}(?:so|s[o6b])?[ \\t\\r\\n]{0,3}$`));

// Kind words come from the lexicon (dictionaries/extract/kinds.tsv), longest first.
let reKind: RegExp | undefined;
const RE_KIND = () => (reKind ??= new RegExp(`(?<![a-z])(${lexicon().kindPattern})(?![a-z])`, 'g'));
// From the kind word to the number: a name of a few words and "số", no clause break.
// A narrow column may wrap the name once ("Luật Tổ chức chính" / "quyền địa phương số ...").
const RE_GAP = /^(?=[^]{0,72}$)[^,;:.()\n]*(?:\n[^,;:.()\n]*)?$/;

const WS = '[ \\t\\r\\n]';
// "ngày 24/9/2025", "ngày 24 tháng 9 năm 2025": groups day, then month and year of either form.
const DAY = `ng[a-z]y${WS}{1,3}(\\d{1,2})(?:${WS}{0,2}[/.-]${WS}{0,2}(\\d{1,2})${WS}{0,2}[/.-]${WS}{0,2}(\\d{4})|${WS}{1,3}th[a-z]{2,3}g${WS}{1,3}(\\d{1,2})${WS}{1,3}n[a-z]m${WS}{1,3}(\\d{4}))`;
const RE_DATE_AFTER = new RegExp(`^${WS}{0,3}[,(]?${WS}{0,3}${DAY}\\)?`);
const RE_CUA = new RegExp(`^${WS}{0,3}[,)]?${WS}{0,3}c[u]a${WS}{1,3}`);
// (reference.issuer-title-pair: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", one person holding both.)
const TITLES = ['bo truong , chu nhiem', 'bo truong', 'thu truong', 'chu tich', 'tong bi thu', 'giam doc', 'chanh van phong', 'pho thu tuong', 'truong ban', 'pho chu tich', 'truong', 'thuong truc'];

export interface RefContext {
  text: string;
  folded: string;
  gaz: Gazetteer;
  fixer: SymbolFixer;
  /** The document's own number: not a reference. */
  own?: string | null;
  /** Spans not to read (the header number). */
  skip?: Span[];
  /** The document's own issuer, as the header names it. */
  ownIssuer?: string | null;
}

/**
 * reference.issuer-own-city: "của UBND Thành phố", "của Ủy ban nhân dân Tỉnh" in a document of a city's or province's People's
 * Committee or Council: the level word written with a capital stands for the place's name (Nghị định 30/2020, Phụ lục II), so
 * the body is that of the document's own place. Written in lower case ("UBND tỉnh") it is kept as printed.
 */
function ownPlaceBody(issuer: string, own: string | null | undefined): string {
  const m = /^(Ủy ban nhân dân|Hội đồng nhân dân|Thành ủy|Tỉnh ủy) (Thành phố|Tỉnh)$/u.exec(issuer);
  const o = own ? /^(?:Ủy ban nhân dân|Hội đồng nhân dân) (thành phố|tỉnh) (\p{Lu}.*)$/iu.exec(own) : null;
  if (!m || !o || o[1]!.toLowerCase() !== m[2]!.toLowerCase()) return issuer;
  return `${m[1]} ${m[2]!.toLowerCase()} ${o[2]}`;
}

/** "Ban Chỉ đạo Trung ương về ... (gọi tắt là Ban Chỉ đạo)": short names the text defines, to the name it shortens (OCR: "gọi it 13"). */
function shortNames(c: RefContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of c.folded.matchAll(/\((?:sau[ \t\r\n]{1,3}day[ \t\r\n]{1,3})?goi[ \t\r\n]{1,3}(?:tat|chung|[a-z0-9]{1,3})[ \t\r\n]{1,3}(?:la|[a-z0-9]{1,2})[ \t\r\n]{1,3}([^)]{2,60})\)/g)) {
    const short = m[1]!.replace(/[ \t\r\n]+/g, ' ').trim();
    // The short name's words as written, brackets and all ("đường (phố"): escaped, not read as a pattern.
    const head = short.split(' ').slice(0, 3).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\t\\r\\n]{1,3}');
    const back = c.folded.slice(Math.max(0, m.index - 300), m.index);
    let last = -1;
    for (const h of back.matchAll(new RegExp(`(?<![a-z])${head}(?![a-z])`, 'g'))) last = h.index;
    if (last < 0) continue;
    const a = agencyPhrase(c, Math.max(0, m.index - 300) + last);
    // Named as the issuers elsewhere are: up to its topic ("Ban Chỉ đạo Trung ương" [về phát triển ...]).
    const name = a?.name.replace(/\s+về\s[\s\S]*$/u, '');
    if (name && key(name) !== short) out.set(short, name);
  }
  return out;
}

export function findReferences(c: RefContext): Reference[] {
  const refs: Reference[] = [];
  // References whose kind the text said in words (not guessed from the symbol).
  const saidKind = new Set<Reference>();
  const short = shortNames(c);
  // "Nghị quyết số A, ngày ... và Nghị quyết số B, ngày ... của <issuer>": one issuer for both.
  let pending: { ref: Reference; end: number } | undefined;
  // The last reference whose issuer was said before it ("của X tại ..."), where it ends.
  let listed: { issuer: string; end: number } | undefined;
  // "các Công điện số A, B, C và D ngày ...": numbers listed bare (no kind, no date between them) share the date said after
  // the last; the run of such references so far, and where the last ends.
  let run: { refs: Reference[]; end: number } | undefined;
  // The last document whose kind was said in words, and where its mention (number and date) ends.
  let lastSaid: { type: string; end: number } | undefined;
  for (const sym of citations(c)) {
    if (c.skip?.some((s) => sym.start < s.end && s.start < sym.end)) continue;
    if (c.own && sameSymbol(sym.number, c.own)) continue;
    const span = { start: sym.start, end: sym.end };
    const back = c.folded.slice(Math.max(0, sym.start - 90), sym.start);
    // reference.form-template: "theo mẫu số 02/PĐK", "Mẫu 05/BBKT của Quy chế": the form of a record to fill, not a document.
    if (/(?<![a-z])mau[ \t\r\n]{0,3}(?:so[ \t\r\n]{0,3})?$/.test(back)) continue;
    // Bare in a list after the one before: its date, when said, is theirs too.
    const inRun = run && /^[ \t\r\n]{0,3}(?:,|va|,[ \t\r\n]{0,3}va)[ \t\r\n]{0,3}$/.test(c.folded.slice(run.end, sym.start)) ? run : undefined;
    // (reference.number-list: the kind said before the first number of "các văn bản số A, B và C/X" is each one's.)
    // (reference.kind-list: "văn bản số A ngày ..., số B ngày ...": a number said bare after a comma or "và" is of the kind
    // said before the one it follows.)
    // A symbol's type code of another kind wins over the list's, unless the list's is "văn bản" (any kind).
    const coded = sym.typeCode ? c.gaz.typeOfCode(sym.typeCode) : undefined;
    const listedKind = lastSaid && RE_NEXT_NUMBER.test(c.folded.slice(lastSaid.end, sym.start)) && (!coded || coded === lastSaid.type || lastSaid.type === 'Văn bản') ? lastSaid.type : null;
    const saidHere = kindBefore(back) ?? (inRun?.refs[0]?.rule === 'reference.number-list' && saidKind.has(inRun.refs[0]) ? inRun.refs[0].type : null);
    const said = saidHere ?? listedKind;
    // A standard is of its own kind whatever words stand before it ("theo quy định ... và QCVN ...").
    const kind = (sym.rule === 'reference.standard' ? c.gaz.typeOfCode(sym.typeCode!) : undefined) ?? said ?? (sym.typeCode ? c.gaz.typeOfCode(sym.typeCode) ?? null : null) ?? (sym.codes.length ? 'Công văn' : null);
    const dm = RE_DATE_AFTER.exec(c.folded.slice(sym.end, sym.end + 40));
    let date: string | null = null;
    let after = sym.end;
    if (dm) {
      date = isoDate(Number(dm[3] ?? dm[5]), Number(dm[2] ?? dm[4]), Number(dm[1]));
      after += dm[0].length;
    }
    date ??= dateBefore(c, sym.start);
    lastSaid = said ? { type: said, end: after } : undefined;
    const joint = /liên tịch/u.test(kind ?? '') || sym.codes.some((x) => /^(?:TTLT|NQLT|CTLT|KHLT)$/u.test(x));
    const said1 = issuerAfter(c, after, joint);
    const before = said1 ? null : issuerBefore(c, sym.start, joint);
    let issuer = said1 ?? before;
    // "của <body> tại Thông tư số A ngày ..., Thông tư số B ngày ... và Thông tư số C": the issuer said
    // before the list is each one's.
    if (!issuer && listed && new RegExp(`^[ \\t\\r\\n]{0,3}(?:,|;|va)[ \\t\\r\\n]{1,3}(?:${lexicon().kindPattern})[ \\t\\r\\n]{1,3}(?:so|s[o6b])?[ \\t\\r\\n]{0,3}$`).test(c.folded.slice(listed.end, sym.start))) issuer = listed.issuer;
    // reference.issuer-listed-topic: "của X tại Công văn số A ngày ... về việc <topic> và Công văn số B": the topic of the first
    // does not end the list, "và" goes on with X's documents.
    if (!issuer && listed && RE_LISTED_TOPIC().test(c.folded.slice(listed.end, sym.start))) issuer = listed.issuer;
    issuer ??= groupIssuer(c, sym.start, said ?? null);
    if (issuer) issuer = ownPlaceBody(inFull(short.get(key(issuer)) ?? issuer), c.ownIssuer);
    if (pending && said1 && issuer && sym.start - pending.end < 90) pending.ref.issuer ??= issuer;
    // (A listed number goes on with the list: the document before it still waits for the issuer said after the last.)
    if (sym.rule !== 'reference.number-list') pending = undefined;
    // (reference.issuer-list-comma: "Thông tư số A ngày ..., Quyết định số B ngày ... của X": a comma joins the list as "và" does.)
    const joined = !issuer && /^[ \t\r\n]{0,3}(?:,?[ \t\r\n]{0,3}va[ \t\r\n]|,[ \t\r\n]{0,3}\p{L})/u.test(c.folded.slice(after, after + 8));
    if (inRun && date) for (const r of inRun.refs) r.date ??= date;
    // (reference.number-list: and the issuer said after the last, "các văn bản số A, B và C/X ngày ... của Bộ Y".)
    if (inRun && issuer && sym.rule !== 'reference.number-list') for (const r of inRun.refs) if (r.rule === 'reference.number-list') r.issuer ??= issuer;
    const known = refs.find((r) => sameSymbol(r.number, sym.number));
    if (known) {
      known.mentions!.push(span);
      if (joined && !known.issuer) pending = { ref: known, end: after };
      known.date ??= date;
      known.issuer ??= issuer;
      if (said && !saidKind.has(known)) {
        known.type = said;
        known.rule = 'reference.kind-said';
        saidKind.add(known);
      }
      continue;
    }
    listed = issuer && (before || listed?.issuer === issuer) ? { issuer, end: after } : undefined;
    const rule = sym.rule ?? (saidHere ? 'reference.kind-said' : said ? 'reference.kind-list' : sym.typeCode ? 'reference.kind-code' : 'reference.kind-default');
    const ref: Reference = { number: sym.number, type: kind, date, issuer, span, mentions: [span], rule };
    if (said) saidKind.add(ref);
    refs.push(ref);
    run = !date && !issuer ? { refs: [...(inRun?.refs ?? []), ref], end: after } : undefined;
    if (joined && sym.rule !== 'reference.number-list') pending = { ref, end: after };
  }
  return refs;
}

type Citation = SymbolMatch & { rule?: string };

// ", số " / " và số " between two numbers: the second goes on the list of the first.
const RE_NEXT_NUMBER = /^[ \t\r\n]{0,3}(?:,|;|va|,[ \t\r\n]{0,3}va)[ \t\r\n]{1,3}(?:so|s[o6b])[ \t\r\n]{0,3}$/;

// "QCVN nn:yyyy/CODE", "TCVN nnnn:yyyy": national technical regulations and standards, numbered by year after a colon.
const RE_STANDARD = /(?<![a-z])(qcvn|tcvn)[ \t]{0,2}(?:\r?\n[ \t]{0,8})?(\d{1,4}(?:-\d{1,4})?)[ \t]{0,2}:[ \t]{0,2}(\d{4})(?:[ \t]{0,2}\/[ \t]{0,2}(?:\r?\n[ \t]{0,8})?([a-z][a-z0-9]{0,10}))?(?![a-z0-9])/g;
// "tại Văn bản số 12 ngày dd/mm/yyyy": a number without a symbol, cited with its kind and date.
let reBare: RegExp | undefined;
const RE_BARE = () => (reBare ??= new RegExp(`(?<![a-z])(?:${lexicon().kindPattern})[ \\t\\r\\n]{1,3}so[ \\t]{1,3}(\\d{1,5})(?=[ \\t]{0,2},?[ \\t\\r\\n]{1,3}ngay[ \\t]{1,3}\\d)`, 'g'));

/** Every cited number in the text, in order: symbols, standards, and bare numbers said with a kind and a date. */
function citations(c: RefContext): Citation[] {
  const out: Citation[] = [];
  for (const m of c.folded.matchAll(RE_SYMBOL)) {
    const sym = c.fixer.parse(c.text, m);
    if (!sym) continue;
    out.push(...listedNumbers(c, sym));
    out.push(sym);
  }
  for (const m of c.folded.matchAll(RE_STANDARD)) {
    const code = m[4] ? c.text.slice(m.index + m[0].length - m[4].length, m.index + m[0].length) : '';
    const kind = m[1]!.toUpperCase();
    out.push({ start: m.index, end: m.index + m[0].length, number: `${kind} ${m[2]}:${m[3]}${code ? `/${c.fixer.code(code)}` : ''}`, codes: code ? [code] : [], typeCode: kind, rule: 'reference.standard' });
  }
  for (const m of c.folded.matchAll(RE_BARE())) {
    const start = m.index + m[0].length - m[1]!.length;
    if (out.some((x) => x.start <= start && start < x.end)) continue;
    out.push({ start, end: start + m[1]!.length, number: m[1]!, codes: [], typeCode: null, rule: 'reference.bare-number' });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "số 101, 102 và " right before a symbol's number: bare numbers listed before it, which share its symbol.
const RE_LISTED = /(?<![a-z])so[ \t]{1,3}(\d{1,5}(?:[ \t]{0,2},[ \t]{0,2}\d{1,5}){0,12})[ \t]{0,2}(?:,[ \t]{0,2}|,?[ \t]{1,3}va[ \t]{1,3})$/;

/** reference.number-list: "các văn bản số 101, 102 và 103/BYT-DP": each number before the symbol is a document of the same
 *  symbol ("101/BYT-DP", "102/BYT-DP"), cited in the same words. */
function listedNumbers(c: RefContext, sym: SymbolMatch): Citation[] {
  const m = RE_LISTED.exec(c.folded.slice(Math.max(0, sym.start - 120), sym.start));
  const own = /^\d+/.exec(sym.number);
  if (!m || !own) return [];
  const suffix = sym.number.slice(own[0].length);
  const base = sym.start - m[0].length + m[0].indexOf(m[1]!);
  return [...m[1]!.matchAll(/\d+/g)].map((d) => ({ start: base + d.index, end: base + d.index + d[0].length, number: `${d[0]}${suffix}`, codes: sym.codes, typeCode: sym.typeCode, rule: 'reference.number-list' }));
}

function kindBefore(back: string): string | null {
  let best: string | null = null;
  for (const m of back.matchAll(RE_KIND())) {
    const rest = back.slice(m.index + m[0].length);
    // The number may stand on the next line ("Luật X số" / "nn/yyyy/QHnn").
    if (RE_GAP.test(rest.replace(/[ \t\r\n]+$/, '')) && /(?:^|[^a-z])(?:so|s[o6b])?[ \t\r\n]{0,3}$/.test(rest)) best = kindOf(lexicon(), m[1]!) ?? best;
  }
  return best;
}

/** "của [<title>] <body>" right after the number or its date. */
function issuerAfter(c: RefContext, at: number, joint = false): string | null {
  const m = RE_CUA.exec(c.folded.slice(at, at + 20));
  if (!m) return byAfter(c, at);
  const from = at + m[0].length;
  // (reference.issuer-joint-document: "của liên Bộ A - Bộ B", written so before the bodies of a joint document.)
  const lien = joint ? /^lien[ \t\r\n]{1,3}(?=bo|nganh|so)/.exec(c.folded.slice(from, from + 12)) : null;
  const a = agencyPhrase(c, from + (lien?.[0].length ?? 0));
  if (!a) return null;
  // reference.issuer-joint-document: a joint document (Thông tư liên tịch, "TTLT-BX-BY") is made by every body listed after
  // "của", joined by commas, "và" or dashes ("của Bộ A, Bộ B", "của Chính phủ và Ủy ban X", "của liên Bộ A - Bộ B"), as written.
  if (joint) {
    let end = a.end;
    let n = 1;
    for (;;) {
      const sep = /^(?:[ \t]{0,2},|[ \t\r\n]{1,3}(?:va|-|–))[ \t\r\n]{1,3}/.exec(c.folded.slice(end, end + 8));
      const b = sep ? agencyPhrase(c, end + sep[0].length) : undefined;
      if (!b) break;
      end = b.end;
      n++;
    }
    if (n > 1 || lien) {
      const written = clean(c.text.slice(from, end));
      return lien ? written : upperFirst(written);
    }
  }
  // reference.issuer-next: "tại Thông báo số A ngày ..., của Ban Bí thư tại Văn bản số B": after a comma, "của X tại <kind>"
  // opens the next document.
  if (m[0].includes(',') && RE_TAI_NEXT().test(c.folded.slice(a.end, a.end + 40))) return null;
  // "của Bộ Chính trị, Ban Bí thư": central Party organs that made it together.
  const sep = /^(?:,|[ \t\r\n]{1,3}va)[ \t\r\n]{1,3}/.exec(c.folded.slice(a.end, a.end + 8));
  const b = sep ? agencyPhrase(c, a.end + sep[0].length) : undefined;
  // reference.issuer-joint-ministries: "của Bộ X và Bộ Y" (a joint circular, "TTLT-BX-BY"): two ministries joined by "và" made it together.
  const both = !!b && sep![0].includes('va') && ministry(c, a.name) && ministry(c, b.name);
  return b && ((centralParty(c, a.name) && centralParty(c, b.name)) || both) ? c.text.slice(at + m[0].length, b.end).replace(/^\s*\p{Ll}/u, (x) => x.toUpperCase()).replace(/\s+/g, ' ') : a.name;
}

/** reference.issuer-by-after: "Kế hoạch số A ngày ... do Ủy ban nhân dân huyện X ban hành", "..., được Bộ Y phê duyệt": the
 *  body said after the number with "do"/"được" and the verb of making it. */
function byAfter(c: RefContext, at: number): string | null {
  const m = /^[ \t\r\n]{0,3},?[ \t\r\n]{0,3}(?:do|duoc)[ \t\r\n]{1,3}/.exec(c.folded.slice(at, at + 20));
  const a = m ? agencyPhrase(c, at + m[0].length) : undefined;
  if (!a || !/^[ \t\r\n]{1,3}(?:ban[ \t\r\n]hanh|phe[ \t\r\n]duyet|ky|cong[ \t\r\n]bo|phat[ \t\r\n]hanh)(?![a-z])/.test(c.folded.slice(a.end, a.end + 20))) return null;
  return a.name;
}

/** reference.issuer-joint-ministries: a ministry or ministry-level body the gazetteer knows. */
function ministry(c: RefContext, name: string): boolean {
  const k = c.gaz.lookup(name)?.kind;
  return k === 'ministry' || k === 'ministry-level';
}

/** reference.issuer-joint: a central Party organ (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương), which may issue with another. */
function centralParty(c: RefContext, name: string): boolean {
  const e = c.gaz.lookup(name);
  return e?.kind === 'party' && e.level === 'central';
}

/** "của <body> tại Văn bản số ...": the issuer said before. */
function issuerBefore(c: RefContext, numStart: number, joint = false): string | null {
  return issuerSaidBefore(c, numStart, joint) ?? listedBefore(c, numStart) ?? ministriesBefore(c, numStart) ?? issuerInName(c, numStart);
}

/**
 * reference.issuer-in-name: "báo cáo thẩm định của Sở X số 12/BC-SX", "hướng dẫn của Sở Y số 34/HD": the issuer said between
 * the kind and the number, after "của", up to "số". reference.issuer-joint-sectors: "Kết luận liên ngành tư pháp Trung ương
 * số ...", "hướng dẫn của liên sở A - B số ...": the sectors that made it together, named there with or without "của", as
 * written.
 */
function issuerInName(c: RefContext, numStart: number): string | null {
  const from = Math.max(0, numStart - 90);
  const back = c.folded.slice(from, numStart);
  const tail = /[ \t\r\n]{1,3}(?:so|s[o6b])[ \t\r\n]{0,3}$/.exec(back);
  if (!tail) return null;
  const nameEnd = from + tail.index;
  let found: string | null = null;
  for (const m of back.matchAll(RE_KIND())) {
    const rest = back.slice(m.index + m[0].length);
    if (!RE_GAP.test(rest.replace(/[ \t\r\n]+$/, ''))) continue;
    const joint = /^[ \t\r\n]{1,3}(?:cua[ \t\r\n]{1,3})?(?=lien[ \t\r\n]{1,3}(?:bo|so|nganh)[ \t\r\n])/.exec(rest);
    const of = joint ?? /^[ \t\r\n]{1,3}(?:[a-z]+[ \t\r\n]{1,3}){0,3}?cua[ \t\r\n]{1,3}/.exec(rest);
    if (!of) continue;
    const at = from + m.index + m[0].length + of[0].length;
    if (nameEnd - at < 2) continue;
    const a = joint ? undefined : agencyPhrase(c, at);
    found = joint || (a && a.end >= nameEnd) ? clean(c.text.slice(at, nameEnd)) : null;
    if (found && !joint) found = knownMarks(c, upperFirst(found));
  }
  return found;
}

/**
 * reference.issuer-ministries: "ý kiến của các Bộ: Tài chính (Công văn số ...), Xây dựng (Công văn số ...), Ban X (Công văn số
 * ...)": a list of ministries named without "Bộ", each with its document in brackets; an item that names a body keeps its name.
 */
function ministriesBefore(c: RefContext, numStart: number): string | null {
  const from = Math.max(0, numStart - 400);
  const back = c.folded.slice(from, numStart);
  const open = [...back.matchAll(/(?<![a-z])cac[ \t\r\n]{1,3}bo[ \t\r\n]{0,3}:/g)].pop();
  if (!open) return null;
  const list = back.slice(open.index + open[0].length);
  // The list runs on: brackets closed after each item, no new clause.
  if (/[.;]/.test(list.replace(/\([^()]*\)/g, ''))) return null;
  const item = RE_LIST_ITEM().exec(list);
  if (!item) return null;
  const at = from + open.index + open[0].length + item.index + item[0].indexOf(item[1]!);
  const written = clean(c.text.slice(at, at + item[1]!.length));
  const a = agencyPhrase(c, at);
  if (a && a.end >= at + item[1]!.length) return a.name;
  return c.gaz.lookup(`Bộ ${written}`) ? `Bộ ${written}` : null;
}

/**
 * reference.issuer-listed-before: "ý kiến của Bộ A tại văn bản số ..., Bộ B tại văn bản số ...", "... và Sở C tại Tờ trình
 * số ...": a list of opinions or requests, each body named before its own document after a comma or "và".
 */
function listedBefore(c: RefContext, numStart: number): string | null {
  const from = Math.max(0, numStart - 120);
  const back = c.folded.slice(from, numStart);
  const tai = RE_TAI_BEFORE();
  // The nearest that names a body right before "tại": a "và" may be inside the name ("Bộ Khoa học và Công nghệ").
  for (const m of [...back.matchAll(/(?:,|(?<![a-z])va)[ \t\r\n]{1,3}/g)].reverse()) {
    const a = agencyPhrase(c, from + m.index! + m[0].length);
    if (a && a.end <= numStart && tai.test(c.folded.slice(a.end, numStart))) return a.name;
  }
  return null;
}

function issuerSaidBefore(c: RefContext, numStart: number, joint = false): string | null {
  const from = Math.max(0, numStart - 160);
  const back = c.folded.slice(from, numStart);
  // "đã được <body> phê duyệt theo Quyết định số ...", "do X ban hành tại ...": who made it, said before it.
  const by = /(?<![a-z])(?:duoc|do)[ \t\r\n]{1,3}/g;
  let lastBy: RegExpExecArray | null = null;
  for (let m = by.exec(back); m; m = by.exec(back)) lastBy = m;
  if (lastBy) {
    const b = agencyPhrase(c, from + lastBy.index + lastBy[0].length);
    const gap = b ? c.folded.slice(b.end, numStart) : '';
    if (b && RE_BY_KIND().test(gap)) return b.name;
  }
  // reference.issuer-has: "Bộ X có Công văn số ...", "ngày <d/m/y> Bộ X đã có Công văn số ...", "Sau khi Bộ X ban hành
  // Thông tư số ...": the body that has sent or made it. (reference.issuer-passed: "Quốc hội đã thông qua Luật X số ...": the
  // body that passed it, the law's name between its kind and its number.)
  const has = RE_HAS_KIND().exec(back);
  if (has) {
    let at = from + has.index + has[0].indexOf(has[1]!);
    let sub = has[1]!;
    // reference.issuer-has-when: "... Trung ương\nSau khi Bộ X ban hành Thông tư số ...": "khi" opens the clause where no mark did.
    const when = [...sub.matchAll(/(?<![a-z])khi[ \t\r\n]{1,3}/g)].filter((w) => c.text.slice(at + w.index, at + w.index + 3).toLowerCase() === 'khi').pop();
    if (when) {
      at += when.index + when[0].length;
      sub = sub.slice(when.index + when[0].length);
    }
    const b = agencyPhrase(c, at);
    // "Bộ X (nay là Bộ Y) đã có Văn bản số ...": the name before the bracket, which says what it is now.
    const subject = sub.replace(/[ \t\r\n]*\([^()]*\)[ \t\r\n]*$/, '').trimEnd();
    if (b && b.end >= at + subject.length - 1) {
      // (reference.issuer-joint: "Bộ Chính trị, Ban Bí thư đã có Kết luận số ...": the organ before the comma made it too.)
      const words = [...c.folded.slice(Math.max(0, at - 40), at).matchAll(/(?<![a-z])[a-z]/g)].map((w) => Math.max(0, at - 40) + w.index);
      for (const w of words) {
        const a = agencyPhrase(c, w);
        if (a && /^,[ \t\r\n]{1,3}$/.test(c.folded.slice(a.end, at)) && centralParty(c, a.name) && centralParty(c, b.name)) return `${a.name}, ${b.name}`;
      }
      // (reference.issuer-joint-document: "Liên Bộ A, Bộ B ban hành Thông tư liên tịch số ...": every body listed before, as written.)
      if (joint) {
        let first = at;
        for (let more = true; more; ) {
          more = false;
          const from2 = Math.max(0, first - 80);
          for (const w of [...c.folded.slice(from2, first).matchAll(/(?<![a-z])[a-z]/g)].map((x) => from2 + x.index)) {
            const a = agencyPhrase(c, w);
            if (a && /^(?:,|[ \t\r\n]{1,3}va)[ \t\r\n]{1,3}$/.test(c.folded.slice(a.end, first))) {
              first = w;
              more = true;
              break;
            }
          }
        }
        const lien = /(?<![a-z])lien[ \t\r\n]{1,3}$/.exec(c.folded.slice(Math.max(0, first - 8), first));
        if (lien) first -= lien[0].length;
        if (first < at) return clean(c.text.slice(first, b.end));
      }
      return b.name;
    }
  }
  // "của X tại Văn bản số ...", or in a list of requests "...; X tại Văn bản số ...".
  const re = /(?<![a-z])cua[ \t\r\n]{1,3}|[;:][ \t\r\n]{0,3}(?:gom[ \t\r\n]{0,3}:?[ \t\r\n]{0,3})?/g;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(back); m; m = re.exec(back)) last = m;
  if (!last) return null;
  const at = from + last.index + last[0].length;
  const a = agencyPhrase(c, at);
  const between = a ? c.folded.slice(a.end, numStart) : '';
  if (a && /^[ \t\r\n]{1,3}tai[ \t\r\n]{1,3}[^,;:.()]{0,40}$/.test(between)) return a.name;
  // reference.issuer-joint-ministers: "đề nghị của Bộ trưởng Bộ X và Bộ trưởng Bộ Y tại Tờ trình số ...": two ministries (or
  // their ministers) joined by "và" made it together.
  const and = a ? /^[ \t\r\n]{1,3}va[ \t\r\n]{1,3}/.exec(between) : null;
  const b = and ? agencyPhrase(c, a!.end + and[0].length) : undefined;
  const headOf = (n: string) => n.replace(/^(?:Bộ trưởng|Thủ trưởng) (?=Bộ |Cơ quan )/u, '');
  if (b && /^[ \t\r\n]{1,3}tai[ \t\r\n]{1,3}[^,;:.()]{0,40}$/.test(c.folded.slice(b.end, numStart)) && ministry(c, headOf(a!.name)) && ministry(c, headOf(b.name)))
    return upperFirst(clean(c.text.slice(at, b.end)));
  // "Xét đề nghị của Ủy ban nhân dân tỉnh X (Công văn số ...)": the document named in brackets after its issuer.
  if (a && RE_BRACKET_KIND().test(between)) return a.name;
  // reference.issuer-bracket-topic: "báo cáo của X về việc <topic> (Công văn số ...)": the topic, then the document in brackets.
  const topic = /^[ \t\r\n]{1,3}ve[ \t\r\n][^.;:()]{3,150}(?=\()/.exec(between);
  if (a && topic && RE_BRACKET_KIND().test(between.slice(topic[0].length))) return a.name;
  const named = namedBefore(c, at, numStart);
  // A known body that the longer name only carries on ("Công ty" + "cổ phần X"), not a clause ("Bộ Chính trị và các nhiệm vụ").
  if (named && a && c.text.slice(a.end, at + named.length).toLowerCase().split(/\s+/).some((w) => w === 'các' || w === 'những' || (w !== 'và' && lexicon().stopwordsWritten.has(w)))) return null;
  return named;
}

// Built once, after the lexicon's kinds are loaded: "tại <kind> số" after a body (the next document's, or its own), and
// an item of a "các Bộ: A (<kind> số ...), B (<kind> số" list.
let reTaiNext: RegExp | undefined;
const RE_TAI_NEXT = () => (reTaiNext ??= new RegExp(`^${WS}{1,3}tai${WS}{1,3}(?:${lexicon().kindPattern})${WS}{1,3}(?:so|s[o6b])`));
let reTaiBefore: RegExp | undefined;
const RE_TAI_BEFORE = () => (reTaiBefore ??= new RegExp(`^${WS}{1,3}tai${WS}{1,3}(?:${lexicon().kindPattern})${WS}{1,3}(?:so|s[o6b])?${WS}{0,3}$`));
let reListItem: RegExp | undefined;
const RE_LIST_ITEM = () =>
  (reListItem ??= new RegExp(`(?:^|,)[ \\t\\r\\n]{0,3}([^,()]{2,80}?)[ \\t\\r\\n]{0,3}\\([ \\t\\r\\n]{0,3}(?:${lexicon().kindPattern})[ \\t\\r\\n]{1,3}(?:so|s[o6b])?[ \\t\\r\\n]{0,3}$`));

let reListedTopic: RegExp | undefined;
const RE_LISTED_TOPIC = () =>
  (reListedTopic ??= new RegExp(`^${WS}{0,3},?${WS}{0,3}ve${WS}(?:[^.;:()]|\\([^.;:()]{0,20}\\)){3,200}?${WS}va${WS}{1,3}(?:${lexicon().kindPattern})${WS}{1,3}(?:so|s[o6b])${WS}{0,3}$`));

let reDateBefore: RegExp | undefined;
// "Ngày 09/3/2027, Bộ X đã có Công văn số ...": the day it was made, said before who made it (reference.issuer-passed: and
// "Ngày ..., Quốc hội đã thông qua Luật X số ...").
const RE_DATE_BEFORE = () =>
  (reDateBefore ??= new RegExp(
    `(?<![a-z])${DAY}${WS}{0,3},?${WS}{1,3}[^.;:()\\d]{2,120}?${WS}{1,3}(?:da${WS}{1,3})?(?:co|ban${WS}{1,3}hanh|gui|phat${WS}{1,3}hanh|thong${WS}{1,3}qua)${WS}{1,3}(?:${lexicon().kindPattern})(?:${WS}{1,3}(?:so|s[o6b])?|${WS}{1,3}[^.;,:()\\d\\n]{2,60}?${WS}{1,3}(?:so|s[o6b]))${WS}{0,3}$`,
  ));

/** reference.date-before: a document without a date after its number, dated at the head of the sentence that says who made it. */
function dateBefore(c: RefContext, numStart: number): string | null {
  const m = RE_DATE_BEFORE().exec(c.folded.slice(Math.max(0, numStart - 200), numStart));
  return m ? isoDate(Number(m[3] ?? m[5]), Number(m[2] ?? m[4]), Number(m[1])) : null;
}

let reGroup: RegExp | undefined;
// "của <body>" not followed by a kind of document (matchAll copies it, so the one pattern serves every call).
let reOfBody: RegExp | undefined;
// "các Quyết định của", "các Nghị định của", "của X tại các văn bản": a list of documents of one issuer opens.
// (reference.issuer-group-by: "được X công bố tại các Quyết định: số A, số B": the body that made them, said before the list.)
const RE_GROUP = () =>
  (reGroup ??= new RegExp(`(?<![a-z])(?:(?:cac|nhung)${WS}{1,3}(${lexicon().kindPattern})${WS}{1,3}cua${WS}{1,3}|cua${WS}{1,3}(?=[^.;:()]{2,120}?${WS}{1,3}tai${WS}{1,3}cac${WS}{1,3}(${lexicon().kindPattern})(?![a-z]))|(?:duoc|do)${WS}{1,3}(?=[^.;:()]{2,80}?${WS}{1,3}(?:cong${WS}{1,3}bo|ban${WS}{1,3}hanh|phe${WS}{1,3}duyet)${WS}{1,3}tai${WS}{1,3}cac${WS}{1,3}(${lexicon().kindPattern})(?![a-z])))`, 'g'));

/**
 * reference.issuer-group: "Căn cứ các Quyết định của Thủ tướng Chính phủ về ...: Quyết định số A ...; Quyết định số B",
 * "Theo đề nghị của X tại các văn bản: Số A, số B", "Các Nghị định của Chính phủ ... (Số A, số B)": the issuer said once
 * before a list is each one's, while the list runs (no other "của", no new clause, the bracket still open).
 */
function groupIssuer(c: RefContext, numStart: number, said: string | null): string | null {
  const from = Math.max(0, numStart - 700);
  const back = c.folded.slice(from, numStart);
  let last: RegExpExecArray | null = null;
  for (const m of back.matchAll(RE_GROUP())) last = m;
  if (!last) return null;
  const groupKind = kindOf(lexicon(), last[1] ?? last[2] ?? last[3]!);
  // A document of another kind named in words is not of the list ("số 374/BC-BCT" in a list of Tờ trình is).
  if (groupKind && groupKind !== 'Văn bản' && said && groupKind !== said) return null;
  const a = agencyPhrase(c, from + last.index + last[0].length);
  if (!a || a.end > numStart) return null;
  const rest = c.folded.slice(a.end, numStart);
  const open = /[:(]/.exec(rest) ?? /(?<![a-z])tai[ \t\r\n]{1,3}cac[ \t\r\n]/.exec(rest);
  if (!open || !/^[^.;:()]{0,160}$/.test(rest.slice(0, open.index))) return null;
  const list = rest.slice(open.index + open[0].length);
  // (reference.issuer-group-of-kind: "một số điều của Nghị định số ..." in the list names a document, not another issuer.)
  // (reference.issuer-group-same-body: "... thuộc phạm vi quản lý của Bộ X" in the topic of a list of the Minister of Bộ X's
  // decisions names the same body, not another issuer.)
  const listAt = numStart - list.length;
  const body = a.name.replace(/^(?:Bộ trưởng|Thủ trưởng|Chủ tịch|Giám đốc|Tổng Giám đốc|Trưởng) (?=\p{Lu})/u, '');
  for (const m of list.matchAll((reOfBody ??= new RegExp(`(?<![a-z])cua${WS}(?!${WS}{0,3}(?:${lexicon().kindPattern})(?![a-z]))`, 'g')))) {
    if (key(agencyPhrase(c, listAt + m.index + m[0].length)?.name ?? '') !== key(body)) return null;
  }
  if (/\.[ \t\r\n]|\n[ \t]*\n/.test(list)) return null;
  if (rest[open.index] === '(' && list.includes(')')) return null;
  if (/(?:^|[;\n])[ \t\r\n]*(?:can[ \t\r\n]+cu|xet|theo[ \t\r\n]+de[ \t\r\n]+nghi|thuc[ \t\r\n]+hien)(?![a-z])/.test(list)) return null;
  return a.name;
}

/** "Công ty cổ phần X tại Văn bản số ...": a firm the gazetteer cannot know, named in full before "tại". */
function namedBefore(c: RefContext, at: number, numStart: number): string | null {
  // The name may wrap onto the next line ("... of a name" / "wrapped tại Công văn số").
  const m = /^([^;:()\n]{3,120}?(?:\n[^;:()\n]{1,60}?)?)[ \t\r\n]{1,3}tai[ \t\r\n]{1,3}([^,;:.()]{0,40})$/.exec(c.folded.slice(at, numStart));
  if (!m || !new RegExp(`^(?:${lexicon().kindPattern})`).test(m[2]!)) return null;
  const name = clean(c.text.slice(at, at + m[1]!.length));
  // A proper name: it opens with a capital and has no more than a title's length of words.
  if (!/^\p{Lu}/u.test(name) || name.split(' ').length > 16 || /\d{1,2}\/\d{1,2}\/\d{4}/.test(name)) return null;
  return name;
}

function agencyPhrase(c: RefContext, at: number): { name: string; end: number } | undefined {
  const toks = tokens(c.folded, at, Math.min(c.folded.length, at + 200));
  let i = 0;
  let a: ReturnType<typeof agencyAt> | undefined;
  // (reference.issuer-title-fallback: the longest title after which a body is read; "Trưởng Ban chỉ đạo X" is the head of
  // the Ban when "Trưởng Ban" leaves no body after it.)
  for (const t of TITLES) {
    const w = t.split(' ');
    if (!w.every((x, j) => toks[j]?.k === x)) continue;
    a = agencyAt(c.text, toks, w.length, c.gaz);
    if (a) {
      i = w.length;
      break;
    }
  }
  a ??= agencyAt(c.text, toks, i, c.gaz);
  // "Đảng ủy Ủy ban nhân dân tỉnh": the Party committee of a body, named by the body's full name.
  if (a && toks[i]?.k === 'dang' && toks[i + 1]?.k === 'uy') {
    const of = agencyAt(c.text, toks, i + 2, c.gaz);
    if (of && of.next > a.next) a = of;
  }
  if (!a) {
    // reference.issuer-party-committee: "của Tỉnh ủy", "của Thành ủy Thành phố": the Party committee of the place, named bare.
    const upper = (t?: { start: number; end: number }) => !!t && /^\p{Lu}/u.test(c.text.slice(t.start, t.end));
    // (reference.issuer-standing: "của Thường trực Tỉnh ủy": the committee's standing members, named before it.)
    const o = toks[0]?.k === 'thuong' && toks[1]?.k === 'truc' && upper(toks[0]) ? 2 : 0;
    const pc = i === 0 && /^(?:tinh|thanh|huyen|quan|thi)$/.test(toks[o]?.k ?? '') && toks[o + 1]?.k === 'uy' && upper(toks[o]) ? o + 2 : 0;
    if (!pc) return undefined;
    // (A capitalised level word after it stands for the place: "Thành ủy Thành phố".)
    const n = toks[pc]?.k === 'tinh' ? 1 : toks[pc]?.k === 'thanh' && toks[pc + 1]?.k === 'pho' ? 2 : 0;
    const lv = n && upper(toks[pc]) ? n : 0;
    const end = toks[pc + lv - 1]!.end;
    return { name: upperFirst(clean(c.text.slice(toks[0]!.start, end))), end };
  }
  // reference.issuer-inner-body: "Ban Kinh tế - Ngân sách Hội đồng nhân dân Thành phố", "Ban Thường vụ Đảng ủy Ủy ban nhân dân
  // Thành phố": the name's last words open a body of its own, read to its end.
  for (let k = Math.max(i + 1, a.next - 2); k < a.next; k++) {
    const inner = /^\p{Lu}/u.test(c.text.slice(toks[k]!.start, toks[k]!.end)) ? agencyAt(c.text, toks, k, c.gaz) : undefined;
    if (inner && inner.next > a.next) {
      a = { ...a, next: inner.next };
      break;
    }
  }
  let end = toks[a.next - 1]!.end;
  end = nameEnd(c, toks, i, a.next, end);
  // reference.issuer-before-kind: "của Văn phòng Chính phủ và Công điện số ...": a name ends before "và" and a document's kind.
  const kindAfter = new RegExp(`[ \\t\\r\\n]{1,3}va[ \\t\\r\\n]{1,3}(?:${lexicon().kindPattern})(?![a-z])`).exec(c.folded.slice(toks[0]!.start, end + 40));
  if (kindAfter && kindAfter.index > 0 && toks[0]!.start + kindAfter.index < end) end = toks[0]!.start + kindAfter.index;
  end = steeringPlace(c, toks[0]!.start, end);
  // reference.issuer-of-assembly: "Ủy ban Dân nguyện và Giám sát Quốc hội": a committee of the National Assembly named with it.
  const assembly = /^[ \t]{1,2}Quốc hội(?![\p{L}])/u.exec(c.text.slice(end, end + 12));
  if (assembly && /^(?:uy ban|ban|hoi dong|vien|vu) /.test(c.folded.slice(toks[0]!.start, end))) end += assembly[0].length;
  // reference.issuer-term: "của Quốc hội khóa XIII", "Bộ Chính trị khoá XII": the term after a body is part of the name as printed.
  const term = /^[ \t\r\n]{1,3}kho[a][ \t\r\n]{1,3}[ivxl]{1,6}(?![a-z0-9])/.exec(c.folded.slice(end, end + 20));
  if (term) end += term[0].length;
  const name = upperFirst(clean(c.text.slice(toks[0]!.start, end)));
  // (A name in capitals, in a title, is written as the gazetteer writes it.)
  return { name: name === name.toUpperCase() ? (c.gaz.lookup(name)?.canonical ?? name) : knownMarks(c, name), end };
}

/**
 * reference.issuer-steering-place: "Ban Chỉ đạo về phòng chống dịch ... tỉnh", "Ban Chỉ đạo về ... tỉnh Y": a
 * steering committee read bare is named by its topic and then its place, so the name runs over the topic to the place.
 */
function steeringPlace(c: RefContext, start: number, end: number): number {
  if (!/^ban[ \t\r\n]{1,3}chi[ \t\r\n]{1,3}dao$/.test(c.folded.slice(start, end))) return end;
  const m = /^[ \t\r\n]{1,3}ve[ \t\r\n](?:[^.;:()\n]|\n(?![ \t]*\n)){3,240}?[ \t\r\n](?:tinh|thanh[ \t\r\n]pho|xa|phuong)(?![a-z])/.exec(c.folded.slice(end, end + 280));
  if (!m) return end;
  const after = end + m[0].length;
  // (The place's name, when it follows: capitalised words.)
  const place = /^[ \t]{1,3}(?:\p{Lu}\p{Ll}*[ \t]?){1,4}/u.exec(c.text.slice(after, after + 40));
  return place ? after + place[0].trimEnd().length : after;
}

// Tone marks (NFD): grave, acute, tilde, hook, dot below. The other marks (ơ, ư, â, ă, ê, ô) make another vowel.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const toneOf = (w: string) => (w.normalize('NFD').match(TONES) ?? []).join('');
const toneless = (w: string) => w.normalize('NFD').replace(TONES, '').normalize('NFC').toLowerCase();

/**
 * reference.issuer-known-marks: a known body whose name was read with a word's tone slipped ("Thủ tướng Chính phú", "của
 * Chỉnh phủ", an OCR'd scan) is written with the gazetteer's marks, word by word; a tone only placed the old way ("Uỷ ban")
 * is kept as printed. A title before the body ("Bộ trưởng Bộ ...") is kept.
 */
function knownMarks(c: RefContext, name: string): string {
  const words = name.split(' ');
  for (let k = 0; k < Math.min(3, words.length - 1) + 1; k++) {
    const rest = words.slice(k);
    const e = c.gaz.lookup(rest.join(' '));
    if (!e) continue;
    const known = [e.canonical, ...e.aliases].map((n) => n.split(' ')).find((n) => n.length === rest.length && n.every((w, j) => key(w) === key(rest[j]!)));
    if (!known) return name;
    const fixed = rest.map((w, j) => (toneless(w) === toneless(known[j]!) && toneOf(w) !== toneOf(known[j]!) ? w[0] === w[0]!.toUpperCase() ? upperFirst(known[j]!) : known[j]! : w));
    return [...words.slice(0, k), ...fixed].join(' ');
  }
  return name;
}

/**
 * reference.issuer-trim: where a cited document's issuer ends when the name read runs on: before a quote or a footnote mark
 * ("Bộ Y tế “Quy định ...”", "Thanh tra Chính phủ[3]"), before "VỀ" in a title in capitals, and after a known body when a verb
 * of what the document does follows ("Bộ Công an phê duyệt Chương trình", "Ủy ban nhân dân thành phố X Thực hiện ...").
 */
function nameEnd(c: RefContext, toks: ReturnType<typeof tokens>, body: number, next: number, end: number): number {
  const start = toks[0]!.start;
  const mark = /[“”"[]/.exec(c.text.slice(start, end));
  if (mark && mark.index > 0) end = start + mark.index;
  const written = c.text.slice(start, end);
  const ve = / VỀ /u.exec(written);
  if (ve && written === written.toUpperCase()) end = start + ve.index;
  const verbs = [...lexicon().startVerbs, ...lexicon().afterVerbs, ...lexicon().topicVerbs].map((v) => v.split(' '));
  // (The known body after a title: "Bộ trưởng Bộ Công an phê duyệt ...".)
  for (let k = body + 2; k < next && toks[k]!.end <= end; k++) {
    if (!verbs.some((v) => v.every((w, j) => toks[k + j]?.k === w))) continue;
    if (c.gaz.lookup(clean(c.text.slice(toks[body]!.start, toks[k - 1]!.end)))) return toks[k - 1]!.end;
  }
  return end;
}

// Laws cited by name only: "Luật Đầu tư công", "Bộ luật Dân sự", "Hiến pháp".
const RE_LAW = /(?<![\p{L}])(Bộ [lL]uật|Luật|Pháp lệnh|Hiến pháp)((?:(?:[ \t]{1,2}|,[ \t]{1,2}(?=\p{L})|,[ \t]{0,2}\r?\n[ \t]{0,4}(?=\p{Ll})|[ \t]{0,2}\r?\n[ \t\r\n]{0,4})[\p{L}\-]+){0,24})/gu;
const STOP = new Set(['cũng', 'trình', 'số', 'vào', 'với', 'cho', 'là', 'và', 'năm', 'ngày', 'đã', 'được', 'theo', 'về', 'này', 'hiện', 'có', 'tại', 'để', 'thì', 'do', 'quy', 'các', 'những', 'trong', 'khi',
  // reference.named-stop-circumstance: words of time, direction and purpose no law's name holds ("... gửi Bộ X trước ngày").
  'trước', 'sau', 'đến', 'tới', 'từ', 'nhằm', 'gửi', 'đối', 'nên', 'sẽ', 'đang', 'vẫn',
  // reference.named-stop-modal: the passive and modal words after a subject ("Luật X bị vi phạm", "Luật X cần sửa đổi").
  'bị', 'phải', 'cần', 'chưa', 'còn', 'mà',
  // (and a place or a part of a law after the name: "Luật X trên địa bàn", "Luật X, khoản 2 Điều 7 Luật Y")
  'trên', 'khoản', 'điểm']);
// "(sau đây gọi là Luật BHYT)": the short name a text gives a law it cited by number.
const RE_SHORT_NAME = /\((?:sau đây )?gọi (?:tắt |chung )?là ((?:Bộ [lL]uật|Luật|Pháp lệnh) [^()\n]{1,60})\)/giu;
// "Luật sửa đổi, bổ sung (một số điều của) Luật X [và Luật Y]": an amending law is one name, whole (reference.amending-law).
// (reference.named-amends-slip: "sử đổi", a typing slip of "sửa đổi", amends too.)
const RE_AMENDS = /^sua? doi,? bo sung,?(?: mot so dieu cua)?$/;
const ABBREVIATION = /^\p{Lu}{2,}$/u;
// (reference.named-body-name: "Công ty Luật TNHH X", "Tạp chí Luật học": "Luật" in a firm's or a journal's name.)
const RE_FIELD = /(?:[đĐ]ại học|[kK]hoa|[nN]gành|[hH]ọc viện|[tT]rường|[cC]ông ty|[hH]ãng|[tT]ạp chí|[vV]iện)[ \t]+$/u;

/** How many of the words after the kind word make the longest law of dictionaries/extract/laws.tsv, or 0. */
function knownLaw(kind: string, words: string[]): number {
  const laws = lexicon().laws;
  for (let n = Math.min(words.length, 16); n > 0; n--) {
    const name = `${kind} ${words.slice(0, n).join(' ').replace(/,$/, '')}`;
    if (!laws.has(key(name))) continue;
    // reference.named-known-marks: the list matches without marks (a stripped text), but a text that writes its marks must
    // write the law's: "Hội Luật gia" (a jurist) is no "Luật Giá", "dự thảo Luật được" no "Luật Dược".
    if (/[^\x00-\x7f]/.test(kind) && marks(name) !== marks(lexicon().lawsWritten.get(key(name))!)) continue;
    return n;
  }
  return 0;
}

/** A name's letters and marks, word by word, whatever the order of a word's marks ("hoá" and "hóa" are one). */
function marks(name: string): string {
  return name.normalize('NFC').toLowerCase().split(/\s+/).map((w) => [...w.normalize('NFD')].sort().join('')).join(' ');
}

/** How many words after the kind word name the law, and whether the name is a known one. */
function lawName(kind: string, words: string[]): { n: number; known: boolean; amends?: boolean } {
  const known = knownLaw(kind, words);
  if (known) return { n: known, known: true };
  for (let j = 2; j <= 9 && j < words.length; j++) {
    if (words[j] === 'Luật' && RE_AMENDS.test(key(words.slice(0, j).join(' ')))) {
      const inner = lawName('Luật', words.slice(j + 1));
      let n = j + 1 + inner.n;
      // "... của Luật A, Luật B, Luật C và Luật D": an omnibus law is named by the laws it amends, each.
      if (!inner.n || /,$/.test(words[n - 1]!)) return { n: 0, known: false };
      if (words[n] === 'và' && words[n + 1] === 'Luật') {
        const y = lawName('Luật', words.slice(n + 2));
        if (y.n) n += 2 + y.n;
      }
      // "sửa đổi, bổ sung Luật X" amends the law as a whole, which is named too; "một số điều của Luật X" only its articles.
      return { n, known: inner.known, amends: j > 4 };
    }
  }
  // "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ": a name that lists runs on over commas in lower
  // case, and then over "và".
  const kept: string[] = [];
  let listing = false;
  for (const w of words) {
    const prev = kept[kept.length - 1] ?? '';
    const next = words[kept.length + 1] ?? '';
    if (prev.endsWith(',')) {
      if (!/^\p{Ll}/u.test(w) || STOP.has(w.replace(/,$/, ''))) break;
      listing = true;
    }
    const bare = w.replace(/,$/, '');
    // reference.named-stop-verb: a verb that follows a subject (verbs.tsv after), two words or more into a name no list
    // knows and not in a list after a comma, is what the law does: "Luật X Y hướng dẫn ...".
    if (kept.length >= 2 && !listing && !prev.endsWith(',') && /^\p{Ll}/u.test(w) && afterVerbAt(words, kept.length)) break;
    // reference.named-stop-kind: "Luật X và Nghị định số ...", "Luật X và Chỉ thị của ...": "và" before a document's kind ends the name.
    if (bare === 'và' && kindAt(words, kept.length + 1)) break;
    if (STOP.has(bare) && !(bare === 'và' && kept.length && ((/^\p{Lu}/u.test(next) && !/^Luật/.test(next)) || (listing && /^\p{Ll}/u.test(next) && !STOP.has(next))))) break;
    kept.push(w);
    // "Luật BHYT đối với ...", "Luật BHYT\nHà Nội": an abbreviation ends the name, unless "và" joins another
    // ("Luật Tổ chức HĐND và UBND").
    if (ABBREVIATION.test(bare) && !(words[kept.length] === 'và' && ABBREVIATION.test((words[kept.length + 1] ?? '').replace(/,$/, '')))) break;
  }
  return { n: kept.length, known: false };
}

/** Whether a document's kind other than a law's (kinds.tsv: "Nghị định", "Chỉ thị") starts at words[i], capitalised. */
function kindAt(words: string[], i: number): boolean {
  if (!/^\p{Lu}/u.test(words[i] ?? '')) return false;
  return lexicon().kinds.some((k) => !/^(?:luat|bo luat|phap lenh|hien phap)$/.test(k.key) && key(words.slice(i, i + k.key.split(' ').length).join(' ').replace(/,$/, '')) === k.key);
}

/** Whether an after verb of verbs.tsv (folded) starts at words[i]. */
function afterVerbAt(words: string[], i: number): boolean {
  return lexicon().afterVerbs.some((v) => v.split(' ').every((w, j) => key((words[i + j] ?? '').replace(/,$/, '')) === w));
}

/** Initials of a name, an abbreviation standing for its letters: "Luật Bảo vệ BMNN" and "Luật Bảo vệ bí mật nhà nước" -> "lbvbmnn". */
function initials(name: string): string {
  return key(name).split(' ').map((w, i) => (ABBREVIATION.test(name.split(/\s+/)[i] ?? '') ? w : w[0])).join('');
}

export function findNamedReferences(written: string): string[] {
  // reference.named-page-break: a page's number on a line of its own inside a sentence that goes on in lower case ("Luật Tổ
  // chức chính quyền" / "2" / "địa phương") does not end the name.
  const text = written.replace(/(?<![ \t\r\n])[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*\d{1,3}[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?=\p{Ll})/gu, ' ');
  const out: string[] = [];
  const short = new Set([...text.matchAll(RE_SHORT_NAME)].map((m) => key(m[1]!)));
  const re = new RegExp(RE_LAW.source, RE_LAW.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Look again right after the kind word: "Luật A, Luật B" and "Luật sửa đổi, bổ sung Luật C" each name more.
    re.lastIndex = m.index + m[1]!.length;
    const words = m[2]!.trim().split(/\s+/).filter(Boolean);
    const { n, known, amends } = lawName(m[1]!, words);
    const kept = words.slice(0, n);
    if (kept.length) kept[kept.length - 1] = kept[kept.length - 1]!.replace(/,$/, '');
    if (words[kept.length] === 'số') continue;
    // reference.named-school: "Trường Đại học Luật ...", "Khoa Luật", "ngành Luật Kinh tế": law as a field of study.
    if (RE_FIELD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (m[1] !== 'Hiến pháp' && !known && (!kept.length || !/^\p{Lu}/u.test(kept[0]!))) continue;
    // reference.named-line-end: a kind word that ends a short line (not a wrapped paragraph) names no law the list does not
    // know with the next line's words ("... phổ biến Luật" / "Trân trọng").
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!known && m[1] !== 'Hiến pháp' && /^[ \t]*\r?\n/.test(m[2]!) && m.index + m[1]!.length - lineStart < 50) continue;
    // "Luật A (Luật B)": B is another name of A. reference.named-bracket-examples: after a kind of law in lower case
    // ("các Luật chuyên ngành (Luật A, Luật B)") the brackets list examples, each named.
    if (/\([ \t]*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /(?:Luật|luật)[ \t]+\p{Lu}[^()]{1,80}$/u.test(text.slice(Math.max(0, m.index - 90), m.index - 1).replace(/\($/, ''))) continue;
    const name = clean(`${m[1]} ${kept.join(' ')}`);
    // reference.amending-law: the laws whose articles an amending law amends are part of its name; cited on their own,
    // they are found there.
    if (amends) {
      const w = [...m[2]!.matchAll(/\S+/g)][n - 1]!;
      re.lastIndex = m.index + m[1]!.length + w.index! + w[0].length;
    }
    if (short.has(key(name))) continue;
    if (!out.some((o) => key(o) === key(name))) out.push(name);
  }
  // "Luật Bảo vệ BMNN" beside "Luật Bảo vệ bí mật nhà nước": the abbreviated mention of a law named in full.
  // reference.named-abbreviation-head: "Luật MTTQ Việt Nam" (the abbreviation ends the name read) beside "Luật Mặt trận Tổ
  // quốc Việt Nam": the abbreviation's letters start the full name's.
  const abbreviated = (o: string) => o.split(/\s+/).some((w) => ABBREVIATION.test(w));
  const full = out.filter((o) => !abbreviated(o)).map(initials);
  const laws = lexicon().laws;
  const named = out.filter((o) => !abbreviated(o) || !full.some((f) => f.startsWith(initials(o))))
    // reference.named-short-form: "Luật Bầu cử" beside "Luật Bầu cử đại biểu Quốc hội và ...": the head of a longer name
    // the text gives, when the head is no law of its own (dictionaries/extract/laws.tsv).
    .filter((o) => laws.has(key(o)) || !out.some((f) => f !== o && key(f).startsWith(`${key(o)} `) && !/^(?:bo luat|luat|phap lenh) sua/.test(key(f))));
  // A law the text also cites by number ("Luật X số nn/yyyy/QHnn", "Luật số nn/yyyy/QHnn
  // ... về X") is a reference, not a law cited by name only.
  const folded = key(text);
  return named.filter((name) => {
    const rest = key(name).replace(/^(?:bo luat|luat|phap lenh) /, '');
    const head = rest.split(' ').slice(0, 4).join(' ');
    // reference.named-number-after: "Luật X (Luật số nn/yyyy/QHnn)", "Luật X năm 2024 (số ...)": the law's own number right
    // after its name ("Luật X (số .../NĐ-CP)" is the decree that details it).
    const esc = key(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`${esc}(?: nam [0-9]{4}| [0-9]{4})?,? ?\\(?(?:luat |bo luat |phap lenh )?so [0-9]+/[0-9]{4}/(?:ubtv)?qh`).test(folded)) return false;
    return !folded.includes(`${key(name)} so `) && !new RegExp(`(?:luat|phap lenh) so [0-9][^ ]* (?:ngay (?:[0-9/]+|[0-9]+ thang [0-9]+ nam [0-9]+) )?(?:cua quoc hoi )?ve ${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(folded);
  });
}
