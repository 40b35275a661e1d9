// Letters of the letters33 round (issue 9): nine made-up công văn (an invented province, bodies, people, numbers and
// dates) in forms provincial and ministerial letters take and the dev letters hold little of: one addressee asked as
// "Quý cơ quan", "có ý kiến như sau:" over numbered items, "yêu cầu:" over paragraphs that each name their doer, a đôn
// đốc letter, a forwarding letter, leads written after the work, background that assigns nothing, a ministry's letter
// that hands its own unit the follow-up, an office's notice of a leader's opinion. The expected tasks were written by
// hand by corpus/gold/README.md before the extractor ran on them, and are scored as `npm run eval` scores a gold file.
// KNOWN lists the misses still left (see docs/rounds.md, letters33): a fix that removes one updates this list.
import { describe, expect, it } from 'vitest';
import { fixtureMisses } from './helpers.js';

const DIR = new URL('../fixtures/letters33/', import.meta.url).pathname;

const KNOWN: Record<string, string[]> = {
  // The Kính gửi line's fuller name ("... tỉnh") replaces the words the request uses.
  'f4-don-doc': [
    '  task missed: 3 Tham mưu Ủy ban nhân dân tỉnh xem xét trách nhiệm người đứng',
    '  task 1 lead: gold ["Các sở, ban, ngành","Ủy ban nhân dân các xã, phường"] got ["Các sở, ban, ngành tỉnh","Ủy ban nhân dân các xã, phường"] [lead.giao]',
  ],
  // Two times in one task: the dated one is taken, the gold's last is "định kỳ hằng quý".
  'f7-background': ['  task 1 deadline: gold {"kind":"recurring","due":null} got {"kind":"month","due":"2027-03-31","text":"trong tháng 3 năm 2027"}'],
  // A paragraph after the issuer's own "giao" that names the addressees and their work.
  'f8-ministry': ['  task missed: 5 Báo cáo tình hình dịch bệnh về Bộ Nông nghiệp và Môi trường '],
};

const CASES: [string, string][] = [
  ['f1-one-addressee', 'one addressee, "đề nghị Quý cơ quan:" over numbered asks with no subject'],
  ['f2-co-y-kien', 'task.skip.approval-thong-nhat, lead.role-bracket: "có ý kiến như sau:", "Thống nhất chủ trương", "Sở X (cơ quan thường trực ...)"'],
  ['f3-yeu-cau', 'task.bare-ask-sentences: "Chủ tịch ... yêu cầu:" over paragraphs that each name their doer'],
  ['f4-don-doc', 'a đôn đốc letter: background, a request, "Giao Sở X ...", a conditional opening'],
  ['f5-forwarding', '"Thực hiện Công văn số ... của Bộ ..., Ủy ban nhân dân tỉnh chỉ đạo:" over headings and points'],
  ['f6-lead-after', 'leads after the work ("Việc ..., giao Sở X thực hiện", "... do Công an tỉnh chủ trì"), "Các Sở: A, B, C"'],
  ['f7-background', 'thanks and the issuer\'s own acts before "yêu cầu:", three kinds of deadline'],
  ['f8-ministry', 'task.closing-issuer-giao: lettered asks of the addressees, then "Bộ X giao Cục Y ..."'],
  ['f9-vp-notice', 'an office conveys a leader\'s opinion: "Giao Sở X chủ trì ...", "X chịu trách nhiệm ..."'],
];

describe('letters33: made-up letters scored against hand-written tasks', () => {
  for (const [name, what] of CASES) {
    it(`${name}: ${what}`, async () => {
      expect(await fixtureMisses(DIR, name)).toEqual(KNOWN[name] ?? []);
    });
  }
});
