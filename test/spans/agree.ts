// Does every field's value agree with the text at its span? "Agree" means:
// - dates (ISO): the day, month and year are the numbers written at the span,
//   in that order ("ngày 24 tháng 01 năm 2025", "24/01/2025");
// - document numbers and reference numbers: the same characters once spaces,
//   line breaks and hyphens broken over a line are dropped, compared on the
//   folded key (an OCR'd "Qb" normalised to "QĐ" folds the same only when the
//   letters agree, so a normalised symbol must name where it was read);
// - text (place, recipients, deadlines): the value's words are the words at
//   the span, compared folded, in order; a subject may drop a leading "V/v",
//   "về việc" or "về", and the place and date its line shares in the column
//   beside it ("V/v góp ý dự thảo <place>, ngày 9 tháng 4 năm 2024 / Thông tư ...");
// - names of bodies (issuer, leads, coordinators, agencies): the same words (abbreviations such as UBND
//   at the span read in full), or
//   the value's words ending with those at the span (a list's shared head:
//   "các Bộ: Công an, Tư pháp" gives "Bộ Tư pháp"), or the gazetteer names the
//   same body at the span (once the motto column merged beside it is dropped,
//   or from a code such as CTK, or as the nearest name to an OCR-damaged one), or
//   a body named by its level alone at the span with a province's name after it;
// - where OCR damage was normalised (numbers, names and place names: an OCR'd
//   "là Nội" read as Hà Nội), the folded forms may differ by one edit in seven
//   characters;
// - everywhere, a final consonant cut off its syllable at the span ("chứ c") is read joined, as the value is.
import type { CongvanRecord } from '../../src/schema.js';
import type { Gazetteer } from '../../src/extract/gazetteer.js';
import levenshtein from 'fast-levenshtein';
import { fold, joinFragments, key } from '../../src/extract/text.js';
import { inFull } from '../../src/extract/lexicon.js';

/** The motto column, merged beside the issuer in two-column headers. */
const MOTTO = /\b(?:cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc|dang cong san viet nam)\b/g;
/** Edits allowed per character where OCR damage was normalised (05-QBD -> 05-QĐ, Lại Cái -> Lào Cai). */
const CLOSE = 0.15;
const close = (a: string, b: string) => levenshtein.get(a, b) <= Math.max(1, Math.floor(CLOSE * Math.max(a.length, b.length)));

type Span = { start: number; end: number };
const isSpan = (v: unknown): v is Span => typeof v === 'object' && v !== null && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number';

// A final consonant the text layer cut off its syllable ("Tổ chứ c") is one word, as clean() writes the value.
const words = (s: string) => key(joinFragments(s.replace(/\s+/g, ' '))).split(/[^a-z0-9đ]+/).filter(Boolean);
const compact = (s: string) => key(s).replace(/[\s\-–]+/g, '');

function dateAgrees(iso: string, at: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const nums = (at.match(/\d+/g) ?? []).map(Number);
  const i = nums.indexOf(d!);
  return i >= 0 && nums.slice(i + 1).indexOf(m!) >= 0 && nums.slice(i + 1 + nums.slice(i + 1).indexOf(m!) + 1).includes(y!);
}

function textAgrees(value: string, at: string): boolean {
  return words(value).join(' ') === words(at).join(' ');
}

function placeAgrees(value: string, at: string): boolean {
  return textAgrees(value, at) || close(words(value).join(' '), words(at).join(' '));
}

function subjectAgrees(value: string, at: string): boolean {
  const v = words(value);
  const a = words(words(at).join(' ').replace(/^(?:v v |ve viec |ve )/, '')).filter(Boolean);
  if (v.join(' ') === a.join(' ')) return true;
  // A trích yếu in the left column whose line the place and date share: the span runs over them, the value does not.
  let p = 0;
  while (p < v.length && v[p] === a[p]) p++;
  const q = v.length - p;
  const cut = a.slice(p, a.length - q).join(' ');
  return q >= 0 && a.slice(a.length - q).join(' ') === v.slice(p).join(' ') && /^(?:\S+ ){0,3}ngay (?:\S+ ){0,2}(?:thang )?(?:\S+ ){0,2}nam \d{4}$/.test(cut);
}

function nameAgrees(gaz: Gazetteer, value: string, at: string): boolean {
  const v = words(value).join(' ');
  const a = words(at).join(' ').replace(MOTTO, ' ').replace(/\s+/g, ' ').trim();
  if (v === a || (a && v.endsWith(' ' + a)) || close(v, a)) return true;
  // A body named at the span by its level alone ("Ủy ban nhân dân Thành phố"), the province the text names most
  // written after it (header.issuer.requester-place).
  if (/ (?:tinh|thanh pho)$/.test(a) && v.startsWith(a + ' ') && gaz.table.provinces.some((p) => v === `${a} ${words(p.short).join(' ')}`)) return true;
  // Abbreviations at the span written in full in the value ("UBND phường Văn Phú" -> "Ủy ban nhân dân phường Văn Phú").
  const full = words(inFull(at)).join(' ');
  if (full !== a && (v === full || v.endsWith(' ' + full))) return true;
  const body = gaz.lookup(value)?.canonical ?? gaz.nearest(value)?.canonical;
  if (!body) return false;
  if (gaz.scan(fold(at)).some((h) => h.entry.canonical === body) || gaz.nearest(at)?.canonical === body) return true;
  return (at.match(/[A-ZĐ]{2,}/g) ?? []).some((c) => gaz.byCode(c)?.canonical === body);
}

function numberAgrees(value: string, at: string): boolean {
  return close(compact(value), compact(at)) && value.replace(/\D/g, '') === at.replace(/\D/g, '');
}

/** One line per field whose value and span disagree. */
export function disagreements(r: CongvanRecord, gaz: Gazetteer): string[] {
  const text = r.text.restored;
  const at = (s: Span) => text.slice(s.start, s.end);
  const out: string[] = [];
  const check = (field: string, ok: boolean, value: unknown, s: Span) => {
    if (!ok) out.push(`${field}: ${JSON.stringify(value)} but the span reads ${JSON.stringify(at(s))}`);
  };
  const d = r.document;
  const spans = d.spans as Record<string, Span | Span[]>;
  const one = (name: string) => (isSpan(spans[name]) ? (spans[name] as Span) : undefined);
  const many = (name: string) => (Array.isArray(spans[name]) ? (spans[name] as Span[]) : []);
  for (const s of Object.values(spans).flat()) if (s.end < s.start || s.end > text.length) out.push(`span ${s.start}-${s.end} outside the text`);
  if (out.length) return out;
  let s: Span | undefined;
  if (d.number && (s = one('number'))) check('number', numberAgrees(d.number, at(s)), d.number, s);
  if (d.date && (s = one('date'))) check('date', dateAgrees(d.date, at(s)), d.date, s);
  if (d.place && (s = one('place'))) check('place', placeAgrees(d.place, at(s)), d.place, s);
  if (d.subject && (s = one('subject'))) check('subject', subjectAgrees(d.subject, at(s)), d.subject, s);
  if (d.issuer && (s = one('issuer'))) check('issuer', nameAgrees(gaz, d.issuer.name, at(s)), d.issuer.name, s);
  many('recipients').forEach((sp, i) => d.recipients[i] !== undefined && check(`recipients[${i}]`, textAgrees(d.recipients[i]!, at(sp)), d.recipients[i], sp));
  for (const [i, ref] of r.references.entries()) {
    check(`references[${i}].number`, numberAgrees(ref.number, at(ref.span)), ref.number, ref.span);
    for (const [j, m] of (ref.mentions ?? []).entries()) check(`references[${i}].mentions[${j}]`, numberAgrees(ref.number, at(m)), ref.number, m);
  }
  for (const a of r.agencies) for (const [j, m] of a.mentions.entries()) if (j === 0) check(`agency ${a.name}`, nameAgrees(gaz, a.name, at(m)), a.name, m);
  for (const t of r.tasks) {
    for (const [role, list] of [['lead', t.lead], ['coordinate', t.coordinate]] as const) {
      for (const a of list) if (a.span) check(`task ${t.id} ${role}`, nameAgrees(gaz, a.name, at(a.span)), a.name, a.span);
    }
    if (t.deadline?.span) check(`task ${t.id} deadline`, textAgrees(t.deadline.text, at(t.deadline.span)), t.deadline.text, t.deadline.span);
  }
  for (const m of r.messages) if (m.span && (m.span.end < m.span.start || m.span.end > text.length)) out.push(`message ${m.code}: span outside the text`);
  return out;
}
