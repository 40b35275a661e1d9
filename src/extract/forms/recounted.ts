// A letter's opening that recounts an earlier document's assignment (issue 9, letters32): "Tại Công văn số 12/VP-TH ngày ...,
// Phó Chủ tịch đã giao Sở X xây dựng ...", "Ngày 05/3/2026, Văn phòng có văn bản số 8/TB-VP thông báo ý kiến ... yêu cầu Sở X
// ...". What was asked then is the background of this letter's request, which follows in a sentence of its own.
import { lexicon, phrase } from '../lexicon.js';

export const RECOUNTED_FORMS = [
  {
    id: 'task.recounted-assignment',
    description: 'a sentence that opens by citing or dating an earlier document ("Tại <kind> số ...", "Ngày <date>, ...") and says what it asked in the past ("đã giao / đã yêu cầu / đã chỉ đạo ...", "X có văn bản số ... yêu cầu ..."), with no request after a ";": background, no task (forms/recounted.ts)',
  },
] as const;

const W = '[ \\t\\r\\n]+';
let reOpen: RegExp | undefined;
let rePast: RegExp | undefined;
let reAsk: RegExp | undefined;

/** task.recounted-assignment: whether the folded sentence recounts what an earlier document asked. */
export function recountsAssignment(folded: string): boolean {
  const lx = lexicon();
  const date = `ngay${W}\\d{1,2}(?:${W}thang${W}\\d{1,2}${W}nam${W}\\d{4}|/\\d{1,2}/\\d{4})`;
  reOpen ??= new RegExp(`^[ \\t\\r\\n]*(?:tai${W}(?:${lx.kindPattern})${W}so|${date}[ \\t]*,)`);
  const verbs = [...lx.assignVerbs, 'chi dao'].map(phrase).join('|');
  rePast ??= new RegExp(`(?<![a-z])(?:da${W}(?:${verbs})|co${W}(?:${lx.kindPattern})${W}so)(?![a-z])`);
  reAsk ??= new RegExp(`;[^;]*(?<![a-z])(?:${verbs})(?![a-z])`);
  return reOpen.test(folded) && rePast.test(folded) && !reAsk.test(folded);
}
