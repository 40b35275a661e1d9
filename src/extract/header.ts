// The document's own fields (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW):
// issuer, number, place and date, kind, subject, recipients, signer, copies,
// secrecy and urgency. Two-column headers may arrive merged on one line, split
// over several, or as table cells ("| TM. ỦY BAN ... |"); everything is matched
// on the folded text so OCR-garbled marks still read.
import levenshtein from 'fast-levenshtein';
import type { Span } from '../layer.js';
import type { DocumentFields } from '../schema.js';
import type { Gazetteer } from './gazetteer.js';
import { lexicon, phrase } from './lexicon.js';
import { RE_SYMBOL, type SymbolFixer } from './symbols.js';
import { clean, fold, isoDate, lines, sentenceCase, trimSpan, upperFirst, type Line } from './text.js';

export interface HeaderResult {
  fields: DocumentFields;
  /** Year printed in the date line even when the day is blank: for deadlines without a year. */
  year: number | null;
  /** Where the header ends and the body begins. */
  bodyStart: number;
  /** Where the body ends (Nơi nhận / signature). */
  bodyEnd: number;
  numberSpan?: Span;
  notes: { severity: 'warning' | 'info'; code: string; text: string; span?: Span }[];
}

const WS = '[ \\t]';
// National motto and Party line of the right column (OCR-tolerant).
const RE_MOTTO = [
  /c[o0q]ng[ \t]{0,3}h[o0q]a[ \t]{0,3}x[a-z][ \t]{0,3}h[o0q][a-z]?i[ \t]{0,3}ch[a-z][ \t]{0,3}ngh[a-z]a[ \t]{0,3}vi[a-z]t[ \t]{0,3}nam/g,
  /d[o0q][a-z]?c[ \t]{0,3}l[a-z]p[ \t]{0,3}[-–][ \t]{0,3}t[a-z]{0,2}[ \t]{0,3}do[ \t]{0,3}[-–][ \t]{0,3}h[a-z]nh[ \t]{0,3}ph[a-z]{1,3}c?/g,
  /[dp]ang[ \t]{0,3}c[o0q]ng[ \t]{0,3}s[a-z]n[ \t]{0,3}vi[a-z]t[ \t]{0,3}nam/g,
];
// Stray marks around handwritten digits ("46`", "@44") are OCR dust, not part of the number.
const RE_NUMBER = new RegExp(`(?<![a-z])(s[o6eb])${WS}{0,3}[:;.]?${WS}{0,40}[@\\x60'’"*°]{0,2}([a-z0-9]{0,6})[@\\x60'’"*°.,]{0,2}${WS}{0,30}(?=[-/]${WS}{0,2}[a-z])`, 'g');
// A narrow right column wraps the date ("Hà Nội, ngày 20" / "tháng 11 năm 2025"): one line break may fall between its parts.
const GAP = `${WS}{0,20}(?:\\r?\\n${WS}{0,8})?`;
const RE_PLACE_DATE = new RegExp(`,${WS}{0,3}ng[a-z]y${GAP}([^\\s]{0,4})${GAP}th[a-z]{2,3}g${GAP}([^\\s]{0,4})${GAP}n[a-z]m${WS}{0,4}(\\d{4})`, 'g');
/** Title lines of document kinds, and signer titles, from the lexicon (dictionaries/extract). */
function kindTitle(f: string): { kind: string; words: string } | undefined {
  for (const k of lexicon().kinds) {
    if (!k.title) continue;
    const m = new RegExp(`^(${phrase(k.key)})(?![a-z])`).exec(f);
    if (m) return { kind: k.kind, words: m[1]! };
  }
  return undefined;
}
const titleWords = () => lexicon().titles;
let reTitle: RegExp | undefined;
function RE_TITLE(): RegExp {
  return (reTitle ??= new RegExp(`^(?:(kt|tm|tl|tuq|q)(?:[.,]${WS}{0,2}|${WS}{1,2}))?(${[...titleWords().keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/ /g, `${WS}{1,3}`)).join('|')}|[a-z ,.]{3,60})$`));
}
const RE_AUTH = /(?<![A-Za-zÀ-ỹ])(KT|TM|TL|TUQ|Q)(?:[.,][ \t]{0,2}|[ \t]{1,2})(?=[A-ZĐÀ-Ỹ])/g;
const MARKS: [RegExp, 'secrecy' | 'urgency', string][] = [
  [/^tuyet mat$/, 'secrecy', 'TUYỆT MẬT'], [/^toi mat$/, 'secrecy', 'TỐI MẬT'], [/^mat$/, 'secrecy', 'MẬT'],
  [/^hoa toc hen gio$/, 'urgency', 'HỎA TỐC HẸN GIỜ'], [/^hoa toc$/, 'urgency', 'HỎA TỐC'], [/^thuong khan$/, 'urgency', 'THƯỢNG KHẨN'], [/^khan$/, 'urgency', 'KHẨN'],
];

export interface HeaderContext {
  text: string;
  folded: string;
  gaz: Gazetteer;
  fixer: SymbolFixer;
}

/** Cells of a line: table bars and column gaps (3+ spaces) split merged columns. */
interface Cell {
  start: number;
  end: number;
  text: string;
  line: number;
}

function cells(ls: Line[], from: number, to: number): Cell[] {
  const out: Cell[] = [];
  for (let li = from; li < to; li++) {
    const l = ls[li]!;
    const re = /[^|]+/g;
    for (let m = re.exec(l.text); m; m = re.exec(l.text)) {
      const parts = m[0].split(/( {3,}|\t+)/);
      let at = l.start + m.index;
      for (const p of parts) {
        if (p.trim() && !/^( {3,}|\t+)$/.test(p) && !/^[-+:=\s]+$/.test(p)) {
          const lead = p.length - p.trimStart().length;
          const start = at + lead;
          const end = at + p.trimEnd().length;
          out.push({ start, end, text: l.text.slice(start - l.start, end - l.start), line: li });
        }
        at += p.length;
      }
    }
  }
  return out;
}

export function readHeader(c: HeaderContext): HeaderResult {
  const { text, folded } = c;
  const ls = lines(text);
  const notes: HeaderResult['notes'] = [];
  const spans: Record<string, Span | Span[]> = {};
  // Which rule read each field (ruleId), for eval and for a person checking a value.
  const rules: Record<string, string> = {};
  const zoneEnd = Math.min(text.length, 2500);

  // Number: "Số: 1654/NQ-UBTVQH15", "Số 60-NQ/TW", "Số:    /UBND-KGVX", "S6: MAS /TTg-KSTT".
  let number: string | null = null;
  let numberSpan: Span | undefined;
  let numberLine = -1;
  RE_NUMBER.lastIndex = 0;
  for (let m = RE_NUMBER.exec(folded); m && m.index < zoneEnd; m = RE_NUMBER.exec(folded)) {
    if (!/^[SŠ]/.test(text[m.index]!)) continue;
    const symAt = m.index + m[0].length;
    const digitsAt = m.index + m[0].lastIndexOf(m[2]!, m[0].trimEnd().length);
    RE_SYMBOL.lastIndex = 0;
    const probe = `0${folded.slice(symAt, symAt + 80)}`;
    const sm = new RegExp(RE_SYMBOL.source).exec(probe);
    if (!sm || sm.index !== 0) continue;
    const parsed = c.fixer.parse(`0${text.slice(symAt, symAt + 80)}`, sm);
    if (!parsed) continue;
    const written = m[2]!;
    const digits = /^\d+$/.test(written) ? text.slice(digitsAt, digitsAt + written.length) : '';
    if (written && !digits) notes.push({ severity: 'warning', code: 'number-unreadable', text: `the number before "${parsed.number.slice(1)}" is unclear ("${text.slice(digitsAt, digitsAt + written.length)}"): left out`, span: { start: digitsAt, end: symAt } });
    if (digits && m[0].replace(/\s+/g, '').length > m[1]!.length + 1 + written.length + (m[0].includes(':') ? 0 : -1)) {
      notes.push({ severity: 'warning', code: 'number-doubtful', text: `the handwritten number "${text.slice(m.index, symAt).trim()}" has stray marks: read as ${digits}, check it`, span: { start: digitsAt, end: symAt } });
    }
    if (!written) notes.push({ severity: 'info', code: 'number-blank', text: `the number is blank (a draft or filled in by hand): "${parsed.number.slice(1)}"` });
    number = digits + parsed.number.slice(1);
    rules.number = 'header.number.so-line';
    numberSpan = { start: digits ? digitsAt : symAt, end: symAt + parsed.end - 1 };
    numberLine = ls.findIndex((l) => l.end >= m.index);
    break;
  }

  // Place and date: "Quảng Ngãi, ngày 24 tháng 9 năm 2025".
  let place: string | null = null;
  let date: string | null = null;
  let year: number | null = null;
  RE_PLACE_DATE.lastIndex = 0;
  const found = RE_PLACE_DATE.exec(folded);
  const pd = found && found.index < zoneEnd ? found : null;
  if (pd) {
    const [, d, mo, y] = pd;
    year = Number(y);
    const day = /^\d{1,2}$/.test(d!) ? Number(d) : NaN;
    const mon = /^\d{1,2}$/.test(mo!) ? Number(mo) : NaN;
    date = isoDate(year, mon, day);
    if (date) rules.date = 'header.date.place-line';
    const dateSpan = { start: pd.index + 1, end: pd.index + pd[0].length };
    spans.date = trimSpan(text, dateSpan);
    if (!date) {
      const what = !d && !mo ? 'day and month are blank' : !d ? 'the day is blank' : isNaN(day) ? `the day "${d}" is unclear` : !mo ? 'the month is blank' : isNaN(mon) ? `the month "${mo}" is unclear` : 'the date is impossible';
      notes.push({ severity: 'warning', code: 'date-incomplete', text: `document date: ${what} (year ${y})`, span: spans.date as Span });
    }
    const line = ls.find((l) => l.start <= pd.index && pd.index <= l.end)!;
    let from = line.start;
    if (numberSpan && numberSpan.end > from && numberSpan.end <= pd.index) from = numberSpan.end;
    const before = text.slice(from, pd.index);
    // The place is the last run of capitalised words before the comma.
    const fb = folded.slice(from, pd.index).trimEnd();
    const places = c.gaz.table.provinces.map((p) => p.short).concat(['Hà Nội']);
    let known = places.find((p) => fb.endsWith(fold(p)));
    if (!known) {
      // "1a Noi" for "Hà Nội": one OCR slip in a known place name.
      const fixed = places.find((p) => fb.length >= p.length && levenshtein.get(fb.slice(-p.length), fold(p)) <= 1 && p.length >= 5);
      if (fixed) {
        place = fixed;
        rules.place = 'header.place.near-province';
        spans.place = { start: from + fb.length - fixed.length, end: from + fb.length };
      }
    }
    const pm = place ? null : known ? ({ index: before.trimEnd().length - known.length, 1: before.trimEnd().slice(-known.length) } as unknown as RegExpExecArray) : /((?:[\p{Lu}0-9][\p{L}0-9]*[ \t]{1,2}){0,2}[\p{Lu}0-9][\p{L}0-9]*)[ \t]*$/u.exec(before);
    if (pm) {
      place = pm[1]!;
      rules.place = known ? 'header.place.province' : 'header.place.before-date';
      spans.place = { start: from + pm.index, end: from + pm.index + pm[1]!.length };
    }
  }

  // Issuer: the left-column lines above the number, mottos removed.
  const top = numberSpan ? numberSpan.start : pd ? pd.index : 0;
  let issuer: DocumentFields['issuer'] = null;
  if (top > 0) {
    let zone = folded.slice(0, top);
    for (const re of RE_MOTTO) zone = zone.replace(re, (s) => ' '.repeat(s.length));
    // Keep only upper-case lines (the issuer block), blank the rest.
    const masked = zone.replace(/[^\n]+/g, (s, off: number) => {
      const orig = [...text.slice(off, off + s.length)].map((ch, i) => (s[i] === ' ' ? ' ' : ch)).join('');
      const letters = orig.replace(/[^\p{L}]/gu, '');
      return letters.length >= 2 && letters === letters.toUpperCase() ? s : ' '.repeat(s.length);
    });
    const hits = c.gaz.scan(masked);
    if (hits.length) {
      const h = hits[hits.length - 1]!;
      issuer = { name: h.entry.canonical, canonical: h.entry.canonical };
      rules.issuer = 'header.issuer.gazetteer';
      spans.issuer = { start: h.start, end: h.end };
      // "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH": a body of the known one, named before it on the same line.
      const lineStart = masked.lastIndexOf('\n', h.start - 1) + 1;
      const before = masked.slice(lineStart, h.start).trim();
      if (before && before.split(/\s+/).length <= 3 && /^[a-z ]+$/.test(before)) {
        const from = lineStart + masked.slice(lineStart).search(/\S/);
        const name = recapitalise(sentenceCase(clean(text.slice(from, h.end))), c.gaz);
        issuer = { name: upperFirst(name), canonical: c.gaz.lookup(name)?.canonical ?? null };
        rules.issuer = 'header.issuer.gazetteer-line';
        spans.issuer = { start: from, end: h.end };
      }
    } else {
      const words = clean(masked.replace(/[^\p{L}\s]/gu, ' '));
      if (words.length >= 3) {
        const first = masked.search(/[a-z]/);
        const span = trimSpan(text, { start: first, end: masked.trimEnd().length });
        issuer = { name: sentenceCase(clean(text.slice(span.start, span.end).replace(/[^\p{L}\s,-]/gu, ' '))), canonical: null };
        rules.issuer = 'header.issuer.upper-block';
        spans.issuer = span;
      }
    }
  }

  // Kind title line ("NGHỊ QUYẾT", "THÔNG BÁO") and subject (after it, or after "V/v").
  // The line where the date ends (it may be wrapped over two).
  const startLine = Math.max(0, numberLine, pd ? ls.findIndex((l) => l.end >= pd.index + pd[0].length) : 0);
  let type: string | null = null;
  let subject: string | null = null;
  let bodyStart = pd ? pd.index + pd[0].length : numberSpan?.end ?? 0;
  const vv = /(?<![a-z])v[/il1|]v[ \t.:]{1,3}|(?<=^|\n)[ \t]{0,8}van[ \t]{1,3}(?=\p{Ll})|(?<=^|\n)[ \t]{0,12}ve[ \t]viec[ \t]{1,3}(?=\p{Ll})/gu;
  vv.lastIndex = 0;
  let vvm = vv.exec(folded.slice(0, zoneEnd + 500));
  // "VĂN triển khai": the "V/v" of an OCR'd scan restored as a word; a body line "Văn bản số ..." is not it.

  // "về việc ..." written out opens a letter's subject only right under the number and date.
  const headEnd = Math.max(pd ? pd.index + pd[0].length : 0, numberSpan?.end ?? 0);
  if (vvm && /viec/.test(vvm[0]) && (!headEnd || vvm.index > headEnd + 300)) vvm = null;
  if (vvm && /van/.test(vvm[0]) && (text.slice(vvm.index, vvm.index + vvm[0].length).trim() !== 'VĂN' || !/^\s*\p{Ll}/u.test(text.slice(vvm.index + vvm[0].length)))) vvm = null;
  for (let li = startLine + (pd || numberSpan ? 1 : 0); li < ls.length && ls[li]!.start < zoneEnd; li++) {
    const l = ls[li]!;
    const f = folded.slice(l.start, l.end).trim().replace(/^[^a-z0-9]{1,4}/, '');
    if (!f) continue;
    const letters = l.text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4 || letters !== letters.toUpperCase()) {
      if (!vvm) continue;
      break;
    }
    const k = kindTitle(f);
    if (k) {
      type = k.kind;
      rules.type = 'header.type.title-line';
      spans.type = trimSpan(text, { start: l.start, end: l.end });
      const s = subjectFrom(c, ls, li + 1, f.length > k.words.length + 3 ? folded.indexOf(k.words, l.start) + k.words.length : -1);
      if (s) {
        subject = s.text;
        rules.subject = 'header.subject.after-title';
        spans.subject = s.span;
        bodyStart = s.span.end;
      } else bodyStart = l.end;
      break;
    }
  }
  // A text without letter head (a copy, a data set) may open with one line naming its kind and trích yếu:
  // "Chỉ thị về việc tăng cường ...". Its case is kept as written; "số ..." after the kind is a citation, not this.
  if (!type && !pd && !numberSpan) {
    const t = titleSentence(text, folded, ls);
    if (t) {
      type = t.kind;
      rules.type = 'header.type.title-sentence';
      spans.type = t.kindSpan;
      subject = text.slice(t.span.start, t.span.end);
      rules.subject = 'header.subject.title-sentence';
      spans.subject = t.span;
      bodyStart = Math.max(bodyStart, t.lineEnd);
    }
  }
  if (vvm && !type) {
    type = 'Công văn';
    rules.type = 'header.type.vv-letter';
    const at = vvm.index + vvm[0].length;
    const li = ls.findIndex((l) => l.end >= at);
    const s = subjectFrom(c, ls, li + 1, at);
    if (s) {
      subject = s.text;
      rules.subject = 'header.subject.after-vv';
      spans.subject = s.span;
      bodyStart = Math.max(bodyStart, s.span.end);
    }
  }

  // Recipients: "Kính gửi: X" or a dash list under it.
  const recipients: string[] = [];
  let kg = /k[i][a-z]{0,2}h[ \t]{1,3}(?:g[a-z]{1,3}|[a-z]{1,4})[ \t]{0,2}:/g.exec(folded.slice(0, zoneEnd + 1500));
  let recipientsRule = 'header.recipients.kinh-gui';
  // A công điện addresses its list with "THỦ TƯỚNG CHÍNH PHỦ điện:" instead of "Kính gửi:".
  if (!kg && type === 'Công điện') {
    kg = /(?<=[a-z][ \t]{1,3})dien[ \t]{0,2}:(?=[ \t]*\r?\n)/g.exec(folded.slice(0, zoneEnd + 1500));
    recipientsRule = 'header.recipients.dien';
  }

  if (kg) {
    const items = listAfter(text, ls, kg.index + kg[0].length, 12);
    // An address in brackets under the name is not part of it.
    const cut = items.map((it) => {
      const name = it.text.replace(/\s*\([^)]{0,200}\)?\s*$/, '').trim() || it.text;
      const at = text.slice(it.span.start, it.span.end);
      // The span ends with the name too.
      return { name, span: name === it.text ? it.span : trimSpan(text, { start: it.span.start, end: it.span.start + at.lastIndexOf('(') }) };
    });
    for (const it of cut) recipients.push(it.name);
    if (items.length) {
      spans.recipients = cut.map((i) => i.span);
      rules.recipients = recipientsRule;
      bodyStart = Math.max(bodyStart, items[items.length - 1]!.span.end);
    }
  }

  // Tail: "Nơi nhận:", the signer block.
  const nn = lastMatch(/n[o0][a-z]?i[ \t]{1,3}nh[a-z]{1,3}n[ \t]{0,2}:/g, folded, Math.floor(text.length * 0.4));
  const endMark = lastMatch(/\.\/\./g, folded, Math.floor(text.length * 0.3));
  const bodyEnd = nn ?? (endMark !== undefined ? endMark + 3 : text.length);
  const nnLine = nn !== undefined ? ls.findIndex((l) => l.end >= nn) : -1;
  const tailFrom = Math.min(bodyEnd, endMark ?? bodyEnd, nnLine > 3 ? ls[nnLine - 3]!.start : bodyEnd);
  const copiesTo: string[] = [];
  if (nn !== undefined) {
    const items = listAfter(text, ls, nn + folded.slice(nn).indexOf(':') + 1, 40, true);
    for (const it of items) copiesTo.push(it.text);
    if (items.length) {
      spans.copiesTo = items.map((i) => i.span);
      rules.copiesTo = 'header.copies.noi-nhan';
    }
  }
  let signer = readSigner(text, folded, ls, tailFrom, spans);
  if (signer) rules.signer = 'header.signer.block';
  else {
    // A decision with its plan attached: the signature stands at the end of the decision, before the appendix.
    const first = /n[o0][a-z]?i[ \t]{1,3}nh[a-z]{1,3}n[ \t]{0,2}:/.exec(folded);
    if (first && first.index < tailFrom) {
      const fl = ls.findIndex((l) => l.end >= first.index);
      signer = readSigner(text, folded, ls.slice(0, fl + 12), ls[Math.max(0, fl - 3)]!.start, spans);
      if (signer) rules.signer = 'header.signer.before-appendix';
    }
  }
  if (signer && signer.title && !spans.title && signer.authority && /^KT\b/.test(signer.authority)) {
    notes.push({ severity: 'info', code: 'signer-title-inferred', text: `no title under "${signer.authority}": the signer, signing for the head, is taken to be the ${signer.title}`, span: spans.authority as Span });
  }
  if (signer && (signer.title || signer.authority) && !signer.name) notes.push({ severity: 'info', code: 'signer-name-missing', text: 'the signer\'s name was not read' });

  // Secrecy and urgency marks: a short upper-case line or cell in the header.
  let secrecy: string | null = null;
  let urgency: string | null = null;
  const headCells = cells(ls, 0, Math.min(ls.length, ls.findIndex((l) => l.start >= bodyStart) + 1 || ls.length));
  for (const cell of headCells) {
    const f = folded.slice(cell.start, cell.end).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
    if (cell.text !== cell.text.toUpperCase()) continue;
    for (const [re, which, value] of MARKS) {
      if (re.test(f)) {
        if (which === 'secrecy') secrecy ??= value;
        else urgency ??= value;
        spans[which] = { start: cell.start, end: cell.end };
        rules[which] = 'header.mark.cell';
      }
    }
  }

  if (numberSpan) spans.number = numberSpan;
  return {
    fields: { number, type, issuer, place, date, subject, recipients, signer, copiesTo, secrecy, urgency, spans, rules },
    year,
    bodyStart,
    bodyEnd,
    numberSpan,
    notes,
  };
}

/** The first line of a headless text: "<Kind> [về việc|về] <subject>", the kind in words as a title (kinds.tsv). */
function titleSentence(text: string, folded: string, ls: Line[]): { kind: string; kindSpan: Span; span: Span; lineEnd: number } | undefined {
  const l = ls.find((x) => x.text.trim());
  if (!l || l.start > 200) return undefined;
  const lead = l.text.length - l.text.trimStart().length;
  const f = folded.slice(l.start + lead, l.end);
  const k = kindTitle(f);
  // Written as a title: the kind's first letter is a capital ("Chỉ thị", "QUYẾT ĐỊNH").
  if (!k || !/^\p{Lu}/u.test(text[l.start + lead]!)) return undefined;
  const rest = f.slice(k.words.length);
  const intro = /^[ \t]{1,3}(?:ve[ \t]{1,3}viec[ \t]{1,3}|ve[ \t]{1,3})?/.exec(rest);
  if (!intro || /^(?:so|[0-9])/.test(rest.slice(intro[0].length)) || rest.slice(intro[0].length).split(/\s+/).filter(Boolean).length < 3) return undefined;
  const start = l.start + lead + k.words.length + intro[0].length;
  const span = trimSpan(text, { start, end: l.end }, ' \t.');
  return { kind: k.kind, kindSpan: { start: l.start + lead, end: l.start + lead + k.words.length }, span, lineEnd: l.end };
}

function lastMatch(re: RegExp, s: string, from: number): number | undefined {
  let last: number | undefined;
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

const SUBJECT_STOP = /^(k[i][a-z]{0,2}h[ \t]{1,3}[a-z]{1,4}[ \t]{0,2}:|[^:]{1,20}:$|can cu|thuc hien|xet |theo |trong nhung|thi hanh|de trien khai|sau khi|[dp]e trien khai)/;

/** Subject lines from line `li` (or from offset `at` on the line before): up to a blank gap, a body opening or "Kính gửi". */
function subjectFrom(c: HeaderContext, ls: Line[], li: number, at: number): { text: string; span: Span } | undefined {
  const { text, folded } = c;
  const parts: Span[] = [];
  if (at >= 0) {
    const l = ls.find((x) => x.start <= at && at <= x.end)!;
    const cut = cutColumn(text, at, l.end);
    if (text.slice(at, cut).trim()) parts.push(trimSpan(text, { start: at, end: cut }));
  }
  let blanks = 0;
  let ledByBody = false;
  for (let i = li; i < ls.length && parts.length < 8; i++) {
    const l = ls[i]!;
    const f = folded.slice(l.start, l.end).trim();
    if (!f) {
      if (++blanks >= 2 && parts.length) break;
      continue;
    }
    if (!parts.length && /^[-=_*.\s]+$/.test(f)) continue;
    // A table row (tabs, or three bar-separated cells) is not the subject.
    if (l.text.includes('\t') || l.text.split('|').filter((x) => x.trim()).length >= 3) break;
    const letters = l.text.replace(/[^\p{L}]/gu, '');
    // "Ngày 03/01/2025, ..." opens the body; "ngày 30 tháng 6 ..." carries the subject on.
    // Right under the title, a short line that ends without a sentence mark is the trích yếu even when it opens
    // like a body ("Thực hiện Đề án số 08 ..."); a body paragraph runs long or ends with a mark.
    const lead = !parts.length && at < 0 && l.text.trim().length <= 100 && !/[.,;:]$/.test(l.text.trim());
    // A wrapped line of a mixed-case trích yếu goes on in lower case ("theo hướng xanh, ..."); a body opens with a capital.
    const wrapped = parts.length > 0 && /^\p{Ll}/u.test(l.text.trim()) && !/[.;:]$/.test(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end));
    if (lead) ledByBody = true;
    // After such a line, a long capitalised line is the body's first paragraph, not more of the centred trích yếu.
    if (ledByBody && parts.length && /^\p{Lu}/u.test(l.text.trim()) && l.text.trim().length > 80) break;
    if ((SUBJECT_STOP.test(f) && !lead && !wrapped) || /^\(/.test(f) || /^Ngày \d/u.test(l.text.trim()) || (letters.length < 3 && !/^\d{4}\.?$/.test(l.text.trim())) || /^[-–•]/.test(f)) break;
    // A leading "V/v" (whatever its case) says nothing about the case of the trích yếu.
    const firstLetters = text.slice(parts[0]?.start ?? 0, parts[0]?.end ?? 0).replace(/^\s*v ?[/|] ?v[.:]?\s+/i, '').replace(/[^\p{L}]/gu, '');
    const upperBlock = parts.length && letters === letters.toUpperCase() && firstLetters !== firstLetters.toUpperCase() && /\S\s+\S/.test(l.text.trim());
    // The authority line under the title ("ỦY BAN THƯỜNG VỤ QUỐC HỘI" before "Căn cứ ...") is not the subject.
    if (upperBlock || (parts.length && letters === letters.toUpperCase() && (c.gaz.lookup(l.text.trim()) || signerLine(c, f)))) break;
    // An upper-case subject ("HỘI NGHỊ LẦN THỨ 11 ...") ends where mixed-case body text starts.
    if (parts.length && firstLetters.length > 10 && firstLetters === firstLetters.toUpperCase() && letters !== letters.toUpperCase()) break;
    if (blanks && parts.length && i > li && isBodyLine(l.text)) break;
    blanks = 0;
    // From the line's first letter: an indented line's leading spaces are no column gap.
    const from = l.start + l.text.length - l.text.trimStart().length;
    parts.push(trimSpan(text, { start: from, end: cutColumn(text, from, l.end) }));
  }
  if (!parts.length) return undefined;
  // A trích yếu ends without a full stop.
  const last = parts[parts.length - 1]!;
  parts[parts.length - 1] = trimSpan(text, last, ' \t.');
  // Lines broken inside a symbol ("1215/TTg-" / "KSTT") join without a space.
  const raw = parts.map((p) => clean(text.slice(p.start, p.end))).reduce((a, b) => (/[-/]$/.test(a) && /^[A-ZĐ0-9]/.test(b) ? a + b : `${a} ${b}`));
  let s = sentenceCase(raw);
  if (s !== raw) s = documentNames(recapitalise(s, c.gaz), raw);
  // "V/V ..." under a kind's title (a công điện's trích yếu) is the same mark as a letter's "V/v".
  s = s.replace(/^(?:v[ềe] vi[ệe]c|v ?[/|] ?v[.:]?)\s+/iu, '');
  return { text: upperFirst(s), span: { start: parts[0]!.start, end: parts[parts.length - 1]!.end } };
}

/** "BỘ TRƯỞNG BỘ X", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": the authority that issues a decision, under its trích yếu. */
function signerLine(c: HeaderContext, f: string): boolean {
  const k = [...titleWords().keys()].find((t) => f.startsWith(t + ' '));
  return !!k && !!c.gaz.lookup(f.slice(k.length + 1));
}

/** An upper-case subject made lower case: give agency and province names, and term numerals, their capitals back. */
function recapitalise(s: string, gaz: Gazetteer): string {
  const f = fold(s);
  let out = s;
  for (const h of gaz.scan(f)) {
    if (h.entry.kind === 'province' || h.entry.kind === 'collective') continue;
    const names = [h.entry.canonical, ...h.entry.aliases];
    const same = names.find((n) => fold(n) === f.slice(h.start, h.end));
    if (same) out = out.slice(0, h.start) + same + out.slice(h.end);
  }
  out = out.replace(/(khóa|khoá|kỳ họp thứ) ([ivxl]+)\b/gu, (_, w: string, r: string) => `${w} ${r.toUpperCase()}`);
  for (const p of gaz.table.provinces) {
    const k = fold(p.short.toLowerCase());
    for (let i = f.indexOf(k); i >= 0; i = f.indexOf(k, i + 1)) {
      if (/[a-z]/.test(f[i - 1] ?? '') || /[a-z]/.test(f[i + k.length] ?? '')) continue;
      out = out.slice(0, i) + p.short + out.slice(i + k.length);
    }
  }
  return out;
}

/** An upper-case trích yếu made lower case: symbols keep their printed capitals ("180/2026/NĐ-CP"), and a kind that
 *  names a document ("Nghị định số ...", "ban hành Kế hoạch ...") its capital. `raw` is `s` as printed, same length. */
function documentNames(s: string, raw: string): string {
  let out = s.replace(/[\p{L}\d.]*\d[\p{L}\d.]*(?:[/-][\p{L}\d.]+)+/gu, (m, at: number) => raw.slice(at, at + m.length));
  const f = fold(out);
  for (const k of lexicon().kinds) {
    const re = new RegExp(`(?<![a-z])(${phrase(k.key)})(?= so(?![a-z])| \\d)|(?<=ban hanh |phe duyet )(${phrase(k.key)})(?![a-z])`, 'g');
    for (const m of f.matchAll(re)) out = out.slice(0, m.index) + upperFirst(out.slice(m.index, m.index + m[0].length)) + out.slice(m.index + m[0].length);
  }
  return out;
}

function isBodyLine(s: string): boolean {
  const t = s.trim();
  // A long sentence, a line that opens a list ("... có ý kiến như sau:"), or an item ("1. ", "a) ", "I- ").
  return (t.length > 60 && /[.;:]$/.test(t)) || /:$/.test(t) || /^(?:\d{1,2}\.|[a-zđ]\)|[IVX]{1,4}[.-])\s/u.test(t);
}

/** End of the left column on a line: a gap of 3+ spaces before more text. */
function cutColumn(text: string, from: number, to: number): number {
  const s = text.slice(from, to);
  const lead = s.length - s.trimStart().length;
  const m = / {3,}\S/.exec(s.slice(lead));
  return m ? from + lead + m.index : to;
}

/** A dash list ("- Công an tỉnh;") or one inline item after a label. */
function listAfter(text: string, ls: Line[], at: number, max: number, tail = false): { text: string; span: Span }[] {
  const items: { text: string; span: Span }[] = [];
  let li = ls.findIndex((l) => l.end >= at);
  if (li < 0) return items;
  // The item being read: its pieces (one per line, left cell only in tables).
  let cur: Span[] = [];
  const curText = () => cur.map((p) => text.slice(p.start, p.end).trim()).join(' ').trim();
  const close = () => {
    const t = clean(curText()).replace(/[;.,]+$/, '').trim();
    if (t) items.push({ text: t, span: { start: cur[0]!.start, end: cur[cur.length - 1]!.end } });
    cur = [];
  };
  let first = true;
  for (; li < ls.length && items.length < max; li++) {
    const l = ls[li]!;
    let s = first ? Math.max(at, l.start) : l.start;
    first = false;
    let e = tail ? cutTail(text, s, l.end) : l.end;
    // "Nơi nhận: PHÓ CHÁNH VĂN PHÒNG ...": the rest of the label's line is the signer's title, not a copy.
    if (tail && s === at && isUpperBlock(text.slice(s, e))) continue;
    // Table rows ("| - Chính phủ; | |"): the first non-empty cell is the left column.
    if (text.slice(s, e).includes('|')) {
      if (/^[\s|:+=-]*$/.test(text.slice(s, e)) && !/[\p{L}\d]/u.test(text.slice(s, e))) continue;
      const row = text.slice(s, e).split('|');
      const firstCell = row.find((x) => x.trim()) ?? '';
      s = s + text.slice(s, e).indexOf(firstCell);
      e = s + firstCell.length;
    }
    const seg = trimSpan(text, { start: s, end: e });
    const t = text.slice(seg.start, seg.end);
    if (!t.trim() || /^[-+=:|\s]+$/.test(t)) continue;
    // OCR dust or a stray letter may precede the dash ("“ở - Bộ trưởng", "V - Chủ tịch").
    const dash = /^(?:[^\s\p{L}\d]{0,3}|\S{1,3}[ \t]+)[-–•+][ \t]*(?=\S)/u.exec(t);
    if (dash) {
      if (cur.length) close();
      cur = [{ start: seg.start + dash[0].length, end: seg.end }];
    } else if (cur.length && continues(curText(), t)) {
      cur.push(seg);
    } else if (!cur.length && !items.length && t.length < 120 && !tail) {
      cur = [seg];
    } else break;
    if (cur.length && /\.$/.test(curText()) && !tail) {
      close();
      break;
    }
  }
  if (cur.length) close();
  return items;
}

/** Does line `t` carry on item `item` ("- Chủ tịch UBND các tỉnh, thành phố trực thuộc" / "Trung ương.")? */
function continues(item: string, t: string): boolean {
  if (/[;.]$/.test(item) || /^(KT|TM|TL|TUQ)\b/.test(t)) return false;
  return /^\p{Ll}/u.test(t) || /[,&-]$/.test(item) || t.length < 45;
}

/** Cut a Nơi nhận line where the right column (signer block) starts. */
function cutTail(text: string, from: number, to: number): number {
  const s = text.slice(from, to);
  const gap = / {3,}\S/.exec(s);
  RE_AUTH.lastIndex = 0;
  const auth = RE_AUTH.exec(s);
  let cut = to;
  if (gap) cut = Math.min(cut, from + gap.index);
  if (auth && auth.index > 0) cut = Math.min(cut, from + auth.index);
  return cut;
}

function readSigner(text: string, folded: string, ls: Line[], from: number, spans: Record<string, Span | Span[]>): DocumentFields['signer'] {
  const li0 = Math.max(0, ls.findIndex((l) => l.end >= from));
  const cs = cells(ls, li0, ls.length).flatMap((c) => splitAuthority(text, c)).flatMap((c) => splitCopies(text, c));
  let authority: string | null = null;
  let title: string | null = null;
  let titleAt = -1;
  cs.forEach((c, i) => {
    // Upper case, but for a letter or two the restorer may have lowered ("TRU’O’N Gỡ").
    const letters = c.text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4 || letters.replace(/\p{Lu}/gu, '').length > Math.max(0, Math.floor(letters.length / 10))) return;
    // OCR reads Ư/Ơ as U’/O’: the marks go before matching.
    const f = folded.slice(c.start, c.end).replace(/[’'`‘]/g, '').replace(/\s+/g, ' ').trim();
    const m = RE_TITLE().exec(f);
    if (!m) return;
    const words = f.replace(/^(kt|tm|tl|tuq|q)[.,]?\s*/, '');
    // "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM" on one line: the head's title, then the signer's own.
    const own = m[1] && !titleWords().get(words) ? [...titleWords().keys()].filter((t) => words.endsWith(' ' + t) && titleWords().get(words.slice(0, -t.length - 1).replace(/,$/, ''))).sort((a, b) => b.length - a.length)[0] : undefined;
    if (own) {
      const cut = c.start + c.text.trimEnd().length - own.length;
      authority = authority ? `${authority} ${clean(text.slice(c.start, cut))}` : clean(text.slice(c.start, cut));
      spans.authority = trimSpan(text, { start: c.start, end: cut });
      title = titleWords().get(own)!;
      titleAt = i;
      spans.title = { start: cut, end: c.end };
      return;
    }
    if (m[1]) {
      authority = authority ? `${authority} ${clean(c.text)}` : clean(c.text);
      spans.authority = { start: c.start, end: c.end };
      // "KT. CHỦ TỊCH" alone: the title comes on the next line.
      if (titleWords().get(words) || titleAt < 0) {
        title = null;
        titleAt = i;
      }
      return;
    }
    const named = titleWords().get(words) ?? titleOf(words, c.text);
    if (named && (authority || title === null)) {
      title = named;
      titleAt = i;
      spans.title = { start: c.start, end: c.end };
    }
  });
  if (authority && !title) {
    // The authority line also names the title: "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI / CHỦ TỊCH" has it after.
    const last = (authority as string).replace(/^.*(?:KT|TM|TL|TUQ|Q)[.,]?\s*/, '');
    const k = fold(last).replace(/\s+/g, ' ').trim();
    const head = titleWords().get(k) ?? nearTitle(k);
    // "KT. BỘ TRƯỞNG, CHỦ NHIỆM" without the line under it: who signs for the head is the deputy.
    if (head) title = /^KT\b/.test(authority as string) ? deputy(head) : head;
  }
  if (titleAt < 0) return null;
  let name: string | null = null;
  // The name stands a few lines under the title (a signature and a seal between them); an appendix after it names others.
  const titleLine = cs[titleAt]!.line;
  for (let i = titleAt + 1; i < cs.length && cs[i]!.line <= titleLine + 12; i++) {
    const c = cs[i]!;
    const t = clean(c.text);
    if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,4}$/u.test(t) && !/^(Nơi|Như|Lưu|Các|Sở|Bộ|Ban|Văn|Cổng|Chủ|Công|Ủy|Thanh|Tỉnh|Việt|Giang|Trung)\b/u.test(t)) {
      name = t;
      spans.signer = { start: c.start, end: c.end };
      // The first name under the title signs; names further down belong to an appendix.
      break;
    }
  }
  return { name, title, authority };
}

function isUpperBlock(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
}

/** "Nơi nhận: PHÓ CHÁNH VĂN PHÒNG ...": the left column's label and the signer's title merged on one line. */
function splitCopies(text: string, c: Cell): Cell[] {
  const m = /^N[ơo]i\s+nh[ậâa]n\s*:\s*(?=[\p{Lu}\s,.’']{6,}$)/u.exec(c.text);
  if (!m) return [c];
  const start = c.start + m[0].length;
  return [{ ...trimSpan(text, { start, end: c.end }), text: text.slice(start, c.end).trim(), line: c.line }];
}

/** A title followed by its body: "<TITLE> <BODY>" -> "<Title> <body>", names of bodies keeping their capitals. */
function titleOf(words: string, written: string): string | null {
  const keys = [...titleWords().keys()].sort((a, b) => b.length - a.length);
  const k = keys.find((x) => words.startsWith(x + ' '));
  if (!k) return null;
  const rest = written.trim().split(/\s+/).slice(k.split(' ').length);
  if (!rest.length || rest.length > 6) return null;
  const lower = rest.join(' ').toLowerCase().replace(/trung ương/g, 'Trung ương').replace(/(?<![\p{L}])(đảng|chính phủ|quốc hội)(?![\p{L}])/gu, (w) => upperFirst(w));
  return `${titleWords().get(k)} ${lower}`;
}

/** A head title the OCR damaged ("bo tru'o'n o, chu nhiem"), within a few edits. */
function nearTitle(k: string): string | null {
  let best: string | null = null;
  let bestD = Math.min(4, Math.floor(k.length / 5)) + 1;
  for (const [w, v] of titleWords()) {
    if (w.length < 8) continue;
    const d = levenshtein.get(w, k.replace(/[^a-z ,]/g, ''));
    if (d < bestD) {
      bestD = d;
      best = v;
    }
  }
  return best;
}

/** Who signs "KT." (for) a head: Bộ trưởng -> Thứ trưởng, Bộ trưởng, Chủ nhiệm -> Phó Chủ nhiệm, else Phó + title. */
function deputy(head: string): string {
  if (head === 'Bộ trưởng') return 'Thứ trưởng';
  if (head === 'Bộ trưởng, Chủ nhiệm') return 'Phó Chủ nhiệm';
  return /^Phó /.test(head) || head === 'Thứ trưởng' ? head : `Phó ${head}`;
}

/** "Nơi nhận: TL. CHỦ TỊCH" read as one cell: split at the authority mark. */
function splitAuthority(text: string, c: Cell): Cell[] {
  RE_AUTH.lastIndex = 0;
  const out: Cell[] = [];
  let at = c.start;
  for (let m = RE_AUTH.exec(c.text); m; m = RE_AUTH.exec(c.text)) {
    if (m.index === 0) continue;
    const cut = c.start + m.index;
    if (text.slice(at, cut).trim()) out.push({ ...trimSpan(text, { start: at, end: cut }), text: text.slice(at, cut).trim(), line: c.line });
    at = cut;
  }
  const rest = trimSpan(text, { start: at, end: c.end });
  if (rest.end > rest.start) out.push({ ...rest, text: text.slice(rest.start, rest.end), line: c.line });
  return out;
}
