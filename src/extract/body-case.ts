// header.subject.body-case: a trích yếu printed in capitals has lost its case; the letter's own body, printed in mixed
// case, still writes its names ("Chương trình mục tiêu quốc gia", "Đại hội", "Bùi Thanh Sơn"). Only mid-sentence
// words are evidence: a capital after a full stop, a colon or a line break says nothing about the word.

interface Seen {
  upper: number;
  lower: number;
}

const WORD = /\p{L}+/gu;
// Between two words of one sentence: spaces, commas, quotes and brackets, no stop, no line break.
const JOIN = /^[ \t,"“”‘’'()-]*$/u;

const isUpperFirst = (w: string) => /^\p{Lu}/u.test(w);
// A word in capitals (a heading, an acronym) tells nothing of how it is written in prose.
const allCaps = (w: string) => w.length > 1 && w === w.toLocaleUpperCase('vi');

/** Word pairs of the body as they are written mid-sentence: "a b" -> how often the second word, and (after a word)
 *  the first, is written with a capital. */
function pairsOf(body: string): { first: Map<string, Seen>; second: Map<string, Seen> } {
  const first = new Map<string, Seen>();
  const second = new Map<string, Seen>();
  const ws = [...body.matchAll(WORD)].map((m) => ({ at: m.index!, w: m[0] }));
  const count = (map: Map<string, Seen>, k: string, upper: boolean) => {
    const s = map.get(k) ?? { upper: 0, lower: 0 };
    if (upper) s.upper++;
    else s.lower++;
    map.set(k, s);
  };
  for (let i = 1; i < ws.length; i++) {
    const a = ws[i - 1]!;
    const b = ws[i]!;
    if (!JOIN.test(body.slice(a.at + a.w.length, b.at)) || allCaps(a.w) || allCaps(b.w)) continue;
    const k = `${a.w.toLocaleLowerCase('vi')} ${b.w.toLocaleLowerCase('vi')}`;
    count(second, k, isUpperFirst(b.w));
    // The first word's case counts only when it is itself mid-sentence, after a word in lower case: "Nhà" in "Luật
    // Nhà ở" is capitalised as a word inside a name, and says nothing of "nhà ở" elsewhere.
    const z = ws[i - 2];
    if (z && JOIN.test(body.slice(z.at + z.w.length, a.at)) && /^\p{Ll}/u.test(z.w)) count(first, k, isUpperFirst(a.w));
  }
  return { first, second };
}

// A level of government before a place's name stays lower case ("tỉnh Bình Sơn"), however a body writes it: the
// rule of Nghị định 30/2020 (Phụ lục II), which the gold follows. "Tỉnh ủy", with no name after, is another word.
const LEVEL1 = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận']);
const LEVEL2 = new Set(['thành phố', 'thị xã', 'thị trấn']);
function levelBeforeName(ws: { w: string }[], i: number): boolean {
  const lw = (j: number) => ws[j]?.w.toLocaleLowerCase('vi') ?? '';
  if (LEVEL1.has(lw(i))) return isUpperFirst(ws[i + 1]?.w ?? '');
  if (LEVEL2.has(`${lw(i)} ${lw(i + 1)}`)) return isUpperFirst(ws[i + 2]?.w ?? '');
  if (LEVEL2.has(`${lw(i - 1)} ${lw(i)}`)) return isUpperFirst(ws[i + 1]?.w ?? '');
  return false;
}

/** Give the words of `s` (made lower case from capitals) the capital the body writes them with. The first word is
 *  left as it is (the trích yếu's own capital). */
export function bodyCase(s: string, body: string): string {
  const { first, second } = pairsOf(body);
  const ws = [...s.matchAll(WORD)].map((m) => ({ at: m.index!, w: m[0] }));
  let out = s;
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!;
    if (isUpperFirst(w.w)) continue;
    const lw = w.w.toLocaleLowerCase('vi');
    const votes: Seen = { upper: 0, lower: 0 };
    const add = (x: Seen | undefined) => {
      if (!x) return;
      votes.upper += x.upper;
      votes.lower += x.lower;
    };
    if (levelBeforeName(ws, i)) continue;
    const prev = ws[i - 1]!;
    if (JOIN.test(s.slice(prev.at + prev.w.length, w.at))) add(second.get(`${prev.w.toLocaleLowerCase('vi')} ${lw}`));
    // The word after the one before it is the nearer evidence: "Luật Bảo vệ ..." names a law where "bảo vệ" alone is
    // common ("công tác bảo vệ"); the pair with the next word counts only where the body never writes the first pair.
    const next = ws[i + 1];
    if (!votes.upper && !votes.lower && next && JOIN.test(s.slice(w.at + w.w.length, next.at))) add(first.get(`${lw} ${next.w.toLocaleLowerCase('vi')}`));
    if (votes.upper > votes.lower) out = out.slice(0, w.at) + w.w[0]!.toLocaleUpperCase('vi') + out.slice(w.at + 1);
  }
  return out;
}
