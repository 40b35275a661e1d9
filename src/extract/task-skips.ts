// Lines read as tasks that assign no work (issue 9, prec16): the copies list, a hotline list, a committee's powers and
// working rules. Each returns the ruleId that drops the task, so the rule list and the tests can name it.
import { lexicon } from './lexicon.js';
import { fold } from './text.js';

/** Rules of this file, listed with the other task rules (src/extract/tasks.ts). */
export const SKIP_RULES = [
  { id: 'task.skip.copies-line', description: '"Lưu: VT, ...", "Nơi nhận: ..." read as an item: the copies list of the signature block, no task' },
  { id: 'task.skip.phone-line', description: 'an item that is a telephone number with at most a short name before it ("Đội Cầu Giấy: 024.3456.7890"): a hotline list, no task' },
  { id: 'task.skip.no-word', description: 'an item whose action holds no letter ("--", "…"): no task' },
  { id: 'task.skip.permission', description: 'an item that opens with "Được" and a word that grants a power ("Được mời tham dự ...", "Được sử dụng con dấu ...", grants.tsv): no work assigned' },
  { id: 'task.skip.working-rules', description: '"<body> làm việc theo nguyên tắc / chế độ / quy chế ...": how a committee works, no task' },
  { id: 'task.skip.powers-heading', description: 'items under an article or heading "Quyền hạn (của ...)" alone (not "Nhiệm vụ và quyền hạn"): a committee\'s powers, no tasks' },
  { id: 'task.skip.name-only', description: 'an item that is only a committee\'s name, with at most "Thường trực", "Thành viên", "Phó" and three words after it ("1. Hội đồng", committees.tsv): a member list, no task' },
  { id: 'task.skip.function-article', description: '"<body> là tổ chức / cơ quan ..., có chức năng ...": what a committee is, no task' },
  { id: 'task.skip.approval', description: 'in a letter (a công văn, a thông báo or a telegram), "Chấp thuận / Đồng ý / Nhất trí (về, với) đề nghị / chủ trương / đề xuất ...": the issuer\'s consent opens the item, it assigns no work (what follows it with "Giao X ..." is a task of its own)' },
  { id: 'task.skip.approval-thong-nhat', description: 'in a letter, "Thống nhất (với) chủ trương / đề nghị / đề xuất / kiến nghị ...": the issuer\'s consent in the word "thống nhất", like task.skip.approval; no task' },
  { id: 'task.skip.timetable', description: '"Học kỳ I: Bắt đầu từ ngày ...": a period\'s label and when it starts, a line of a timetable, no task' },
  { id: 'task.skip.notes-block', description: 'a dash or "+" item under a line that is only "Lưu ý:" ("* Lưu ý:", "Lưu ý chung:"), before the next heading or lead-in: notes on how the work goes (fees, marks, who hears disputes), no task' },
  { id: 'task.skip.file-contents', description: 'a line under "Hồ sơ ... gồm (có):" (what a dossier holds: "Biên bản ...", "Sổ theo dõi ...", "Danh sách ..."), and the plain lines after it up to the next heading: the papers of a file, no task' },
  { id: 'task.skip.when-where-label', description: 'an item that opens with "Thời gian ..." or "Địa điểm ..." (at most eight words) and a colon ("Thời gian nhận: Sau khi ...", "Địa điểm nhận bằng: Phòng X"): when or where, information, no task' },
  { id: 'task.skip.aspect-heading', description: 'an item that is only the heading of an activity\'s aspects ("2.1. Hình thức và thời gian", "Thời gian và địa điểm tổ chức"), at most a page number or the first sentence of its body after it: a specification, no task' },
  { id: 'task.skip.funds-source', description: 'under a plan\'s section "KINH PHÍ (THỰC HIỆN)", "(<bodies>) sử dụng kinh phí ..." ("... sử dụng kinh phí được giao trong dự toán"): where the money comes from, no task (the section\'s "Sở X bố trí kinh phí ..." stays one)' },
] as const;

// A telephone number: 9 to 11 digits in groups split by dots, spaces or dashes.
const RE_PHONE = /(?<!\d)(?:\d[ .-]?){8,10}\d(?!\d)/;
// An article or a numbered / roman heading at a line's start.
const RE_HEADING = /^[ \t]*(?:Điều \d+[.:]?|[IVXLC]+\.|\d{1,2}\.)[ \t]*(.*)$/gmu;

/** The ruleId that drops a task read from text[from, to) with this action, or undefined to keep it. */
export function skipTask(text: string, from: number, action: string, kind?: string | null): string | undefined {
  const fa = fold(action.toLowerCase()).trim();
  if (/^(?:luu|noi nhan)\s*:/.test(fa) || /^luu (?:vt|van thu)(?![a-z])/.test(fa)) return 'task.skip.copies-line';
  if (!/\p{L}/u.test(action)) return 'task.skip.no-word';
  const phone = RE_PHONE.exec(fa);
  if (phone && fa.replace(phone[0], ' ').split(/\s+/).filter((w) => /[a-z]/.test(w)).length <= 6) return 'task.skip.phone-line';
  // "được" + a word that grants a power (grants.tsv); "được giao", "được phân công" are duties and stay tasks.
  const granted = /^duoc ([a-z ]{2,20})/.exec(fa)?.[1];
  if (granted && lexicon().grants.some((g) => granted === g || granted.startsWith(g + ' '))) return 'task.skip.permission';
  if (/^(?:[^.;:]{0,80}? )?lam viec theo (?:nguyen tac|che do|quy che)(?![a-z])/.test(fa)) return 'task.skip.working-rules';
  const bare = fa.replace(/[.:;,]+$/, '').replace(/^(?:thuong truc|thanh vien|pho|cac thanh vien) /, '');
  if (lexicon().committees.some((n) => bare === n || (bare.startsWith(n + ' ') && bare.split(' ').length - n.split(' ').length <= 3 && !/[,;]/.test(bare)))) return 'task.skip.name-only';
  if (/^(?:[^.;]{0,100}? )?la (?:to chuc|co quan)(?![a-z])[^.;]{0,80}?(?<![a-z])co chuc nang(?![a-z])/.test(fa)) return 'task.skip.function-article';
  // (In a letter only: a resolution's consent item carries the terms of what it allows, read elsewhere.)
  const letter = !kind || /^(?:thong bao|cong van|cong dien)/.test(fold(kind.toLowerCase()));
  if (letter && /^(?:chap thuan|dong y|nhat tri)(?: (?:ve|voi))? (?:de nghi|chu truong|de xuat|kien nghi|phuong an)(?![a-z])/.test(fa)) return 'task.skip.approval';
  // (Not "thống nhất phương án với ...": agreeing a plan with a partner is work.)
  if (letter && /^thong nhat(?: (?:ve|voi))? (?:de nghi|chu truong|de xuat|kien nghi)(?![a-z])/.test(fa)) return 'task.skip.approval-thong-nhat';
  if (/^[^:;.]{1,40}: ?bat dau (?:tu |ngay |sau )/.test(fa)) return 'task.skip.timetable';
  if (/^(?:thoi gian|dia diem)(?: [^\s:;.,]+){0,7} ?:/.test(fa)) return 'task.skip.when-where-label';
  if (aspectHeading(action)) return 'task.skip.aspect-heading';
  if (underPowers(text, from)) return 'task.skip.powers-heading';
  if (/^(?:[^.;:]{0,60}? )?su dung (?:nguon )?kinh phi(?![a-z])/.test(fa) && lastRoman(text, from)?.startsWith('kinh phi')) return 'task.skip.funds-source';
  if (underNotes(text, from)) return 'task.skip.notes-block';
  if (underFileContents(text, from)) return 'task.skip.file-contents';
  return undefined;
}

// A dash or "+" item whose nearest line above, past other items and their wrapped lines, is a bare "Lưu ý:" line; a heading
// (article, roman, numbered or lettered) or another line ending in a colon (a new lead-in) ends the notes.
function underNotes(text: string, from: number): boolean {
  const ls = text.lastIndexOf('\n', from - 1) + 1;
  if (!/^[ \t]*[-+•–]/.test(text.slice(ls, from + 1))) return false;
  const lines = text.slice(Math.max(0, ls - 3000), ls).split('\n').reverse();
  for (const raw of lines) {
    const l = fold(raw.toLowerCase()).trim();
    if (!l) continue;
    if (/^[*+\-•_ ]*luu y(?: chung)?[ *_]*:?[ *_]*$/.test(l)) return true;
    if (/^(?:dieu \d+|[ivxlc]+[./]|\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]|[a-z]\)[ \t])/.test(l) || l.endsWith(':')) return false;
  }
  return false;
}

// task.skip.file-contents: the nearest line above `from` that is a heading or a lead-in (ends in a colon) is "... hồ sơ ... gồm
// (có):"; plain lines and points between them are more of the list (a dossier's papers, then notes on them).
function underFileContents(text: string, from: number): boolean {
  const ls = text.lastIndexOf('\n', from - 1) + 1;
  // (A numbered item or a part heading "B. ..." is no paper of the list.)
  const head = /^(?:dieu \d+|[ivxlc]+[./]|\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]|[a-z][.)][ \t])/;
  if (head.test(fold(text.slice(ls, from + 1).toLowerCase()).trim())) return false;
  const lines = text.slice(Math.max(0, ls - 3000), ls).split('\n').reverse();
  for (const raw of lines.slice(0, 16)) {
    const l = fold(raw.toLowerCase()).trim();
    if (!l) continue;
    if (/(?:^|[ \t])ho so(?![a-z])[^:.;]{0,80}[ \t]gom(?:[ \t]+co)?[ \t]*:$/.test(l)) return true;
    if (head.test(l) || l.endsWith(':')) return false;
  }
  return false;
}

// The nearest article ("Điều N.") or roman heading before `from`, unless a numbered heading nearer says "Quyền hạn" itself.
/** The title of the last roman section heading before `from`, folded. */
function lastRoman(text: string, from: number): string | undefined {
  let last: string | undefined;
  for (const m of text.slice(Math.max(0, from - 6000), from).matchAll(RE_HEADING)) if (/^[ivxlc]+\./.test(fold(m[0].trim().toLowerCase()))) last = fold(m[1]!.toLowerCase());
  return last;
}

function underPowers(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 6000), from);
  let last: string | undefined;
  for (const m of before.matchAll(RE_HEADING)) {
    const title = fold(m[1]!.toLowerCase());
    if (/^dieu|^[ivxlc]+\./.test(fold(m[0].trim().toLowerCase())) || /^quyen han/.test(title)) last = title;
  }
  return !!last && /^quyen han(?![a-z])/.test(last);
}

// The words that name an activity's aspects in a plan: form, time, place, participants, scale.
const ASPECT = '(?:hình thức|thời gian|địa điểm|thành phần|đối tượng|quy mô)';
const RE_ASPECT = new RegExp(`^${ASPECT}(?:(?:,| và) ${ASPECT})*(?: (?:tổ chức|thực hiện|tham gia|tham dự))?(?: \\d{1,3})?[.:]?(?:$| (?=\\p{Lu}))`, 'u');

/** task.skip.aspect-heading: "Hình thức và thời gian (thực hiện)" alone, or before its body's first sentence (a capital). */
export function aspectHeading(action: string): boolean {
  const a = action.trim();
  return /^\p{Lu}/u.test(a) && RE_ASPECT.test(a.charAt(0).toLowerCase() + a.slice(1)) && /(?:,| và) /.test(a.slice(0, 40));
}
