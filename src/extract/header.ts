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
import { headWordUnit, unitIssuer } from './issuer-unit.js';
import { RE_SYMBOL, type SymbolFixer } from './symbols.js';
import { isSyllable } from '../restore/syllable.js';
import { bodyCase } from './body-case.js';
import { nameBegun, nameRest } from './signer-wrap.js';
import { clean, fold, isoDate, key, lines, sentenceCase, trimSpan, upperFirst, type Line } from './text.js';

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
  // header.motto-wrapped: an OCR that reads the two columns as one (a line ending "... XÃ", the next opening "HỘI ...")
  // breaks the motto's line: one line break may fall between its words ("Hội" left alone would open a body's name).
  /c[o0q]ng(?:[ \t]{0,3}|[ \t]*\r?\n[ \t]*)h[o0q]a(?:[ \t]{0,3}|[ \t]*\r?\n[ \t]*)x[a-z](?:[ \t]{0,3}|[ \t]*\r?\n[ \t]*)h[o0q][a-z]?i(?:[ \t]{0,3}|[ \t]*\r?\n[ \t]*)ch[a-z](?:[ \t]{0,3}|[ \t]*\r?\n[ \t]*)ngh[a-z]a[ \t]{0,3}vi[a-z]t[ \t]{0,3}nam/g,
  // header.motto-misread: "Độc" restored as another word ("Đức lập" after "... MINH"), and one line break between the
  // motto's words ("Hạnh" / "phúc" when the issuer's name shares its line).
  /(?<![a-z])[dp][a-z]{0,2}c(?:[ \t]{0,3}|[ \t]*\r?\n[ \t]*)l[a-z]p[ \t]{0,3}[-–—][ \t]{0,3}t[a-z]{0,2}(?:[ \t]{0,3}|[ \t]*\r?\n[ \t]*)do[ \t]{0,3}[-–—][ \t]{0,3}h[a-z]nh(?:[ \t]{0,3}|[ \t]*\r?\n[ \t]*)ph[a-z]{1,3}c?/g,
  /[dp]ang[ \t]{0,3}c[o0q]ng[ \t]{0,3}s[a-z]n[ \t]{0,3}vi[a-z]t[ \t]{0,3}nam/g,
];
// header.motto-halves: the motto's two halves on two lines with the issuer's words between them, as an OCR reading the
// two columns as one writes it (the first half, then "SỞ X" and the second half on the next line): each half is blanked in the issuer's
// zone (the text above the number), where nothing else reads so.
const RE_MOTTO_HALVES = [
  // (The break may also fall before "XÃ": "CỘNG HÒA" alone, the issuer's words and "XÃ ..." on the next line.)
  /c[o0q]ng[ \t]{0,3}h[o0q]a(?:[ \t]{0,3}x[a-z](?:[ \t]{0,3}h[o0q][a-z]?i)?)?(?=[ \t|]*(?:\r?\n|$))/g,
  /(?:(?:x[a-z][ \t]{0,3})?h[o0q][a-z]?i[ \t]{0,3})?ch[a-z][ \t]{0,3}ngh[a-z]a[ \t]{0,3}vi[a-z]t(?:[ \t]{0,3}nam)?(?![a-z])/g,
];
// Stray marks around handwritten digits ("46`", "@44") are OCR dust, not part of the number.
// "Số:" may stand alone on its line in a narrow column, the number under it.
const RE_NUMBER = new RegExp(`(?<![a-z])(s[o6eb])${WS}{0,3}[:;.]?${WS}{0,40}(?:\\r?\\n${WS}{0,8})?[@\\x60'’"*°]{0,2}([a-z0-9]{0,6}|[^\\s/-]{1,6})[@\\x60'’"*°.,]{0,2}${WS}{0,30}(?=[-/]${WS}{0,2}[a-z])`, 'g');
// A narrow right column wraps the date ("<place>, ngày 9" / "tháng 4 năm 2024", or "<place>," / "ngày 9 ..."): one line
// break may fall between its parts.
const WSN = `${WS}{0,20}(?:\\r?\\n${WS}{0,8})?`;
const RE_PLACE_DATE = new RegExp(`,${WSN}ng[a-z]y${WSN}([^\\s]{0,4})${WSN}t?h[a-z]{2,3}g${WSN}([^\\s]{0,4})${WSN}n[a-z]m${WSN}(\\d{4})`, 'g');
// header.date.place-line-no-comma: "Hà Nội ngày 5 tháng 3 năm 2025", the place and "ngày" with no comma between them: only
// after a place in capitalised words that opens its line or column (checked on the text as written).
const RE_PLACE_DATE_NO_COMMA = new RegExp(`(?<=(?:^|\\n|\\t|   )[ \\t|]*[a-z][a-z .-]{1,40}[a-z.])[ \\t]{1,3}ng[a-z]y${WSN}([^\\s]{0,4})${WSN}t?h[a-z]{2,3}g${WSN}([^\\s]{0,4})${WSN}n[a-z]m${WSN}(\\d{4})`, 'g');
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
  return (reTitle ??= new RegExp(`^(?:(kt|tm|tl|tuq|q|k\\/t|t\\/m|t\\/l)(?:[.,]${WS}{0,2}|${WS}{1,2}))?(${[...titleWords().keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/ /g, `${WS}{1,3}`)).join('|')}|[a-z ,.]{3,60})$`));
}
// header.copies.marked-label: the label "Nơi nhận:", also with a web page's emphasis marks left round it ("__Nơi nhận__:").
// header.copies.split-label: and with its last syllable broken by a PDF's text layer ("Nơi nhậ n:").
// header.copies.noi-nhan-misread: at a line's start, the bold italic N of "Nơi nhận:" the OCR read as a letter drawn like it
// ("Xơi nhận:" under a seal's edge): still the heading of the copies list.
const NOI_NHAN = '(?:n|(?<=(?:^|\\n)[ \\t|*_]{0,3})[xmhkw])[o0][a-z]?i[ \\t]{1,3}nh[a-z]{1,3}[ \\t]?n[_*]{0,2}[ \\t]{0,2}:';
const RE_NOI_NHAN = () => new RegExp(NOI_NHAN, 'g');
const RE_AUTH = /(?<![A-Za-zÀ-ỹ])(KT|TM|TL|TUQ|Q|K\/T|T\/M|T\/L)(?:[.,][ \t]{0,2}|[ \t]{1,2})(?=[A-ZĐÀ-Ỹ])/g;
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
  /** Split off a signature block flattened onto one line. */
  flat?: true;
  /** The rule that split the cell off, recorded when its text is the signer's name. */
  rule?: string;
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

/** "<kind> số" on one line ("thông tư số", "nghị định số"): the "số" cites a document of that kind (header.number.cited-kind). */
function citedAfterKind(folded: string, at: number): boolean {
  return new RegExp(`(?<![a-z])(?:${lexicon().kindPattern})[ \t]{1,3}$`).test(folded.slice(Math.max(0, at - 40), at));
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
  // header.number.so-line-year: "Số: 123/2025/QĐ-UBND", a legal document's number with its year inside the symbol, and
  // "Số: 45/2025/" over "NQ-HĐND" (or "Số: 45/" over "2025/NQ-HĐND"): a narrow column that split the symbol after a slash.
  // The number may be blank ("Số:    /2025/QĐ-UBND", a draft). Read first: a "Số ..." of the body after it is no number.
  // header.number.year-gap: the number typed into the blank left for it, the blank's spaces kept before the slash
  // ("Số: 09      /2025/QĐ-UBND"): up to 12 spaces on the same line still join the digits to "/2025/...".
  // header.number.year-own-line: the digits alone on the "Số:" line, "/2025/QĐ-UBND" on a line below (blank lines between:
  // a table cell transcribed line by line).
  let yearNumber: { at: number; number: string; span: Span; blank: boolean; gap: boolean; wrapped: boolean; marks: boolean } | undefined;
  {
    const RE_NUMBER_YEAR = new RegExp(`(?<![a-z])s[o6]${WS}{0,3}[:;.]?${WS}{0,40}(?:\\r?\\n${WS}{0,8})?(\\d{1,5}|(?=[^\\s/]{0,3}[^\\sa-z/])[^\\s/]{1,4}(?:${WS}{1,3}[^\\s/a-z0-9]{1,2})?)?(${WS}{0,12}|${WS}{0,8}(?:\\r?\\n${WS}{0,8}){1,4})/${WS}{0,2}(?:\\r?\\n${WS}{0,8})?((?:19|20)\\d\\d)${WS}{0,2}/${WS}{0,2}(?:\\r?\\n${WS}{0,8})?(?=[a-z])`, 'g');
    for (let m = RE_NUMBER_YEAR.exec(folded); m && m.index < zoneEnd; m = RE_NUMBER_YEAR.exec(folded)) {
      if (!/^[SŠ]/.test(text[m.index]!)) continue;
      // header.number.cited-kind: "THÔNG TƯ SỐ 79/2024/TT-BCA" in a chapter title cites a document (its kind's name right
      // before "số" on the line); the own "Số:" opens its line or column. Seen when the own number's digits are unreadable.
      if (citedAfterKind(folded, m.index)) {
        rules.numberCited = 'header.number.cited-kind';
        continue;
      }
      const codeAt = m.index + m[0].length;
      const probe = `0/${folded.slice(codeAt, codeAt + 80)}`;
      const sm = new RegExp(RE_SYMBOL.source).exec(probe);
      if (!sm || sm.index !== 0) continue;
      const parsed = c.fixer.parse(`0/${text.slice(codeAt, codeAt + 80)}`, sm);
      if (!parsed) continue;
      // header.number.year-marks: stray marks in the blank ("Số: 2† . /2026/TT-BCA", handwriting the OCR could not read): the
      // printed "/2026/TT-BCA" is the number, its digits left to the blanks reader, and a note says so.
      const marks = !!m[1] && !/^\d+$/.test(m[1]);
      const digits = marks ? '' : (m[1] ?? '');
      if (marks) notes.push({ severity: 'warning', code: 'number-unreadable', text: `the number before "/${m[3]}/" is unclear ("${text.slice(m.index, m.index + m[0].length).trim()}"): left out`, span: { start: m.index, end: m.index + m[0].length } });
      const digitsAt = digits ? m.index + m[0].indexOf(digits, m[0].search(/\d/)) : m.index + m[0].indexOf('/');
      const wrapped = !!digits && m[2]!.includes('\n');
      yearNumber = { at: m.index, number: `${digits}/${m[3]}${parsed.number.slice(1)}`, span: { start: digitsAt, end: codeAt + parsed.end - 2 }, blank: !digits && !marks, gap: !!digits && m[2]!.length > 3 && !wrapped, wrapped, marks };
      break;
    }
  }
  RE_NUMBER.lastIndex = 0;
  for (let m = RE_NUMBER.exec(folded); m && m.index < zoneEnd; m = RE_NUMBER.exec(folded)) {
    if (yearNumber && m.index > yearNumber.at) break;
    if (!/^[SŠ]/.test(text[m.index]!)) continue;
    // header.number.cited-in-issuer: "SỐ 1050/QĐ-SCT" after a kind's name ("ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ ...")
    // names the document that set up the issuer, not the document's own number; a "Số:" further on is that.
    if (new RegExp(`theo[ \t]{1,3}(?:${lexicon().kindPattern})[ \t]*(?:\r?\n[ \t]*)?$`).test(folded.slice(Math.max(0, m.index - 60), m.index))) {
      rules.numberCited = 'header.number.cited-in-issuer';
      continue;
    }
    // header.number.gazette-issue: "CÔNG BÁO/Số 118/Ngày 15-03-2026", the running head of a page of the Official Gazette,
    // numbers the gazette's issue, not the document printed in it.
    if (/cong[ \t]{0,2}ba[o0][ \t]{0,2}\/[ \t]{0,2}$/.test(folded.slice(Math.max(0, m.index - 14), m.index))) {
      rules.numberCited = 'header.number.gazette-issue';
      continue;
    }
    // header.number.label-after-kind: "Số:" with its capital and colon is the number's label even after a kind's name
    // ("Nội dung văn bản Số: 12/UBND-VP", a portal's heading run onto the number line); a citation writes "số" in small letters.
    const label = /^Số[ \t]{0,2}:/u.test(text.slice(m.index, m.index + 6));
    if (citedAfterKind(folded, m.index) && !label) {
      rules.numberCited = 'header.number.cited-kind';
      continue;
    }
    if (label && citedAfterKind(folded, m.index)) rules.numberLabel = 'header.number.label-after-kind';
    const symAt = m.index + m[0].length;
    const digitsAt = m.index + m[0].lastIndexOf(m[2]!, m[0].trimEnd().length);
    RE_SYMBOL.lastIndex = 0;
    const probe = `0${folded.slice(symAt, symAt + 80)}`;
    const sm = new RegExp(RE_SYMBOL.source).exec(probe);
    if (!sm || sm.index !== 0) continue;
    const parsed = c.fixer.parse(`0${text.slice(symAt, symAt + 80)}`, sm);
    if (!parsed) continue;
    // header.number.date-word: no code is a word of a date: "Số 118/Ngày 15-03-2026" is a gazette's issue even when its
    // "CÔNG BÁO/" (gazette-issue above) was lost or misread.
    if (/^[-/]\s*(?:ngay|thang|nam)(?![a-z])/.test(folded.slice(symAt, symAt + 12))) {
      rules.numberCited = 'header.number.date-word';
      continue;
    }
    const written = m[2]!;
    const digits = /^\d+$/.test(written) ? text.slice(digitsAt, digitsAt + written.length) : '';
    if (written && !digits) notes.push({ severity: 'warning', code: 'number-unreadable', text: `the number before "${parsed.number.slice(1)}" is unclear ("${text.slice(digitsAt, digitsAt + written.length)}"): left out`, span: { start: digitsAt, end: symAt } });
    if (digits && m[0].replace(/\s+/g, '').length > m[1]!.length + 1 + written.length + (m[0].includes(':') ? 0 : -1)) {
      notes.push({ severity: 'warning', code: 'number-doubtful', text: `the handwritten number "${text.slice(m.index, symAt).trim()}" has stray marks: read as ${digits}, check it`, span: { start: digitsAt, end: symAt } });
    }
    if (!written) notes.push({ severity: 'info', code: 'number-blank', text: `the number is blank (a draft or filled in by hand): "${parsed.number.slice(1)}"` });
    number = digits + parsed.number.slice(1);
    rules.number = 'header.number.so-line';
    if (parsed.kept) rules.numberKept = parsed.kept[0]!;
    numberSpan = { start: digits ? digitsAt : symAt, end: symAt + parsed.end - 1 };
    numberLine = ls.findIndex((l) => l.end >= m.index);
    break;
  }
  if (!number && yearNumber) {
    number = yearNumber.number;
    rules.number = yearNumber.marks ? 'header.number.year-marks' : yearNumber.gap ? 'header.number.year-gap' : yearNumber.wrapped ? 'header.number.year-own-line' : 'header.number.so-line-year';
    numberSpan = yearNumber.span;
    if (yearNumber.blank) notes.push({ severity: 'info', code: 'number-blank', text: `the number is blank (a draft or filled in by hand): "${number}"` });
    numberLine = ls.findIndex((l) => l.end >= yearNumber!.at);
  }

  // header.number.code-dot: a unit's code joined to its body's with a full stop ("45/SNV-TCBC.VP", "11554/VPCP-V.I"): the
  // part after the stop, capitals with no space before it and no letter after it, belongs to the symbol.
  if (number && numberSpan) {
    const dot = /^\.[A-ZĐ][A-Za-zĐđ0-9]{0,9}(?![\p{L}\d.])/u.exec(text.slice(numberSpan.end, numberSpan.end + 12));
    if (dot && /\p{Lu}{2}|^\.\p{Lu}$/u.test(dot[0]) && /[A-ZĐ]$/u.test(number)) {
      number += dot[0];
      numberSpan = { start: numberSpan.start, end: numberSpan.end + dot[0].length };
      rules.numberEnd = 'header.number.code-dot';
    }
  }

  // Place and date: "Quảng Ngãi, ngày 24 tháng 9 năm 2025".
  let place: string | null = null;
  let date: string | null = null;
  let year: number | null = null;
  RE_PLACE_DATE.lastIndex = 0;
  const found = RE_PLACE_DATE.exec(folded);
  // "<place>, ngày 14/5/2025": the date in figures on the place line (a copy retyped from the paper).
  // Only after a place that opens its line or column, not a sentence's ", ngày 10/01/2005".
  const RE_PLACE_DATE_NUM = /(?<=(?:^|\n|\t|   )[ \t]*[a-z][a-z .]{1,35}),[ \t]{0,3}ngay[ \t]{0,3}(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
  const numeric = found && found.index < zoneEnd ? null : RE_PLACE_DATE_NUM.exec(folded);
  let pd = found && found.index < zoneEnd ? found : numeric && numeric.index < zoneEnd ? numeric : null;
  let noComma: RegExpExecArray | null = null;
  if (!pd) {
    RE_PLACE_DATE_NO_COMMA.lastIndex = 0;
    for (let m = RE_PLACE_DATE_NO_COMMA.exec(folded); m && m.index < zoneEnd; m = RE_PLACE_DATE_NO_COMMA.exec(folded)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const col = text.slice(lineStart, m.index).split(/\t| {3,}|\|/).pop()!.trim();
      // Every word of the place capitalised ("Hà Nội", "TP. Hồ Chí Minh", "Bà Rịa - Vũng Tàu"), at most six words.
      const ws = col.split(/\s+/).filter((w) => w !== '-');
      if (ws.length && ws.length <= 6 && ws.every((w) => /^\p{Lu}/u.test(w))) {
        noComma = m;
        break;
      }
    }
    pd = noComma;
  }
  if (pd) {
    const [, d, mo, y] = pd;
    year = Number(y);
    const day = /^\d{1,2}$/.test(d!) ? Number(d) : NaN;
    const mon = /^\d{1,2}$/.test(mo!) ? Number(mo) : NaN;
    date = isoDate(year, mon, day);
    if (date) rules.date = pd === numeric ? 'header.date.place-line-figures' : pd === noComma ? 'header.date.place-line-no-comma' : 'header.date.place-line';
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
      // The slip must start a word: "Kiên Giang", "Hậu Giang" (provinces before the 2025 merger) end one letter from "An Giang".
      const fixed = places.find((p) => fb.length >= p.length && !/[a-z0-9]/.test(fb.charAt(fb.length - p.length - 1)) && levenshtein.get(fb.slice(-p.length), fold(p)) <= 1 && p.length >= 5);
      // header.place.written-name: a place written with its marks whose differing word is a whole syllable ("Sơn Hà", a
      // district, beside the province "Sơn La") is a name of its own, no slip: it is read as written.
      const tb = text.slice(from, pd.index).trimEnd();
      const written = fixed ? tb.slice(-fixed.length).split(/\s+/) : [];
      const own = fixed && written.length === fixed.split(' ').length && written.some((w, i) => {
        const k = fixed.split(' ')[i]!;
        return fold(w.toLowerCase()) !== fold(k.toLowerCase()) && /^\p{Lu}\p{Ll}*$/u.test(w) && /[^\x00-\x7f]/.test(w) && isSyllable(w.toLowerCase());
      });
      // header.place.named-above: the same words name a body's place in the letter head above ("ỦY BAN NHÂN DÂN TỈNH SON HA"
      // over "Son Ha, ngày ..."): the text spells the place twice alike, so it is no slip, with or without its marks.
      const tail = fixed ? fb.slice(-fixed.length) : '';
      // (Words that are no syllables, "An Glang", are a slip however often the text repeats them.)
      const above = !!fixed && !own && tail.split(' ').every((w) => isSyllable(w)) && new RegExp(`(?<![a-z])${tail.replace(/[^a-z0-9 ]/g, '.').replace(/ /g, '[ \\t\\n]+')}(?![a-z])`).test(folded.slice(0, line.start));
      if (own) rules.placeWritten = 'header.place.written-name';
      else if (above) rules.placeWritten = 'header.place.named-above';
      if (fixed && !own && !above) {
        place = fixed;
        rules.place = 'header.place.near-province';
        spans.place = { start: from + fb.length - fixed.length, end: from + fb.length };
      }
    }
    const pm = place ? null : known ? ({ index: before.trimEnd().length - known.length, 1: before.trimEnd().slice(-known.length) } as unknown as RegExpExecArray) : /((?:[\p{Lu}0-9][\p{L}0-9]*[ ]{1,2}){0,2}[\p{Lu}0-9][\p{L}0-9]*)[ \t]*$/u.exec(before);
    // "<first words of a place> / <last word>, ngày ...": a known place wrapped from the line above in a narrow column.
    const prev = ls[ls.indexOf(line) - 1];
    const wrapped = !known && !place && prev && prev.text.trim() && prev.text.trim().length < 40 && !/[|]/.test(prev.text) && (!numberSpan || numberSpan.end <= prev.start)
      ? places.map((p) => ({ p, m: new RegExp(`(?<![a-z])${phrase(p)}[ \\t]*$`).exec(folded.slice(prev.start, pd.index)) })).find((x) => x.m && x.m.index < prev.end - prev.start)
      : undefined;
    if (wrapped) {
      place = clean(text.slice(prev.start + wrapped.m!.index, pd.index));
      rules.place = 'header.place.province';
      spans.place = trimSpan(text, { start: prev.start + wrapped.m!.index, end: pd.index });
    } else if (pm) {
      // A known place is written as the gazetteer spells it: the text may keep a mark the OCR dropped ("Ha Nội").
      place = known && pm[1]!.toLowerCase() !== known.toLowerCase() ? known : pm[1]!;
      rules.place = known ? 'header.place.province' : 'header.place.before-date';
      spans.place = { start: from + pm.index, end: from + pm.index + pm[1]!.length };
    }
    // "Thành phố <name>, ngày ...", "TP. <name>": a city's title is written with its name.
    const sp = spans.place as Span | undefined;
    const city = sp && rules.place === 'header.place.province' ? /(?<![a-z])(?:thanh[ \t\r\n]{1,3}pho|tp\.?)[ \t\r\n]{1,3}$/.exec(folded.slice(Math.max(0, sp.start - 14), sp.start)) : null;
    // header.place.city-title-wrapped: a title on the line above is the place's only when it opens that line; after other
    // words ("... trên địa bàn Thành phố" / "Hà Nội, ngày ...", a trích yếu beside the date) it ends the trích yếu.
    const cityAbove = city && /\n/.test(city[0]) && !/(?:^|\n)[ \t|]*$/.test(text.slice(Math.max(0, sp!.start - city[0].length - 40), sp!.start - city[0].length));
    if (cityAbove) rules.placeCity = 'header.place.city-title-wrapped';
    if (city && sp && !cityAbove) {
      spans.place = { start: sp.start - city[0].length, end: sp.end };
      place = clean(text.slice(sp.start - city[0].length, sp.end));
    }
  }

  // header.place.blank-date: "Hà Nội, ngày   tháng   năm" with no figure at all (the e-office stamps the day later): the place of a
  // province or city the gazetteer knows, on its own line in the letter head.
  if (!pd && !place) {
    const known = c.gaz.table.provinces.map((p) => p.short).concat(['Hà Nội']);
    for (const l of ls) {
      if (l.start >= zoneEnd) break;
      const m = /^([^,\n]{2,40}),[ \t]*ngay[ \t]+thang[ \t]+nam[ \t]*$/.exec(folded.slice(l.start, l.end).trim());
      const hit = m ? known.find((p) => fold(p) === m[1]!.trim()) : undefined;
      if (hit) {
        const at = l.start + (l.text.length - l.text.trimStart().length);
        place = clean(text.slice(at, at + hit.length));
        rules.place = 'header.place.blank-date';
        spans.place = { start: at, end: at + hit.length };
        break;
      }
    }
  }

  // "| <stamp debris> 12 /CT-UBND <place>, ngày ...": no "Số" was read (a stamp over it), but the number stands on the date's line,
  // left of the place, as Nghị định 30/2020 lays it out.
  if (!numberSpan && pd) {
    const line = ls.find((l) => l.start <= pd.index && pd.index <= l.end)!;
    const end = (spans.place as Span | undefined)?.start ?? pd.index;
    let last: RegExpExecArray | undefined;
    for (const m of folded.slice(line.start, end).matchAll(RE_SYMBOL)) last = m;
    const parsed = last ? c.fixer.parse(text, last, line.start) : undefined;
    if (parsed && parsed.typeCode && !text.slice(parsed.end, end).trim()) {
      number = parsed.number;
      rules.number = 'header.number.date-line';
      numberSpan = { start: parsed.start, end: parsed.end };
      numberLine = ls.indexOf(line);
      notes.push({ severity: 'warning', code: 'number-label-missing', text: `no "Số:" before the number; ${parsed.number} read beside the date: check it`, span: numberSpan });
    }
  }

  // Issuer: the left-column lines above the number, mottos removed.
  // A number read beside the date without its label: what stands before it on that line is a stamp, not the issuer.
  const top = numberSpan ? (rules.number === 'header.number.date-line' ? ls[numberLine]!.start : numberSpan.start) : pd ? pd.index : 0;
  let issuer: DocumentFields['issuer'] = null;
  // The unit's parent is a body the gazetteer names, cased as it writes it (header.issuer.party-organ-unit).
  let parentCased = false;
  if (top > 0) {
    let zone = folded.slice(0, top);
    const mottoLines = new Set<number>();
    for (const re of [...RE_MOTTO, ...RE_MOTTO_HALVES]) {
      zone = zone.replace(re, (s, off: number) => {
        mottoLines.add(zone.lastIndexOf('\n', off) + 1);
        return s.replace(/[^\n]/g, ' ');
      });
    }
    // Keep only upper-case lines (the issuer block), blank the rest. On a line the motto shares, the issuer is the
    // upper-case words before it: what else the OCR put there (a received stamp, dust) is not.
    let barCell = false;
    const masked = zone.replace(/[^\n]+/g, (s, off: number) => {
      const orig = [...text.slice(off, off + s.length)].map((ch, i) => (s[i] === ' ' ? ' ' : ch)).join('');
      // header.issuer.bar-cell: a web page's text parts the letter head's two columns with " | " ("ỦY BAN NHÂN DÂN PHƯỜNG X |
      // CỘNG HÒA ..."): the upper-case cell before the bar is the issuer's, the bar and what follows it are not.
      const bar = orig.search(/[ \t]\|/);
      const barLeft = bar > 0 ? orig.slice(0, bar).replace(/[^\p{L}]/gu, '') : '';
      if (barLeft.length >= 2 && barLeft === barLeft.toUpperCase()) {
        barCell = true;
        return s.slice(0, bar) + ' '.repeat(s.length - bar);
      }
      const letters = orig.replace(/[^\p{L}]/gu, '');
      if (letters.length >= 2 && letters === letters.toUpperCase()) return s;
      // header.issuer.left-cell: a tab parts the letter head's two columns ("BAN THƯỜNG TRỰC<tab>Hà Nội, ngày ..."): the
      // upper-case left cell is the issuer's, whatever the right one holds.
      const tab = orig.indexOf('\t');
      const left = tab > 0 ? orig.slice(0, tab).replace(/[^\p{L}]/gu, '') : '';
      if (left.length >= 2 && left === left.toUpperCase()) return s.slice(0, tab) + ' '.repeat(s.length - tab);
      // header.issuer.dust-tail: OCR dust after the issuer's capitals on their line ("SỞ X Hồ mã", "THƯ mềm" for the
      // THỦ of "THỦ TƯỚNG": the rule under a name, a seal's rim read as letters): one or two words of up to three letters.
      const dust = /^([ \t|]*(?:[^\s\p{Ll}]*\p{Lu}[^\s\p{Ll}]*[ \t]+)+)(?:[^\s\d]{1,3}[ \t]*){1,2}$/u.exec(orig);
      if (dust && dust[1]!.replace(/[^\p{L}]/gu, '').length >= 3 && !mottoLines.has(off)) return s.slice(0, dust[1]!.length) + ' '.repeat(s.length - dust[1]!.length);
      if (mottoLines.has(off)) {
        const head = /^[ \t]*(?:[^\s\p{Ll}]*\p{Lu}[^\s\p{Ll}]*[ \t]+){2,}/u.exec(orig);
        if (head && head[0].replace(/[^\p{L}]/gu, '').length >= 5) return s.slice(0, head[0].length) + ' '.repeat(s.length - head[0].length);
      }
      return ' '.repeat(s.length);
    });
    const hits = c.gaz.scan(masked);
    if (hits.length) {
      // A known name read into the wrapped line of a unit's name under an earlier body ("... KINH DOANH" is not "Tỉnh
      // đoàn") is part of that name: the body it wraps under is the last one.
      let h = hits[hits.length - 1]!;
      for (const x of hits) {
        const u = x === h ? undefined : lowerLine(masked, x.end);
        const wrap = u ? unitWrap(text, masked, u) : [];
        if (wrap.some((l) => l.start <= h.start && h.start < l.end)) {
          h = x;
          break;
        }
      }
      issuer = { name: h.entry.canonical, canonical: h.entry.canonical };
      rules.issuer = 'header.issuer.gazetteer';
      spans.issuer = { start: h.start, end: h.end };
      // "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH": a body of the known one, named before it on the same line.
      const lineStart = masked.lastIndexOf('\n', h.start - 1) + 1;
      const before = masked.slice(lineStart, h.start).trim();
      // (Not the parent body flattened onto the unit's line: "BỘ X TỔNG CỤC Y" is issued by the unit.)
      if (before && before.split(/\s+/).length <= 3 && /^[a-z ]+$/.test(before) && !hits.some((x) => x !== h && x.start >= lineStart && x.end <= h.start)) {
        const from = lineStart + masked.slice(lineStart).search(/\S/);
        const name = recapitalise(sentenceCase(clean(text.slice(from, h.end))), c.gaz);
        issuer = { name: upperFirst(name), canonical: c.gaz.lookup(name)?.canonical ?? null };
        rules.issuer = 'header.issuer.gazetteer-line';
        spans.issuer = { start: from, end: h.end };
      }
      // header.issuer.unit-number: "ỦY BAN NHÂN DÂN / PHƯỜNG 1": a ward or commune named by its number; the gazetteer
      // knows the level word alone, and the number is the name ("Phường 1", as a place named by words is capitalised).
      const num = /(?:phuong|xa|quan|thi tran|khu pho|to dan pho|ap)$/.test(fold(h.entry.canonical.toLowerCase())) ? /^[ \t]+(\d{1,3})(?![\d\p{L}/.-])/u.exec(masked.slice(h.end)) : null;
      if (num && rules.issuer === 'header.issuer.gazetteer') {
        const name = h.entry.canonical.replace(/(\S+)$/u, (w) => upperFirst(w)) + ' ' + num[1];
        issuer = { name, canonical: null };
        rules.issuer = 'header.issuer.unit-number';
        spans.issuer = { start: h.start, end: h.end + num[0].length };
      }
      // "BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, ...": a known short name ("Ban Chỉ đạo") that the line goes on past, in words that
      // name no other body: the whole line is the issuer.
      const lineEnd = masked.indexOf('\n', h.end);
      const rest = masked.slice(h.end, lineEnd < 0 ? masked.length : lineEnd).replace(/[-–_.\s]+$/, '');
      if (rules.issuer === 'header.issuer.gazetteer' && /^[ \t]+[a-z]/.test(rest) && rest.trim().split(/\s+/).length >= 3 && !c.gaz.scan(rest).length) {
        // (A name the gazetteer read over a line break passes the motto's column, blank in `masked`: not its words.)
        const seen = [...text.slice(h.start, h.end + rest.length)].map((ch, i) => (masked[h.start + i] === ' ' ? ' ' : ch)).join('');
        const name = recapitalise(sentenceCase(clean(seen)), c.gaz);
        issuer = { name: upperFirst(name), canonical: c.gaz.lookup(name)?.canonical ?? null };
        rules.issuer = 'header.issuer.longer-line';
        spans.issuer = { start: h.start, end: h.end + rest.length };
      }
      // "BỘ X / CỤC Y": the issuing body on the line under its parent (Nghị định 30/2020, Phụ lục I),
      // one the gazetteer does not know; a line that only carries the known name on is not it.
      const under = lowerLine(masked, h.end);
      if (under) {
        // header.issuer.lower-line-wrapped: a long name goes on over one or two more lines ("CỤC KIỂM SOÁT HOẠT ĐỘNG" /
        // "KINH DOANH HÀNG NHẬP KHẨU").
        const wrap = unitWrap(text, masked, under);
        // (A unit's own number ends its name: "TRƯỜNG THCS SỐ 2", "CHI BỘ ẤP 3"; other marks at the end are the OCR's.)
        const written = [under, ...wrap].map((l) => text.slice(l.start, l.end).replace(/(\s\d{1,2}(?!\d))?[^\p{L}\s,-]*$/u, (_, n?: string) => n ?? '')).join(' ');
        const name = recapitalise(sentenceCase(clean(written)), c.gaz);
        // A known name the OCR damaged (a letter lost at the end, a stray stop): the nearest in the gazetteer.
        const known = c.gaz.lookup(name) ?? c.gaz.nearest(name);
        issuer = { name: known?.canonical ?? upperFirst(name), canonical: known?.canonical ?? null };
        rules.issuer = wrap.length ? 'header.issuer.lower-line-wrapped' : 'header.issuer.lower-line';
        spans.issuer = wrap.length ? [under, ...wrap] : under;
        // header.issuer.set-up-by: a body set up by a document ("ĐOÀN KIỂM TRA" / "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT")
        // is named with it: "Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT".
        const rest: string[] = [];
        let at = under.end;
        let end = under.end;
        for (let k = 0; k < 3 && rest.join(' ').length < 80; k++) {
          const nl = text.indexOf('\n', at);
          if (nl < 0) break;
          const lm = /^[ \t]*(\S(?:[^\n]*?\S)?)(?=[ \t]{3,}|\t|[ \t]*$)/m.exec(text.slice(nl + 1, text.indexOf('\n', nl + 1) < 0 ? text.length : text.indexOf('\n', nl + 1)));
          if (!lm) break;
          rest.push(lm[1]!);
          at = nl + 1;
          end = nl + 1 + lm.index + lm[0].length;
          const f = fold(rest.join(' ')).replace(/\s+/g, ' ');
          const sm = /^theo (.+?) so:? ?(\d{1,5}[/-][a-z0-9đ/.-]+)$/.exec(f);
          const kt = sm ? kindTitle(sm[1]!) : undefined;
          if (sm && kt && kt.words.length === sm[1]!.length) {
            const sym = clean(rest.join(' ')).split(/\s+/).pop()!;
            issuer = { name: `${issuer.name} theo ${kt.kind} số ${sym}`, canonical: null };
            spans.issuer = { start: under.start, end };
            rules.issuer = 'header.issuer.set-up-by';
            break;
          }
          if (!/^theo /.test(f)) break;
        }
      }
    }
    // "BỘ NỘI VỤ" read "BỘ NỘIVỤ": the OCR dropped the spaces of a known name.
    const joined = hits.length ? undefined : joinedName(c.gaz, masked);
    if (joined) {
      issuer = { name: joined.entry.canonical, canonical: joined.entry.canonical };
      rules.issuer = 'header.issuer.gazetteer-joined';
      spans.issuer = trimSpan(text, { start: joined.start, end: joined.end });
    } else if (!hits.length) {
      const words = clean(masked.replace(/[^\p{L}\s]/gu, ' '));
      if (words.length >= 3) {
        const first = masked.search(/[a-z]/);
        const span = trimSpan(text, { start: first, end: masked.trimEnd().length });
        // The name from what the mask kept: the motto and the right column in the span are not the issuer's.
        const kept = [...text.slice(span.start, span.end)].map((ch, i) => (masked[span.start + i] === ' ' ? ' ' : ch)).join('');
        issuer = { name: sentenceCase(clean(kept.replace(/[^\p{L}\s,-]/gu, ' '))), canonical: null };
        rules.issuer = 'header.issuer.upper-block';
        spans.issuer = span;
      }
    }
    if (barCell && issuer) rules.issuerBar = 'header.issuer.bar-cell';
    const blockLines = [...masked.matchAll(/[^\n]*[a-z][^\n]*/g)].map((m) => {
      const part = m[0].trimStart().split(/ {3,}|\t/)[0]!.trimEnd();
      const start = m.index + m[0].length - m[0].trimStart().length;
      return { f: part.replace(/\s+/g, ' '), start, end: start + part.length };
    }).filter((x) => /[a-z]{2}/.test(x.f));
    // header.issuer.organ-line: "ỦY BAN NHÂN DÂN" over "XÃ TỊNH SƠN" (or "... TỈNH" / "HÀ GIANG"): a body the gazetteer knows
    // only by its kind and level, its place on the line (or the rest of the line) under it, a place the gazetteer does not
    // know (a commune, a ward, a former province). The issuer is the whole name.
    if (rules.issuer === 'header.issuer.gazetteer' && issuer && spans.issuer && !Array.isArray(spans.issuer)) {
      const h = spans.issuer;
      const level = /(?:^|\s)(?:tinh|thanh pho|xa|phuong|huyen|quan|thi xa|thi tran|dac khu)$/.test(masked.slice(h.start, h.end).replace(/\s+/g, ' '));
      const lineEnd = masked.indexOf('\n', h.end);
      const rest = masked.slice(h.end, lineEnd < 0 ? masked.length : lineEnd).split(/ {3,}|\t/)[0]!;
      const next = blockLines.find((x) => x.start > h.end);
      const levelLine = next && /^(?:tinh|thanh pho|xa|phuong|huyen|quan|thi xa|thi tran|dac khu) [a-z]/.test(next.f) && next.f.split(' ').length <= 7;
      let to = -1;
      if (level && /^[ \t]*[a-z]/.test(rest) && rest.trim().split(/\s+/).length <= 4) to = h.end + rest.trimEnd().length;
      else if (!level && !rest.trim() && levelLine && /^(?:uy ban nhan dan|hoi dong nhan dan)$/.test(masked.slice(h.start, h.end).replace(/\s+/g, ' '))) to = next.end;
      if (to > 0 && !c.gaz.scan(masked.slice(h.end, to)).length) {
        // From what the mask kept: a head in tab columns has the motto between the name and its place.
        const kept = [...text.slice(h.start, to)].map((ch, i) => (masked[h.start + i] === ' ' ? ' ' : ch)).join('');
        const name = recapitalise(sentenceCase(clean(kept.replace(/[^\p{L}\s-]+/gu, ' '))), c.gaz);
        // The words the gazetteer's name shares with the line ("Ủy ban nhân dân" of "... tỉnh" under a city's committee).
        const mine = issuer.name.split(' ');
        const theirs = name.split(' ');
        let k = 0;
        while (k < mine.length && k < theirs.length && fold(mine[k]!.toLowerCase()) === fold(theirs[k]!.toLowerCase())) k++;
        const tail = (k < theirs.length ? ' ' + theirs.slice(k).join(' ') : '').replace(/(?<=\s)\p{Ll}/gu, (ch) => ch.toLocaleUpperCase('vi')).replace(/^(\s+)(?:Tỉnh|Thành Phố|Xã|Phường|Huyện|Quận|Thị Xã|Thị Trấn|Đặc Khu)(?=\s)/u, (w) => w.toLocaleLowerCase('vi'));
        const full = k ? mine.slice(0, k).join(' ') + tail : upperFirst(name);
        issuer = { name: full, canonical: c.gaz.lookup(full)?.canonical ?? null };
        rules.issuer = 'header.issuer.organ-line';
        spans.issuer = trimSpan(text, { start: h.start, end: to });
      }
    }
    // header.issuer.party-unit: "ĐẢNG BỘ TỈNH X" over "TỈNH ỦY", "ĐẢNG BỘ X" over "BAN THƯỜNG VỤ ĐẢNG ỦY ...": the Party
    // unit under its parent issues (dictionaries/extract/party-heads.tsv); a bare organ ("TỈNH ỦY") takes the parent's place.
    const heads = lexicon().partyHeads;
    const headOf = (f: string) => heads.find(([h]) => f === h || f.startsWith(h + ' '));
    // (header.issuer.party-abbrev: the parent written as its abbreviation, "ĐBCS ..." for Đảng bộ cơ sở, "ĐBBP ..." for Đảng bộ
    // bộ phận, as Hướng dẫn 36 allows.)
    // header.issuer.party-organ-unit: a committee with its place ("TỈNH ỦY X", "ĐẢNG ỦY XÃ Y") over one of its units ("BAN
    // TUYÊN GIÁO", "VĂN PHÒNG", "ỦY BAN KIỂM TRA"): the unit issues, named with its committee as the Party names its units
    // ("Văn phòng Đảng ủy X", "Ban Tuyên giáo Tỉnh ủy Y"; so does header.issuer.central-party-unit).
    const pi = blockLines.findIndex((x) => /^(?:dang bo|dbcs|dbbp|(?:tinh|thanh|huyen|quan|thi|dang) uy) [a-z]/.test(x.f));
    const organParent = pi >= 0 && !/^(?:dang bo|dbcs|dbbp) /.test(blockLines[pi]!.f);
    const unit = pi >= 0 ? blockLines[pi + 1] : undefined;
    const uh = unit ? headOf(unit.f) : undefined;
    if (unit && uh && uh[0] !== 'dang bo' && !(organParent && uh[1])) {
      const written = clean(text.slice(unit.start, unit.end).replace(/[^\p{L}\d\s,-]+/gu, ' '));
      let name = upperFirst(recapitalise(sentenceCase(written), c.gaz));
      if (uh[1] && unit.f === uh[0]) {
        const parent = blockLines[pi]!;
        const place = /^dang bo (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong) /.exec(parent.f);
        if (place) {
          const words = text.slice(parent.start, parent.end).trim().split(/\s+/).slice(place[0].trim().split(' ').length);
          name += ' ' + words.map((w) => w[0] + w.slice(1).toLocaleLowerCase('vi')).join(' ');
        }
      }
      if (organParent) {
        const parent = blockLines[pi]!;
        const pn = upperFirst(recapitalise(sentenceCase(clean(text.slice(parent.start, parent.end).replace(/[^\p{L}\d\s,-]+/gu, ' '))), c.gaz));
        const known = c.gaz.lookup(pn);
        parentCased = !!known && key(known.canonical) === key(pn);
        // A place the gazetteer does not know is a proper name: its words capitalised ("Tỉnh ủy Sơn Hà").
        name += ' ' + (known && key(known.canonical) === key(pn) ? known.canonical : pn.replace(/^(\p{L}+ ủy)((?: \p{Ll}+)+)$/u, (_, o: string, rest: string) => {
          const body = c.gaz.lookup(rest.trim());
          return o + (body && key(body.canonical) === key(rest) ? ' ' + body.canonical : rest.replace(/ (\p{Ll})/gu, (_m, ch: string) => ' ' + ch.toLocaleUpperCase('vi')));
        }));
      }
      name = name.replace(/(?<![\p{L}])(tỉnh ủy|thành ủy|huyện ủy|đảng ủy|ban thường vụ)(?![\p{L}])/gu, (w) => upperFirst(w)).replace(/^(\p{Lu}\p{Ll}*) (Thường vụ)/u, '$1 $2');
      issuer = { name, canonical: c.gaz.lookup(name)?.canonical ?? null };
      rules.issuer = organParent ? 'header.issuer.party-organ-unit' : 'header.issuer.party-unit';
      spans.issuer = organParent ? [trimSpan(text, { start: unit.start, end: unit.end }), trimSpan(text, { start: blockLines[pi]!.start, end: blockLines[pi]!.end })] : trimSpan(text, { start: unit.start, end: unit.end });
    }
    // header.issuer.central-party-unit: "BAN CHẤP HÀNH TRUNG ƯƠNG" (on one line or two) over "VĂN PHÒNG", "BAN TỔ CHỨC" ...: a
    // unit of the Party's Central Committee issues, named with "Trung ương" ("Văn phòng Trung ương Đảng").
    const ci = blockLines.findIndex((x, i) => x.f === 'ban chap hanh trung uong' || (x.f === 'ban chap hanh' && blockLines[i + 1]?.f === 'trung uong'));
    const cu = ci >= 0 ? blockLines[blockLines[ci]!.f === 'ban chap hanh' ? ci + 2 : ci + 1] : undefined;
    const ch = cu ? headOf(cu.f) : undefined;
    if (cu && ch && ch[0] !== 'dang bo' && ch[0] !== 'ban chap hanh' && !ch[1]) {
      const written = upperFirst(recapitalise(sentenceCase(clean(text.slice(cu.start, cu.end).replace(/[^\p{L}\s,-]+/gu, ' '))), c.gaz));
      const name = `${written} Trung ương${cu.f === 'van phong' ? ' Đảng' : ''}`;
      issuer = { name, canonical: c.gaz.lookup(name)?.canonical ?? null };
      rules.issuer = 'header.issuer.central-party-unit';
      // The name is read from two places: the parent's "TRUNG ƯƠNG" and the unit's line.
      const parent = blockLines[ci]!.f === 'ban chap hanh' ? blockLines[ci + 1]! : blockLines[ci]!;
      spans.issuer = [trimSpan(text, { start: parent.start, end: parent.end }), trimSpan(text, { start: cu.start, end: cu.end })];
    }
    // header.issuer.unit-line, header.issuer.organ-of-parent (src/extract/issuer-unit.ts): the block's last line names the
    // issuing unit under its parent.
    const byUnit = rules.issuer && /^header\.issuer\.(?:upper-block|organ-line|gazetteer|gazetteer-line|longer-line)$/.test(rules.issuer)
      ? unitIssuer(text, masked, blockLines, c.gaz, (s) => recapitalise(s, c.gaz))
      : undefined;
    const unitEnd = byUnit ? Math.max(...[byUnit.span].flat().map((x) => x.end)) : 0;
    if (byUnit && (!spans.issuer || Array.isArray(spans.issuer) || unitEnd >= (spans.issuer as Span).end)) {
      issuer = { name: byUnit.name, canonical: c.gaz.lookup(byUnit.name)?.canonical ?? null };
      rules.issuer = byUnit.rule;
      spans.issuer = Array.isArray(byUnit.span) ? byUnit.span.map((x) => trimSpan(text, x)) : trimSpan(text, byUnit.span);
    }
    const byHead = rules.issuer === 'header.issuer.upper-block' ? headWordUnit(text, masked, blockLines) : undefined;
    if (byHead) {
      const name = upperFirst(recapitalise(byHead.name, c.gaz));
      issuer = { name, canonical: c.gaz.lookup(name)?.canonical ?? null };
      rules.issuer = 'header.issuer.head-word-unit';
      spans.issuer = byHead.span.length > 1 ? byHead.span.map((x) => trimSpan(text, x)) : trimSpan(text, byHead.span[0]!);
    }
  }

  // "Ký bởi: <body> ... Thời gian ký: dd.mm.yyyy hh:mm": the issuing body's digital signature, put on when the clerk
  // issues the document, dates it. Taken for a day the OCR could not read, when the signer is the issuer and the
  // month and year agree with the date line.
  if (pd && !date && year && issuer) {
    const sig = /(?<![a-z])ky[ \t]{1,3}boi[ \t]{0,2}:[ \t]{0,3}([^\n]{3,80})\n(?:[^\n]{0,80}\n){0,3}?[^\n]{0,20}thoi[ \t]{1,3}gian[ \t]{1,3}ky[ \t]{0,2}:[ \t]{0,3}(\d{1,2})[./-](\d{1,2})[./-](\d{4})/.exec(folded.slice(0, zoneEnd));
    const mon = /^\d{1,2}$/.test(pd[2]!) ? Number(pd[2]) : NaN;
    const by = sig ? c.gaz.lookup(clean(text.slice(sig.index + sig[0].indexOf(sig[1]!), sig.index + sig[0].indexOf(sig[1]!) + sig[1]!.length))) : undefined;
    if (sig && by && by.canonical === issuer.canonical && Number(sig[3]) === mon && Number(sig[4]) === year) {
      const d = isoDate(year, mon, Number(sig[2]));
      if (d) {
        date = d;
        rules.date = 'header.date.signature-time';
        const at = sig.index + sig[0].length - sig[2]!.length - sig[3]!.length - sig[4]!.length - 2;
        spans.date = { start: at, end: sig.index + sig[0].length };
        notes.push({ severity: 'warning', code: 'date-from-signature', text: `the day of the date line is unclear: ${d} taken from the time of ${by.canonical}'s digital signature; check it`, span: spans.date as Span });
      }
    }
    // header.date.signature-month: the day reads but the month does not ("ngày 29 tháng 44"): the month of the signature
    // when the year agrees and the document is dated on the signing day or up to a week before it.
    const day = /^\d{1,2}$/.test(pd[1]!) ? Number(pd[1]) : NaN;
    const sigDay = sig ? Number(sig[2]) : NaN;
    if (!date && sig && by && by.canonical === issuer.canonical && !(mon >= 1 && mon <= 12) && Number(sig[4]) === year && day >= 1 && day <= sigDay && sigDay - day <= 7) {
      const d = isoDate(year, Number(sig[3]), day);
      if (d) {
        date = d;
        rules.date = 'header.date.signature-month';
        const at = sig.index + sig[0].length - sig[2]!.length - sig[3]!.length - sig[4]!.length - 2;
        // Read from two places: the day on the date line, the month from the signature.
        spans.date = [{ start: pd.index, end: pd.index + pd[0].length }, { start: at, end: sig.index + sig[0].length }];
        notes.push({ severity: 'warning', code: 'date-from-signature', text: `the month of the date line is unclear: ${d} takes the month of ${by.canonical}'s digital signature; check it`, span: spans.date[0]! });
      }
    }
  }
  // The place and date line: a trích yếu in the left column may share its line ("V/v ... <place>, ngày ...").
  const pdSpan = pd ? { start: (spans.place as Span | undefined)?.start ?? pd.index, end: pd.index + pd[0].length } : undefined;
  // Kind title line ("NGHỊ QUYẾT", "THÔNG BÁO") and subject (after it, or after "V/v").
  // A date broken over two lines ends on the second.
  const startLine = Math.max(0, numberLine, pd ? ls.findIndex((l) => l.end >= pd.index + pd[0].length - 1) : 0);
  let type: string | null = null;
  let subject: string | null = null;
  let bodyStart = pd ? pd.index + pd[0].length : numberSpan?.end ?? 0;
  // "V.v" (the OCR's reading of "V/v") only opening its line before a lower-case word: "v.v." (and so on) ends lists.
  const vv = /(?<![a-z])v[/il1|]v(?:[ \t.:]{1,3}|[ \t]*(?=\n))|(?<=^|\n)[ \t]{0,8}v\.v[ \t]{1,3}(?=\p{Ll})|(?<=^|\n)[ \t]{0,8}van[ \t]{1,3}(?=\p{Ll})|(?<=^|\n)[ \t]{0,12}ve[ \t]viec(?:[ \t]{0,2}:)?[ \t]{1,3}(?=\p{Ll})/gu;
  vv.lastIndex = 0;
  // "VĂN triển khai": the "V/v" of an OCR'd scan restored as a word; a body line "Văn bản số ..." (or the issuer's
  // "VĂN PHÒNG ...") is not it, and the search goes on past it.
  // "về việc ..." written out opens a letter's subject only right under the number and date.
  const headEnd = Math.max(pd ? pd.index + pd[0].length : 0, numberSpan?.end ?? 0);
  const vvZone = folded.slice(0, zoneEnd + 500);
  let vvm: RegExpExecArray | null = null;
  for (let m = vv.exec(vvZone); m; m = vv.exec(vvZone)) {
    if (/viec/.test(m[0]) && (!headEnd || m.index > headEnd + 300)) break;
    if (/van/.test(m[0]) && (text.slice(m.index, m.index + m[0].length).trim() !== 'VĂN' || !/^\s*\p{Ll}/u.test(text.slice(m.index + m[0].length)))) continue;
    vvm = m;
    // header.subject.ve-viec-colon: "Về việc: <trích yếu>", the label closed by a colon as a form's field is.
    if (/viec[ \t]*:/.test(m[0])) rules.subjectLabel = 'header.subject.ve-viec-colon';
    break;
  }
  // header.type.ve-letter: "Về <trích yếu>" on the line right under the number, before the place and date (a letter's left
  // column, "V/v" written "Về"), the text addressing someone ("Kính gửi"): a Công văn.
  if (!vvm && numberLine >= 0 && pd) {
    const nl = ls.slice(numberLine + 1).find((l) => l.text.trim());
    if (nl && nl.end < pd.index && /^[ \t|]*Về[ \t]+\p{Ll}/u.test(nl.text) && /k[i][a-z]{0,2}h[ \t]{1,3}g[a-z]{1,3}[ \t]{0,2}:/.test(folded.slice(pd.index, pd.index + 600))) {
      const re = /ve[ \t]+/g;
      re.lastIndex = nl.start + (nl.text.length - nl.text.replace(/^[ \t|]*/, '').length);
      const m = re.exec(vvZone);
      if (m && m.index === re.lastIndex - m[0].length) {
        vvm = m;
        rules.typeVe = 'header.type.ve-letter';
      }
    }
  }
  for (let li = startLine + (pd || numberSpan ? 1 : 0); li < ls.length && ls[li]!.start < zoneEnd; li++) {
    const l = ls[li]!;
    const f = folded.slice(l.start, l.end).trim().replace(/^[^a-z0-9]{1,4}/, '');
    if (!f) continue;
    const letters = l.text.replace(/[^\p{L}]/gu, '');
    const tail = letters.length >= 4 && letters !== letters.toUpperCase() ? titleTail(l) : undefined;
    // The kind's title line, and the trích yếu under it (or after the title on its line, from `at`).
    const takeTitle = (kind: string, rule: string, from: number, at: number, last = li) => {
      type = kind;
      rules.type = rule;
      spans.type = trimSpan(text, { start: from, end: ls[last]!.end });
      const s = subjectFrom(c, ls, last + 1, at, pdSpan);
      if (s) {
        subject = s.text;
        rules.subject = s.about ? 'header.subject.about-own-line' : 'header.subject.after-title';
        if (s.end) rules.subjectEnd = s.end;
        if (s.debris) rules.subjectDebris = 'header.subject.stamp-debris';
        if (s.motto) rules.subjectMotto = 'header.subject.motto-between';
        if (s.proper) rules.subjectProper = 'header.subject.proper-words';
        if (s.person) rules.subjectPerson = 'header.subject.person-name';
        if (s.cased) rules.subjectCase = 'header.subject.body-case';
        if (s.cell) rules.subjectCell = 'header.subject.left-cell';
        if (s.mottoCell) rules.subjectCell = 'header.subject.left-of-motto';
        for (const r of s.noise ?? []) rules[r === 'header.subject.field-line' ? 'subjectField' : r === 'header.subject.noise-head' ? 'subjectNoiseHead' : r === 'header.subject.about-misread' ? 'subjectAbout' : r === 'header.subject.vv-past-date' || r === 'header.subject.link-alone' ? 'subjectWrap' : 'subjectNoise'] = r;
        spans.subject = s.span;
        bodyStart = s.span.end;
      } else bodyStart = ls[last]!.end;
    };
    if (tail) {
      // "<debris> : _ <KIND>": the kind title with a received stamp's debris before it on its line.
      takeTitle(tail.kind, 'header.type.title-tail', tail.start, -1);
      break;
    }
    // header.type.title-head: "KẾ HOẠCH Triển khai ..." - the kind's title in capitals, then the trích yếu on its line
    // in mixed case (a layout that lost the line break under the title).
    const head = letters.length >= 4 && letters !== letters.toUpperCase() ? titleHead(l) : undefined;
    if (head) {
      takeTitle(head.kind, 'header.type.title-head', l.start, head.at);
      spans.type = trimSpan(text, { start: l.start, end: head.at });
      break;
    }
    if (letters.length < 4 || letters !== letters.toUpperCase()) {
      // header.type.past-blank-date: "Hà Nội, ngày   tháng   năm" (the e-office stamps the day later) is the place-date line,
      // not a body line: the kind's title may stand under it.
      if (!vvm || (!pd && /^[^,\n]{2,40},[ \t]*ngay[ \t]+thang[ \t]+nam[ \t]*$/.test(f))) continue;
      break;
    }
    const k = kindTitle(f);
    if (k) {
      takeTitle(k.kind, 'header.type.title-line', l.start, f.length > k.words.length + 3 ? folded.indexOf(k.words, l.start) + k.words.length : -1);
      break;
    }
    // header.type.title-wrapped: the kind's title in capitals broken over two lines ("QUYẾT" / "ĐỊNH", "THÔNG" / "BÁO"): one
    // word alone on its line, the rest of the title alone on the next.
    const nx = ls[li + 1];
    if (nx && /^[a-z]+$/.test(f) && isUpperWord(nx.text)) {
      const jf = `${f} ${folded.slice(nx.start, nx.end).trim().replace(/\s+/g, ' ')}`;
      const kw = kindTitle(jf);
      if (kw && kw.words.replace(/\s+/g, ' ') === jf) {
        takeTitle(kw.kind, 'header.type.title-wrapped', l.start, -1, li + 1);
        break;
      }
    }
  }
  // A text without letter head (a copy, a data set) may open with one line naming its kind and trích yếu:
  // "Chỉ thị về việc tăng cường ...". Its case is kept as written but for the first letter (a trích yếu opens with a
  // capital, as "V/v triển khai" gives "Triển khai"); "số ..." after the kind is a citation, not this.
  if (!type && !pd && !numberSpan) {
    const t = titleSentence(text, folded, ls);
    if (t) {
      type = t.kind;
      rules.type = 'header.type.title-sentence';
      spans.type = t.kindSpan;
      subject = upperFirst(clean(text.slice(t.span.start, t.span.end)));
      rules.subject = 'header.subject.title-sentence';
      if (/\n/.test(text.slice(t.span.start, t.span.end))) rules.subjectEnd = 'header.subject.title-wrapped';
      spans.subject = t.span;
      bodyStart = Math.max(bodyStart, t.lineEnd);
    }
  }
  if (vvm && !type) {
    type = 'Công văn';
    rules.type = 'header.type.vv-letter';
    const at = vvm.index + vvm[0].length;
    const li = ls.findIndex((l) => l.end >= at);
    const s = subjectFrom(c, ls, li + 1, at, pdSpan);
    if (s) {
      subject = s.text;
      // header.subject.vv-own-line: "V/v" alone on its line, the trích yếu on the lines under it.
      rules.subject = /v$/.test(vvm[0]) ? 'header.subject.vv-own-line' : 'header.subject.after-vv';
      if (s.end) rules.subjectEnd = s.end;
      if (s.debris) rules.subjectDebris = 'header.subject.stamp-debris';
      if (s.motto) rules.subjectMotto = 'header.subject.motto-between';
      if (s.proper) rules.subjectProper = 'header.subject.proper-words';
      if (s.person) rules.subjectPerson = 'header.subject.person-name';
      if (s.cased) rules.subjectCase = 'header.subject.body-case';
      if (s.cell) rules.subjectCell = 'header.subject.left-cell';
      if (s.mottoCell) rules.subjectCell = 'header.subject.left-of-motto';
      for (const r of s.noise ?? []) rules[r === 'header.subject.field-line' ? 'subjectField' : r === 'header.subject.noise-head' ? 'subjectNoiseHead' : r === 'header.subject.about-misread' ? 'subjectAbout' : r === 'header.subject.vv-past-date' || r === 'header.subject.link-alone' ? 'subjectWrap' : 'subjectNoise'] = r;
      spans.subject = s.span;
      bodyStart = Math.max(bodyStart, s.span.end);
    }
  }

  // Recipients: "Kính gửi: X" or a dash list under it.
  const recipients: string[] = [];
  // "Xyz gửi:": the OCR's reading of "Kính" may be anything short, at the start of its line, before "gửi:".
  // ("Về kinh phí: ...", "kinh tế:" in a notice without Kính gửi are topics, not an OCR-damaged "Kính gửi:".)
  // header.recipients.kinh-gui-wrapped: "Kính" / "gửi:" broken over two lines by a narrow cell.
  let kg = /k[i][a-z]{0,2}h(?:[ \t]{1,3}|[ \t]*\r?\n[ \t]*(?=gui[ \t]{0,2}:))(?:g[a-z]{1,3}|(?!(?:phi|te|doanh)[ \t]{0,2}:)[a-z]{1,4})[ \t]{0,2}:|(?<=^|\n)[ \t]{0,8}[a-z]{2,6}[ \t]{1,3}gui[ \t]{0,2}:/g.exec(folded.slice(0, zoneEnd + 1500));

  // A công điện names its addressees after "<ISSUER> điện:", in a dash list whose every item ends with a full stop.
  const cd = kg ? null : /(?<=^|\n)[^\n]{3,60}[ \t]dien[ \t]{0,2}:[ \t|]*(?=\n)/.exec(folded.slice(0, zoneEnd + 1500));
  if (cd) {
    const wrap: { wrapped?: boolean } = {};
    const items = listAfter(text, ls, cd.index + cd[0].length, 20, false, false, wrap);
    for (const it of items) recipients.push(it.text);
    if (items.length) {
      spans.recipients = items.map((i) => i.span);
      rules.recipients = wrap.wrapped ? 'header.recipients.dien-wrapped' : 'header.recipients.dien';
      bodyStart = Math.max(bodyStart, items[items.length - 1]!.span.end);
    }
  }
  if (kg) {
    const stops: { bodyOpener?: boolean; wrappedName?: boolean; inlineWrapped?: boolean } = {};
    let items = listAfter(text, ls, kg.index + kg[0].length, 12, false, true, stops);
    // header.recipients.past-subject: "Kính gửi:" read beside the trích yếu's first line (the two columns as one): the
    // trích yếu's wrapped lines under it are no addressees.
    const subj = spans.subject as Span | undefined;
    if (subj && !Array.isArray(subj) && items.length > 1 && items[0]!.span.start >= subj.start && items[0]!.span.end <= subj.end) {
      items = items.filter((it) => !(it.span.start >= subj.start && it.span.end <= subj.end));
      rules.recipientsSkip = 'header.recipients.past-subject';
    }
    // "Kính gửi: Sở A; Sở B; Ủy ban nhân dân ...": addressees on one line split at semicolons, each part a capitalised
    // name and one at least a body the gazetteer knows.
    if (items.length === 1 && items[0]!.text.includes(';')) {
      const it = items[0]!;
      const parts: Span[] = [];
      let from = it.span.start;
      for (const m of text.slice(it.span.start, it.span.end).matchAll(/;/g)) {
        parts.push(trimSpan(text, { start: from, end: it.span.start + m.index }));
        from = it.span.start + m.index + 1;
      }
      parts.push(trimSpan(text, { start: from, end: it.span.end }, ' \t.;'));
      const known = (p: Span) => !!c.gaz.lookup(clean(text.slice(p.start, p.end))) || c.gaz.scan(folded.slice(p.start, p.end)).some((h) => h.start === 0);
      if (parts.length >= 2 && parts.every((p) => /^\p{Lu}/u.test(text.slice(p.start, p.end)) && p.end - p.start <= 100) && parts.some(known)) items = parts.map((p) => ({ text: clean(text.slice(p.start, p.end)), span: p }));
    }
    // header.recipients.particulars: "Mã số thuế: ...", "Địa chỉ: ..." under the addressee's name are its particulars,
    // no addressee (address-labels.tsv).
    const labelled = (t: string) => lexicon().addressLabels.some((w) => new RegExp(`^${w}[ \t]*:`).test(key(t.split(':')[0]!) + ':'));
    if (items.length > 1 && items.some((it) => labelled(it.text)) && !labelled(items[0]!.text)) {
      items = items.filter((it) => !labelled(it.text));
      rules.recipientsParticulars = 'header.recipients.particulars';
    }
    // An address in brackets under the name is not part of it.
    const cut = items.map((it) => {
      const name = it.text.replace(/\s*\([^)]{0,200}\)?\s*$/, '').trim() || it.text;
      const at = text.slice(it.span.start, it.span.end);
      // The span ends with the name too.
      return { name, span: name === it.text ? it.span : trimSpan(text, { start: it.span.start, end: it.span.start + at.lastIndexOf('(') }) };
    });
    // header.recipients.dong-kinh-gui: "- Đồng kính gửi: Thủ tướng Chính phủ." in the list: the addressee in copy is named
    // without the formula.
    for (const it of cut) {
      const dk = /^đồng kính gửi[ \t]*:?[ \t]*(?=\p{L})/iu.exec(it.name);
      if (!dk) continue;
      it.name = upperFirst(it.name.slice(dk[0].length));
      const off = fold(text.slice(it.span.start, it.span.end)).search(/(?<=^dong kinh gui[ \t]*:?[ \t]*)\S/);
      if (off > 0) it.span = { start: it.span.start + off, end: it.span.end };
      rules.recipientsCopy = 'header.recipients.dong-kinh-gui';
    }
    // header.recipients.stray-quote: no Vietnamese word ends in a quote mark; one glued to a word before a capitalised one
    // inside a name ("tỉnh Lâm' Đồng") is a stamp's stroke or a speck.
    for (const it of cut) {
      const unmarked = it.name.replace(/(?<=\p{L})['‘’`](?= \p{Lu})/gu, '');
      if (unmarked !== it.name) rules.recipientsQuote = 'header.recipients.stray-quote';
      recipients.push(unmarked);
    }
    if (items.length) {
      spans.recipients = cut.map((i) => i.span);
      rules.recipients = stops.bodyOpener ? 'header.recipients.body-opener' : 'header.recipients.kinh-gui';
      if (stops.wrappedName) rules.recipientsWrapped = 'header.recipients.wrapped-name';
      if (stops.inlineWrapped) rules.recipientsInline = 'header.recipients.inline-dash-wrapped';
      bodyStart = Math.max(bodyStart, items[items.length - 1]!.span.end);
    }
  }

  if (kg && !recipients.length) {
    // "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, ... Trung ương Vừa qua, ...": a letter head flattened
    // onto one line runs the addressee into the body. The addressee ends where the name of a body the gazetteer knows
    // ends and a capitalised word opens the body.
    const at = kg.index + kg[0].length;
    const l = ls.find((x) => x.end >= at);
    if (l) {
      const lead = text.slice(at, l.end).length - text.slice(at, l.end).trimStart().length;
      const from = at + lead;
      const hit = c.gaz
        .scan(folded.slice(from, l.end))
        .filter((h) => h.start <= 12 && /^[ \t]+\p{Lu}/u.test(text.slice(from + h.end, l.end)))
        .sort((a, b) => b.end - a.end)[0];
      if (hit) {
        const span = trimSpan(text, { start: from, end: from + hit.end });
        recipients.push(clean(text.slice(span.start, span.end)));
        spans.recipients = [span];
        rules.recipients = 'header.recipients.run-on';
        bodyStart = Math.max(bodyStart, span.end);
      } else {
        // header.recipients.run-on-opener: the addressee is no body the gazetteer knows ("Kính gửi: Công ty cổ phần X
        // (XC) Phúc đáp Công văn số ..."): it ends where a body opener (body-openers.tsv), capitalised, starts the body.
        const f = folded.slice(from, l.end);
        let best: number | undefined;
        for (const w of lexicon().bodyOpeners) {
          const re = new RegExp(`[ \t]${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \t]`, 'g');
          for (const m of f.matchAll(re)) {
            if (m.index! < 3 || m.index! > 200 || !/^\p{Lu}/u.test(text.slice(from + m.index! + 1))) continue;
            if (best === undefined || m.index! < best) best = m.index!;
            break;
          }
        }
        const span = best !== undefined ? trimSpan(text, { start: from, end: from + best }, ' \t.;,') : undefined;
        if (span && /^\p{Lu}/u.test(text.slice(span.start, span.end)) && !/[.:]/.test(text.slice(span.start, span.end).replace(/\([^)]*\)/g, ''))) {
          recipients.push(clean(text.slice(span.start, span.end)));
          spans.recipients = [span];
          rules.recipients = 'header.recipients.run-on-opener';
          bodyStart = Math.max(bodyStart, span.end);
        }
      }
    }
  }

  // header.type.kinh-gui-letter: a text that opens with "Kính gửi:" (its letter head lost, no title nor "V/v") is a
  // letter: a Công văn.
  const headless = !!kg && !text.slice(0, kg.index).replace(/[\s|>*#_-]+/g, '') && !numberSpan && !pd;
  if (headless && !type) {
    type = 'Công văn';
    rules.type = 'header.type.kinh-gui-letter';
  }
  // header.issuer.body-requester: such a letter names who writes it in its opening, as the subject of "yêu cầu" or
  // "đề nghị" ("..., Bộ X yêu cầu:", "..., Ban Chỉ đạo Y (sau đây viết là ...) đề nghị"): a body the gazetteer knows,
  // or a clause after a comma that opens with a body's head noun (agency-words.tsv, head).
  if (headless && !issuer) {
    const zone = folded.slice(bodyStart, Math.min(text.length, bodyStart + 3000));
    // header.issuer.requester-later: the first "yêu cầu" may be a noun ("còn chưa đạt yêu cầu"); the verbs after it are
    // tried in turn until one has a body before it. header.issuer.head-requester: "Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo
    // như sau:": the head speaks for the body, which writes.
    const RE_VERB = /(?:[ \t\r\n]*\([^)]{0,150}\))?[ \t\r\n]+(?:yeu cau|de nghi|chi dao(?=[ \t]*(?:nhu sau|:)))(?![a-z])/g;
    let tries = 0;
    for (let verb = RE_VERB.exec(zone); verb && !issuer && tries < 4; verb = RE_VERB.exec(zone), tries++) {
      const end = bodyStart + verb.index;
      const off = Math.max(bodyStart, end - 300);
      const hits = c.gaz.scan(folded.slice(off, end)).filter((h) => !folded.slice(off, end).slice(h.end).trim());
      if (hits.length) {
        const h = hits[hits.length - 1]!;
        issuer = { name: h.entry.canonical, canonical: h.entry.canonical };
        spans.issuer = { start: off + h.start, end: off + h.end };
        rules.issuer = tries ? 'header.issuer.requester-later' : 'header.issuer.body-requester';
        const head = headOf(c, h.entry.canonical);
        if (head) {
          issuer = head;
          rules.issuer = 'header.issuer.head-requester';
        }
        const written = clean(text.slice(off + h.start, off + h.end));
        const placed = issuer && issuerPlace(c, folded, head ? written.split(/\s+/).slice(written.split(/\s+/).length - issuer.name.split(/\s+/).length).join(' ') : written);
        if (placed) {
          issuer = placed;
          rules.issuerEnd = 'header.issuer.requester-place';
        }
      } else if (!tries) {
        const from = Math.max(folded.lastIndexOf(',', end), folded.lastIndexOf('.', end), folded.lastIndexOf(':', end), bodyStart) + 1;
        const span = trimSpan(text, { start: from, end });
        const f = folded.slice(span.start, span.end).replace(/\s+/g, ' ');
        const heads = lexicon().agencyWords.get('head') ?? [];
        if (/^\p{Lu}/u.test(text.slice(span.start, span.end)) && span.end - span.start <= 250 && heads.some((w) => f.startsWith(w.join(' ') + ' '))) {
          const name = clean(text.slice(span.start, span.end));
          issuer = { name, canonical: c.gaz.lookup(name)?.canonical ?? null };
          spans.issuer = span;
          rules.issuer = 'header.issuer.body-requester';
        }
      }
    }
  }

  // Tail: "Nơi nhận:", the signer block.
  const nn = lastMatch(RE_NOI_NHAN(), folded, Math.floor(text.length * 0.4));
  const endMark = lastMatch(/\.\/\./g, folded, Math.floor(text.length * 0.3));
  let bodyEnd = nn ?? (endMark !== undefined ? endMark + 3 : text.length);
  // A decision that issues a plan attached after its signature ("Nơi nhận: ..." then "KẾ HOẠCH" over the plan): the plan is
  // body too (its tasks), up to its own end.
  const anchor = nn ?? new RegExp(NOI_NHAN).exec(folded)?.index;
  const attached = anchor !== undefined ? /\n[ \t|]*(?:ke hoach|chuong trinh(?: hanh dong)?)[ \t]*\n/.exec(folded.slice(anchor)) : null;
  if (anchor !== undefined && attached && text.length - (anchor + attached.index) > 200) {
    bodyEnd = endMark !== undefined && endMark > anchor + attached.index ? endMark + 3 : text.length;
  }
  const nnLine = nn !== undefined ? ls.findIndex((l) => l.end >= nn) : -1;
  const tailFrom = Math.min(bodyEnd, endMark ?? bodyEnd, nnLine > 3 ? ls[nnLine - 3]!.start : bodyEnd);
  const copiesTo: string[] = [];
  if (nn !== undefined) {
    const marks: { marked?: boolean } = {};
    const items = listAfter(text, ls, nn + folded.slice(nn).indexOf(':') + 1, 40, true, true, marks);
    for (const it of items) copiesTo.push(it.text);
    if (items.length) {
      spans.copiesTo = items.map((i) => i.span);
      rules.copiesTo = marks.marked ? 'header.copies.noi-nhan-marked' : 'header.copies.noi-nhan';
    }
  }
  const how: { flat?: boolean; prefix?: boolean; wrapped?: boolean; quoted?: boolean; split?: boolean; initial?: boolean; emphasis?: boolean; rule?: string } = {};
  let signer = readSigner(text, folded, ls, tailFrom, spans, how);
  // A repair of the name read by the rule below is scored on the signer too ("signerMarks").
  if (signer?.name && how.split) rules.signerMarks = 'header.signer.split-syllable';
  if (signer?.name && how.initial) rules.signerMarks = 'header.signer.name-initial';
  if (signer?.name && /^Lưu /.test(signer.name)) rules.signerSurname = 'header.signer.surname-luu';
  if (signer && how.emphasis) rules.signerEmphasis = 'header.signer.emphasis';
  if (signer) rules.signer = how.rule && signer.name ? how.rule : how.flat ? 'header.signer.one-line' : how.wrapped ? 'header.signer.name-wrapped' : how.prefix && signer.name ? 'header.signer.name-prefix' : how.quoted && signer.name ? 'header.signer.quoted' : 'header.signer.block';
  // header.signer.named-before-appendix: the last signature names no one (a form in an appendix: "TM. ỦY BAN NHÂN DÂN /
  // CHỦ TỊCH / (Ký, ghi rõ họ tên ...)") while the decision's own, before its first "Nơi nhận:", does: that one signs.
  if (signer && !signer.name) {
    const first = new RegExp(NOI_NHAN).exec(folded);
    if (first) {
      const fl = ls.findIndex((l) => l.end >= first.index);
      // Up to the appendix's heading ("QUY CHẾ", "PHỤ LỤC", "Mẫu số 01" ...), at most 30 lines on.
      const head = ls.findIndex((l, i) => i > fl && /^[ \t|#]*(?:quy che|quy dinh|ke hoach|chuong trinh|phu luc|mau so|de an|huong dan)(?![a-z])/.test(folded.slice(l.start, l.end)));
      const own: Record<string, Span | Span[]> = {};
      const before = readSigner(text, folded, ls.slice(0, head > fl ? Math.min(head, fl + 30) : fl + 30), ls[Math.max(0, fl - 3)]!.start, own);
      if (before?.name) {
        signer = before;
        for (const k of ['authority', 'title', 'signer']) delete spans[k];
        Object.assign(spans, own);
        rules.signer = 'header.signer.named-before-appendix';
      }
    }
  }
  // header.signer.no-copies: a text that ends at its signature, with neither "Nơi nhận:" nor "./." before it (a gazette
  // copy: "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / <name>" after the last article): the block opens at the last
  // authority line ("TM.", "KT.", "TL." ...) of the text's last part.
  if (!signer && nn === undefined && endMark === undefined) {
    const tail = Math.floor(text.length * 0.6);
    let byTitle = false;
    let auth = lastMatch(/(?:^|\n)[ \t|>*]*(?:kt|tm|tl|tuq|k\/t|t\/m|t\/l)[.,][ \t]{0,2}[a-z]/g, folded, tail);
    // header.signer.no-copies-title: the head signs in person, so no mark: the last line of the text's last part that
    // is a title alone, in capitals ("GIÁM ĐỐC", "THỦ TƯỚNG"), a name under it.
    if (auth === undefined) {
      const last = ls.filter((l) => l.start >= tail).reverse().find((l) => {
        const t = text.slice(l.start, l.end).trim();
        return t.length > 3 && t === t.toUpperCase() && titleWords().has(folded.slice(l.start, l.end).trim());
      });
      if (last) auth = last.start - 1;
      byTitle = last !== undefined;
    }
    if (auth !== undefined) {
      // The first authority line of the block ("TM. CHÍNH PHỦ" over "KT. THỦ TƯỚNG"), up to two lines up.
      const al = ls.findIndex((l) => l.end >= auth + 1);
      let first = al;
      for (let k = al - 1; k >= Math.max(0, al - 2); k--) if (/^[ \t|>*]*(?:kt|tm|tl|tuq|k\/t|t\/m|t\/l)[.,]/.test(folded.slice(ls[k]!.start, ls[k]!.end))) first = k;
      const own: Record<string, Span | Span[]> = {};
      const h: typeof how = {};
      const s = first >= 0 ? readSigner(text, folded, ls, ls[first]!.start, own, h) : null;
      if (s?.name) {
        signer = s;
        Object.assign(spans, own);
        Object.assign(how, h);
        rules.signer = byTitle ? 'header.signer.no-copies-title' : 'header.signer.no-copies';
      }
    }
  }
  if (!signer) {
    // A decision with its plan attached: the signature stands at the end of the decision, before the appendix.
    const first = new RegExp(NOI_NHAN).exec(folded);
    if (first && first.index < tailFrom) {
      const fl = ls.findIndex((l) => l.end >= first.index);
      signer = readSigner(text, folded, ls.slice(0, fl + 30), ls[Math.max(0, fl - 3)]!.start, spans);
      if (signer) rules.signer = 'header.signer.before-appendix';
    }
  }
  // header.signer.authority-title: no title nor mark at the end (a scan lost them), a name closing the copies list, and the
  // authority printed under the trích yếu ("BỘ TRƯỞNG BỘ X"): the head signs, under that title.
  const subjectSpan = spans.subject;
  if (!signer && subjectSpan && !Array.isArray(subjectSpan)) {
    const first = new RegExp(NOI_NHAN).exec(folded);
    const after = ls.filter((l) => l.start >= subjectSpan.end && l.text.trim()).slice(0, 3);
    const auth = after.map((l) => folded.slice(l.start, l.end).replace(/[’'`‘]/g, '').replace(/\s+/g, ' ').trim()).find((f) => signerLine(c, f));
    const k = auth && [...titleWords().keys()].find((t) => auth.startsWith(t + ' '));
    if (first && k) {
      const fl = ls.findIndex((l) => l.end >= first.index);
      for (const l of ls.slice(fl + 1, fl + 30)) {
        const t = l.text.trim();
        if (isMotto(folded.slice(l.start, l.end).trim())) break;
        if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,3}$/u.test(t) && lexicon().surnames.has(key(t.split(' ')[0]!)) && !NAME_NOT.test(t)) {
          signer = { name: t, title: titleWords().get(k)!, authority: null };
          spans.signer = trimSpan(text, { start: l.start, end: l.end });
          rules.signer = 'header.signer.authority-title';
          break;
        }
      }
    }
  }
  if (signer && signer.title && !spans.title && signer.authority && /^KT\b/.test(signer.authority)) {
    notes.push({ severity: 'info', code: 'signer-title-inferred', text: `no title under "${signer.authority}": the signer, signing for the head, is taken to be the ${signer.title}`, span: spans.authority as Span });
  }
  if ([...folded.matchAll(RE_NOI_NHAN())].some((m) => m[0][0] !== 'n')) {
    if (copiesTo.length) rules.copiesToHeading = 'header.copies.noi-nhan-misread';
    if (signer) rules.signerHeading = 'header.copies.noi-nhan-misread';
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

  // header.subject.article-echo: a decision's Điều 1 repeats its trích yếu ("Ban hành <X>" / "Điều 1. Ban hành kèm theo
  // Quyết định này <X>."); when the two differ by a few characters only, the trích yếu is the one a seal or stamp
  // spoiled ("tài trợ: khủng bố và. tất trợ"), so it is written as the article writes it.
  if (subject && spans.subject && !Array.isArray(spans.subject)) {
    const echo = articleEcho(subject, text.slice(spans.subject.end));
    if (echo) {
      notes.push({ severity: 'info', code: 'subject-from-article', text: `the trích yếu "${subject}" is written "${echo}" as Điều 1 repeats it`, span: spans.subject });
      subject = echo;
      rules.subjectEcho = 'header.subject.article-echo';
    }
  }

  // header.subject.body-marks: the trích yếu's words whose marks the OCR garbled ("kiêm tra thuê") take the marks the body
  // writes them with more often ("kiểm tra thuế"), phrase by phrase.
  if (subject && spans.subject && !Array.isArray(spans.subject)) {
    // The motto is no body: "BỘ Y TẾ" over "CỘNG HÒA ..." makes "y tế cộng", which would write "y tế công lập" as "cộng".
    const { text: fixed, kept } = bodyMarks(subject, withoutMotto(text.slice(0, spans.subject.start)) + '\n|' + withoutMotto(text.slice(spans.subject.end)));
    if (kept) rules.subjectMarksKept = 'header.subject.body-marks-context';
    if (fixed !== subject) {
      notes.push({ severity: 'info', code: 'subject-marks-from-body', text: `the trích yếu "${subject}" is written "${fixed}" with the marks the body gives its words`, span: spans.subject });
      subject = fixed;
      rules.subjectMarks = 'header.subject.body-marks';
    }
  }

  if (numberSpan) spans.number = numberSpan;
  if (issuer && !issuer.canonical && !parentCased) {
    const named = properTail(issuer.name);
    if (named !== issuer.name) {
      issuer = { ...issuer, name: named };
      rules.issuerCase = 'header.issuer.proper-tail';
    }
    // header.issuer.body-case: a name read from capitals takes the capitals the body writes it with ("Cục Thuế").
    const head = [spans.issuer ?? []].flat().map((sp) => text.slice(sp.start, sp.end)).join(' ');
    const cased = head && !/\p{Ll}/u.test(head) ? bodyCase(issuer.name, text.slice(bodyStart)) : issuer.name;
    if (cased !== issuer.name) {
      issuer = { ...issuer, name: cased };
      rules.issuerBodyCase = 'header.issuer.body-case';
    }
    const fn = head && !/\p{Ll}/u.test(head) ? functionCapital(issuer.name, head) : issuer.name;
    if (fn !== issuer.name) {
      issuer = { ...issuer, name: fn };
      rules.issuerFunction = 'header.issuer.function-capital';
    }
  }
  // header.level-tone: "tỉnh" the OCR read "tính" (its hook for an acute) before a place named in capitals ("TÍNH BẠC LIÊU",
  // "tại tính Quảng Ngãi"): the verb "tính" does not stand before a name of two capitalised words or more.
  if (issuer) {
    const t = levelTone(issuer.name);
    if (t !== issuer.name) {
      issuer = { ...issuer, name: t };
      rules.issuerLevel = 'header.level-tone';
    }
  }
  if (subject && levelTone(subject) !== subject) {
    subject = levelTone(subject);
    rules.subjectLevel = 'header.level-tone';
  }
  recipients.forEach((r, i) => {
    if (levelTone(r) === r) return;
    recipients[i] = levelTone(r);
    rules.recipientsLevel = 'header.level-tone';
  });
  return {
    fields: { number, type, issuer, place, date, subject, recipients, signer, copiesTo, secrecy, urgency, spans, rules },
    year,
    bodyStart,
    bodyEnd,
    numberSpan,
    notes,
  };
}

/** The first upper-case line after `from` in the issuer block (`masked`: other text blanked) when it opens with the
 *  head noun of a body ("cục", "vụ", "chi cục", "ban" ...), as the issuing unit under its parent is written. */
/** "tính" before two or more capitalised syllables (a place name) is the level word "tỉnh". */
export function levelTone(s: string): string {
  return s.replace(/(?<![\p{L}])(t|T)(ính|ÍNH)(?= \p{Lu}[\p{Ll}\p{Lu}]* \p{Lu})/gu, (_, t: string, r: string) => t + (r === 'ÍNH' ? 'ỈNH' : 'ỉnh'));
}

function lowerLine(masked: string, from: number): Span | undefined {
  // The next line with text; lines blanked (the motto's, mixed case) are passed over.
  const re = /[^\n]*\S[^\n]*/g;
  re.lastIndex = masked.indexOf('\n', from) + 1;
  if (re.lastIndex === 0) return undefined;
  const m = re.exec(masked);
  if (!m) return undefined;
  const lead = m[0].length - m[0].trimStart().length;
  const line = m[0].trimStart().split(/ {3,}|\t/)[0]!.trimEnd();
  const heads = lexicon().agencyWords.get('head') ?? [];
  const w = line.split(/\s+/);
  if (w.length < 2 || w.length > 12 || !heads.some((h) => h.every((x, i) => w[i] === x) && w.length > h.length)) return undefined;
  return { start: m.index + lead, end: m.index + lead + line.length };
}

/** The lines that carry a unit's name on under its first line (`line`, from lowerLine): the next one or two upper-case
 *  lines of the block, their first column, of two to ten words, none opening with a body's head noun (a lower level),
 *  nor a secrecy or urgency mark. */
function unitWrap(text: string, masked: string, line: Span): Span[] {
  const heads = lexicon().agencyWords.get('head') ?? [];
  const out: Span[] = [];
  const re = /[^\n]*\S[^\n]*/g;
  let from = line.end;
  while (out.length < 2) {
    re.lastIndex = masked.indexOf('\n', from) + 1;
    if (re.lastIndex === 0) break;
    const m = re.exec(masked);
    if (!m) break;
    const lead = m[0].length - m[0].trimStart().length;
    const part = m[0].trimStart().split(/ {3,}|\t/)[0]!.trimEnd();
    const w = part.replace(/[,-]/g, ' ').split(/\s+/).filter(Boolean);
    // The rule under the block ("-------") ends it; the national motto broken over two lines is not it.
    if (/\n[ \t|]*[-_–=.]{3,}[ \t|]*\n/.test(text.slice(from, m.index)) || /^(?:cong hoa|dang cong san|doc lap)\b/.test(w.join(' '))) break;
    if (w.length < 2 || w.length > 10 || w.some((x) => !/^[a-z]+$/.test(x))) break;
    // "THEO QUYẾT ĐỊNH SỐ ..." names the document that set the body up (header.issuer.set-up-by).
    if (w[0] === 'theo' || heads.some((h) => h.every((x, i) => w[i] === x))) break;
    if (MARKS.some(([r]) => r.test(w.join(' ')))) break;
    const s = { start: m.index + lead, end: m.index + lead + part.length };
    out.push(s);
    from = s.end;
  }
  return out;
}

/** A line that ends in a kind title in capitals ("CHỈ THỊ") after debris only (no word of three small letters). */
/** "KẾ HOẠCH Triển khai ...", "THÔNG BÁO Kết luận ...": a line that opens with a kind's title in capitals (the whole
 *  upper-case run, nothing more) and goes on in mixed case; where the trích yếu starts, or undefined. */
function titleHead(l: Line): { kind: string; at: number } | undefined {
  const words = [...l.text.matchAll(/\S+/g)];
  let i = 0;
  while (i < words.length && /\p{Lu}/u.test(words[i]![0]) && !/\p{Ll}/u.test(words[i]![0])) i++;
  if (i === 0 || i >= words.length || !/^\p{L}*\p{Ll}/u.test(words[i]![0]) || words.length - i < 2) return undefined;
  const f = fold(l.text.slice(words[0]!.index, words[i - 1]!.index! + words[i - 1]![0].length)).trim();
  const k = kindTitle(f);
  return k && k.words.length === f.length ? { kind: k.kind, at: l.start + words[i]!.index! } : undefined;
}

function titleTail(l: Line): { kind: string; start: number } | undefined {
  const words = [...l.text.matchAll(/\S+/g)];
  let i = words.length;
  while (i > 0 && /\p{Lu}/u.test(words[i - 1]![0]) && !/\p{Ll}/u.test(words[i - 1]![0])) i--;
  if (i === words.length || i === 0) return undefined;
  if (words.slice(0, i).some((w) => /\p{Ll}{3}/u.test(w[0]))) return undefined;
  const start = words[i]!.index;
  const f = fold(l.text.slice(start)).trim();
  const k = kindTitle(f);
  return k && k.words.length === f.length ? { kind: k.kind, start: l.start + start } : undefined;
}

/** A known body whose name, spaces left out, is one line of the issuer block with its spaces left out (one edit
 *  allowed on a long name): the OCR glued the words of a name together. */
function joinedName(gaz: Gazetteer, masked: string): { entry: Gazetteer['table']['entries'][number]; start: number; end: number } | undefined {
  for (const m of masked.matchAll(/[^\n]+/g)) {
    for (const part of m[0].split(/ {3,}|\t+/)) {
      const j = part.replace(/[^a-z]/g, '');
      if (j.length < 8) continue;
      const at = m.index + m[0].indexOf(part);
      for (const e of gaz.table.entries) {
        for (const n of [e.canonical, ...e.aliases]) {
          const nk = key(n).replace(/[^a-z]/g, '');
          if (nk.length < 8 || Math.abs(nk.length - j.length) > 1) continue;
          if (nk === j || (nk.length >= 14 && levenshtein.get(nk, j) <= 1)) return { entry: e, start: at, end: at + part.trimEnd().length };
        }
      }
    }
  }
  return undefined;
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
  const end = titleWrapped(text, ls, ls.indexOf(l));
  const span = trimSpan(text, { start, end }, ' \t.');
  return { kind: k.kind, kindSpan: { start: l.start + lead, end: l.start + lead + k.words.length }, span, lineEnd: end };
}

/** header.subject.title-wrapped: where a title sentence wrapped at the margin ends. A long line that ends in no stop goes on
 *  on the next line when that line opens in small letters or with a number ("2006 -" / "2010"), or after a function
 *  word ("của" / "Thủ tướng Chính phủ"), and ends in no mark; an item's mark ("1.", "a)") or a body opener opens the body. */
function titleWrapped(text: string, ls: Line[], li: number): number {
  let end = ls[li]!.end;
  for (let i = li; i + 1 < ls.length && i < li + 4; i++) {
    const cur = ls[i]!.text.trim();
    const next = ls[i + 1]!.text.trim();
    if (cur.length < 50 || /[.:;!?]$/.test(cur) || !next || /^(?:\d{1,2}[.)]|\p{L}[.)]|[IVX]{1,4}[.-])\s/u.test(next)) break;
    const last = cur.split(/\s+/).pop()!.toLowerCase();
    if (!/^(?:\p{Ll}|\d)/u.test(next) && !lexicon().stopwordsWritten.has(last)) break;
    // A body line of a text lower-cased line by line ("căn cứ ...;") ends in a mark or opens like a body; a title's tail does not.
    if (/[.:;]$/.test(next) || opensBody(upperFirst(next)) || SUBJECT_STOP.test(fold(next.toLowerCase()))) break;
    end = ls[i + 1]!.end;
  }
  return end;
}

function lastMatch(re: RegExp, s: string, from: number): number | undefined {
  let last: number | undefined;
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

const RE_KG_INLINE = /(?<![a-z])k[i][a-z]{0,2}h[ \t]{1,3}g[a-z]{1,3}[ \t]{0,2}:/;
const SUBJECT_STOP = /^(k[i][a-z]{0,2}h[ \t]{1,3}[a-z]{1,4}[ \t]{0,2}:|[^:]{1,20}:$|can cu|thuc hien|xet |theo |trong nhung|thi hanh|de trien khai|sau khi|[dp]e trien khai)/;

/** Subject lines from line `li` (or from offset `at` on the line before): up to a blank gap, a body opening or "Kính gửi". */
function subjectFrom(c: HeaderContext, ls: Line[], li: number, at: number, pd?: Span): { text: string; span: Span; debris: boolean; about?: boolean; end?: string; motto?: boolean; proper?: boolean; person?: boolean; cased?: boolean; cell?: boolean; mottoCell?: boolean; noise?: string[] } | undefined {
  const { text, folded } = c;
  const parts: Span[] = [];
  let stopped = false;
  let aboutLine = false;
  let subjectEnd: string | undefined;
  let wrappedPastDate = false;
  let barFirst = false;
  if (at >= 0) {
    const l = ls.find((x) => x.start <= at && at <= x.end)!;
    let cut = cutColumn(text, at, l.end);
    if (pd && at <= pd.start && pd.start < cut) {
      cut = pd.start;
      const bar = /[ \t]+\|[ \t]*$/.exec(text.slice(at, cut));
      if (bar) {
        cut -= bar[0].length;
        barFirst = true;
      }
      // "V/v <subject> <place>, ngày ... Kính gửi: ..." flattened onto one line: the trích yếu ends at the place and date.
      // header.subject.vv-past-date: unless the line under it goes on in small letters, the trích yếu wrapped there (an
      // OCR that reads the two columns as one puts the date and "Kính gửi:" beside its first line).
      const below = ls[ls.indexOf(l) + 1];
      const goesOn = !!below && /^\p{Ll}\p{L}*\s/u.test(text.slice(below.start, below.end).trim());
      if (text.slice(pd.end, l.end).trim().length > 3 && !goesOn) stopped = true;
      else if (goesOn) wrappedPastDate = true;
    }
    // "V/v <subject> Kính gửi: ...": the addressee merged onto the trích yếu's line.
    const kg = RE_KG_INLINE.exec(folded.slice(at, cut));
    if (kg && kg.index > 0) {
      cut = at + kg.index;
      stopped = true;
    }
    if (text.slice(at, cut).trim()) parts.push(trimSpan(text, { start: at, end: cut }));
  }
  let blanks = 0;
  let leftCell = false;
  let mottoCell = false;
  let ledByBody = false;
  let specked = false;
  let motto = false;
  let afterMotto = false;
  const noise: string[] = barFirst ? ['header.subject.bar-cell'] : [];
  for (let i = li; i < ls.length && parts.length < 8 && !stopped; i++) {
    let l = ls[i]!;
    // The place and date in the right column: the line's left part goes on, the date is not the subject.
    if (pd && l.start <= pd.start && pd.start < l.end && parts.length) {
      // A flattened letter head ("Hà Nội, ngày ... Kính gửi: ..." on one line): what follows the date is no subject.
      if (!text.slice(l.start, pd.start).trim() && text.slice(pd.end, l.end).trim().length > 3) break;
      if (!text.slice(l.start, pd.start).trim()) continue;
      // header.subject.bar-cell: a web page's " | " between the trích yếu's cell and the place and date's is neither's.
      const left = text.slice(l.start, pd.start);
      const cell = left.replace(/[ \t]+\|[ \t]*$/, '');
      if (cell.length < left.length) noise.push('header.subject.bar-cell');
      l = { ...l, end: l.start + cell.length, text: cell };
    }
    // header.subject.date-tail: the rest of a place and date wrapped in the right column ("tháng 12 năm 2025" under "<place>,
    // ngày 03") is no part of the trích yếu beside it.
    if (pd && parts.length && l.start > pd.start && l.start < pd.end) {
      if (l.end <= pd.end) continue;
      l = { ...l, start: pd.end, text: text.slice(pd.end, l.end) };
    }
    const f = folded.slice(l.start, l.end).trim();
    if (!f) {
      if (++blanks >= 2 && parts.length) break;
      continue;
    }
    if (!parts.length && /^[-=_*.\s]+$/.test(f)) continue;
    // header.subject.motto-between: a text dump that reads the two columns line by line puts the motto (and the dash line
    // under it) between the trích yếu's lines; the trích yếu goes on under it.
    if (parts.length && (isMotto(f) || (afterMotto && /^[-=_*.\s]+$/.test(f)))) {
      motto = afterMotto = true;
      continue;
    }
    afterMotto = false;
    // header.subject.mark-line: an urgency or secrecy mark stamped on a line of its own under the trích yếu ("KHẨN", "HỎA TỐC")
    // ends it; it is no word of the trích yếu.
    if (parts.length && MARKS.some(([re]) => re.test(f.replace(/[^a-z ]/g, '').trim()))) {
      subjectEnd = 'header.subject.mark-line';
      break;
    }
    // header.subject.stamp-debris: a stamp or seal over the trích yếu leaves specks read as symbols ("F4 7 ˆ +") on or
    // before a wrapped line; they are skipped when the trích yếu goes on in lower case after them.
    const deb = parts.length && !/[.;:]$/.test(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end)) ? debrisPrefix(l.text) : 0;
    if (deb) {
      const rest = l.text.slice(deb);
      const nextLine = ls.slice(i + 1).find((x) => x.text.trim());
      if (!rest.trim() && nextLine && /^\p{Ll}\p{L}/u.test(nextLine.text.trim()) && !debrisPrefix(nextLine.text)) {
        specked = true;
        continue;
      }
      if (/^\p{Ll}\p{L}/u.test(rest)) {
        specked = true;
        l = { ...l, start: l.start + deb, text: rest };
      }
    }
    // header.subject.left-cell: a letter head in tab columns goes on with the trích yếu's wrapped line in the left cell, the
    // right one holding something else ("chữa bệnh dịp Tết<tab>Kính gửi: ..."): the left cell carries the trích yếu on.
    if (parts.length && l.text.includes('\t')) {
      const left = l.text.slice(0, l.text.indexOf('\t'));
      if (/^\p{Ll}/u.test(left.trim()) && !/[.;:]$/.test(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end))) {
        l = { ...l, end: l.start + left.length, text: left };
        leftCell = true;
      }
    }
    // header.subject.left-of-motto: a Word file's head read column after column puts the trích yếu's wrapped line beside the
    // national motto ("Công đoàn Việt Nam lần thứ XI<tab>CỘNG HOÀ XÃ HỘI ..."): the left cell carries it on, whatever its case.
    if (parts.length && l.text.includes('\t') && !leftCell) {
      const cut = l.text.indexOf('\t');
      const left = l.text.slice(0, cut);
      if (left.trim() && isMotto(fold(l.text.slice(cut + 1)).trim().toLowerCase()) && !/[.;:]$/.test(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end))) {
        l = { ...l, end: l.start + left.length, text: left };
        mottoCell = true;
      }
    }
    // header.subject.noise-head: a seal's bleed-through read as a short line ("1 kơi †") right above the "Về việc" that
    // opens the trích yếu is no part of it (a trích yếu opens with its "about", not before it).
    const nextText = ls.slice(i + 1).find((x) => x.text.trim())?.text.trim() ?? '';
    if (!parts.length && at < 0 && l.text.trim().length <= 12 && l.text.trim().split(/\s+/).length <= 3 && /^v[eề] ?vi[eệ][ct]\s+\p{Ll}/iu.test(nextText)) {
      noise.push('header.subject.noise-head');
      continue;
    }
    // header.subject.noise-line: a short line with no word ("4...", "- ,") between two lines of a trích yếu that runs on
    // (the line above ends in a comma, a dash or a linking word, or the one below goes on with a word in small letters,
    // not with more dust: a letter and quote marks) is seal or
    // signature noise read between them, not the end of the trích yếu.
    if (parts.length && l.text.trim().length <= 8 && !/\p{L}{2}/u.test(l.text) && !/^[-_=*.\s]+$/.test(l.text) && !/^\d{4}/.test(l.text.trim()) && nextText) {
      const prevText = fold(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end)).trim();
      const runsOn = /[,\-–]$/.test(prevText) || /(?:^|\s)(?:cho|cua|va|voi|doi voi|tai|theo|ve|thuoc|tren|trong)$/.test(prevText) || /^\p{Ll}\p{L}*(?:\s|$)/u.test(nextText);
      if (runsOn) {
        noise.push('header.subject.noise-line');
        // The gaps round the noise are no gap in the trích yếu.
        blanks = 0;
        continue;
      }
    }
    // header.subject.field-line: "(Lĩnh vực: ...)" in brackets under the trích yếu of a decision publishing procedures
    // names their field: the last line of the trích yếu.
    if (parts.length && /^\(linh vuc\b[^()]*\)$/.test(f)) {
      parts.push(trimSpan(text, { start: l.start + l.text.length - l.text.trimStart().length, end: l.end }));
      noise.push('header.subject.field-line');
      break;
    }
    // A table row (tabs, or three bar-separated cells) is not the subject.
    if (l.text.includes('\t') || l.text.split('|').filter((x) => x.trim()).length >= 3) break;
    // Symbols keep their small letters in an upper-case trích yếu ("SỐ 06/QĐ-TTg"): the case is read on the words.
    const letters = l.text.replace(/\S*[\d/]\S*/g, '').replace(/[^\p{L}]/gu, '');
    // "Ngày 03/01/2025, ..." opens the body; "ngày 30 tháng 6 ..." carries the subject on.
    // Right under the title, a short line that ends without a sentence mark is the trích yếu even when it opens
    // like a body ("Thực hiện Đề án số 08 ..."); a body paragraph runs long or ends with a mark.
    // header.subject.lead-wrapped: wrapped at the margin, that line may end in a comma the next line goes on from in small letters.
    const below = ls.slice(i + 1).find((x) => x.text.trim());
    const leadEnd = !/[.,;:]$/.test(l.text.trim()) || (/,$/.test(l.text.trim()) && !!below && /^\p{Ll}/u.test(below.text.trim()));
    const lead = (!parts.length || (aboutLine && parts.length === 1)) && at < 0 && l.text.trim().length <= 100 && leadEnd;
    // A wrapped line of a mixed-case trích yếu goes on in lower case ("theo hướng xanh, ..."); a body opens with a capital.
    const wrapped = parts.length > 0 && /^\p{Ll}/u.test(l.text.trim()) && !/[.;:]$/.test(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end));
    if (lead) ledByBody = true;
    // After such a line, a long capitalised line is the body's first paragraph, not more of the centred trích yếu.
    if (ledByBody && parts.length && /^\p{Lu}/u.test(l.text.trim()) && l.text.trim().length > 80 && letters !== letters.toUpperCase()) break;
    // A wrapped trích yếu may put a cited symbol alone on its line ("... triển khai Nghị định" / "136/2025/NĐ-CP"): still the trích yếu.
    // header.subject.about-own-line: "VỀ" (or "Về việc", "V/v") alone on the first line, the trích yếu on the lines under it.
    const aboutAlone = !parts.length && /^(?:ve(?: viec)?|v ?[/|] ?v)[.:]?$/.test(f.replace(/\s+/g, ' '));
    if (aboutAlone) aboutLine = true;
    // header.subject.upper-wrapped: an upper-case title broken after its first short word ("Ý" / "KIẾN CHỈ ĐẠO ..."): the word
    // opens the trích yếu when the next line goes on in capitals.
    const nextLine = ls.slice(i + 1).find((x) => x.text.trim());
    const nextLetters = nextLine ? nextLine.text.replace(/\S*[\d/]\S*/g, '').replace(/[^\p{L}]/gu, '') : '';
    const shortHead = !parts.length && !aboutAlone && at < 0 && /^\p{Lu}{1,2}$/u.test(l.text.trim()) && nextLetters.length > 10 && nextLetters === nextLetters.toUpperCase() && /\S\s+\S/.test(nextLine!.text.trim());
    if (shortHead) subjectEnd ??= 'header.subject.upper-wrapped';
    // header.subject.body-stop: under the trích yếu, a line that opens the body in words of body-openers.tsv ("Trên cơ sở ...",
    // "Thời gian qua, ...") or ends in a colon ("... ban hành Kế hoạch như sau:", "THỦ TƯỚNG CHÍNH PHỦ điện:"), or a long
    // capitalised sentence that ends in a full stop.
    const sentence = /^\p{Lu}/u.test(l.text.trim()) && l.text.trim().length > 60 && /\.$/.test(l.text.trim()) && letters !== letters.toUpperCase();
    if (parts.length && !aboutAlone && !(aboutLine && parts.length === 1) && !wrapped && ((opensBody(l.text) && letters !== letters.toUpperCase()) || /:$/.test(l.text.trim()) || sentence)) {
      subjectEnd = 'header.subject.body-stop';
      break;
    }
    // header.subject.link-alone: a linking word alone on its line ("về", "và", "của") between two lines of the trích yếu, the
    // next going on in small letters, is a narrow column's wrap, not the end.
    const linkAlone = parts.length > 0 && /^(?:ve|va|cua|cho|tai|voi|theo|tren|trong)$/.test(f) && !!nextLine && /^\p{Ll}/u.test(nextLine.text.trim());
    if (linkAlone) noise.push('header.subject.link-alone');
    // header.subject.so-symbol-line: the cited symbol alone on its line may keep its "số" ("... theo QĐ" / "số 31/2019/QĐ-TTg").
    const symbolLine = parts.length > 0 && /^(?:số[ \t]{1,3})?\d{1,5}\/[\p{L}\d/.&-]+$/u.test(l.text.trim()) && !/[.;:]$/.test(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end));
    if (symbolLine && /^số/u.test(l.text.trim())) noise.push('header.subject.so-symbol-line');
    if (!aboutAlone && !shortHead && ((SUBJECT_STOP.test(f) && !lead && !wrapped) || /^\(/.test(f) || /^Ngày \d/u.test(l.text.trim()) || (letters.length < 3 && !linkAlone && !/^\d{4}(?:[ \t]?[-–][ \t]?\d{4})?\.?$/.test(l.text.trim()) && !symbolLine) || /^[-–•]/.test(f))) break;
    // A leading "V/v" (whatever its case) says nothing about the case of the trích yếu.
    // Read on the words like `letters`: a symbol's small letters ("1237/QĐ-TTg") leave an upper-case first line upper case.
    const firstLetters = text.slice(parts[0]?.start ?? 0, parts[0]?.end ?? 0).replace(/^\s*v ?[/|] ?v[.:]?\s+/i, '').replace(/\S*[\d/]\S*/g, '').replace(/[^\p{L}]/gu, '');
    // "NĂM 2026", "GIAI ĐOẠN 2026 - 2030" in capitals under a mixed-case trích yếu: its time, still the trích yếu.
    const timeLine = /^(?:(?:trong|den) )?(?:nam \d{4}|giai doan \d{4} ?[-–] ?\d{4}(?:,? tam nhin (?:den )?nam \d{4})?|nhiem ky \d{4} ?[-–] ?\d{4}|\d{4} ?[-–] ?\d{4})$/.test(f.replace(/\s+/g, ' '));
    const upperBlock = parts.length && letters === letters.toUpperCase() && firstLetters !== firstLetters.toUpperCase() && /\S\s+\S/.test(l.text.trim()) && !timeLine;
    // The authority line under the title ("ỦY BAN THƯỜNG VỤ QUỐC HỘI" before "Căn cứ ...") is not the subject.
    // header.subject.issuer-list: "CỦA BỘ CHÍNH TRỊ," over "BAN BÍ THƯ" under the title: a body named after a comma in a
    // trích yếu that opens with "của" carries it on; it is no authority line.
    const prevPart = parts.length ? fold(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end)).trim() : '';
    const ofList = parts.length > 0 && /,$/.test(prevPart) && /^(?:v ?[/|] ?v[.:]?\s+)?cua /.test(fold(text.slice(parts[0]!.start, parts[0]!.end)).trim());
    if (ofList && letters === letters.toUpperCase() && c.gaz.lookup(l.text.trim())) subjectEnd ??= 'header.subject.issuer-list';
    if (upperBlock || (parts.length && !ofList && letters === letters.toUpperCase() && (c.gaz.lookup(l.text.trim()) || signerLine(c, f)))) break;
    // An upper-case subject ("HỘI NGHỊ LẦN THỨ 11 ...") ends where mixed-case body text starts.
    if (parts.length && firstLetters.length > 10 && firstLetters === firstLetters.toUpperCase() && letters !== letters.toUpperCase()) break;
    // header.subject.upper-wrapped: an upper-case title over several lines whose first line is short ("KẾT" / "LUẬN CỦA ...",
    // "PHÂN" / "CẤP THẨM QUYỀN ..."): it ends where mixed-case text starts, or at the authority line under it, a signer's
    // title in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", "CỤC TRƯỞNG CỤC Y") when the line before does not run on into it.
    const soFar = parts.map((p) => text.slice(p.start, p.end)).join(' ').replace(/^\s*v ?[/|] ?v[.:]?\s+/i, '').replace(/\S*[\d/]\S*/g, '').replace(/[^\p{L}]/gu, '');
    if (parts.length && soFar.length > 10 && soFar === soFar.toUpperCase()) {
      const prevText = fold(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end)).trim();
      const runsOn = /(?:^|\s)(?:cho|cua|va|voi|doi voi|giua|tai|theo|ve|tu|den|thuoc|tren|trong|o|la|cac)$/.test(prevText) || /[,-]$/.test(prevText);
      const fw = f.replace(/[’'`‘]/g, '').replace(/\s+/g, ' ');
      // header.subject.authority-broken: the authority's line broken after its first word ("THỦ" / "TƯỚNG CHÍNH PHỦ điện:").
      const fw2 = `${fw} ${below ? fold(below.text).trim().replace(/\s+/g, ' ') : ''}`;
      const title = [...titleWords().keys()].some((t) => fw === t || fw.startsWith(t + ' ') || (fw.split(' ').length <= 2 && fw2.startsWith(t + ' ')));
      if ((letters !== letters.toUpperCase() && letters.length >= 3) || (letters === letters.toUpperCase() && title && !runsOn)) {
        subjectEnd = fw.split(' ').length <= 2 && !titleWords().has(fw) && ![...titleWords().keys()].some((t) => fw.startsWith(t + ' ')) ? 'header.subject.authority-broken' : 'header.subject.upper-wrapped';
        break;
      }
    }
    // header.subject.section-stop: a section heading ("I. MỤC ĐÍCH, YÊU CẦU", "Điều 1.", "Phần I", "Chương II") opens the
    // body: the trích yếu has ended.
    if (parts.length && /^(?:[ivx]{1,4}[ \t]*[.-][ \t]|[1-9][.)][ \t]+[a-z]|dieu[ \t]+\d{1,3}[ \t]*[.:]|(?:phan|chuong|muc)[ \t]+(?:[ivx]{1,4}|\d{1,2})(?![a-z]))/.test(f) && !/[,-]$/.test(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end).trim())) {
      subjectEnd = 'header.subject.section-stop';
      break;
    }
    if (blanks && parts.length && i > li && isBodyLine(l.text)) break;
    // After a gap, a full line run on by the next with no gap is a body paragraph (OCR leaves gaps between the centred
    // lines of a trích yếu, not between those of a paragraph).
    const next = ls[i + 1];
    if (blanks && parts.length && l.text.trim().length >= 60 && next && next.text.trim().length >= 60 && !/[.;:]$/.test(text.slice(parts[parts.length - 1]!.start, parts[parts.length - 1]!.end))) break;
    // header.subject.gap-colon-paragraph: after a gap, a long capitalised line whose paragraph (the lines down to the
    // next gap) ends in a colon ("... ban hành Kế hoạch ... như sau:" over two lines) is the body; no trích yếu ends so.
    if (blanks && parts.length && /^\p{Lu}/u.test(l.text.trim()) && l.text.trim().length >= 60) {
      let k = i;
      while (k + 1 < ls.length && ls[k + 1]!.text.trim() && k - i < 4) k++;
      if (k > i && /:$/.test(ls[k]!.text.trim())) {
        subjectEnd = 'header.subject.gap-colon-paragraph';
        break;
      }
    }
    blanks = 0;
    // From the line's first letter: an indented line's leading spaces are no column gap.
    let from = l.start + l.text.length - l.text.trimStart().length;
    const kgIn = RE_KG_INLINE.exec(folded.slice(from, l.end));
    if (kgIn && kgIn.index > 0 && parts.length) {
      parts.push(trimSpan(text, { start: from, end: from + kgIn.index }));
      break;
    }
    // "<debris> -| Về ...": a received stamp's debris before a bar, ahead of the first line.
    const debris = parts.length ? null : /^[^|\n]{1,30}\|[ \t]*(?=\p{Lu})/u.exec(text.slice(from, l.end));
    if (debris && !/\p{Ll}{3}/u.test(debris[0])) from += debris[0].length;
    // "V/V CHỦ ĐỘNG ..." under a title: the "about" mark is no part of the trích yếu.
    const about = parts.length ? null : /^v[/il1|]v[ \t.:]{1,3}(?=\S)/iu.exec(text.slice(from, l.end));
    if (about) from += about[0].length;
    parts.push(trimSpan(text, { start: from, end: cutColumn(text, from, l.end) }));
  }
  if (!parts.length) return undefined;
  // A trích yếu ends without a full stop.
  const last = parts[parts.length - 1]!;
  parts[parts.length - 1] = trimSpan(text, last, ' \t.');
  // Lines broken inside a symbol ("1215/TTg-" / "KSTT") join without a space.
  // header.subject.spaced-dash: a dash with a space before it ("giai đoạn 2025 -" / "2035") is a range's or a name's
  // dash, not a symbol's: its line joins with the space.
  let raw = parts.map((p) => clean(text.slice(p.start, p.end))).reduce((a, b) => (/(?<!\s)[-/]$/.test(a) && /^[A-ZĐ0-9]/.test(b) ? a + b : `${a} ${b}`));
  // header.subject.stamp-debris: a lone speck between two words ("xuất cấp › hóa chất") is no part of the trích yếu.
  // header.subject.stamp-marks: a stamp's strokes read as a lone quote mark, with commas by it ("ma túy ' , đến"), between
  // two words; and a stamp's handwritten time or number, digits and one or two small letters ("2030 40s"), after a closing number.
  const specks = raw.replace(RE_SPECK, '').replace(/(?<=\p{L}) (?:,+ )?['‘’`](?: ,+)?(?= \p{L})/gu, '').replace(/(?<=\d) \d{1,3}\p{Ll}{1,2}$/u, '');
  if (specks !== raw) {
    specked = true;
    raw = specks;
  }
  let s = sentenceCase(raw);
  let proper = false;
  let person = false;
  let cased = false;
  if (s !== raw) {
    const re = recapitalise(s, c.gaz);
    const pw = properWords(re);
    proper = pw !== re;
    const pn = personNames(pw);
    person = pn !== pw;
    const kept = keepAcronyms(documentNames(pn, raw), raw);
    s = bodyCase(kept, text.slice(parts[parts.length - 1]!.end));
    cased = s !== kept;
  }
  // A time line in capitals under a mixed-case trích yếu ("... pháp luật" / "NĂM 2026") takes its case.
  else if (/\p{Ll}/u.test(s)) s = s.replace(/(?<![\p{L}])(?:TRONG|ĐẾN|NĂM|GIAI ĐOẠN|TẦM NHÌN|NHIỆM KỲ)(?![\p{L}])/gu, (w) => w.toLocaleLowerCase('vi'));
  // "Về việc ...", "Về <subject>": the "about" of a trích yếu, like "V/v", is no part of it.
  // "V/V ..." under a kind's title (a công điện's trích yếu) is the same mark as a letter's "V/v".
  // "Về việt ban hành", "Vệ việc ...": the c of "việc" read as t, the tone of "Về" as another, before the trích yếu's
  // small letters (header.subject.about-misread).
  const misread = /^(?:v[ệếểễe] vi[ệe][ct]|v[ềe] vi[ệe]t)\s+(?=\p{Ll})/iu.test(s) && !/^v[ềe] vi[ệe]c\s/iu.test(s);
  s = s.replace(/^(?:v[ềe] vi[ệe]c|v[ềệếểễe] vi[ệe][ct](?=\s+\p{Ll})|v ?[/|] ?v[.:]?)\s+/iu, '');
  if (misread) noise.push('header.subject.about-misread');
  // The span leaves a dropped "Về" out too.
  const about = /^về\s+(?=\p{Ll})/iu.exec(s);
  if (about) s = s.slice(about[0].length);
  const from = about ? parts[0]!.start + (/^về\s+/iu.exec(text.slice(parts[0]!.start))?.[0].length ?? 0) : parts[0]!.start;
  if (aboutLine && parts.length < 2) return undefined;
  if (wrappedPastDate && parts.length > 1) noise.push('header.subject.vv-past-date');
  return { text: upperFirst(s), span: { start: from, end: parts[parts.length - 1]!.end }, debris: specked, ...(aboutLine ? { about: true } : {}), ...(subjectEnd ? { end: subjectEnd } : {}), ...(motto ? { motto: true } : {}), ...(proper ? { proper: true } : {}), ...(person ? { person: true } : {}), ...(cased ? { cased: true } : {}), ...(leftCell ? { cell: true } : {}), ...(mottoCell ? { mottoCell: true } : {}), ...(noise.length ? { noise } : {}) };
}

/** header.subject.article-echo: the trích yếu as the first article repeats it, when it differs from `subject` by a little. */
export function articleEcho(subject: string, body: string): string | undefined {
  const m = /(?:^|\n)[ \t]*Điều[ \t]+1[ \t]*[.:][ \t]*([^]*?)(?:\.[ \t]*(?:\n|$)|\n[ \t]*\n|\n[ \t]*Điều[ \t]+2)/u.exec(body.slice(0, 6000));
  if (!m) return undefined;
  // Only a trích yếu that shows specks: a full stop between two small-letter words, or two colons or semicolons so
  // placed (a title has none); a born-digital trích yếu may differ from its article on purpose.
  if (!/\p{Ll}\. \p{Ll}/u.test(subject) && (subject.match(/\p{Ll}[:;] \p{Ll}/gu) ?? []).length < 2) return undefined;
  const words = subject.split(/\s+/);
  const verb = words.slice(0, 2).join(' ');
  let art = m[1]!.replace(/\s+/g, ' ').trim();
  if (!art.toLowerCase().startsWith(verb.toLowerCase() + ' ')) return undefined;
  art = art.slice(verb.length + 1).replace(/^kèm theo (?:Quyết định|Chỉ thị|Nghị quyết) này\s+/iu, '');
  const rest = words.slice(2).join(' ');
  if (art.length < 20 || art === rest) return undefined;
  const d = levenshtein.get(art.toLowerCase(), rest.toLowerCase());
  if (d > Math.max(3, Math.round(rest.length * 0.06)) || Math.abs(art.length - rest.length) > Math.max(3, rest.length * 0.05)) return undefined;
  return `${verb} ${art}`;
}

/** Is folded line `f` the national motto or the Party line, with nothing else but dashes? */
function withoutMotto(t: string): string {
  const f = fold(t);
  let out = t;
  for (const re of RE_MOTTO) for (const m of f.matchAll(new RegExp(re.source, 'g'))) out = out.slice(0, m.index) + '|' + m[0].slice(1).replace(/[^\n]/g, ' ') + out.slice(m.index + m[0].length);
  return out;
}

function isMotto(f: string): boolean {
  let rest = f;
  for (const re of RE_MOTTO) rest = rest.replace(new RegExp(re.source), '');
  return rest !== f && /^[-=_*.\s]*$/.test(rest);
}

/** A token of symbols only that print never sets alone in a trích yếu (not a dash, bracket, quote, slash or percent). */
const SPECK = String.raw`[^\p{L}\p{N}\s\-–—,.;:()\[\]"'“”‘’/%&]+`;
const RE_SPECK = new RegExp(String.raw`(?<=\p{L}) ${SPECK}(?= \p{L})`, 'gu');
const RE_SPECK_TOKEN = new RegExp(`^${SPECK}$`, 'u');

/**
 * The length of a line's leading debris: tokens of at most two characters with no two letters ("F4", "7", "1") or
 * of symbols only ("ˆ", "¬", "+"), at least one of the latter. 0 when the line opens otherwise.
 */
export function debrisPrefix(line: string): number {
  const re = /\S+\s*/gy;
  re.lastIndex = line.length - line.trimStart().length;
  let end = 0;
  let speck = false;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const t = m[0].trim();
    const sym = RE_SPECK_TOKEN.test(t);
    if (!sym && (t.length > 2 || /\p{L}{2}/u.test(t))) break;
    speck ||= sym;
    end = re.lastIndex;
  }
  return speck ? end : 0;
}

// Capitalised words that open a copies line or a body's name, not a person's.
// (header.signer.surname-luu: "Lưu" is a surname too; it opens no name only as the archive's line, "Lưu VT", "Lưu Văn thư".)
const NAME_NOT = /^(?:Lưu(?=[\s:]+(?:VT|HS|Văn thư|Văn phòng|Hồ sơ)(?!\p{L}))|(?:Nơi|Như|Các|Sở|Bộ|Ban|Văn|Cổng|Chủ|Công|Ủy|Thanh|Tỉnh|Việt|Giang|Trung)(?!\p{L}))/u;

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

// A level of government or a Party organ: the words after it in a body's name are a place's or unit's own name.
// (Not "thôn", "bản": "nông thôn", "văn bản"; not "xã hội".)
const LEVEL = /(?<![\p{L}])(?:huyện ủy|tỉnh ủy|thành ủy|quận ủy|thị ủy|đảng ủy|chi bộ|thị trấn|thị xã|thành phố|tổ dân phố|khu phố|xã(?! hội)|phường|huyện|quận|tỉnh|ấp)(?![\p{L}])/giu;

/** header.issuer.proper-tail: an issuer read from a line in capitals and made lower case ("HUYỆN ỦY YÊN PHONG") gives
 *  the name after its last level word or Party organ its capitals ("Huyện ủy Yên Phong"), when that tail is a name: one
 *  to five words, none a function word. */
export function properTail(name: string): string {
  let last: RegExpExecArray | undefined;
  for (const m of name.matchAll(LEVEL)) last = m;
  if (!last) return name;
  const at = last.index + last[0].length;
  const words = name.slice(at).trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 5 || !/^\s/.test(name.slice(at))) return name;
  if (words.some((w) => !/^[\p{L}\d]+$/u.test(w) || /^(?:và|về|của|các|trên|trong|thuộc|theo|tại|với)$/iu.test(w))) return name;
  return name.slice(0, at) + name.slice(at).replace(/(?<=\s|^)\p{Ll}/gu, (ch) => ch.toLocaleUpperCase('vi'));
}

// Kinds of body whose name goes on with its field ("Cục Quản lý giá", "Phòng Giáo dục và Đào tạo").
const BODY_KIND = /^(?:Tổ|Tổng cục|Chi cục|Cục|Vụ|Sở|Phòng|Ban|Trung tâm|Viện|Học viện|Văn phòng|Trường|Thanh tra|Đài|Hội|Quỹ)(?= )/u;
// Words after a kind that are no field: a level and its place ("Ban ... tỉnh"), "khu vực".
const NOT_FIELD = /^(?:dân|tỉnh|huyện|xã|phường|quận|thành|thị|khu|cấp|các|của)$/u;

/** header.issuer.function-capital: a body's name read from capitals and made lower case writes the first word of its
 *  field with a capital, and that of a second field after "và" (Nghị định 30/2020, Phụ lục II: "Cục Quản lý giá",
 *  "Phòng Giáo dục và Đào tạo"; ministries are named by the gazetteer); an acronym printed in the head ("THPT") keeps
 *  its capitals. */
export function functionCapital(name: string, head: string): string {
  const printed = new Set([...head.matchAll(/[\p{L}]+/gu)].map((m) => m[0]));
  let out = name.replace(/[\p{L}]+/gu, (w) => {
    const up = w.toLocaleUpperCase('vi');
    return w !== up && /^[A-ZĐ]{2,6}$/u.test(up) && printed.has(up) && !isSyllable(w.toLocaleLowerCase('vi')) ? up : w;
  });
  const kind = BODY_KIND.exec(out);
  if (!kind) return out;
  const words = out.slice(kind[0].length + 1).split(' ');
  if (!words[0] || !/^\p{Ll}/u.test(words[0]) || NOT_FIELD.test(words[0])) return out;
  words[0] = upperFirst(words[0]);
  // A second field after "và", when one or two words end the name: "Giáo dục và đào tạo" -> "Giáo dục và Đào tạo".
  const va = words.indexOf('và');
  if (va > 0 && words.length - va - 1 >= 1 && words.length - va - 1 <= 2 && /^\p{Ll}/u.test(words[va + 1]!)) words[va + 1] = upperFirst(words[va + 1]!);
  return kind[0] + ' ' + words.join(' ');
}

/** header.subject.proper-words: an upper-case trích yếu made lower case gives Party organs, regions and the words of
 *  proper-words.tsv their capitals ("Ban Thường vụ Tỉnh ủy", "khu vực Trung Bộ"), not after a word that makes them common
 *  ("các đảng ủy", "trực thuộc trung ương"). Only the case of first letters changes: the letters stay as printed. */
export function properWords(s: string): string {
  const f = fold(s);
  let out = s;
  for (const w of lexicon().properWords) {
    const re = new RegExp(`(?<![a-z])${phrase(w.key)}(?![a-z])`, 'g');
    for (const m of f.matchAll(re)) {
      const prev = /([a-z]+)[ \t]+$/.exec(f.slice(Math.max(0, m.index - 20), m.index))?.[1];
      if (prev && w.not.includes(prev)) continue;
      const words = w.written.split(/\s+/);
      let at = m.index;
      for (const ww of words) {
        while (at < out.length && /\s/.test(out[at]!)) at++;
        if (/^\p{Lu}/u.test(ww)) out = out.slice(0, at) + out[at]!.toLocaleUpperCase('vi') + out.slice(at + 1);
        while (at < out.length && !/\s/.test(out[at]!)) at++;
      }
    }
  }
  return out;
}

/** header.subject.person-name: in an upper-case trích yếu made lower case, a person named after a title or "đồng chí"
 *  ("... của thứ trưởng nguyễn văn an tại ...") is written with capitals, and so is the title. The name is a known surname
 *  and one or two words, or three when a function word, a mark or the end follows. */
export function personNames(s: string): string {
  const ws = [...s.matchAll(/\p{L}+/gu)].map((m) => ({ at: m.index!, w: m[0], k: key(m[0]) }));
  const titles = titleWords();
  const stop = lexicon().stopwordsWritten;
  let out = s;
  const cap = (at: number) => (out = out.slice(0, at) + out[at]!.toLocaleUpperCase('vi') + out.slice(at + 1));
  const joined = (i: number, j: number) => s.slice(ws[i]!.at, ws[j]!.at + ws[j]!.w.length);
  for (let i = 1; i < ws.length - 1; i++) {
    if (!lexicon().surnames.has(ws[i]!.k) || /\p{Lu}/u.test(ws[i]!.w)) continue;
    let title: { from: number; written: string } | undefined;
    // The longest title ("phó chủ tịch", not "chủ tịch").
    for (let n = Math.min(4, i); n >= 1 && !title; n--) {
      const span = joined(i - n, i - 1);
      if (/[^\p{L}\s]/u.test(span)) continue;
      const k = key(span);
      if (k === 'dong chi') title = { from: i - n, written: '' };
      else if (titles.has(k)) title = { from: i - n, written: titles.get(k)! };
    }
    if (!title) continue;
    // The name's words: no mark between them, none a function word.
    let j = i;
    while (j + 1 < ws.length && j - i < 3 && !/[^\p{L}\s]/u.test(s.slice(ws[j]!.at + ws[j]!.w.length, ws[j + 1]!.at)) && !stop.has(ws[j + 1]!.w.toLowerCase())) j++;
    if (j - i === 3) {
      const after = ws[j + 1];
      const free = !after || /[^\p{L}\s]/u.test(s.slice(ws[j]!.at + ws[j]!.w.length, after.at)) || stop.has(after.w.toLowerCase());
      if (!free) j--;
    }
    if (j === i) continue;
    for (let t = i; t <= j; t++) cap(ws[t]!.at);
    if (title.written) {
      const tw = title.written.split(/\s+/);
      tw.forEach((w, n) => /^\p{Lu}/u.test(w) && cap(ws[title!.from + n]!.at));
    }
    i = j;
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

/**
 * header.subject.acronyms: a trích yếu in capitals, put in sentence case, keeps the words that are no Vietnamese
 * syllable as printed: acronyms and codes (UBND, HĐND, CSDL, TMS) and Roman numerals of three letters or more (XIV).
 */
function keepAcronyms(s: string, raw: string): string {
  let out = s;
  for (const m of raw.matchAll(/[\p{L}\d]+/gu)) {
    const w = m[0];
    if (w.length < 2 || w !== w.toLocaleUpperCase('vi') || !/\p{Lu}.*\p{Lu}/u.test(w) || isSyllable(w.toLocaleLowerCase('vi'))) continue;
    // A letter with a vowel mark is no acronym's: "ĐẮK LẮK" is a place's name that isSyllable does not know.
    if (/[^A-ZĐ0-9]/u.test(w)) continue;
    if (/^[IVXLC]+$/.test(w) && w.length < 3) continue;
    const at = m.index!;
    if (out.slice(at, at + w.length).toLocaleUpperCase('vi') === w) out = out.slice(0, at) + w + out.slice(at + w.length);
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
function listAfter(text: string, ls: Line[], at: number, max: number, tail = false, dotEnds = true, stops: { bodyOpener?: boolean; marked?: boolean; wrapped?: boolean; wrappedName?: boolean; inlineWrapped?: boolean } = {}): { text: string; span: Span }[] {
  const items: { text: string; span: Span }[] = [];
  let li = ls.findIndex((l) => l.end >= at);
  if (li < 0) return items;
  // The item being read: its pieces (one per line, left cell only in tables).
  let cur: Span[] = [];
  const curText = () => cur.map((p) => text.slice(p.start, p.end).trim()).join(' ').trim();
  const close = () => {
    const t = clean(curText()).replace(/[\s;.,]+$/, '');
    if (t) items.push({ text: t, span: { start: cur[0]!.start, end: cur[cur.length - 1]!.end } });
    cur = [];
  };
  let first = true;
  let undashed = false;
  let inlineList = false;
  outer: for (; li < ls.length && items.length < max; li++) {
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
    const whole = trimSpan(text, { start: s, end: e });
    // A dash list flattened onto one line ("- Bộ Tài chính; - Bộ Kế hoạch và Đầu tư."): each "; -" starts an item.
    const subs: Span[] = [];
    let from = whole.start;
    for (const m of text.slice(whole.start, whole.end).matchAll(/;(?=[ \t]+[-–•][ \t]+\S)/g)) {
      subs.push(trimSpan(text, { start: from, end: whole.start + m.index + 1 }));
      from = whole.start + m.index + 1;
    }
    subs.push(trimSpan(text, { start: from, end: whole.end }));
    const inlineBefore = inlineList;
    inlineList = subs.length > 1;
    for (const [k, seg] of subs.entries()) {
      const t = text.slice(seg.start, seg.end);
      if (!t.trim() || /^[-+=:|\s]+$/.test(t)) continue;
      // OCR dust or a stray letter may precede the dash ("“ở - Bộ trưởng", "V - Chủ tịch").
      const dash = /^(?:[^\s\p{L}\d]{0,3}|\S{1,3}[ \t]+)[-–•+][ \t]*(?=\S)/u.exec(t);
      // header.copies.noi-nhan-marked: a Nơi nhận list marked with stars, small bullets or squares ("* Bộ X;", "▪ Sở Y;"),
      // or with no mark at all, an addressee a line, each but the last ending with ";".
      const otherMark = tail && !dash ? /^[ \t]*[*·▪◦■□○●][ \t]*(?=\p{L})/u.exec(t) : null;
      const bare = tail && !dash && !otherMark && (!cur.length || /[;.]$/.test(curText())) && /^\p{Lu}\p{Ll}/u.test(t.trim()) && t.trim().length < 120 && /[;.]$/.test(t.trim());
      if (otherMark || bare) stops.marked = true;
      // header.recipients.inline-dash-wrapped: in a dash list flattened onto lines ("...; - Sở Lao động" / "- Thương binh và Xã
      // hội tỉnh X; - ..."), a line's first dash after an item not ended with ";" or "." is the hyphen inside a name.
      if (dash && k === 0 && inlineBefore && !tail && cur.length && !/[;.,:]$/.test(curText())) {
        cur.push(seg);
        stops.inlineWrapped = true;
        continue;
      }
      // header.recipients.dien-wrapped: a công điện's addressees each end with ";" or "."; one not yet ended goes on over the
      // next line, even one a dash opens after a comma ("- ... các tỉnh: Gia Lai," / "- Đắk Lắk và Khánh Hòa;").
      if (!tail && !dotEnds && cur.length && !/[;.]$/.test(curText()) && (!dash || /,$/.test(curText())) && !/^(KT|TM|TL|TUQ)\b/.test(t.trim())) {
        cur.push(dash ? { start: seg.start + dash[0].length, end: seg.end } : seg);
        stops.wrapped = true;
        continue;
      }
      if (dash || otherMark) {
        if (cur.length) close();
        cur = [{ start: seg.start + (dash ?? otherMark)![0].length, end: seg.end }];
      } else if (bare) {
        if (cur.length) close();
        cur = [seg];
        if (/\.$/.test(t.trim())) {
          close();
          break outer;
        }
      } else if (cur.length && undashed && !tail && opensBody(t)) {
        // header.recipients.body-opener: "Kính gửi: Bộ X\nXét đề nghị của ...": a line opening the body ends an addressee
        // written without a dash (dictionaries/extract/body-openers.tsv).
        stops.bodyOpener = true;
        break outer;
      } else if (cur.length && continues(curText(), t)) {
        cur.push(seg);
      } else if (cur.length && !tail && namesWrapped(curText(), t)) {
        cur.push(seg);
        stops.wrappedName = true;
      } else if (!cur.length && !items.length && t.length < 120 && !tail && dotEnds) {
        cur = [seg];
        undashed = true;
      } else if (undashed && cur.length && /;$/.test(curText()) && /^\p{Lu}/u.test(t.trim()) && t.length < 120) {
        // A list without dashes, an addressee a line, each but the last ending with ";".
        close();
        cur = [seg];
      } else break outer;
      if (cur.length && /\.$/.test(curText()) && !tail && dotEnds) {
        close();
        break outer;
      }
    }
  }
  if (cur.length) close();
  return items;
}

/** Does line `t` open a letter's body ("Xét ...", "Triển khai ...", "Thực hiện ...")? The words of dictionaries/extract/body-openers.tsv, capitalised, then a word. */
function opensBody(t: string): boolean {
  const s = t.trim();
  if (!/^\p{Lu}/u.test(s)) return false;
  const f = fold(s.toLowerCase());
  // "Thời gian qua, ...": a comma may follow the words.
  return lexicon().bodyOpeners.some((w) => f.startsWith(w) && /^,? /.test(f.slice(w.length)));
}

/** Does line `t` carry on item `item` ("- Chủ tịch UBND các tỉnh, thành phố trực thuộc" / "Trung ương.")? */
function continues(item: string, t: string): boolean {
  if (/[;.]$/.test(item) || /^(KT|TM|TL|TUQ)\b/.test(t)) return false;
  return /^\p{Ll}/u.test(t) || /[,&-]$/.test(item) || t.length < 45;
}

/** header.recipients.wrapped-name: a list of names broken inside a name ("..., Tuyên Quang, Quảng" / "Ngãi, Gia Lai, ..."):
 *  the item is a list of two commas or more, not ended, its last part one to three capitalised words; the line opens with
 *  one to three capitalised words and a comma or a full stop. */
function namesWrapped(item: string, t: string): boolean {
  const parts = item.split(',');
  const cap = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2}$/u;
  if (parts.length < 3 || /[;.]$/.test(item) || !cap.test(parts[parts.length - 1]!.trim())) return false;
  const m = /^[ \t]*([^,.;]+)[,.]/.exec(t);
  return !!m && cap.test(m[1]!.trim());
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
  const title = titleTailAt(s);
  if (title > 0) cut = Math.min(cut, from + title);
  return cut;
}

/** header.signer.split-syllable: a dump that broke a syllable of the name ("Đặ ng Văn Minh", "Trần Hữ u Thế") has it
 *  joined again: a name has no word in lower case, so one of up to three letters after a capitalised word is the rest of
 *  that word when the two make one syllable. */
function joinSplitSyllables(t: string): string {
  return t.replace(/(?<=^|\s)(\p{Lu}\p{Ll}*) (\p{Ll}{1,3})(?=\s|$)/gu, (m, a: string, b: string) => (isSyllable(a + b) ? a + b : m));
}

/** `t` without a rank, degree or honour before a capitalised name (dictionaries/extract/name-prefixes.tsv). */
function withoutNamePrefix(t: string): string {
  const res = (rePrefixes ??= lexicon().namePrefixes.map((p) => new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\.\\s*').replace(/ /g, '\\s+')}\\s*(?=\\p{Lu})`, 'iu')));
  // Titles may come in a chain ("NGND. PGS.TS. Trần Văn A"): each is taken off.
  for (let n = 0; n < 3; n++) {
    const m = res.map((re) => re.exec(t)).find((x) => x);
    if (!m) break;
    t = t.slice(m[0].length);
  }
  return t;
}
let rePrefixes: RegExp[] | undefined;

/** A cell without the quotation marks ("> ") a markdown blockquote puts before it (header.signer.quoted). */
function unquote<C extends { start: number; end: number; text: string }>(text: string, c: C, how: { quoted?: boolean; emphasis?: boolean }): C {
  const m = /^[ \t]*(?:>[ \t]*)+/.exec(c.text);
  if (m) how.quoted = true;
  const q = m ? { ...c, start: c.start + m[0].length, text: c.text.slice(m[0].length) } : c;
  // header.signer.emphasis: a web page's bold or italic marks round a line ("**KT. BỘ TRƯỞNG**", "*Nguyễn Văn An*").
  const e = /^([*_]{1,3})(\S(?:.*\S)?)\1$/u.exec(q.text.trim());
  if (!e) return q;
  how.emphasis = true;
  const at = q.start + q.text.indexOf(e[0]) + e[1]!.length;
  return { ...q, start: at, end: at + e[2]!.length, text: e[2]! };
}

function readSigner(text: string, folded: string, ls: Line[], from: number, spans: Record<string, Span | Span[]>, how: { flat?: boolean; prefix?: boolean; wrapped?: boolean; quoted?: boolean; split?: boolean; initial?: boolean; emphasis?: boolean; rule?: string } = {}): DocumentFields['signer'] {
  const li0 = Math.max(0, ls.findIndex((l) => l.end >= from));
  // header.signer.quoted: a signature block a markdown transcription wrote as a quotation, every line opening with ">"
  // ("> TM. ỦY BAN NHÂN DÂN", "> PHÓ CHỦ TỊCH", ">", "> Nguyễn Văn An"): the marks are no part of its lines.
  const cs0 = cells(ls, li0, ls.length).map((c) => unquote(text, c, how)).flatMap((c) => splitAuthority(text, c)).flatMap((c) => splitCopies(text, c)).flatMap((c) => splitTitleTail(text, c)).flatMap((c) => splitNameTail(text, c)).flatMap((c) => splitCopiesName(text, c)).flatMap((c) => splitBesideCaps(text, folded, c));
  // header.signer.mark-alone: the mark on its own line ("TL." / "BỘ TRƯỞNG" / "CHÁNH VĂN PHÒNG"): it goes with the
  // upper-case line under it, as if printed "TL. BỘ TRƯỞNG".
  const cs: Cell[] = [];
  for (let i = 0; i < cs0.length; i++) {
    const c = cs0[i]!;
    const n = cs0[i + 1];
    if (/^(?:KT|TM|TL|TUQ|K\/T|T\/M|T\/L)[.,]?$/.test(c.text.trim()) && n && n.line <= c.line + 1 && /^\p{Lu}{2}/u.test(n.text.trim()) && !/\p{Ll}/u.test(n.text)) {
      cs.push({ start: c.start, end: n.end, text: text.slice(c.start, n.end), line: n.line });
      i++;
      continue;
    }
    // header.signer.title-wrapped: the column broke the title after its mark mid-way ("KT. BỘ TRƯỞNG THỨ" / "TRƯỞNG
    // Lê Văn An"): the capitals opening the line below finish it when the two make a title and the first alone does not.
    const up = n && n.line === c.line + 1 ? titleEnd(text, folded, c, n) : undefined;
    if (up) {
      cs.push({ start: c.start, end: up, text: text.slice(c.start, up), line: n!.line });
      const rest = trimSpan(text, { start: up, end: n!.end });
      if (rest.end > rest.start) cs.push({ ...rest, text: text.slice(rest.start, rest.end), line: n!.line, rule: 'header.signer.title-wrapped' });
      i++;
      continue;
    }
    cs.push(c);
  }
  let authority: string | null = null;
  let title: string | null = null;
  let titleAt = -1;
  // header.signer.post-under-name: the name closes the block; a title under it ("Hoàng Văn A" / "PHÓ GIÁM ĐỐC" / "SỞ X")
  // is the signer's post elsewhere, not his title here. A new mark ("TM.", "KT." ...) opens another block (an appendix's form).
  let closed = false;
  // header.signer.mark-far: a mark read alone onto the "Nơi nhận:" line ("Nơi nhận: TL."), the rest of the block a few
  // list lines below ("- Lưu: VT, KH. BỘ TRƯỞNG CHÁNH VĂN PHÒNG ..."): the first title in capitals after it is marked.
  let far: { mark: string; line: number } | undefined;
  cs.forEach((c, i) => {
    const lone = /^[ \t|]*(?:N[ơo]i\s+nh[ậâa]n\s*:\s*)?(KT|TM|TL|TUQ)[.,]?[ \t|]*$/u.exec(c.text);
    if (lone && titleAt < 0) {
      const n = cs[i + 1];
      if (n && n.line > c.line && /\p{Ll}/u.test(n.text)) far = { mark: lone[1]!, line: c.line };
      return;
    }
    if (closed && !/^[ \t|>*]*(?:KT|TM|TL|TUQ|K\/T|T\/M|T\/L)[.,]/.test(c.text)) return;
    closed = false;
    if (titleAt >= 0 && title && i > titleAt && c.line <= cs[titleAt]!.line + 12 && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,4}$/u.test(clean(c.text)) && lexicon().surnames.has(key(clean(c.text).split(' ')[0]!))) {
      closed = true;
      return;
    }
    // Upper case, but for a letter or two the restorer may have lowered ("TRU’O’N Gỡ").
    const letters = c.text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4 || letters.replace(/\p{Lu}/gu, '').length > Math.max(0, Math.floor(letters.length / 10))) return;
    // OCR reads Ư/Ơ as U’/O’: the marks go before matching.
    let f = folded.slice(c.start, c.end).replace(/[’'`‘]/g, '').replace(/\s+/g, ' ').trim();
    const marked = far && titleAt < 0 && c.line <= far.line + 8 && !RE_TITLE().exec(f)?.[1] ? `${far.mark}. ` : '';
    if (marked) f = `${marked.toLowerCase()}${f}`;
    const m = RE_TITLE().exec(f);
    if (!m) return;
    if (marked && !titleWords().has(f.replace(/^\S+\s*/, '')) && !ownTitle(f.replace(/^\S+\s*/, ''), c.text)) return;
    if (marked) how.rule = 'header.signer.mark-far';
    const words = f.replace(/^(kt|tm|tl|tuq|q|k\/t|t\/m|t\/l)[.,]?\s*/, '');
    // "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM" on one line: the head's title, then the signer's own.
    const own = m[1] && !titleWords().get(words) ? ownTitle(words, c.text) : undefined;
    if (own) {
      const cut = c.start + own.at;
      authority = authority ? `${authority} ${clean(text.slice(c.start, cut))}` : marked + clean(text.slice(c.start, cut));
      spans.authority = trimSpan(text, { start: c.start, end: cut });
      title = own.title;
      titleAt = i;
      spans.title = { start: cut, end: c.end };
      return;
    }
    if (m[1]) {
      authority = authority ? `${authority} ${clean(c.text)}` : marked + clean(c.text);
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
    // "TL." and "TUQ." sign for the head by delegation: the signer is someone else, whose title the text must give.
    // header.signer.acting: "Q. GIÁM ĐỐC" signs as the acting head, "Quyền Giám đốc".
    if (head && !/^(?:TL|TUQ)\b/.test(authority as string)) title = /^KT\b/.test(authority as string) ? deputy(head) : /^Q\b/.test(authority as string) ? `Quyền ${head}` : head;
  }
  if (titleAt < 0) return null;
  how.flat = !!cs[titleAt]!.flat;
  let name: string | null = null;
  // The name stands a few lines under the title (a signature and a seal between them); an appendix after it names others.
  const titleLine = cs[titleAt]!.line;
  // A text layer that puts the copies list ("Nơi nhận:" and its dashes) between the title and the name: its lines do not
  // count against the distance.
  let limit = titleLine + 12;
  let lastListLine = -1;
  for (let i = titleAt + 1; i < cs.length && cs[i]!.line <= limit; i++) {
    const c = cs[i]!;
    if (/^\s*(?:[-–•+]\s|N[ơo]i\s+nh[ậâa]n\s*:)/u.test(c.text) && c.line !== lastListLine && limit < titleLine + 60) {
      limit++;
      lastListLine = c.line;
      continue;
    }
    // Stray marks around the name ("| Nguyễn Văn An", "Nguyễn Văn An ,", bold stars) are no part of it.
    // (Not a list's dash, nor a copies line's "3;".)
    let t = clean(c.text).replace(/^[|*_~#"'“”.,:]{1,3}\s*(?=\p{Lu})|(?<=\p{Ll})\s*[|*_~#"'“”.,]{1,3}$/gu, '');
    // header.signer.name-prefix: "Thiếu tướng Nguyễn Văn A", "PGS.TS. Trần Thị B": a rank, degree or honour before the name
    // (dictionaries/extract/name-prefixes.tsv) is no part of it.
    const bare = withoutNamePrefix(t);
    if (bare !== t) how.prefix = true;
    t = bare;
    const joined = joinSplitSyllables(t);
    if (joined !== t && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,4}$/u.test(joined) && lexicon().surnames.has(key(joined.split(' ')[0]!))) {
      how.split = true;
      t = joined;
    }
    // header.signer.name-wrapped: a narrow column broke the name over two lines ("Trần" / "Văn Hùng", "Lê Minh" / "Hòa"):
    // the line right under it, one or two capitalised words, carries it on when the first part opens with a known surname
    // and the whole is two to four words.
    const next = cs[i + 1];
    if (next && next.line === c.line + 1 && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){0,2}$/u.test(t) && lexicon().surnames.has(key(t.split(' ')[0]!)) && !NAME_NOT.test(t)) {
      const nt = clean(next.text).replace(/(?<=\p{Ll})\s*[|*_~#"'“”.,]{1,3}$/u, '');
      const n = t.split(' ').length + nt.split(' ').length;
      if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(nt) && n >= 2 && n <= 4 && (t.split(' ').length < 3 || nt.split(' ').length === 1) && !NAME_NOT.test(nt) && !lexicon().surnames.has(key(nt.split(' ')[0]!)) && nt.split(' ').every((w) => w.length <= 7)) {
        name = `${t} ${nt}`;
        const off = text.slice(c.start, c.end).indexOf(t);
        spans.signer = [{ start: off >= 0 ? c.start + off : c.start, end: c.end }, { start: next.start, end: next.start + next.text.indexOf(nt) + nt.length }];
        how.wrapped = true;
        break;
      }
    }
    // header.signer.name-wrapped-tail: a flattened block's name begun at its line's end ("PHÓ CHỦ TỊCH Trần Văn") goes on
    // where the line below ends, past the copies item there ("- Sở Y tế các tỉnh; Hoa").
    const below = c.flat && nameBegun(t) ? cs.filter((x) => x.line === c.line + 1).at(-1) : undefined;
    const r = below ? nameRest(below.text, t.split(' ').length) : undefined;
    if (below && r) {
      name = `${t} ${r.rest}`;
      const off = text.slice(c.start, c.end).indexOf(t);
      spans.signer = [{ start: off >= 0 ? c.start + off : c.start, end: c.end }, { start: below.start + r.at, end: below.start + r.at + r.rest.length }];
      how.rule = 'header.signer.name-wrapped-tail';
      break;
    }
    // header.signer.name-initial: a middle name cut to its initial ("Nguyễn T. Minh") after a known surname.
    const initial = /^\p{Lu}\p{Ll}+(?: \p{Lu}\.){1,2}(?: \p{Lu}\p{Ll}+){1,2}$/u.test(t) && lexicon().surnames.has(key(t.split(' ')[0]!));
    if (initial) how.initial = true;
    if ((initial || /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,4}$/u.test(t)) && !NAME_NOT.test(t)) {
      name = t;
      if (c.rule) how.rule = c.rule;
      const off = text.slice(c.start, c.end).indexOf(t);
      spans.signer = off >= 0 ? { start: c.start + off, end: c.start + off + t.length } : { start: c.start, end: c.end };
      // The first name under the title signs; names further down belong to an appendix.
      break;
    }
    how.prefix = false;
    // A name printed in capitals ("NGUYỄN VĂN AN"): two to five words, the first a known surname, no title.
    if (/^\p{Lu}+(?: \p{Lu}+){1,4}$/u.test(t) && lexicon().surnames.has(key(t.split(' ')[0]!)) && t.split(' ').every((w) => w.length <= 7) && ![...titleWords().keys()].some((k) => ` ${key(t)} `.includes(` ${k} `))) {
      name = t.split(' ').map((w) => w[0] + w.slice(1).toLocaleLowerCase('vi')).join(' ');
      spans.signer = { start: c.start, end: c.end };
      break;
    }
  }
  if (!name) {
    // An e-signed file whose image carries the signature and name: the signer's own digital signature names him
    // ("Ký bởi: Nguyễn Văn An", "Người ký: ..."); a body's signature ("Ký bởi: Tổng cục Thuế") names no one.
    for (const m of text.matchAll(/(?:^|\n)[^\S\n]*(?:Ký bởi|Người ký)[^\S\n]*:[^\S\n]*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,4})[^\S\n]*(?=\n|$)/gu)) {
      if (!lexicon().surnames.has(key(m[1]!.split(' ')[0]!))) continue;
      name = m[1]!;
      const at = m.index! + m[0].lastIndexOf(m[1]!);
      spans.signer = { start: at, end: at + name.length };
      break;
    }
  }
  return { name, title, authority };
}

/** A signature run on one line after its mark ("KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM", "TL. TỔNG CỤC TRƯỞNG KT. VỤ
 *  TRƯỞNG VỤ X PHÓ VỤ TRƯỞNG" after the split at "KT.", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "TUQ. CHỦ TỊCH GIÁM ĐỐC SỞ X"):
 *  the head's part (a title, a title with its body, or for "TM." the collective body), then the signer's own title
 *  (a title, or a title with its body after a head's bare title). `words`: the folded run without its mark;
 *  `written`: the cell as printed. Returns the signer's title and where it starts in `written`. */
function ownTitle(words: string, written: string): { title: string; at: number } | undefined {
  const ws = words.split(' ');
  const toks = [...written.trimEnd().matchAll(/\S+/g)];
  const startOf = (n: number) => toks[toks.length - n]!.index!;
  // The signer's title is the end of the run: the longest title it ends with whose head part is a title (with or
  // without its body) or, under "TM.", a body.
  for (let n = Math.min(ws.length - 1, 6); n >= 1; n--) {
    const t = ws.slice(-n).join(' ');
    const head = ws.slice(0, -n).join(' ').replace(/,$/, '');
    if (!titleWords().has(t) || n > toks.length - 1) continue;
    const headWritten = toks.slice(Math.max(0, toks.length - ws.length), toks.length - n).map((x) => x[0]).join(' ');
    if (titleWords().has(head) || titleOf(head, headWritten) || /^t\/?m\b/.test(key(written))) return { title: titleWords().get(t)!, at: startOf(n) };
  }
  // A head's bare title, then the signer's title with its body ("CHỦ TỊCH GIÁM ĐỐC SỞ X").
  for (let n = 1; n < ws.length; n++) {
    const head = ws.slice(0, n).join(' ').replace(/,$/, '');
    if (!titleWords().has(head)) continue;
    const rest = ws.slice(n).join(' ');
    const restWritten = toks.slice(toks.length - (ws.length - n)).map((x) => x[0]).join(' ');
    const t = titleOf(rest, restWritten);
    if (t) return { title: t, at: startOf(ws.length - n) };
  }
  return undefined;
}

/** The words of `subject` written with the marks `body` gives them: each run of three words whose folded key the body
 *  also has, written otherwise (marks, đ for d) more often than as the subject writes it, takes the body's form; the
 *  subject's capitals stay; a word changes once. Runs of two collide ("thi hành kể từ" against "ban hành kế hoạch"). */
function bodyMarks(subject: string, body: string): { text: string; kept: boolean } {
  let marksKept = false;
  const words = (s: string) => [...s.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  const counts = new Map<string, Map<string, number>>();
  const n = 3;
  // A bar parts runs of words (table cells, the masked motto): no three words are read across it.
  const bw: string[] = [];
  for (const seg of body.split('|')) {
    const sw = words(seg).map((m) => m[0].normalize('NFC').toLocaleLowerCase('vi'));
    for (const w of sw) bw.push(w);
    for (let i = 0; i + n <= sw.length; i++) {
      const form = sw.slice(i, i + n).join(' ');
      const k = fold(form);
      let m = counts.get(k);
      if (!m) counts.set(k, (m = new Map()));
      m.set(form, (m.get(form) ?? 0) + 1);
    }
  }
  const bodyPairs = new Set(bw.slice(1).map((w, i) => `${bw[i]} ${w}`));
  const sw = words(subject);
  const out = sw.map((m) => m[0]);
  const done = new Set<number>();
  {
    for (let i = 0; i + n <= sw.length; i++) {
      if ([...Array(n).keys()].some((j) => done.has(i + j))) continue;
      // Words must follow each other in the subject (no punctuation between them).
      const gap = [...Array(n - 1).keys()].some((j) => /[^\s]/u.test(subject.slice(sw[i + j]!.index! + sw[i + j]![0].length, sw[i + j + 1]!.index!)));
      if (gap) continue;
      const own = sw.slice(i, i + n).map((m) => m[0].normalize('NFC').toLocaleLowerCase('vi')).join(' ');
      const m = counts.get(fold(own));
      if (!m) continue;
      const ownN = m.get(own) ?? 0;
      const [best, bestN] = [...m].sort((a, b) => b[1] - a[1])[0]!;
      if (best === own || bestN <= ownN) continue;
      // header.subject.body-marks-context: a word is left as written when the pair it makes with its neighbour outside
      // the three words is in the body as written and the changed pair is not ("Bãi bỏ các quyết định" keeps "bỏ"
      // though the body writes "toàn bộ các quyết định": it writes "bãi bỏ" too, and never "bãi bộ").
      const lower = (k: number) => sw[k]![0].normalize('NFC').toLocaleLowerCase('vi');
      const bw2 = best.split(' ');
      const kept = [0, n - 1].some((j) => {
        const k = j === 0 ? i - 1 : i + n;
        if (k < 0 || k >= sw.length || bw2[j] === lower(i + j)) return false;
        const [a, b] = j === 0 ? [k, i] : [i + n - 1, k];
        if (/[^\s]/u.test(subject.slice(sw[a]!.index! + sw[a]![0].length, sw[b]!.index!))) return false;
        const pair = (x: string, y: string) => bodyPairs.has(j === 0 ? `${x} ${y}` : `${y} ${x}`);
        return pair(lower(k), lower(i + j)) && !pair(lower(k), bw2[j]!);
      });
      if (kept) {
        marksKept = true;
        continue;
      }
      best.split(' ').forEach((w, j) => {
        const was = sw[i + j]![0];
        const up = was.length > 1 && was === was.toLocaleUpperCase('vi');
        out[i + j] = up ? w.toLocaleUpperCase('vi') : /^\p{Lu}/u.test(was) ? upperFirst(w) : w;
        done.add(i + j);
      });
    }
  }
  let r = '';
  let at = 0;
  sw.forEach((m, i) => {
    r += subject.slice(at, m.index) + out[i];
    at = m.index! + m[0].length;
  });
  return { text: r + subject.slice(at), kept: marksKept };
}

/** A line of capitals only (one word or more), no digits. */
function isUpperWord(t: string): boolean {
  const x = t.trim();
  return /^[\p{L} ]+$/u.test(x) && x === x.toUpperCase() && /\p{L}/u.test(x);
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
  // "TRƯỞNG BAN PHÓ THỦ TƯỚNG": the title the signer signs with, then the office he holds: the first is the title.
  if (titleWords().has(words.slice(k.length + 1).trim())) return titleWords().get(k)!;
  // header.signer.title-acronym: a unit's acronym after the title ("TRƯỞNG PHÒNG CTSV") keeps its capitals.
  const acronym = (w: string) => /^\p{Lu}{2,}$/u.test(w) && !isSyllable(w.toLocaleLowerCase('vi'));
  let lower = rest.map((w) => (acronym(w) ? w : w.toLowerCase())).join(' ').replace(/trung ương/g, 'Trung ương').replace(/(?<![\p{L}])(đảng|chính phủ|quốc hội)(?![\p{L}])/gu, (w) => upperFirst(w));
  // "GIÁM ĐỐC SỞ TÀI CHÍNH" -> "Giám đốc Sở Tài chính": a body's name opens with its head noun and the word after it in
  // capitals (agency-words.tsv, head).
  const ws = lower.split(' ');
  const head = (lexicon().agencyWords.get('head') ?? []).filter((h) => h.join(' ') === fold(ws.slice(0, h.length).join(' '))).sort((a, b) => b.length - a.length)[0];
  if (head && ws.length > head.length) lower = [...ws.slice(0, head.length + 1).map((w, i) => (i === 0 || i === head.length ? upperFirst(w) : w)), ...ws.slice(head.length + 1)].join(' ');
  return `${titleWords().get(k)} ${lower}`;
}

/** header.issuer.head-requester: "Chủ tịch Ủy ban nhân dân tỉnh" names a head; the body is the name after the title. */
function headOf(c: HeaderContext, name: string): DocumentFields['issuer'] | undefined {
  const f = fold(name);
  const t = [...titleWords().keys()].sort((a, b) => b.length - a.length).find((k) => f.startsWith(k + ' '));
  if (!t) return undefined;
  const rest = name.split(/\s+/).slice(t.split(' ').length).join(' ');
  const e = c.gaz.lookup(rest);
  return e ? { name: e.canonical, canonical: e.canonical } : undefined;
}

/** header.issuer.requester-place: a body named by its level alone ("Ủy ban nhân dân tỉnh", "... Thành phố") is the one of
 *  the place of that level the text names most often ("tỉnh Nghệ An"), when the gazetteer knows that body. */
function issuerPlace(c: HeaderContext, folded: string, name: string): DocumentFields['issuer'] | undefined {
  const level = /(?:^| )(tinh|thanh pho)$/.exec(fold(name));
  if (!level) return undefined;
  const counts = new Map<string, number>();
  for (const p of c.gaz.table.provinces) {
    const k = `${level[1]} ${fold(p.short)}`;
    const n = folded.split(new RegExp(`(?<![a-z])${k}(?![a-z])`)).length - 1;
    if (n) counts.set(p.short, n);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best.length || (best[1] && best[1][1] === best[0]![1])) return undefined;
  const e = c.gaz.lookup(`${name} ${best[0]![0]}`);
  return e ? { name: e.canonical, canonical: e.canonical } : undefined;
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
export function deputy(head: string): string {
  if (head === 'Bộ trưởng') return 'Thứ trưởng';
  if (head === 'Bộ trưởng, Chủ nhiệm') return 'Phó Chủ nhiệm';
  return /^Phó /.test(head) || head === 'Thứ trưởng' ? head : `Phó ${head}`;
}

/** Where a signer's title in capitals ends a line of mixed case ("- Như trên; . PHÓ <HEAD TITLE>": the two columns
 *  merged with no gap), or -1. */
function titleTailAt(s: string): number {
  const words = [...s.matchAll(/\S+/g)];
  let i = words.length;
  while (i > 0 && /\p{Lu}/u.test(words[i - 1]![0]) && !/\p{Ll}/u.test(words[i - 1]![0])) i--;
  if (i === 0 || words.length - i < 2 || !words.slice(0, i).some((w) => /\p{Ll}/u.test(w[0]))) return -1;
  const k = key(s.slice(words[i]!.index).replace(/[’'`‘]/g, ''));
  if (titleWords().has(k)) return words[i]!.index;
  // header.signer.title-after-codes: the copies item ends in codes in capitals ("VPUB: CVP, các PCVP; PHÓ CHỦ TỊCH"): the
  // title starts after the last of them, past its ";" or ",".
  for (let j = i + 1; j <= words.length - 2; j++) {
    if (!/[;,:)]$/.test(words[j - 1]![0])) continue;
    if (titleWords().has(key(s.slice(words[j]!.index).replace(/[’'`‘]/g, '')))) return words[j]!.index;
  }
  return -1;
}

function splitTitleTail(text: string, c: Cell): Cell[] {
  const at = titleTailAt(c.text);
  if (at <= 0) return [c];
  const head = trimSpan(text, { start: c.start, end: c.start + at });
  return [{ ...head, text: text.slice(head.start, head.end), line: c.line }, { start: c.start + at, end: c.end, text: c.text.slice(at), line: c.line }];
}

/** "KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn A": a signature block flattened onto one line (a web page's text, a
 *  layout lost): the upper-case authority and title, then the name in title case after them, are cells of their own.
 *  What stands before the upper-case run (the end of the copies list, a clerk's initials) is a cell too. */
/** header.signer.copies-name: an OCR that reads the copies list and the signature as one column ends a copies line with
 *  the signer's name ("- Lưu: VT; Nguyễn Văn An", "- Sở X (để b/c); Trần Thị Bình"): after the item's ";" or ")", two to
 *  five capitalised words opening with a known surname close the line, and are a cell of their own. */
function splitCopiesName(text: string, c: Cell): Cell[] {
  // header.signer.copies-name-comma: after a comma or a full stop too (a list of units or codes closing the line), a dot
  // of dust between ("VT, KGVX. Thợ. <name>"), when the name has three or four words and no place word stands before it.
  // header.signer.copies-name-wrapped: a line that goes on with an item wrapped from the line above (no dash of its own)
  // may end with the name too ("thành phố; Trần Thị Bình", "Vụ, Lê Văn An").
  const m = /^(\s*(?:[-–•+]\s)?.*?[;)])\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,4})\s*$/u.exec(c.text) ?? /^(\s*(?:[-–•+]\s)?.*?(?<!\b(?:TP|Tp|phố|tỉnh|quận|huyện|xã|phường|Thành phố|Tỉnh))[,.](?:\s+\S{1,4}\.)?)\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){2,3})\s*$/u.exec(c.text);
  if (!m || !lexicon().surnames.has(key(m[2]!.split(' ')[0]!)) || NAME_NOT.test(m[2]!)) return [c];
  const rule = /^\s*[-–•+]\s/.test(c.text) ? undefined : 'header.signer.copies-name-wrapped';
  // A rank or degree before the name ("PGS.TS. Trần Văn A") is header.signer.name-prefix's, not a wrapped item.
  if (rule && withoutNamePrefix(c.text.trim()) !== c.text.trim()) return [c];
  const at = c.start + c.text.lastIndexOf(m[2]!);
  return [
    { ...trimSpan(text, { start: c.start, end: at }), text: text.slice(c.start, at).trimEnd(), line: c.line },
    { start: at, end: at + m[2]!.length, text: m[2]!, line: c.line, ...(rule ? { rule } : {}) },
  ];
}

function splitNameTail(text: string, c: Cell): Cell[] {
  const toks = [...c.text.matchAll(/\S+/g)];
  let k = toks.length;
  let n = 0;
  while (k > 0 && n < 4) {
    if (/^\p{Lu}\p{Ll}+$/u.test(toks[k - 1]![0])) k--;
    // header.signer.split-syllable: "Đặ ng" is one word of the name.
    else if (k > 1 && /^\p{Ll}{1,3}$/u.test(toks[k - 1]![0]) && joinSplitSyllables(`${toks[k - 2]![0]} ${toks[k - 1]![0]}`) !== `${toks[k - 2]![0]} ${toks[k - 1]![0]}`) k -= 2;
    else break;
    n++;
  }
  // header.signer.name-wrapped-tail: a surname alone may end the line, the rest of the name on the line below.
  if (n < 1 || (n === 1 && !nameBegun(toks[k]![0]))) return [c];
  let j = k;
  while (j > 0 && /^[\p{Lu}\d.,()/-]+$/u.test(toks[j - 1]![0]) && /\p{Lu}{2}/u.test(toks[j - 1]![0])) j--;
  if (k - j < 2) return [c];
  // header.signer.flat-after-codes: the copies item before the run may end in codes in capitals ("- Lưu: VT, KHTC.
  // BỘ TRƯỞNG Trần Văn An"): the run starts after the last of them, where the rest is a title.
  const words = (i: number) => key(toks.slice(i, k).map((t) => t[0]).join(' ').replace(/[’'`‘]/g, ''));
  const isTitle = (i: number) => /^(?:KT|TM|TL|TUQ)[.,]/.test(toks[i]![0]) || titleWords().has(words(i)) || !!ownTitle(words(i), toks.slice(i, k).map((t) => t[0]).join(' '));
  let moved = false;
  if (!isTitle(j)) for (let i = j + 1; i <= k - 2; i++) if (/[,.;:]$/.test(toks[i - 1]![0]) && isTitle(i)) { j = i; moved = true; break; }
  const at = (i: number) => c.start + toks[i]!.index!;
  const out: Cell[] = [];
  for (const [a, b] of [[c.start, at(j)], [at(j), at(k)], [at(k), c.end]] as const) {
    const sp = trimSpan(text, { start: a, end: b });
    const rule = moved && a === at(k) ? { rule: 'header.signer.flat-after-codes' } : {};
    if (sp.end > sp.start) out.push({ ...sp, text: text.slice(sp.start, sp.end), line: c.line, flat: true, ...rule });
  }
  return out;
}

/** header.signer.beside-caps: an appendix's heading in capitals read onto the signature's lines ("KT. BỘ TRƯỞNG THỨ
 *  TRƯỞNG DANH MỤC CÁC NHIỆM VỤ", "Trần Văn An TRỌNG TÂM NĂM 2027"): the longest title after the mark, or a name opening
 *  the cell or following a copies item's ";" "." ")", is a cell of its own, the capitals after it (two words or more)
 *  another. */
function splitBesideCaps(text: string, folded: string, c: Cell): Cell[] {
  const toks = [...c.text.matchAll(/\S+/g)];
  const cut = (at: number[], rule?: string): Cell[] =>
    [c.start, ...at.map((a) => c.start + a), c.end].slice(0, -1).flatMap((a, i, xs) => {
      const sp = trimSpan(text, { start: a, end: xs[i + 1] ?? c.end });
      return sp.end > sp.start ? [{ ...sp, text: text.slice(sp.start, sp.end), line: c.line, ...(c.flat ? { flat: true as const } : {}), ...(rule && i === 1 ? { rule } : {}) }] : [];
    });
  const upper = (w: string) => /\p{Lu}{2}/u.test(w) && !/\p{Ll}/u.test(w);
  if (/^(?:KT|TM|TL|TUQ)[., ]/.test(c.text) && !/\p{Ll}/u.test(c.text)) {
    const words = (n: number) => folded.slice(c.start, c.start + toks[n - 1]!.index! + toks[n - 1]![0].length).replace(/[’'`‘]/g, '').replace(/\s+/g, ' ').trim().replace(/^(kt|tm|tl|tuq)[.,]?\s*/, '');
    // A title without a body after it: the appendix's words are no body ("THỨ TRƯỞNG DANH MỤC CÁC ...").
    const bare = new Set(titleWords().values());
    const isTitle = (n: number) => titleWords().has(words(n)) || bare.has(ownTitle(words(n), toks.slice(0, n).map((t) => t[0]).join(' '))?.title ?? '');
    // A title with its body ("KT. VỤ TRƯỞNG VỤ KẾ HOẠCH") is whole.
    if (isTitle(toks.length) || ownTitle(words(toks.length), c.text) || titleOf(words(toks.length), c.text.replace(/^\S+\s*/, ''))) return [c];
    for (let n = toks.length - 2; n >= 2; n--) if (isTitle(n)) return cut([toks[n]!.index!]);
    return [c];
  }
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && !/[;.)]$/.test(toks[i - 1]![0])) continue;
    let j = i;
    while (j < toks.length && j - i < 4 && /^\p{Lu}\p{Ll}+$/u.test(toks[j]![0])) j++;
    if (j - i < 2 || toks.length - j < 2 || !toks.slice(j).every((t) => upper(t[0]) || /^[\d,.()/-]+$/.test(t[0]))) continue;
    const name = toks.slice(i, j).map((t) => t[0]).join(' ');
    if (!lexicon().surnames.has(key(toks[i]![0])) || NAME_NOT.test(name)) continue;
    return cut(i > 0 ? [toks[i]!.index!, toks[j]!.index!] : [toks[j]!.index!], 'header.signer.beside-caps');
  }
  return [c];
}

/** header.signer.title-wrapped: where a title begun after its mark in cell `c` ends in cell `n` (the line below), when
 *  one or two words in capitals open `n` and finish it, or undefined. */
function titleEnd(text: string, folded: string, c: Cell, n: Cell): number | undefined {
  const words = (a: number, b: number) => folded.slice(a, b).replace(/[’'`‘]/g, '').replace(/\s+/g, ' ').trim().replace(/^(kt|tm|tl|tuq|k\/t|t\/m|t\/l)[.,]?\s*/, '');
  const isTitle = (w: string, written: string) => titleWords().has(w) || !!ownTitle(w, written);
  if (!/^(?:KT|TM|TL|TUQ)[., ]/.test(c.text) || /\p{Ll}/u.test(c.text) || isTitle(words(c.start, c.end), c.text)) return undefined;
  const caps = [...n.text.matchAll(/\S+/g)].slice(0, 2);
  for (let k = caps.length; k >= 1; k--) {
    if (!caps.slice(0, k).every((w) => /^\p{Lu}{2,}$/u.test(w[0]))) continue;
    const end = n.start + caps[k - 1]!.index! + caps[k - 1]![0].length;
    if (isTitle(words(c.start, end), text.slice(c.start, end))) return end;
  }
  return undefined;
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
