// header.issuer.unit-line and header.issuer.organ-of-parent: a letter head of two or three levels whose last line names
// the issuing unit under its parent ("ỦY BAN BẦU CỬ XÃ X" over "TIỂU BAN ..."; "ỦY BAN MTTQ VIỆT NAM" / "XÃ X" over
// "BAN THƯỜNG TRỰC"). As the golds write such heads (corpus/gold/dev/README.md), a unit issues alone, like the lower
// line of "BỘ X / CỤC Y"; a standing organ of its parent (dictionaries/extract/issuer-units.tsv, "organ") is named
// with it, its abbreviations written in full: "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã X".
import type { Span } from '../layer.js';
import type { Gazetteer } from './gazetteer.js';
import { inFull, lexicon } from './lexicon.js';
import { clean, sentenceCase, upperFirst } from './text.js';

/** A line of the issuer block: its folded first column `f` and where that column stands in the text. */
export interface BlockLine {
  f: string;
  start: number;
  end: number;
}

const LEVEL = /(?:^|\s)(xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|đặc khu)((?:\s\p{Ll}[\p{L}-]*){1,4})$/u;

/** The parent's name from its upper-case lines: abbreviations in full, known names and the place as written. */
function parentName(written: string, recap: (s: string) => string): string {
  const words = written.split(' ').map((w) => (inFull(w) !== w ? inFull(w) : w.toLocaleLowerCase('vi')));
  const name = recap(upperFirst(words.join(' ')));
  // the place after its level word ("xã lương minh" -> "xã Lương Minh")
  return name.replace(LEVEL, (m, level: string, rest: string) => m.slice(0, m.length - level.length - rest.length) + level + rest.replace(/(?<=\s)\p{Ll}/gu, (ch) => ch.toLocaleUpperCase('vi')));
}

/** The issuer named by the last line(s) of the block when they open with a unit's head word; undefined otherwise. */
export function unitIssuer(text: string, masked: string, block: BlockLine[], gaz: Gazetteer, recap: (s: string) => string): { name: string; span: Span | Span[]; rule: string } | undefined {
  if (block.length < 2 || block.length > 5) return undefined;
  // Party units are named by their own rule (header.issuer.party-unit).
  const party = lexicon().partyHeads;
  const units = lexicon().issuerUnits;
  const at = block.length - 1;
  const line = block[at]!;
  // "VĂN PHÒNG" is a Party unit's line too: under a state parent it is that parent's office.
  // (So is "VĂN PHÒNG THƯỜNG TRỰC", a standing office listed as an organ, which the Party's "Văn phòng" would take.)
  const office = units.some((u) => (u.alone ? line.f === u.key : u.organ && line.f.startsWith(u.key) && !party.some(([h]) => h === u.key)));
  if (block.some((l, i) => !(office && i === at) && party.some(([h]) => l.f === h || l.f.startsWith(h + ' ')))) return undefined;
  // "organ-alone" (header.issuer.office-of-parent): only a line that holds the word alone ("VĂN PHÒNG" under "UBND TỈNH X").
  const head = units.find((u) => line.f === u.key || (!u.alone && line.f.startsWith(u.key + ' ')));
  if (!head || line.f.split(' ').length > 12 || gaz.scan(masked.slice(line.start, line.end)).length) return undefined;
  const cell = (l: BlockLine) => [...text.slice(l.start, l.end)].map((ch, i) => (masked[l.start + i] === ' ' ? ' ' : ch)).join('');
  const own = clean(cell(line).replace(/[^\p{L}\s,-]+/gu, ' '));
  const span = { start: line.start, end: line.end };
  if (!head.organ) return { name: sentenceCase(own), span, rule: 'header.issuer.unit-line' };
  const parent = clean(block.slice(0, at).map((l) => cell(l).replace(/[^\p{L}\s,-]+/gu, ' ')).join(' '));
  if (parent.split(' ').length < 2) return undefined;
  const name = head.written + sentenceCase(own).slice(head.written.length) + ' ' + parentName(parent, recap);
  // Read from two places, in the value's order: the organ's line, then its parent's lines.
  return { name, span: [span, ...block.slice(0, at).map((l) => ({ start: l.start, end: l.end }))], rule: head.alone ? 'header.issuer.office-of-parent' : 'header.issuer.organ-of-parent' };
}

/** header.issuer.head-word-unit: a block the gazetteer knows nothing of ("TỔNG CÔNG TY X" over "CÔNG TY TNHH ..." / "CẤP
 *  NƯỚC Y"): the unit under its parent is the last line that opens with a body's head word (agency-words.tsv "head"),
 *  with the lines under it that open with none (its name wrapped); the parent's lines above are not its name. */
export function headWordUnit(text: string, masked: string, block: BlockLine[]): { name: string; span: Span[] } | undefined {
  if (block.length < 2 || block.length > 5) return undefined;
  const heads = (lexicon().agencyWords.get('head') ?? []).map((w) => w.join(' '));
  const opens = (l: BlockLine) => heads.some((h) => l.f.startsWith(h + ' '));
  let at = -1;
  for (let i = block.length - 1; i >= 1; i--) if (opens(block[i]!)) {
    at = i;
    break;
  }
  if (at < 1 || block.length - at > 3) return undefined;
  const lines = block.slice(at);
  const cell = (l: BlockLine) => [...text.slice(l.start, l.end)].map((ch, i) => (masked[l.start + i] === ' ' ? ' ' : ch)).join('');
  const own = clean(lines.map((l) => cell(l).replace(/[^\p{L}\d\s,-]+/gu, ' ')).join(' '));
  if (own.split(' ').length < 2) return undefined;
  return { name: sentenceCase(own), span: lines.map((l) => ({ start: l.start, end: l.end })) };
}
