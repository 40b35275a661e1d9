// Deadlines in a task's text, normalised to the last day allowed (gold README):
// "trước ngày 15/11/2025", "trong tháng 11 năm 2025", "trong Quý IV năm 2025",
// "trước tháng 01 năm 2026" (2025-12-31), "trước 10 giờ, ngày 03/10/2025",
// "Nhiệm vụ thường xuyên". Patterns run on the folded text, with short bounded
// gaps only, so they stay linear on any input.
import type { Deadline } from '../schema.js';
import { lexicon } from './lexicon.js';
import { isoDate, lastDay, ROMAN } from './text.js';

export interface Found {
  kind: Deadline['kind'];
  due: string | null;
  time: string | null;
  start: number;
  end: number;
  /** Said with "trước", "chậm nhất" or "hoàn thành": a firm limit. */
  firm: boolean;
  /** The rule that read it, when not `deadline.<kind>`. */
  rule?: string;
}

const S = '[ \\t\\r\\n]{1,4}';
const O = '[ \\t\\r\\n]{0,4}';
const NGAY = 'ng[a-z]y';
const THANG = 'th[ia]?[a-z]ng';
const NAM = 'n[a-z]m';
// "trước" and its OCR forms (truéc, trudc), not "trưởng", "trường" (truong).
const TRUOC = 'tru[oed0][a-z]?c';
// "chậm nhất ngày 25/12/2025" needs no preposition after "chậm nhất" (deadline.date).
// deadline.limit-la: "chậm nhất là ngày ...", "hạn cuối (là) ngày ...": the limit word, "là", then the day.
const LIMIT = `ch[a-z]m${S}nh[a-z]t|h[a-z]n${S}ch[o0]t|h[a-z]n${S}cuoi`;
const CUE = `(?:(${LIMIT})(?:${S}la)?${S})?(?:(${TRUOC}|trong|d[e]n${S}h[e]t|d[e]n|v[a]o|h[a]n)${S}|(?<=(?:${LIMIT})(?:${S}la)?${S}))`;
// d/m/y, d/m, "d tháng m năm y", "d tháng m"
const DATE = `(\\d{1,2})(?:${O}[/.\\-]${O}(\\d{1,2})(?:${O}[/.\\-]${O}(\\d{4}))?|${S}${THANG}${S}(\\d{1,2})(?:${O}(?:${NAM}${S}|/)(\\d{4}))?)`;

// deadline.weekday: "trước thứ Tư, ngày 03/12/2025", "trước 17 giờ thứ Sáu ngày ...": the day of the week said before the date.
const WEEKDAY = `(?:(?:thu${S}(?:hai|ba|tu|nam|sau|bay)|chu${S}nhat)(?![a-z])${O},?${O})?`;
const RE_TIME = new RegExp(`${CUE}(\\d{1,2})${O}(?:gio|h)(?:${O}(\\d{1,2})(?:${O}phut)?)?${O},?${O}${WEEKDAY}(?:${NGAY}${S})?${DATE}`, 'g');
const RE_DATE = new RegExp(`${CUE}${WEEKDAY}(?:${NGAY}${S})?${DATE}`, 'g');
// "Cuối tháng 3 năm 2010: ...": the end of the month.
const RE_MONTH = new RegExp(`(?:(${TRUOC}|trong|d[e]n${S}h[e]t|d[e]n|hoan${S}thanh|v[a]o|cuoi)${S})${THANG}${S}(\\d{1,2})(?:${O}(?:${NAM}${S}|/)(\\d{4}))?`, 'g');
// deadline.quarter-edge: "vào đầu quý I năm 2010", "chậm nhất là cuối quý I": due at the quarter's end (not after "từ").
const RE_QUARTER = new RegExp(`(?:(${TRUOC}|trong|d[e]n${S}h[e]t|hoan${S}thanh|v[a]o|(?<!tu${S})(?:cuoi|dau))${S})quy${S}(iv|iii|ii|i|[1-4])\\b(?:${O}(?:${NAM}${S}|/)(\\d{4}))?`, 'g');
const RE_HALF = new RegExp(`(?:(${TRUOC}|trong|hoan${S}thanh)${S})?(?:6|sau)${S}${THANG}${S}(dau|cuoi)${S}${NAM}(?:${S}(\\d{4}))?`, 'g');
// "trong năm 2026 - 2027": a span of years ends with its last.
// (deadline.year-end: "Kết thúc năm 2026, tổng kết ...": by the end of that year.)
const RE_YEAR = new RegExp(`(?:(${TRUOC}|trong|d[e]n${S}h[e]t|hoan${S}thanh|cuoi|ket${S}thuc)${S})${NAM}${S}(\\d{4})(?:[ \\t]{0,3}[-–][ \\t]{0,3}(?:${NAM}${S})?(\\d{4}))?`, 'g');
const RE_RECURRING = /nhi[a-z]{0,2}m[ \t\r\n]{1,4}v[a-z]{1,2}[ \t\r\n]{1,4}th[a-z]{1,2}ng[ \t\r\n]{1,4}xuy[a-z]n/g;
// deadline.standing-clause: "...; thực hiện thường xuyên.", ", thường xuyên)": a clause that only says the work is done all the
// time recurs (not "thường xuyên kiểm tra", the adverb of a verb, nor "cập nhật dữ liệu thường xuyên").
const RE_STANDING = new RegExp(`(?<=(?:^|[;,(\\n])${O})(?:(?:thuc${S}hien|tien${S}hanh|trien${S}khai)${S})?thuong${S}xuyen(?=${O}(?:[.;)\\n]|$))`, 'g');
// deadline.runs-on-years: "(từ) năm 2028 và các năm tiếp theo", "giai đoạn 2026-2030 và những năm sau", "năm 2027 và tiếp theo" in
// a task's text: work that starts then and goes on, recurring (as a plan's time cell that runs on). Only opening a clause or after
// "thực hiện", "từ", "trong": after a noun it says what a plan covers ("kế hoạch triển khai Đề án năm 2010 và các năm tiếp theo").
const RE_RUNS_ON = new RegExp(`(?:(?<=(?:^|[;,:(\\n])${O})|(?<=(?<![a-z])(?:thuc${S}hien|tu|trong|bat${S}dau${S}tu)${S}))(?:${NAM}${S}\\d{4}|giai${S}doan${S}\\d{4}${O}[-–]${O}\\d{4})${S}va${S}(?:(?:cac|nhung)${S}${NAM}${S}(?:tiep${S}theo|sau|ke${S}tiep)|tiep${S}theo)(?![a-z])`, 'g');
const RE_PERIODIC = /(?<![a-z])(?:dinh[ \t\r\n]{1,4}ky|hang[ \t\r\n]{1,4}(?:nam|thang|quy|tuan))(?![a-z])/g;
// "Hoàn thành theo lộ trình ..." bounds the work without a date.
const RE_OTHER = new RegExp(`hoan${S}thanh${S}theo${S}(?:(?:lo|[0-9a-z]{1,3})${S}trinh|ke${S}hoach|tien${S}do)[^.;\\n]{0,100}`, 'g');
const RE_RELATIVE = new RegExp(`(?:trong${S}(?:vong|thoi${S}han)${S})(\\d{1,3})${S}ng[a-z]y(?:${S}lam${S}viec)?`, 'g');

const RE_NEXT_YEAR = new RegExp(`^${O}(?:cua${S})?${NAM}${S}(?:lien${S}ke|sau|tiep${S}theo|ke${S}tiep)(?![a-z])`);

const RE_PRIOR_YEAR = new RegExp(`^${S}(?:cua${S})?${NAM}${S}truoc(?![a-z])`);
// deadline.year-scope: "những nhiệm vụ đã giao trong năm 2027", "mục tiêu đề ra trong năm 2026": the year names which tasks or
// targets, it does not bound the work asked.
const RE_YEAR_SCOPE = new RegExp(`(?:nhiem${S}vu|muc${S}tieu|chi${S}tieu)(?:${S}(?:da|duoc))?${S}(?:giao|trien${S}khai|de${S}ra|dat${S}ra)(?:${S}hoan${S}thanh)?${S}$`);
const RE_YEAR_END_LEAD = new RegExp(`(?:^|[.;:,\\n(+•*–-]|(?<![a-z])(?:vao|den|truoc|toi|xong|thanh|trong))${O}$`);
const RE_PLAN_PERIOD = new RegExp(`(?:(?:(?<![a-z0-9])\\d{1,2}${S}nam|trung${S}han|dai${S}han|ngan${S}han)${O}(?:,|va|hoac)|(?<![a-z])ke${S}hoach)${S}$`);
const RE_AFTER_YEAR = new RegExp(`^${S}sau${S}${NAM}${S}[a-z]+(?:${S}[a-z]+)?`);
const firmCue = (cue?: string) => !!cue && /^(tru|ch|h[a-z]n|hoan)/.test(cue);

/** All deadline phrases in folded[from, to). `year` stands in for a missing year. */
export function findDeadlines(folded: string, from: number, to: number, year: number | null, written: string | null = null): Found[] {
  const s = folded.slice(from, to);
  const out: Found[] = [];
  const taken: [number, number][] = [];
  const add = (f: Found) => {
    if (taken.some(([a, b]) => f.start < b && a < f.end)) return;
    taken.push([f.start, f.end]);
    out.push(f);
  };
  const at = (m: RegExpExecArray) => ({ start: from + m.index, end: from + m.index + m[0].length });
  const y4 = (v?: string) => (v ? Number(v) : year);
  // deadline.year-end-rollover: a day without its year in the first quarter, in a letter written from October on, falls in the
  // next year ("trước ngày 05/01" in a December letter); any other day without a year is of the letter's year.
  const rolled = (due: string | null, y?: string) =>
    due && !y && written && Number(written.slice(5, 7)) >= 10 && Number(due.slice(5, 7)) <= 3 && due < written ? `${Number(due.slice(0, 4)) + 1}${due.slice(4)}` : due;

  for (const m of s.matchAll(RE_RUNS_ON)) add({ kind: 'recurring', due: null, time: null, ...at(m), firm: false, rule: 'deadline.runs-on-years' });
  for (const m of s.matchAll(RE_TIME)) {
    const [, lim, cue, hh, mm, d, m1, y1, m2, y2] = m;
    const mon = Number(m1 ?? m2);
    const yy = y4(y1 ?? y2);
    const h = Number(hh);
    if (h > 24) continue;
    add({ kind: 'date', due: yy ? rolled(isoDate(yy, mon, Number(d)), y1 ?? y2) : null, time: `${String(h).padStart(2, '0')}:${String(Number(mm ?? 0)).padStart(2, '0')}`, ...at(m), firm: !!lim || firmCue(cue) });
  }
  for (const m of s.matchAll(RE_DATE)) {
    const [, lim, cue, d, m1, y1, m2, y2] = m;
    if (m1 === undefined && m2 === undefined) continue;
    // deadline.next-year: "trước ngày 10 tháng 01 của năm liền kề / năm sau / năm tiếp theo": the day of the year after.
    const next = y1 ?? y2 ? null : RE_NEXT_YEAR.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 32));
    const yy = next && year ? year + 1 : y4(y1 ?? y2);
    const due = yy ? isoDate(yy, Number(m1 ?? m2), Number(d)) : null;
    if (yy && !due) continue;
    const span = at(m);
    // deadline.prior-year-day: "trước ngày 01 tháng 12 của năm trước": a day of the year before each year's work, which recurs.
    const prior = !(y1 ?? y2) && RE_PRIOR_YEAR.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (prior) {
      add({ kind: 'recurring', due: null, time: null, start: span.start, end: span.end + prior[0].length, firm: false });
      continue;
    }
    if (next) span.end += next[0].length;
    // "... của năm liền kề sau năm đánh giá": the year after each year of a cycle, work that comes back.
    const cycle = next && RE_AFTER_YEAR.exec(s.slice(span.end - from, span.end - from + 24));
    if (cycle) {
      span.end += cycle[0].length;
      add({ kind: 'recurring', due: null, time: null, ...span, firm: false });
      continue;
    }
    add({ kind: 'date', due: next ? due : rolled(due, y1 ?? y2), time: null, ...span, firm: !!lim || firmCue(cue) });
  }
  for (const m of s.matchAll(RE_QUARTER)) {
    const [, cue, q, y] = m;
    const n = ROMAN[q!] ?? Number(q);
    const yy = y4(y);
    // "trước Quý III" ends with the quarter before.
    const endMonth = (before(cue) ? n - 1 : n) * 3;
    add({ kind: 'quarter', due: yy ? endOfMonth(yy, endMonth) : null, time: null, ...at(m), firm: firmCue(cue) });
  }
  for (const m of s.matchAll(RE_MONTH)) {
    const [, cue, mo, y] = m;
    const yy = y4(y);
    const mon = Number(mo);
    if (mon < 1 || mon > 12) continue;
    add({ kind: 'month', due: yy ? endOfMonth(yy, before(cue) ? mon - 1 : mon) : null, time: null, ...at(m), firm: firmCue(cue) });
  }
  for (const m of s.matchAll(RE_HALF)) {
    const [, cue, half, y] = m;
    const yy = y4(y);
    add({ kind: 'half', due: yy ? endOfMonth(yy, half === 'dau' ? 6 : 12) : null, time: null, ...at(m), firm: firmCue(cue) });
  }
  for (const m of s.matchAll(RE_YEAR)) {
    const [, cue, y, y2] = m;
    if (cue === 'trong' && RE_YEAR_SCOPE.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
    // deadline.year-end-noun: "cuối năm 2025" bounds work when it opens a clause or follows a preposition or a verb of
    // finishing ("đến cuối năm", "hoàn thành cuối năm"); after a noun it names a time of that thing ("những tháng cuối năm
    // 2025", "giữ giá hàng hóa cuối năm 2026").
    if (cue === 'cuoi' && !RE_YEAR_END_LEAD.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    const yy = y2 && Number(y2) > Number(y) ? Number(y2) : Number(y);
    add({ kind: 'year', due: endOfMonth(before(cue) ? yy - 1 : yy, 12), time: null, ...at(m), firm: firmCue(cue) });
  }
  for (const m of s.matchAll(RE_RECURRING)) add({ kind: 'recurring', due: null, time: null, ...at(m), firm: false });
  for (const m of s.matchAll(RE_STANDING)) add({ kind: 'recurring', due: null, time: null, ...at(m), firm: false, rule: 'deadline.standing-clause' });
  // "định kỳ 6 tháng", "hàng năm", "trước ngày 18 hằng tháng": work that comes back.
  const periodic = new Set<Found>();
  let adverbEnd = -1;
  for (const m of s.matchAll(RE_PERIODIC)) {
    // deadline.plan-period: "kế hoạch 5 năm và hằng năm" names the plans' periods, not when the work comes back.
    // (Also after another plan period, "trung hạn và hằng năm", "dài hạn, hằng năm", and right after "kế hoạch": "kế hoạch
    // hằng năm" is the yearly plan, a thing.)
    if (RE_PLAN_PERIOD.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    const end = m.index + m[0].length;
    // deadline.periodic-adverb: "định kỳ hằng năm" goes on a period just taken.
    const chained = adverbEnd >= 0 && /^[ \t\r\n,]{0,4}$/.test(s.slice(adverbEnd, m.index));
    if (!chained && !periodAdverb(s, m.index, end)) continue;
    adverbEnd = end;
    const f: Found = { kind: 'recurring', due: null, time: null, ...at(m), firm: false };
    periodic.add(f);
    add(f);
    // deadline.day-each-period: "trước ngày 30/11 hằng năm": the day without its year before the period falls due each time.
    const day = out.find((x) => x.kind === 'date' && x.end <= f.start && /^[ \t\r\n]{1,4}$/.test(folded.slice(x.end, f.start)) && !/\d{4}/.test(folded.slice(x.start, x.end)));
    if (day) {
      out.splice(out.indexOf(day), 1);
      f.start = day.start;
    }
  }
  // deadline.periodic-day: "Định kỳ hằng năm (trước ngày 30 tháng 11)": a day written without its year right after the period
  // is when the recurring work falls due each time, not a date of this year.
  for (const f of periodic) {
    // (deadline.periodic-limit-day: or further on in its clause after "chậm nhất là": "hằng năm ..., chậm nhất là ngày 20 tháng 12";
    // deadline.periodic-clause-day: or after any cue: "định kỳ 6 tháng báo cáo Bộ X trước ngày 15 tháng 6 và trước ngày 01 tháng 12".)
    const near = (x: Found) => /^[ \t\r\n,(]{0,4}$/.test(folded.slice(f.end, x.start)) || /^[^.;\n]{0,120}$/.test(folded.slice(f.end, x.start));
    for (;;) {
      const g = out.find((x) => x.kind === 'date' && x.start >= f.end && near(x) && !/\d{4}/.test(folded.slice(x.start, x.end)));
      if (!g) break;
      out.splice(out.indexOf(g), 1);
      f.end = g.end + (folded[g.end] === ')' ? 1 : 0);
    }
  }
  for (const m of s.matchAll(RE_RELATIVE)) add({ kind: 'relative', due: null, time: null, ...at(m), firm: false });
  for (const m of s.matchAll(RE_OTHER)) add({ kind: 'other', due: null, time: null, ...at(m), firm: false });
  out.sort((a, b) => a.start - b.start);
  // A sentence "Hoàn thành <time>." states the task's deadline; other times in the body then date something else
  // (a drill "trong Quý IV" the guidance must require).
  const said = out.filter((f) => f.kind !== 'recurring' && completion(folded, f.start));
  // (A "định kỳ" inside the body is then part of what is done, not when.)
  if (said.length) return out.filter((f) => (f.kind === 'recurring' && !periodic.has(f)) || said.includes(f));
  // "<propose a plan> ... trong năm Y" beside "trước ngày D/M/Y": the year is what is planned, not the limit.
  // But "<part> trước ngày D/M/Y và <the rest> trong năm Y" gives the rest a second limit.
  // deadline.year-beside-finer: so does a day, month, quarter or half said without "trước" ("Trong Quý II năm 2027, lập
  // đề án ... để tăng sản lượng trong năm 2027"; "đề xuất giảm ... đến hết năm 2027, báo cáo ... trong tháng 5 năm 2027"):
  // the year alone is the aim's period, the finer time bounds the work.
  const bound = (g: Found) => g.firm || (!!g.due && /^(?:date|month|quarter|half)$/.test(g.kind));
  const second = (f: Found) => out.some((g) => bound(g) && g.end <= f.start && /^[^.;]{0,60}(?<![a-z])va(?![a-z])[^.;]{0,60}$/.test(folded.slice(g.end, f.start)));
  if (out.some((f) => bound(f) && f.kind !== 'year')) return out.filter((f) => !(f.kind === 'year' && !f.firm && !second(f)));
  return out;
}

/**
 * deadline.periodic-adverb: "định kỳ", "hằng năm" say when work comes back only as an adverb: opening a clause
 * ("Hằng năm, tổ chức ...", "...; định kỳ báo cáo"), before a verb ("Sở X hằng năm bố trí"), two periods ending
 * a clause ("kiểm tra định kỳ hằng tháng."), after a report
 * ("báo cáo Bộ định kỳ") or a day ("trước ngày 20 hằng tháng"). After a noun ("dự toán ngân sách hằng năm",
 * "kiểm tra định kỳ, đột xuất", "chế độ báo cáo định kỳ") it names a kind of thing, not a time.
 */
function periodAdverb(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 60), start);
  if (/(?:^|[.;:\n(+•*–-]|,|(?<![a-z])(?:va|hoac))[ \t\r\n]{0,4}$/.test(before)) return true;
  // (deadline.day-each-period: also "trước ngày 30/11 hằng năm", "ngày 15 tháng 6 hằng năm".)
  if (/(?<![a-z])ngay[ \t\r\n]{1,4}\d{1,2}(?:[ \t]{0,2}[/.-][ \t]{0,2}\d{1,2}|[ \t\r\n]{1,4}thang[ \t\r\n]{1,4}\d{1,2})?[ \t\r\n]{1,4}$/.test(before)) return true;
  // deadline.periodic-ad-hoc: reports sent "định kỳ và đột xuất" (at set times and when asked) recur.
  if (/^[ \t\r\n]{1,4}va[ \t\r\n]{1,4}dot[ \t\r\n]{1,4}xuat(?![a-z])/.test(s.slice(end, end + 16))) return true;
  // "báo cáo <whom> định kỳ", not "chế độ báo cáo định kỳ" nor "trong báo cáo hằng quý".
  const report = /(?<![a-z])(che[ \t\r\n]{1,4}do[ \t\r\n]{1,4}|trong[ \t\r\n]{1,4}|cac[ \t\r\n]{1,4})?bao[ \t\r\n]{1,4}cao(?:[ \t\r\n]{1,4}[^ \t\r\n.,;:()]+){0,6}[ \t\r\n]{1,4}$/.exec(before);
  if (report && !report[1]) return true;
  // Past further periods and a bracket ("định kỳ 6 tháng, hằng năm (trước ngày 15/12)"), a verb.
  let after = s.slice(end, end + 80);
  let periods = 0;
  for (; periods < 4; periods++) {
    const skip = /^[ \t\r\n,]{0,4}(?:hang[ \t\r\n]{1,4}(?:nam|thang|quy|tuan)|\d{1,2}[ \t\r\n]{1,4}thang|\([^)]{0,50}\))/.exec(after);
    if (!skip) break;
    after = after.slice(skip[0].length);
  }
  // "... định kỳ hằng tháng." closing the clause: two periods are the verb's, not a noun's.
  if (periods && /^[ \t]{0,4}(?:[.;\n]|$)/.test(after)) return true;
  after = after.replace(/^[ \t\r\n,]{0,4}/, '');
  return lexicon().againVerbs.some((v) => after.startsWith(v) && !/[a-z]/.test(after.charAt(v.length)));
}

/** Whether the phrase at `start` opens with a sentence "Hoàn thành ...". */
function completion(folded: string, start: number): boolean {
  return /(?:^|[.;:\n])[ \t\r\n]{0,4}hoan[ \t\r\n]{1,4}thanh[ \t\r\n]{1,4}$/.test(folded.slice(Math.max(0, start - 24), start));
}

function before(cue?: string): boolean {
  return !!cue && cue.startsWith('tru');
}

/** Last day of month `m` of year `y`; month 0 is December of the year before. */
function endOfMonth(y: number, m: number): string | null {
  if (m <= 0) return isoDate(y - 1, 12, 31);
  return isoDate(y, m, lastDay(y, m));
}

/** The task's deadline: the last limit in `due`, every limit in `all` when there are several. */
export function toDeadline(found: Found[], text: string, folded: string): Deadline | null {
  if (!found.length) return null;
  const phrase = (f: Found) => {
    // Keep a "Hoàn thành" just before the phrase, as the gold does.
    const back = folded.slice(Math.max(0, f.start - 14), f.start);
    const m = /hoan[ \t\r\n]{1,4}thanh[ \t\r\n]{1,4}$/.exec(back);
    const start = m ? f.start - m[0].length : f.start;
    return { start, text: text.slice(start, f.end).replace(/\s+/g, ' ').trim() };
  };
  const all = found.map((f) => ({ kind: f.kind, due: f.due, text: phrase(f).text, time: f.time }));
  let last = 0;
  found.forEach((f, i) => {
    if (f.due && (!found[last]!.due || f.due > found[last]!.due!)) last = i;
  });
  const f = found[last]!;
  const p = phrase(f);
  const d: Deadline = { kind: f.kind, due: f.due, text: p.text, time: f.time, span: { start: p.start, end: f.end }, rule: f.rule ?? `deadline.${f.kind}` };
  if (found.length > 1) d.all = all;
  return d;
}
