// Lists of agencies as directives write them: "Sở Tư pháp, Công an
// tỉnh và các cơ quan, đơn vị có liên quan". Each item is a gazetteer name, a
// collective ("các cơ quan, đơn vị, địa phương"), or a capitalised body name
// starting with a head noun (Sở, Bộ, Ban, Cục ...) that the gazetteer lacks.
import type { Span } from '../layer.js';
import type { AgencyEntry, Gazetteer } from './gazetteer.js';
import { key } from '../fold.js';
import { lexicon } from './lexicon.js';
import { clean, tokens, upperFirst, type Token } from './text.js';

export interface AgencyItem {
  name: string;
  canonical: string | null;
  entry?: AgencyEntry;
  span: Span;
}

// Word lists live in dictionaries/extract/agency-words.tsv (collective nouns, modifiers, qualifiers, head nouns, titles, stop words).
const words = (list: string) => lexicon().agencyWords.get(list) ?? [];
const COLLECTIVE_NOUNS = () => words('collective');
const MODIFIERS = () => words('modifier');
const QUALIFIERS = () => words('qualifier');
const HEADS = () => words('head');
const TITLES = () => words('title');
const ROLES = () => words('role').filter((w) => w.length >= 3);
const INNER = () => words('inner');
const VA_HEADS = () => words('va-head');
const COMMA_NAMES = () => words('comma-name');

function seq(toks: Token[], i: number, words: string[][]): number {
  let best = 0;
  for (const w of words) {
    if (w.length > best && w.every((x, j) => toks[i + j]?.k === x)) best = w.length;
  }
  return best;
}

// Collective nouns that "nghiên cứu" may narrow ("các viện nghiên cứu", "các cơ sở nghiên cứu").
const RESEARCH_NOUNS = new Set(['vien', 'co so', 'to chuc', 'truong', 'don vi', 'trung tam', 'co quan', 'khoa', 'nha truong', 'doanh nghiep']);

/** agency.qualifier-chain: "các sở, ngành cấp tỉnh có liên quan", "các đơn vị liên quan khác": qualifiers one after another
 *  close a collective together (up to three). The index after them. */
function qualifiers(toks: Token[], j: number, text?: string): number {
  for (let n = 0; n < 3; n++) {
    // (after "trên địa bàn" a level is the place's, read with its name below: agency.collective-place-name)
    if (n > 0 && toks[j - 2]?.k === 'dia' && toks[j - 1]?.k === 'ban') break;
    const q = qualifier(toks, j, text);
    if (!q) break;
    j += q;
  }
  return j;
}

/** A qualifier closing a collective at toks[j] (agency-words.tsv): its length, or 0. agency.collective-quan: "các đoàn thể quận"
 * closes with the district's level as printed ("quan" folded is also "quan tâm", so not in the folded list). */
function qualifier(toks: Token[], j: number, text?: string): number {
  const n = seq(toks, j, QUALIFIERS());
  // agency.of-named-body: "thuộc Bộ" closes "các đơn vị thuộc Bộ", but "thuộc Bộ Xây dựng" names the body (read after the collective).
  const last = toks[j + n - 1];
  const after = toks[j + n];
  if (n >= 2 && text && toks[j]?.k === 'thuoc' && last && after && isUpper(text, last) && /^[a-z]/.test(after.k) && isUpper(text, after) && !/\n/.test(text.slice(last.end, after.start))) return 0;
  if (n || toks[j]?.k !== 'quan' || !text) return n;
  return text.slice(toks[j]!.start, toks[j]!.end).normalize('NFC') === 'quận' ? 1 : 0;
}

/** "các cơ quan, đơn vị có liên quan" at toks[i]: token index after it, or i. */
function collective(toks: Token[], i: number, lead = 'cac', joinVa = true, text?: string): number {
  if (lead && toks[i]?.k !== lead) return i;
  let j = lead ? i + 1 : i;
  let n = seq(toks, j, COLLECTIVE_NOUNS());
  if (!n) return i;
  j += n;
  // Levels of government ("các xã, phường") take no modifier: "phường nghiên cứu" is a noun and a verb.
  // "nghiên cứu" narrows bodies that do research ("các viện nghiên cứu"); after "các Bộ, cơ quan thuộc Chính phủ" it is the verb.
  const mod = (at: number, len: number) => {
    const noun = toks.slice(at - len, at).map((t) => t.k).join(' ');
    if (LEVELS.has(noun)) return 0;
    const m = seq(toks, at, MODIFIERS());
    return m === 2 && toks[at]?.k === 'nghien' && toks[at + 1]?.k === 'cuu' && !RESEARCH_NOUNS.has(noun) ? 0 : m;
  };
  // A long qualifier ("trực thuộc UBND tỉnh") is taken whole, before its first words are read as a modifier ("trực thuộc").
  const q = seq(toks, j, QUALIFIERS());
  // Whether the last noun took a modifier ("các trường mầm non").
  let modded = false;
  if (q >= 3) j += q;
  else {
    const m0 = mod(j, n);
    modded = m0 > 0;
    j += m0;
    j = qualifiers(toks, j, text);
  }
  for (;;) {
    const sep = toks[j]?.k;
    // agency.collective-modifiers: "các trường mầm non, tiểu học, trung học cơ sở": more modifiers of the same noun after a comma
    // or "và" go on with the collective.
    const more = modded && (sep === ',' || sep === 'va') ? seq(toks, j + 1, MODIFIERS()) : 0;
    if (more && !seq(toks, j + 1, COLLECTIVE_NOUNS())) {
      j += 1 + more;
      j += seq(toks, j, QUALIFIERS());
      continue;
    }
    modded = false;
    // agency.collective-ban-nganh: "các sở, ban ngành": "ban ngành" is one noun of the list (agency-words.tsv), read before "ban".
    // agency.dash-collective: "các sở - ngành", "các quận - huyện": a dash between two collective nouns lists them.
    if (sep !== ',' && sep !== '-' && (sep !== 'va' || !joinVa)) break;
    n = seq(toks, j + 1, COLLECTIVE_NOUNS());
    if (!n) break;
    // agency.named-after-collective: "các hội thuộc tỉnh, Bộ Y tế", "Ủy ban nhân dân tỉnh, Sở Công Thương": a capitalised head with
    // a capitalised name after it opens a body of its own, not one more noun of the collective ("các sở, ban, ngành"); not in a
    // line of capitals ("CÁC BỘ, CƠ QUAN TRUNG ƯƠNG").
    const hw = toks[j + 1] ? text?.slice(toks[j + 1]!.start, toks[j + 1]!.end) : undefined;
    if (text && hw && sep === ',' && isUpper(text, toks[j + 1]!) && hw !== hw.toUpperCase() && seq(toks, j + 1, HEADS()) && namedBody(text, toks, j + 1) > j + 1 + seq(toks, j + 1, HEADS())) break;
    j += 1 + n;
    const lq = seq(toks, j, QUALIFIERS());
    if (lq >= 3) {
      j += lq;
      continue;
    }
    const m1 = mod(j, n);
    modded = m1 > 0;
    j += m1;
    // "trong và ngoài nước" closes the list; "các bộ, cơ quan Trung ương và địa phương" goes on after a qualifier.
    j += seq(toks, j, [['trong', 'va', 'ngoai', 'nuoc'], ['trong', 'nuoc']]);
    j = qualifiers(toks, j, text);
  }
  // agency.collective-commune: "các ban, ngành, đoàn thể xã", "các hội, đoàn thể phường", "các thôn trên địa bàn phường": the
  // commune's level closes a collective as "tỉnh" does (not "xã hội", not a place named after it: collective-place-name).
  if (text && j > i + 1 && ['xa', 'phuong'].includes(toks[j]?.k ?? '') && toks[j + 1]?.k !== 'hoi' && !isUpper(text, toks[j]!) && !LEVEL_WORDS.some((w) => w.length === 1 && w[0] === toks[j - 1]!.k) && !/\n/.test(text.slice(toks[j - 1]!.end, toks[j]!.start)) && !(toks[j + 1] && /^[a-z]/.test(toks[j + 1]!.k) && isUpper(text, toks[j + 1]!))) j++;
  // agency.collective-place-name: "các đơn vị thuộc tỉnh Sông Mây", "các hội trên địa bàn (thành phố) Sông Mây": the place a
  // collective's scope names closes it with its name (capitalised, on the line, not a body's head: "..., Sở Y" is the next item).
  if (text && lead && j > i + 2) {
    let k = j;
    const dia = toks[k - 2]?.k === 'dia' && toks[k - 1]?.k === 'ban';
    if (dia) k += seq(toks, k, LEVEL_WORDS);
    // (the level in a scope, "thuộc / tại tỉnh": not one more noun of the list, "các tỉnh, thành phố Sông Mây, ...")
    const level = LEVEL_WORDS.some((w) => w.every((x, d) => toks[k - w.length + d]?.k === x) && ['thuoc', 'tai'].includes(toks[k - w.length - 1]?.k ?? '')) && !isUpper(text, toks[k - 1]!);
    if ((dia || level) && toks[k] && isUpper(text, toks[k]!) && /^[a-z]/.test(toks[k]!.k) && !seq(toks, k, HEADS()) && !/\n/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) {
      let e = k;
      while (e < k + 4 && toks[e] && /^[a-z]/.test(toks[e]!.k) && isUpper(text, toks[e]!) && !/\n/.test(text.slice(toks[e - 1]!.end, toks[e]!.start))) e++;
      return e;
    }
  }
  // agency.levels-and-city: "(Ban Chỉ huy X) các huyện, thị xã và thành phố Huế": the one city a list of levels names closes the
  // list with its name (one body as printed); the name is not left over to end the subject.
  const levels = toks.slice(lead ? i + 1 : i, j).every((t) => [',', '-', 'va'].includes(t.k) || LEVEL_WORDS.some((w) => w.includes(t.k)));
  if (text && levels && j >= i + 5 && toks[j - 3]?.k === 'va' && toks[j - 2]?.k === 'thanh' && toks[j - 1]?.k === 'pho') {
    let e = j;
    while (e < j + 3 && toks[e] && /^\p{L}/u.test(toks[e]!.k) && toks[e]!.k !== 'va' && isUpper(text, toks[e]!)) e++;
    return e;
  }
  return j;
}

function isUpper(text: string, t: Token): boolean {
  const c = text[t.start]!;
  return c !== c.toLowerCase() || /[0-9]/.test(c);
}

/** agency.wrapped-name: the gap between two capitalised words of a place's name ("huyện Bình" / "Sơn") is no break
 *  when it holds no line break, or one that wraps a paragraph: the line before it runs long (a PDF text layer breaks
 *  lines at the margin) and the word after it opens no body of its own ("Sở", "Ủy ban"). A short line is a list's row. */
function nameGoesOn(text: string, toks: Token[], j: number): boolean {
  const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
  if (!gap.includes('\n')) return true;
  if (/\n[ \t]*\n/.test(gap) || seq(toks, j, HEADS()) || /[\t|]/.test(gap)) return false;
  const lineStart = text.lastIndexOf('\n', toks[j - 1]!.end - 1) + 1;
  return text.slice(lineStart, toks[j - 1]!.end).trim().length >= 50;
}

// Lower-case words that end a name: verbs and function words of the sentence around it.
let stop: Set<string> | undefined;
const STOP = () => (stop ??= new Set(words('stop').map((w) => w.join(' '))));
// A capitalised head inside a name starts the next body ("Bộ Khoa học và Công nghệ Bộ Quốc phòng", a comma lost).
const NEW_BODY = new Set(['bo', 'so', 'ban', 'cuc']);
const COMMA_HEADS = new Set(['cong ty', 'tong cong ty', 'tap doan']);
const PARENT_HEADS = new Set(['bo', 'so', 'nganh', 'cuc', 'tinh']);
// lead.modal: a word of mood ("cần", "sẽ", "phải"; dictionaries/extract/modals.tsv) after a name ends it ("Tổng công ty X cần
// rà soát ...": not "Tổng công ty X cần"). Checked as written: "cần" is a modal, "cán" (cán bộ) is not.
let modalFirst: Set<string> | undefined;
const isModal = (text: string, t?: Token) => !!t && (modalFirst ??= new Set(lexicon().modalsWritten.map((m) => m.split(' ')[0]!))).has(text.slice(t.start, t.end).normalize('NFC').toLowerCase());

/** "Sở Văn hóa và Thể thao", "Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi": head noun, then a capitalised name. */
// Heads of units named for the work they do, whose names may run in lower case to the place they serve (not "Sở", "Công ty":
// "Sở Y tế phát động phong trào tỉnh ..." is a verb the list may lack).
const PLACE_NAMED_HEADS = new Set(['trung tam', 'ban quan ly', 'quy', 'doi', 'chi cuc', 'phong', 'vien']);
/** A lower-case word of a name at toks[k], on the line of the word before it: no verb, function word or mood word. */
function lowerWordAt(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && /^[a-z]/.test(t.k) && !isUpper(text, t) && !/\n/.test(text.slice(toks[k - 1]!.end, t.start)) && !writtenVerbAt(text, toks, k) &&
    !lexicon().stopwordsWritten.has(text.slice(t.start, t.end).normalize('NFC').toLowerCase()) && !isModal(text, t);
}

const COMMITTEE_HEADS = new Set(['ban', 'hoi dong', 'uy ban', 'to']);
/** agency.committee-topic: "quốc gia về <topic>" (or "liên ngành", "Trung ương") at toks[j], the topic in lower-case words
 *  ("và" between two of them) closed by a mark, a line's end, a verb or a mood word: the index after the topic, or j. */
function committeeTopic(text: string, toks: Token[], j: number): number {
  const scope = seq(toks, j, [['quoc', 'gia'], ['lien', 'nganh'], ['trung', 'uong']]);
  if (!scope || toks[j + scope]?.k !== 've') return j;
  const from = j + scope + 1;
  const low = (k: number) => lowerWordAt(text, toks, k);
  let k = from;
  while (k < from + 10) {
    if (low(k)) k++;
    else if (k > from && toks[k]?.k === 'va' && low(k + 1)) k += 2;
    else break;
  }
  const x = toks[k];
  const closes = !x || [',', ';', ':', '.', '(', ')'].includes(x.k) || /\n/.test(text.slice(toks[k - 1]!.end, x.start)) || writtenVerbAt(text, toks, k) || isModal(text, x) ||
    lexicon().stopwordsWritten.has(text.slice(x.start, x.end).normalize('NFC').toLowerCase()) || (isUpper(text, x) && !!seq(toks, k, HEADS()));
  return k > from && closes ? k : j;
}

/** agency.inner-to-place: from toks[j], up to six lower-case words then a level ("thành phố") and a capitalised place name:
 *  the index of the place's first word, or j. */
function innerToPlace(text: string, toks: Token[], j: number): number {
  for (let k = j; k < j + 7 && toks[k]; k++) {
    const t = toks[k]!;
    if (k > j && /\n/.test(text.slice(toks[k - 1]!.end, t.start))) return j;
    const lv = seq(toks, k, LEVEL_WORDS);
    const after = toks[k + lv];
    if (lv && k > j && after && /^[a-z]/.test(after.k) && isUpper(text, after) && !isUpper(text, t) && !/\n/.test(text.slice(t.start, after.start))) return k + lv;
    if (!/^[a-z]/.test(t.k) || isUpper(text, t) || stopIn(text, t) || writtenVerbAt(text, toks, k) || isModal(text, t)) return j;
  }
  return j;
}

function namedBody(text: string, toks: Token[], i: number): number {
  const h = seq(toks, i, HEADS());
  if (!h || !isUpper(text, toks[i]!)) return i;
  const head = toks.slice(i, i + h).map((t) => t.k).join(' ');
  let j = i + h;
  let end = i;
  const word = (t?: Token) => !!t && /^[a-z0-9]/.test(t.k);
  const cap = (t?: Token) => word(t) && isUpper(text, t!);
  for (let guard = 0; guard < 20 && j < toks.length; guard++) {
    const t = toks[j]!;
    // A name the gazetteer does not know stays in its paragraph, and a capitalised verb ("Chủ trì") past its first word ends it.
    if (j > i && /\n[ \t]*\n/.test(text.slice(toks[j - 1]!.end, t.start))) break;
    if (cap(t) && j > i + h && word(toks[j - 1]) && (verbAt(toks, j) || NEW_BODY.has(t.k))) break;
    // agency.va-new-body: "Liên minh Hợp tác xã tỉnh và Hội Người cao tuổi", "Công ty X và Thủ trưởng các cơ quan": after "và",
    // a head that opens a body of its own (dictionaries/extract/agency-words.tsv, list va-head) or a title starts the next item.
    if (cap(t) && j > i + h && toks[j - 1]?.k === 'va' && seq(toks, j, [...VA_HEADS(), ...TITLES()])) {
      j--;
      break;
    }
    if (cap(t)) {
      j++;
      end = j;
      // One lower-case syllable of the same word: "Khoa học", "Kinh doanh"; "Thi hành", "Tổ chức" too, when it opens no verb.
      const low = toks[j];
      // (Not after an acronym: "Liên minh HTX lập ...".)
      const acronym = /^\p{Lu}{2,}$/u.test(text.slice(t.start, t.end));
      const fw = !!low && lexicon().stopwordsWritten.has(text.slice(low.start, low.end).toLowerCase());
      if (word(low) && !cap(low) && !writtenVerbAt(text, toks, j) && !fw && !isModal(text, low) && (!STOP().has(low!.k) || (!acronym && !lexicon().stopwordsWritten.has(text.slice(low!.start, low!.end).toLowerCase()) && !['va', 'cac', 'la', 'co'].includes(low!.k) && !/\n/.test(text.slice(t.end, low!.start))))) end = ++j;
      continue;
    }
    // agency.inner-words: "Quỹ Đầu tư phát triển Thành phố", "Quỹ Hỗ trợ nông dân Tỉnh": lower-case words of a name
    // (dictionaries/extract/agency-words.tsv, list inner) between its capitalised words, though they read as verbs; the name
    // ends at its last capitalised word ("Công ty TNHH một thành viên nước sạch Hà Nội").
    const inner = seq(toks, j, INNER());
    if (inner && end > i + h && word(toks[j + inner]) && !NEW_BODY.has(toks[j + inner]!.k) && !/\n/.test(text.slice(t.start, toks[j + inner]!.start))) {
      j += inner;
      continue;
    }
    // A lower-case run of one or two words inside a name ("dịch vụ Quảng Ngãi").
    if (word(t) && !stopIn(text, t, toks[j + 1])) {
      let k = j;
      while (k < j + 2 && word(toks[k]) && !cap(toks[k]) && !stopIn(text, toks[k]!, toks[k + 1])) k++;
      if (cap(toks[k])) {
        j = k;
        continue;
      }
      // agency.inner-to-place: "Trung tâm Bảo tồn di sản văn hóa thành phố Sông Mây": a longer lower-case run (no function
      // word, no verb) that ends with the level of a place named right after it, on the line, is inside the name.
      const place = PLACE_NAMED_HEADS.has(head) ? innerToPlace(text, toks, j) : j;
      if (place > j && end > i + h) {
        j = place;
        continue;
      }
      // agency.committee-topic: "Ban Chỉ đạo quốc gia về phòng chống thiên tai", "Hội đồng liên ngành về ...": a committee named for its topic.
      const topic = COMMITTEE_HEADS.has(head) ? committeeTopic(text, toks, j) : j;
      if (topic > j) {
        end = j = topic;
        continue;
      }
      break;
    }
    // agency.ampersand: "Sở Kế hoạch & Đầu tư": "&" joins the words of one name as "và" does.
    if ((t.k === 'va' || t.k === '-' || t.k === '&' || (t.k === ',' && COMMA_HEADS.has(head))) && cap(toks[j + 1]) && end > i) {
      j++;
      continue;
    }
    break;
  }
  // agency.lower-name: "Trung tâm y tế dự phòng", "Cục quản lý chất lượng và an toàn ...": a head that names a body in lower case.
  // (The head as printed: "Số lượng" is no "Sở"; "Phòng chống", "Ban hành" are verbs: agency-words.tsv, lower-not.)
  const printed = (n: number) => toks.slice(i, i + n).map((t) => text.slice(t.start, t.end)).join(' ').normalize('NFC').toLowerCase();
  const lower = end === i && LOWER_HEADS().has(printed(h)) && !LOWER_NOT().has(printed(h + 1)) && !writtenVerbAt(text, toks, i);
  if (lower) end = lowerName(text, toks, i, i + h);
  // "Cục Biến đổi khí hậu phối hợp ...": lower-case words that end the name, up to the verb after it.
  if (end > i + h && !lower) {
    let k = end;
    const stop = (t: Token) => lexicon().stopwordsWritten.has(text.slice(t.start, t.end).toLowerCase());
    // agency.level-ends-tail: a level in those words ends the name after it ("Đài Phát thanh và Truyền hình tỉnh mở chuyên mục":
    // the verb the lexicon lacks is not read into the name); not "xã hội".
    // agency.domestic-tail: "trong nước", "ngoài nước" close a name ("Vụ Thị trường trong nước"), though "trong" ends names elsewhere.
    if (['trong', 'ngoai'].includes(toks[k]?.k ?? '') && toks[k + 1]?.k === 'nuoc' && !isUpper(text, toks[k]!) && !/\n/.test(text.slice(toks[k - 1]!.end, toks[k + 1]!.start))) k += 2;
    const level = (x?: Token, n?: Token) => !!x && (['tinh', 'phuong'].includes(x.k) || (x.k === 'xa' && n?.k !== 'hoi')) && !isUpper(text, x);
    while (k < end + 5 && (word(toks[k]) || (toks[k]?.k === '-' && word(toks[k + 1]) && !cap(toks[k + 1]))) && !cap(toks[k]) && !level(toks[k], toks[k + 1]) && !verbAt(toks, k) && !stop(toks[k]!) && !isModal(text, toks[k]) && !['cac', 'va', 'cap'].includes(toks[k]!.k) && !/\n/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) k++;
    // ... or up to where a list goes on or the clause turns ("Vụ Tổ chức cán bộ, Tổng cục ...", "Vụ Pháp luật dân sự - kinh tế trong việc ...").
    const closes = (x?: Token) => !x || [',', ';', ')', ':', '.', 'va', 'cac', 'cap'].includes(x.k) || stop(x) || isModal(text, x) || level(x, toks[k + 1]) || /\n/.test(text.slice(toks[k - 1]!.end, x.start));
    if (k > end && toks[k - 1]?.k !== '-' && (verbAt(toks, k) || closes(toks[k]))) end = k;
  }
  // "Ban Chỉ huy Bộ đội Biên phòng tỉnh": the level after a name is part of it.
  if (end > i + h && ['tinh', 'xa', 'phuong'].includes(toks[end]?.k ?? '') && !isUpper(text, toks[end]!) && !/\n/.test(text.slice(toks[end - 1]!.end, toks[end]!.start))) {
    end++;
  }
  // agency.level-pair: "Sở Y tế tỉnh, thành phố trực thuộc Trung ương": the body of every province and city, one name.
  if (end > i + h) end = levelPair(text, toks, end);
  return end > i ? end : i;
}

// agency.stop-as-printed: a syllable that folds to a stop word but, as printed, is a word of a name ("đô" of "đô thị", not "do").
const NAME_SYLLABLES = () => new Set(words('name-written').map((w) => w.join(' ')));
function stopIn(text: string, t: Token, next?: Token): boolean {
  // ("giúp" ends a name before what the body helps with, "Văn phòng X giúp Chủ tịch ..."; "giúp việc" is a body's function:
  // "Cơ quan giúp việc Hội đồng".)
  if (t.k === 'giup' && next?.k === 'viec') return false;
  return STOP().has(t.k) && !NAME_SYLLABLES().has(text.slice(t.start, t.end).normalize('NFC').toLowerCase());
}

const PRINTED_LEVELS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thành', 'thị', 'đặc']);
const LOWER_HEADS = () => new Set(words('lower-head').map((w) => w.join(' ')));
const LOWER_NOT = () => new Set(words('lower-not').map((w) => w.join(' ')));
/** agency.lower-name: the lower-case words of a name from toks[j] (two or more, "và" between two of them), read as printed:
 *  no verb, function word or mood word among them, and the name closed by a mark, a line's end, a verb or a mood word. The
 *  token index after them, or the head's start when they do not make a name (then nothing is read). */
function lowerName(text: string, toks: Token[], i: number, j: number): number {
  const low = (k: number) => !['cac', 'cap', 'nhung', 'moi'].includes(toks[k]?.k ?? '') && lowerWordAt(text, toks, k);
  // (A level, as printed, ends the words: "Trung tâm y tế huyện, thị xã" is read with its levels after.)
  const level = (k: number) => k > j + 1 && PRINTED_LEVELS.has(text.slice(toks[k]!.start, toks[k]!.end).normalize('NFC').toLowerCase());
  let k = j;
  while (k < j + 16 && !(toks[k] && level(k))) {
    if (low(k)) k++;
    else if (k > j + 1 && toks[k]?.k === 'va' && low(k + 1) && low(k + 2)) k += 2;
    else break;
  }
  const x = toks[k];
  const closes = !x || [',', ';', ':', '.', '(', ')'].includes(x.k) || level(k) || /\n/.test(text.slice(toks[k - 1]!.end, x.start)) || writtenVerbAt(text, toks, k) || isModal(text, x);
  return k >= j + 2 && closes ? k : i;
}

/** agency.level-pair: "Sở Y tế tỉnh, thành phố trực thuộc Trung ương": after a body's "tỉnh" (toks[end - 1]), ", thành phố" (and
 *  "trực thuộc Trung ương") makes it the body of every province and city, one name. The token index after it, or end. */
function levelPair(text: string, toks: Token[], end: number): number {
  if (toks[end - 1]?.k !== 'tinh' || toks[end]?.k !== ',' || toks[end + 1]?.k !== 'thanh' || toks[end + 2]?.k !== 'pho' || isUpper(text, toks[end + 1]!)) return end;
  // (Not "Sở Y tế tỉnh, thành phố Hà Nội": a city named after it is another item.)
  if (toks[end + 3] && /^[a-z]/.test(toks[end + 3]!.k) && isUpper(text, toks[end + 3]!)) return end;
  return end + 3 + seq(toks, end + 3, [['truc', 'thuoc', 'trung', 'uong']]);
}

/** One agency name at toks[i], or undefined. */
export function agencyAt(text: string, toks: Token[], i: number, gaz: Gazetteer): { next: number; entry?: AgencyEntry } | undefined {
  const t = toks[i];
  if (!t || !/^[a-z]/.test(t.k)) return undefined;
  const hit = gaz.matchAt(toks, i);
  let next = hit?.next ?? i;
  let entry = hit?.entry;
  let c = Math.max(collective(toks, i, 'cac', true, text), uyBanCollective(text, toks, i));
  if (c > i && toks[i]!.k === 'cac') c = namedCollective(text, toks, i, c);
  // "các đơn vị chức năng thuộc Bộ Quốc phòng": a collective narrowed by the body it belongs to.
  if (c > i && toks[c]?.k === 'thuoc') {
    const of = agencyAt(text, toks, c + 1, gaz);
    if (of && of.entry) c = of.next;
  }
  // "Thủ trưởng các sở, ban, ngành", "người đứng đầu các cơ quan, đơn vị": a person heading bodies, named with them.
  // agency.comma-name: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": a body whose name holds a comma (agency-words.tsv,
  // comma-name), and the level it serves.
  const cn = seq(toks, i, COMMA_NAMES());
  if (cn && cn + i > next) {
    next = i + cn;
    next += seq(toks, next, LEVEL_WORDS);
    entry = undefined;
  }
  // agency.leaders-of: "lãnh đạo các Bộ, ngành": the leaders of a collective are named as a title is (not "lãnh đạo Chính phủ").
  const title = seq(toks, i, TITLES()) || (toks[i]?.k === 'lanh' && toks[i + 1]?.k === 'dao' && toks[i + 2]?.k === 'cac' ? 2 : 0);
  if (title) {
    // agency.title-pair: "Bộ trưởng, Thủ trưởng các Bộ, cơ quan ngang Bộ": two titles over one collective are one name.
    // Only over "các <collective>" after the second title: "Bộ trưởng, Thủ trưởng cơ quan Trung ương, Bí thư, ..." lists persons.
    const t2 = toks[i + title]?.k === ',' && toks[i + title + 1] && isUpper(text, toks[i + title + 1]!) ? seq(toks, i + title + 1, TITLES()) : 0;
    const pairBody = t2 && toks[i + title + 1 + t2]?.k === 'cac' ? agencyAt(text, toks, i + title + 1 + t2, gaz) : undefined;
    // agency.title-bare-collective: "Thủ trưởng đơn vị", "Thủ trưởng sở, ban, ngành": a title over a collective without "các".
    // (Written in lower case, "Giám đốc Sở: A, B" and "Chánh Văn phòng Bộ" name bodies of their own; not a verb: "tổ chức".)
    const bare = toks[i + title] && !isUpper(text, toks[i + title]!) && !verbAt(toks, i + title) ? collective(toks, i + title, '') : i + title;
    const body = pairBody ?? agencyAt(text, toks, i + title, gaz) ?? (bare > i + title ? { next: bare } : undefined);
    if (body && body.next > Math.max(c, next)) {
      c = body.next;
      next = i;
    }
  }
  if (c > next) {
    next = c;
    const words = toks.slice(i, c).map((x) => x.k);
    if (toks[i]!.k !== 'uy' && toks[i + 1]?.k === 'ban' && toks[i + 2]?.k === 'nhan') words[0] = 'uy';
    entry = gaz.lookup(words.join(' '));
  }
  // "các Cục Thuế", "các Sở Tư pháp": bodies of one name in every place.
  let plural = t.k === 'cac' ? namedBody(text, toks, i + 1) : i;
  // agency.plural-levels: "các Sở Giao thông vận tải các tỉnh, thành phố": bodies of one name in every place of the levels after.
  if (plural > i + 1) plural = levelsAfter(toks, plural, text);
  if (plural > i + 1 && plural > next) {
    next = plural;
    entry = undefined;
  }
  // agency.plural-described: "các Cục quản lý chuyên ngành": a capitalised head in the plural, described in lower case up to
  // where the list goes on or the clause turns (a verb, a modal, a comma).
  const ph = t.k === 'cac' && plural <= i + 1 && toks[i + 1] && isUpper(text, toks[i + 1]!) ? seq(toks, i + 1, HEADS()) : 0;
  if (ph) {
    let k = i + 1 + ph;
    while (k < i + 1 + ph + 4 && toks[k] && /^[a-z]/.test(toks[k]!.k) && !isUpper(text, toks[k]!) && !verbAt(toks, k) && !STOP().has(toks[k]!.k) && !isModal(text, toks[k]) && !/\n/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) k++;
    const x = toks[k];
    const closes = !x || [',', ';', ':', '.', 'va'].includes(x.k) || isModal(text, x) || verbAt(toks, k);
    if (k > i + 2 + ph && closes && k > next) {
      next = k;
      entry = undefined;
    }
  }
  const nb = namedBody(text, toks, i);
  // A known name is not stretched over the lower-case words after it.
  // (agency.known-commune-level: but a province's body named for a commune, "Ủy ban Mặt trận Tổ quốc Việt Nam xã", is that body.)
  const commune = !!hit && nb === hit.next + 1 && ['xa', 'phuong'].includes(toks[hit.next]!.k) && toks[nb]?.k !== 'hoi';
  const stretched = !!hit && nb > hit.next && !commune && toks.slice(hit.next, nb).every((t) => !isUpper(text, t));
  if (nb > next && !stretched) {
    next = nb;
    entry = undefined;
  }
  // agency.committee-topic after a known short name: "Ban Chỉ đạo" + "quốc gia về phòng chống thiên tai" is another committee.
  const topic = hit && next === hit.next && COMMITTEE_HEADS.has(toks.slice(i, i + seq(toks, i, HEADS())).map((x) => x.k).join(' ')) ? committeeTopic(text, toks, next) : next;
  if (topic > next) {
    next = topic;
    entry = undefined;
  }
  // agency.level-pair after a known name: "Bảo hiểm xã hội tỉnh, thành phố", "Công an tỉnh, thành phố trực thuộc Trung ương".
  if (hit && next === hit.next && toks[next - 1]?.k === 'tinh') {
    const lp = levelPair(text, toks, next);
    if (lp > next) {
      next = lp;
      entry = undefined;
    }
  }
  // agency.known-level-place: "HĐND tỉnh Hà Giang", "Công an huyện Mèo Vạc": a known body named by its level goes on with the
  // place's capitalised name, as "Ủy ban nhân dân tỉnh X" does.
  if (hit && next === hit.next && /^(?:tinh|pho|huyen|xa|phuong)$/.test(toks[next - 1]?.k ?? '')) {
    let j = next;
    while (j < next + 4 && toks[j] && /^[a-z]/.test(toks[j]!.k) && isUpper(text, toks[j]!) && nameGoesOn(text, toks, j)) j++;
    next = j;
  }
  // agency.party-committee-levels: "Đảng ủy các xã, phường": the Party committees of every place of those levels, one item as printed.
  if (next === i && t.k === 'dang' && toks[i + 1]?.k === 'uy' && toks[i + 2]?.k === 'cac' && isUpper(text, t)) {
    const lv = levelsAfter(toks, i + 2, text);
    if (lv > i + 3) next = lv;
  }
  // "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương", "Cục Thi hành án dân sự cấp tỉnh": a body of every place of a level.
  if (next > i && !LEVELS.has(toks.slice(i, next).map((t) => t.k).join(' ')) && toks[i]!.k !== 'cac') {
    const lv = levelsAfter(toks, next, text);
    if (lv > next) {
      next = lv;
      entry = undefined;
    }
  }
  if (next > i) {
    const ca = cityAbbrev(text, toks, next);
    if (ca > next) {
      next = ca;
      entry = undefined;
    }
  }
  return next > i ? { next, entry } : undefined;
}

/** agency.city-abbrev: "Tạp chí Văn hóa TP.HCM", "Công an TP. Sông Mây": "TP." (thành phố) written short, its dot, and the
 *  city's capitalised name end a body's name; the dot ends no name. Token index after the name, or `next`. */
function cityAbbrev(text: string, toks: Token[], next: number): number {
  // The name stopped at "TP" (read as a word of it) or right before it.
  const tp = toks[next - 1]?.k === 'tp' ? next - 1 : toks[next]?.k === 'tp' ? next : -1;
  if (tp < 0 || !isUpper(text, toks[tp]!) || toks[tp + 1]?.k !== '.' || toks[tp + 1]!.start !== toks[tp]!.end) return next;
  if (tp === next && /\n/.test(text.slice(toks[next - 1]!.end, toks[tp]!.start))) return next;
  let j = tp + 2;
  while (j < tp + 6 && toks[j] && /^[a-z]/.test(toks[j]!.k) && isUpper(text, toks[j]!) && !/\n/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) j++;
  return j > tp + 2 ? j : next;
}

// "Ủy ban nhân dân các xã, phường, đặc khu", "UBND các tỉnh, thành phố ..."
function uyBanCollective(text: string, toks: Token[], i: number): number {
  let n = seq(toks, i, [['uy', 'ban', 'nhan', 'dan'], ['chu', 'tich', 'uy', 'ban', 'nhan', 'dan'], ['ubnd']]);
  // "Ủy" misread ("này ban nhân dân các xã"): "ban nhân dân" is never preceded by anything else.
  if (!n && /^[a-z]{1,4}$/.test(toks[i]?.k ?? '') && seq(toks, i + 1, [['ban', 'nhan', 'dan']])) n = 4;
  if (!n) return i;
  // "Ủy ban nhân dân <n> tỉnh (<province>, <province>, ...)", "UBND <n> tỉnh, thành phố", "Ủy ban nhân dân 11 phường"
  const counted = /^\d+$/.test(toks[i + n]?.k ?? '') ? seq(toks, i + n + 1, LEVEL_WORDS) : 0;
  if (counted) {
    let j = i + n + 1 + counted;
    if (toks[j]?.k === ',' && toks[j + 1]?.k === 'thanh' && toks[j + 2]?.k === 'pho') j += 3;
    if (toks[j]?.k === '(') {
      const close = toks.findIndex((t, x) => x > j && x < j + 60 && t.k === ')');
      if (close > 0) j = close + 1;
    }
    return j;
  }
  // "UBND phường Văn Phú", "Ủy ban nhân dân huyện Bát Xát": one level and the place's name.
  const level = seq(toks, i + n, LEVEL_WORDS);
  if (level && toks[i + n + level] && isUpper(text, toks[i + n + level]!) && /^[a-z]/.test(toks[i + n + level]!.k)) {
    let j = i + n + level;
    while (j < i + n + level + 4 && toks[j] && /^[a-z]/.test(toks[j]!.k) && isUpper(text, toks[j]!) && nameGoesOn(text, toks, j)) j++;
    return j;
  }
  // "Ủy ban nhân dân xã, phường": a bare list of levels, without "các".
  const bare = collective(toks, i + n, '', true, text);
  const listed = toks.slice(i + n, bare).some((t) => t.k === ',' || t.k === 'va' || t.k === '-');
  return Math.max(i, collective(toks, i + n, 'cac', true, text), listed ? bare : i);
}

/** "các tỉnh, thành phố trực thuộc Trung ương", "cấp tỉnh" right after a body's name: token index after them, or i. */
function levelsAfter(toks: Token[], i: number, text?: string): number {
  // "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Sở Y tế tỉnh": the level of the place it serves (its name may follow).
  // (agency.level-printed: "quan" folded is "quận" only as printed so: "Sở Y tế quan tâm chỉ đạo" names no district.)
  const printedQuan = toks[i]?.k !== 'quan' || /^quận$/iu.test(text?.slice(toks[i]!.start, toks[i]!.end).normalize('NFC') ?? '');
  const bare = text && toks[i] && printedQuan && !isUpper(text, toks[i]!) && !/\n/.test(text.slice(toks[i - 1]?.end ?? 0, toks[i]!.start)) ? seq(toks, i, LEVEL_WORDS) : 0;
  if (bare && !['xa', 'phuong'].includes(toks[i]!.k) || (bare && toks[i + 1] && isUpper(text!, toks[i + 1]!))) {
    let j = i + bare;
    while (j < i + bare + 4 && toks[j] && /^[a-z]/.test(toks[j]!.k) && isUpper(text!, toks[j]!) && nameGoesOn(text!, toks, j)) j++;
    if (j > i + bare) return j;
    // agency.bare-levels: "Trung tâm y tế huyện, thị xã, thành phố": the body of every place of the levels listed bare, one name.
    for (;;) {
      const n = toks[j]?.k === ',' && toks[j + 1] && !isUpper(text!, toks[j + 1]!) ? seq(toks, j + 1, LEVEL_WORDS) : 0;
      const named = n && toks[j + 1 + n] && /^[a-z]/.test(toks[j + 1 + n]!.k) && isUpper(text!, toks[j + 1 + n]!);
      if (!n || named || toks[j - 1]?.k === 'tinh') break;
      j += 1 + n;
    }
    return j === i + bare ? levelPair(text!, toks, j) : j;
  }
  if (toks[i]?.k === 'cap') {
    const n = seq(toks, i + 1, LEVEL_WORDS);
    return n ? i + 1 + n : i;
  }
  if (toks[i]?.k !== 'cac') return i;
  // agency.every-level: "Hội Cựu chiến binh các cấp", "Hội đồng Thi đua - Khen thưởng các cấp": the body at every level.
  if (toks[i + 1]?.k === 'cap' && toks[i + 2]?.k !== 'uy') return i + 2;
  let j = i + 1;
  // agency.village-levels: "Ban Công tác Mặt trận các ấp, khu phố": the body of every village of the kinds listed.
  const levels = seq(toks, j, LEVEL_WORDS) ? LEVEL_WORDS : VILLAGE_WORDS;
  let n = seq(toks, j, levels);
  if (!n) return i;
  j += n;
  for (;;) {
    const comma = toks[j]?.k === ',' ? 1 : 0;
    n = seq(toks, j + comma, levels);
    if (!n) break;
    j += comma + n;
  }
  // (agency.levels-and-city after a body's name too: "Ban Chỉ huy X các huyện, thị xã và thành phố Huế".)
  if (text && j > i + 2 && toks[j]?.k === 'va' && toks[j + 1]?.k === 'thanh' && toks[j + 2]?.k === 'pho') {
    let e = j + 3;
    while (e < j + 6 && toks[e] && /^\p{L}/u.test(toks[e]!.k) && toks[e]!.k !== 'va' && isUpper(text, toks[e]!)) e++;
    if (e > j + 3) return e;
  }
  return j + seq(toks, j, [['truc', 'thuoc', 'trung', 'uong'], ['tren', 'dia', 'ban']]);
}

const LEVELS = new Set(['xa', 'phuong', 'tinh', 'thanh pho', 'dac khu', 'huyen', 'thi xa', 'dia phuong', 'quan', 'thi tran']);
const LEVEL_WORDS = ['tinh', 'thanh pho', 'huyen', 'quan', 'thi xa', 'xa', 'phuong', 'thi tran', 'dac khu'].map((w) => w.split(' '));
// Villages and quarters inside a commune (not levels of government).
const VILLAGE_WORDS = ['thon', 'to dan pho', 'khu pho', 'ap', 'khu dan cu', 'xom', 'buon', 'lang'].map((w) => w.split(' '));

let verbs: string[][] | undefined;
/** Whether a verb of the lexicon (one that starts an item, follows a subject or assigns) starts at toks[k]. */
const allVerbs = () => (verbs ??= [...lexicon().startVerbs, ...lexicon().afterVerbs, ...lexicon().assignVerbs].map((v) => v.split(' ')));
function verbAt(toks: Token[], k: number): boolean {
  return seq(toks, k, allVerbs()) > 0;
}

/** The same, compared as written (marks count): "giáo" after "Tuyên" is no "giao". */
function writtenVerbAt(text: string, toks: Token[], k: number): boolean {
  const n = seq(toks, k, allVerbs());
  if (!n) return false;
  for (let m = n; m >= 1; m--) {
    const w = toks.slice(k, k + m).map((t) => text.slice(t.start, t.end).toLowerCase()).join(' ').normalize('NFC');
    if (lexicon().verbsWritten.has(w)) return true;
  }
  return false;
}

// Collectives of named bodies that take a proper name after them: "các Công ty Lâm nghiệp".
const NAMED_COLLECTIVES = new Set(['cong ty', 'tong cong ty', 'doanh nghiep', 'ngan hang', 'truong', 'vien', 'ban quan ly', 'hiep hoi', 'tap doan', 'vuon quoc gia']);

/** Capitalised words naming a collective further ("các Công ty Lâm nghiệp"): token index after them. */
function namedCollective(text: string, toks: Token[], i: number, end: number): number {
  const noun = toks.slice(i + 1, end).map((t) => t.k).join(' ');
  if (!NAMED_COLLECTIVES.has(noun)) return end;
  let j = end;
  while (j < end + 4 && toks[j] && /^[a-z]/.test(toks[j]!.k) && isUpper(text, toks[j]!) && !NEW_BODY.has(toks[j]!.k)) {
    j++;
    // One lower-case syllable of the same word: "Lâm nghiệp".
    if (toks[j] && /^[a-z]/.test(toks[j]!.k) && !isUpper(text, toks[j]!) && !STOP().has(toks[j]!.k) && !/\n/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) j++;
  }
  return j;
}

export function toItem(text: string, start: number, end: number, entry?: AgencyEntry): AgencyItem {
  const name = upperFirst(clean(text.slice(start, end)));
  return { name, canonical: entry?.canonical ?? null, entry, span: { start, end } };
}

/**
 * The agency list starting at `from` (after "phối hợp với", "Kính gửi", a
 * section number ...): items joined by ", ", "và", ";". Returns the items and
 * where the list ends in the text.
 */
const LIST_MAX = 5000;

export function agencyList(text: string, folded: string, from: number, gaz: Gazetteer, limit = 600): { items: AgencyItem[]; end: number } {
  // No list of bodies runs past a few thousand characters; a megabyte-long "sentence" is not tokenised whole for each caller.
  const toks = tokens(folded, from, Math.min(folded.length, from + Math.min(limit, LIST_MAX)));
  const items: AgencyItem[] = [];
  let i = 0;
  let end = from;
  // agency.title-semicolon: per item, whether a title over "các" opens it, whether a lower-case "các" does, and the mark after it.
  const meta: ListMeta[] = [];
  for (;;) {
    const i0 = i;
    const before = items.length;
    const shared = partyStatePair(text, toks, i, gaz) ?? sharedHead(text, toks, i, gaz) ?? titledShared(text, toks, i, gaz);
    if (shared) {
      items.push(...shared.items);
      end = shared.end;
      i = shared.next;
    } else {
      let a = agencyAt(text, toks, i, gaz);
      // lead.bare-government: a list that opens with local power named by its kind, up to its scope ("Cấp ủy, chính quyền ... các xã"): one item.
      const gov = !a && !items.length ? bareGovernment(text, toks, i) : 0;
      if (gov) a = { next: gov };
      // Further on in a list, a collective without "các": "Sở A, chính quyền địa phương và cơ quan liên quan".
      if (!a && items.length) {
        const bare = collective(toks, i, '', false, text);
        const noun = seq(toks, i, COLLECTIVE_NOUNS());
        if (bare > i + noun) a = { next: bare };
        // agency.front-bare: "..., Mặt trận, đoàn thể <verb>": the Front named by its short name alone in a list, as printed.
        // (coordinate.front-scope: with the scope it serves, "..., Mặt trận các cấp và các hội", "Mặt trận cơ sở".)
        const fs = i + 2 + (toks[i]?.k === 'mat' ? seq(toks, i + 2, GOV_SCOPES()) : 0);
        if (!a && toks[i]?.k === 'mat' && toks[i + 1]?.k === 'tran' && isUpper(text, toks[i]!) && [',', 'va'].includes(toks[fs]?.k ?? '')) a = { next: fs };
        // (agency.front-named-bare: "Mặt trận Tổ quốc (Việt Nam)" without its committee or level, further on in a list, as printed.)
        const fq = toks[i]?.k === 'mat' && toks[i + 1]?.k === 'tran' && toks[i + 2]?.k === 'to' && toks[i + 3]?.k === 'quoc' && isUpper(text, toks[i]!) ? i + 4 + (toks[i + 4]?.k === 'viet' && toks[i + 5]?.k === 'nam' ? 2 : 0) : 0;
        if (!a && fq && [',', 'va'].includes(toks[fq]?.k ?? '')) a = { next: fq };
        // (and "đoàn thể" bare after it, the pair the phrase makes)
        if (!a && noun && items[items.length - 1]!.name === 'Mặt trận') a = { next: i + noun };
        // "Phó Thủ tướng X và các Phó Thủ tướng": titles named as a group (agency.title-person).
        if (!a && toks[i]?.k === 'cac') {
          for (let n = 4; n >= 1 && !a; n--) if (lexicon().titles.has(toks.slice(i + 1, i + 1 + n).map((t) => t.k).join(' ')) && toks[i + 1] && isUpper(text, toks[i + 1]!)) a = { next: i + 1 + n };
        }
      }
      if (!a) break;
      // agency.parent-head: "các cơ quan, đơn vị trực thuộc Bộ", "các phòng thuộc Sở": the parent named by its head noun alone
      // (the issuer) closes the collective; not "trực thuộc Bộ Công an", a named body that starts the next name.
      const pt = a.next;
      if (toks[pt - 1]?.k === 'thuoc' && PARENT_HEADS.has(toks[pt]?.k ?? '') && isUpper(text, toks[pt]!) && !(toks[pt + 1] && /^[a-z0-9]/.test(toks[pt + 1]!.k) && isUpper(text, toks[pt + 1]!))) a = { ...a, next: pt + 1 };
      // agency.place-range: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng": provinces named by the two
      // ends of a stretch of the country narrow the collective.
      // (A few words may say which provinces first: "các tỉnh, thành phố ven biển từ Quảng Ninh đến Khánh Hòa".)
      let q = a.next;
      if (['tinh', 'pho'].includes(toks[a.next - 1]?.k ?? '')) while (q < a.next + 3 && toks[q] && /^[a-z]+$/.test(toks[q]!.k) && toks[q]!.k !== 'tu' && !isUpper(text, toks[q]!) && !STOP().has(toks[q]!.k)) q++;
      if (['tinh', 'pho'].includes(toks[a.next - 1]?.k ?? '') && toks[q]?.k === 'tu') {
        let k = q + 1;
        const name = () => {
          const s0 = k;
          while (k < toks.length && k - s0 < 4 && isUpper(text, toks[k]!) && /^[a-z]/.test(toks[k]!.k)) k++;
          return k > s0;
        };
        if (name() && toks[k]?.k === 'den' && (k++, name())) a = { ...a, next: k, entry: undefined };
      }
      // agency.title-person: "Phó Thủ tướng Bùi Thanh Sơn": a title alone, then a person's name (a known surname, capitalised
      // words on the line), is that person.
      const titleKey = toks.slice(i, a.next).map((t) => t.k).join(' ');
      if (lexicon().titles.has(titleKey) && toks[a.next] && isUpper(text, toks[a.next]!) && lexicon().surnames.has(toks[a.next]!.k)) {
        let k = a.next + 1;
        while (k < a.next + 4 && toks[k] && /^[a-z]/.test(toks[k]!.k) && isUpper(text, toks[k]!) && !/\n/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) k++;
        if (k - a.next >= 2) a = { next: k };
      }
      // agency.of-parent: "Ủy ban Kinh tế và Tài chính của Quốc hội": a committee or office "của" a known body is named with it.
      if (toks[a.next]?.k === 'cua' && ['uy', 'ban', 'van', 'hoi', 'vu', 'cuc'].includes(toks[i]?.k ?? '') && toks[a.next + 1] && isUpper(text, toks[a.next + 1]!)) {
        const parent = gaz.matchAt(toks, a.next + 1);
        if (parent && parent.next > a.next + 1) a = { next: parent.next };
      }
      // agency.place-list: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Huế, Đà Nẵng": the places
      // listed after the colon narrow the collective; one lead, as printed (not "các tỉnh:" alone: agency.shared-places).
      if (['tinh', 'pho', 'uong'].includes(toks[a.next - 1]?.k ?? '') && toks[a.next]?.k === ':' && !(toks[a.next - 2]?.k === 'cac' && toks[a.next - 1]?.k === 'tinh')) {
        const tail = placeList(text, toks, a.next + 1, gaz);
        if (tail) a = { next: tail.next };
      } else if (['xa', 'phuong', 'huyen', 'quan', 'tran'].includes(toks[a.next - 1]?.k ?? '') && toks[a.next]?.k === ':' && toks.slice(i, a.next).some((t) => t.k === ',' || t.k === '-')) {
        // agency.lower-places: "Chủ tịch Ủy ban nhân dân các xã, phường: A, B, C": places of two levels narrow the collective.
        const tail = placeList(text, toks, a.next + 1, gaz, true);
        if (tail) a = { next: tail.next };
      }
      // agency.colon-named: "Các cơ quan: Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam": a collective over the bodies it names
      // after a colon on its line, each one the gazetteer knows (no place): those bodies, one item each.
      // (agency.colon-named-after: "các đơn vị sau (đây): A, B": "sau (đây)" before the colon points to the list.)
      const sau = toks[a.next]?.k === 'sau' ? (toks[a.next + 1]?.k === 'day' ? 2 : 1) : 0;
      const colon = toks[a.next + sau];
      const first = toks[a.next + sau + 1];
      // (agency.titled-colon-named: "Thủ trưởng các cơ quan, đơn vị: Công an tỉnh, Sở Y tế": the title of each, "Thủ trưởng Công
      // an tỉnh", as "Bộ trưởng các Bộ: X" is each minister.)
      const tn = toks[i]?.k === 'cac' ? 0 : seq(toks, i, TITLES());
      // (agency.paren-named: "các cơ quan liên quan (Sở A, Công an tỉnh)": the bodies in brackets after a collective, the same way.)
      const paren = !tn && !sau && colon?.k === '(';
      if (toks[i + tn]?.k === 'cac' && (!tn || isUpper(text, toks[i]!)) && (colon?.k === ':' || paren) && first && !/\n/.test(text.slice(colon.end, first.start)) && !toks.slice(i, a.next).some((t) => PLACE_WORDS.has(t.k))) {
        const named = agencyList(text, folded, first.start, gaz, 600);
        // (Under a title the list must end its subject, a verb after it: "Kho bạc Nhà nước khu vực, ..." is not read whole.)
        const after = tokens(folded, named.end, Math.min(folded.length, named.end + 40));
        // (agency.colon-named-mixed: a collective of places may close a list of named bodies, "Sở A, Công an tỉnh và Ủy ban nhân
        // dân các xã"; a list of collectives alone stays the head noun's.)
        const placesOf = (x: AgencyItem) => !x.entry && /^\p{Lu}/u.test(text.slice(x.span.start, x.span.start + 1)) && /\scác\s/u.test(x.name);
        const known = named.items.every((x) => (x.entry ? x.entry.kind !== 'province' : placesOf(x)));
        const closed = !paren || after[0]?.k === ')';
        if (known && closed && named.items.some((x) => x.entry && x.entry.kind !== 'collective') && (!tn || verbAt(after, 0))) {
          const title = tn ? clean(text.slice(toks[i]!.start, toks[i + tn - 1]!.end)) : '';
          items.push(...named.items.map((x) => (title ? { ...x, name: `${title} ${x.name}` } : x)));
          end = paren ? after[0]!.end : named.end;
          let k = a.next + sau + 1;
          while (k < toks.length && toks[k]!.start < end) k++;
          i = k;
          break;
        }
      }
      const last = toks[a.next - 1]!;
      const places = sharedPlaces(text, toks, i, a.next, gaz);
      if (places) {
        items.push(...places.items);
        end = places.end;
        i = places.next;
      } else {
        const prev = items[items.length - 1];
        // agency.shared-level: "Liên minh Hợp tác xã tỉnh và Hội Người cao tuổi các cấp": "các cấp" after two bodies joined by
        // "và" is of both; they stay one item, as printed.
        if (prev && toks[i - 1]?.k === 'va' && toks[a.next - 2]?.k === 'cac' && toks[a.next - 1]?.k === 'cap' && !/^các\s/iu.test(prev.name) && !/các cấp$/u.test(prev.name) && a.next - i > 3) {
          items[items.length - 1] = toItem(text, prev.span.start, last.end);
        } else items.push(toItem(text, toks[i]!.start, last.end, a.entry));
        end = last.end;
        i = a.next;
      }
    }
    let j = i;
    // agency.role-after-dash: "Sở X - cơ quan thường trực Hội đồng Y <verb>": the role after a dash (agency-words.tsv `role`,
    // three words or more) and the body it serves are no part of the name, nor of the work.
    for (let k = i0 + 1; k < i; k++) {
      if (toks[k]!.k === '-' && seq(toks, k + 1, ROLES()) && items.length) {
        items[items.length - 1] = toItem(text, toks[i0]!.start, toks[k - 1]!.end);
        end = toks[k - 1]!.end;
        j = k;
        break;
      }
    }
    const role = toks[j]?.k === '-' ? seq(toks, j + 1, ROLES()) : 0;
    if (role && items.length) {
      let q = j + 1 + role;
      const served = toks[q] && isUpper(text, toks[q]!) ? agencyAt(text, toks, q, gaz) : undefined;
      if (served) q = served.next;
      // (A name the gazetteer lacks, "Ban Chỉ huy phòng, chống thiên tai tỉnh": up to the verb, when one comes soon.)
      let v = toks[j + 1 + role] && isUpper(text, toks[j + 1 + role]!) ? q : q + 12;
      while (v < q + 12 && toks[v] && toks[v]!.k !== '.' && !writtenVerbAt(text, toks, v)) v++;
      if (v > q && v < q + 12 && toks[v] && writtenVerbAt(text, toks, v)) q = v;
      end = toks[q - 1]!.end;
      break;
    }
    // "Ban Cơ yếu Chính phủ (bảo đảm mật mã); Bộ Tư pháp (...) và ...": a note in brackets between two bodies.
    if (toks[j]?.k === '(') {
      let k = j + 1;
      while (k < toks.length && k - j < 30 && toks[k]!.k !== ')' && toks[k]!.k !== '(') k++;
      if (toks[k]?.k === ')' && [',', ';', 'va'].includes(toks[k + 1]?.k ?? '')) j = k + 1;
    }
    // agency.slash-alias: "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh": two names of one body (before and after
    // a merger), with the same head noun on both sides of the slash: one item, as printed.
    if (toks[j]?.k === '/' && toks[j + 1] && isUpper(text, toks[j + 1]!) && toks[j + 1]!.k === toks[i0]?.k) {
      const b = agencyAt(text, toks, j + 1, gaz);
      if (b) {
        const prev = items.pop()!;
        items.push(toItem(text, prev.span.start, toks[b.next - 1]!.end));
        end = toks[b.next - 1]!.end;
        i = j = b.next;
      }
    }
    // agency.back-in-list: "Chủ tịch Ủy ban nhân dân các tỉnh nêu trên và Bộ trưởng các Bộ ...": words that point back to the
    // addressees (agency-words.tsv `back`) do not end the list when a body follows.
    const backWords = seq(toks, j, words('back'));
    if (backWords && j > i0 && [',', 'va'].includes(toks[j + backWords]?.k ?? '') && toks[j + backWords + 1] && isUpper(text, toks[j + backWords + 1]!) && agencyAt(text, toks, j + backWords + 1, gaz)) j += backWords;
    const sep = toks[j]?.k ?? '';
    const tn = seq(toks, i0, TITLES());
    for (let n = before; n < items.length; n++) {
      const one = items.length - before === 1;
      meta.push({ title: one && tn > 0, titled: one && tn > 0 && toks[i0 + tn]?.k === 'cac', lowerCac: one && toks[i0]?.k === 'cac' && !isUpper(text, toks[i0]!), sep: n === items.length - 1 ? sep : '' });
    }
    if (toks[j]?.k === ',' || toks[j]?.k === ';' || (toks[j]?.k === '/' && toks[j + 1] && isUpper(text, toks[j + 1]!))) j++;
    if (toks[j]?.k === 'va') j++;
    if (j === i) {
      // A comma lost by OCR between two known bodies: "Bộ Khoa học và Công nghệ Bộ Quốc phòng".
      const next = toks[i] && isUpper(text, toks[i]!) ? gaz.matchAt(toks, i) : undefined;
      if (!next || !items[items.length - 1]?.entry) break;
    }
    i = j;
  }
  const board = boardWithChief(text, items, meta);
  return { items: titleOverSemicolon(text, board.items, board.meta), end };
}

/** agency.board-and-chief: "Chủ tịch Hội đồng quản trị, Tổng Giám đốc các doanh nghiệp ...": the chair of a board named without its
 *  body, then a title over "các": the two leaders of the same bodies, one item as printed. */
function boardWithChief(text: string, items: AgencyItem[], meta: ListMeta[]): { items: AgencyItem[]; meta: ListMeta[] } {
  if (meta.length !== items.length) return { items, meta };
  const out: AgencyItem[] = [];
  const om: ListMeta[] = [];
  for (let k = 0; k < items.length; k++) {
    const next = items[k + 1];
    const bare = meta[k]!.title && !meta[k]!.titled && /^[a-z ]+ hoi dong (?:quan tri|thanh vien)$/.test(key(items[k]!.name));
    if (next && bare && meta[k]!.sep === ',' && meta[k + 1]!.titled) {
      out.push(toItem(text, items[k]!.span.start, next.span.end));
      om.push(meta[k + 1]!);
      k++;
    } else {
      out.push(items[k]!);
      om.push(meta[k]!);
    }
  }
  return { items: out, meta: om };
}

interface ListMeta {
  title: boolean;
  titled: boolean;
  lowerCac: boolean;
  sep: string;
}

/** agency.title-semicolon: "Người đứng đầu các cơ quan chuyên môn, cơ quan khác, các đơn vị sự nghiệp ...; Chủ tịch ...": a title over
 *  "các" heads every ", các ..." after it up to a semicolon or the next title (", Chủ tịch ..."): one lead, as printed. */
function titleOverSemicolon(text: string, items: AgencyItem[], meta: ListMeta[]): AgencyItem[] {
  if (meta.length !== items.length) return items;
  const semi = meta.some((m) => m.sep === ';');
  const out: AgencyItem[] = [];
  for (let k = 0; k < items.length; k++) {
    let e = k;
    if (meta[k]!.titled) while (e + 1 < items.length && meta[e]!.sep === ',' && meta[e + 1]!.lowerCac) e++;
    if (e > k && (meta[e]!.sep === ';' || (meta[e]!.sep === ',' && meta[e + 1]?.title) || (semi && e === items.length - 1))) {
      out.push(toItem(text, items[k]!.span.start, items[e]!.span.end));
      k = e;
    } else out.push(items[k]!);
  }
  return out;
}

/**
 * A list of two or more places after a colon ("Hà Tĩnh, Huế và Đà Nẵng"), one of them a province or city the gazetteer knows:
 * each place's written name and span, and the token index after the list; undefined when there is no such list. A place is
 * two to four capitalised words, or one that names a known province ("Huế"); the list ends at a body's name ("... và Bộ Y
 * tế": the list goes on with bodies). Provinces merged in 2025 are no longer in the gazetteer: one known place is enough.
 */
function placeList(text: string, toks: Token[], j: number, gaz: Gazetteer, lower = false): { places: { written: string; span: Span }[]; next: number } | undefined {
  const places: { written: string; span: Span }[] = [];
  let known = 0;
  let next = j;
  for (;;) {
    if (gaz.matchAt(toks, j)) break;
    let k = j;
    while (k < toks.length && k - j < 4 && /^\p{L}/u.test(toks[k]!.k) && toks[k]!.k !== 'va' && isUpper(text, toks[k]!)) k++;
    if (k === j) break;
    const written = clean(text.slice(toks[j]!.start, toks[k - 1]!.end));
    const place = gaz.lookup(`Tỉnh ${written}`) ?? gaz.lookup(`Thành phố ${written}`);
    if (place?.kind === 'province') known++;
    else if (k - j < 2 && !lower) break;
    places.push({ written, span: { start: toks[j]!.start, end: toks[k - 1]!.end } });
    next = j = k;
    if ((toks[j]?.k !== ',' && toks[j]?.k !== 'va') || !toks[j + 1]) break;
    j++;
  }
  // agency.lower-places: the names of districts, communes and wards the gazetteer does not hold; the list must end its
  // subject (a verb in lower case follows, not more of a name).
  // (Or the list goes on with a collective: "A, B và các đơn vị liên quan".)
  const ends = (t?: Token) => !!t && /^[a-z]/.test(t.k) && !isUpper(text, t) && t.k !== 'va';
  // (agency.places-heading: or the list ends a heading's line, "4. Ủy ban nhân dân các xã: A, B, C" over points or a paragraph.)
  const heading = places.length > 0 && /^[ \t]*\n[ \t]*(?:[-–+•]|[a-zđ]\)|\p{Lu})/u.test(text.slice(places[places.length - 1]!.span.end, places[places.length - 1]!.span.end + 8));
  if (lower) return places.length >= 2 && (ends(toks[next]) || heading || ([',', 'va'].includes(toks[next]?.k ?? '') && toks[next + 1]?.k === 'cac')) ? { places, next } : undefined;
  return places.length >= 2 && known ? { places, next } : undefined;
}

/** agency.shared-places: "Ủy ban nhân dân các tỉnh: Hà Giang, Yên Bái và Sơn La": a body of "các tỉnh" over a colon and a list of
 *  provinces the gazetteer knows is that body of each ("Ủy ban nhân dân tỉnh Hà Giang", ...). [from, to) is the body's tokens. */
function sharedPlaces(text: string, toks: Token[], from: number, to: number, gaz: Gazetteer): { items: AgencyItem[]; next: number; end: number } | undefined {
  // (agency.lower-places: "Chủ tịch Ủy ban nhân dân các huyện: A, B và C" too, one level of the places the gazetteer lacks.)
  const lv = toks[to - 2]?.k === 'thi' ? 2 : 1;
  const level = toks.slice(to - lv, to).map((t) => t.k).join(' ');
  if (to - from < 3 || toks[to - 1 - lv]?.k !== 'cac' || !['tinh', 'huyen', 'quan', 'xa', 'phuong', 'thi xa'].includes(level) || toks[to]?.k !== ':') return undefined;
  const head = clean(text.slice(toks[from]!.start, toks[to - 1 - lv]!.start));
  const list = placeList(text, toks, to + 1, gaz, level !== 'tinh');
  if (!list) return undefined;
  const levelText = clean(text.slice(toks[to - lv]!.start, toks[to - 1]!.end)).toLowerCase();
  const items = list.places.map(({ written, span }) => {
    const name = `${head} ${levelText} ${written}`;
    const e = gaz.lookup(name);
    return { name, canonical: e?.canonical ?? null, entry: e, span };
  });
  return { items, next: list.next, end: items[items.length - 1]!.span.end };
}

/** agency.party-state-pair: "Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: A, B và C": the Party secretary and the
 *  chairman of each place, asked together: one lead as printed, up to the end of the places. */
function partyStatePair(text: string, toks: Token[], i: number, gaz: Gazetteer): { items: AgencyItem[]; next: number; end: number } | undefined {
  if (toks[i]?.k !== 'bi' || toks[i + 1]?.k !== 'thu' || !isUpper(text, toks[i]!)) return undefined;
  const committee = seq(toks, i + 2, PARTY_COMMITTEES);
  if (!committee || toks[i + 2 + committee]?.k !== 'va') return undefined;
  const body = agencyAt(text, toks, i + 3 + committee, gaz);
  if (!body || toks[body.next]?.k !== ':' || !seq(toks, body.next - 1, LEVEL_WORDS) || !toks.slice(i + 3 + committee, body.next).some((t) => t.k === 'cac')) return undefined;
  const list = placeList(text, toks, body.next + 1, gaz, toks[body.next - 1]!.k !== 'tinh');
  if (!list) return undefined;
  const last = toks[list.next - 1]!;
  return { items: [toItem(text, toks[i]!.start, last.end)], next: list.next, end: last.end };
}
const PARTY_COMMITTEES = ['tinh uy', 'thanh uy', 'huyen uy', 'quan uy', 'dang uy xa', 'dang uy phuong', 'dang uy'].map((w) => w.split(' '));

const PLACE_WORDS = new Set(['tinh', 'pho', 'xa', 'phuong', 'huyen', 'dia', 'khu']);

/** agency.titled-shared-head: "Bộ trưởng các Bộ: Xây dựng, Công Thương": the title of each body of the list ("Bộ trưởng Bộ Xây dựng", ...). */
function titledShared(text: string, toks: Token[], i: number, gaz: Gazetteer): { items: AgencyItem[]; next: number; end: number } | undefined {
  // "các Bộ trưởng: Quốc phòng, Công an": the ministers of those ministries.
  if (toks[i]?.k === 'cac' && toks[i + 1]?.k === 'bo' && toks[i + 2]?.k === 'truong' && toks[i + 3]?.k === ':') {
    const sh = sharedHead(text, [...toks.slice(0, i + 2), ...toks.slice(i + 3)], i, gaz);
    return sh && { ...sh, next: sh.next + 1, items: sh.items.map((it) => ({ ...it, name: `Bộ trưởng ${it.name}`, canonical: null, entry: undefined })) };
  }
  for (let n = 3; n >= 1; n--) {
    if (!lexicon().titles.has(toks.slice(i, i + n).map((t) => t.k).join(' ')) || !toks[i] || !isUpper(text, toks[i]!)) continue;
    const sh = sharedHead(text, toks, i + n, gaz);
    if (!sh) return undefined;
    const title = clean(text.slice(toks[i]!.start, toks[i + n - 1]!.end));
    // (Each item's span stays on its own name in the list, which the written name ends with.)
    return { ...sh, items: sh.items.map((it) => ({ ...it, name: `${title} ${it.name}`, canonical: null, entry: undefined })) };
  }
  return undefined;
}

/** agency.shared-head-written: the length of a department's name after "các Vụ:" that the gazetteer lacks: a capitalised word
 *  that opens no body, and the words after it up to a mark, a line end, a verb, or "và" before a body or a lower-case word
 *  ("Khoa học và Công nghệ" is one name; "Pháp chế và Cục Hóa chất" two). 0 when none. */
function writtenName(text: string, toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || !/^[a-z]/.test(t.k) || !isUpper(text, t) || t.k === 'cac' || seq(toks, k, HEADS()) || verbAt(toks, k)) return 0;
  let m = k + 1;
  let stop = 0;
  while (m < k + 8 && toks[m] && /^[a-z0-9]/.test(toks[m]!.k) && !/\n/.test(text.slice(toks[m - 1]!.end, toks[m]!.start))) {
    if (toks[m]!.k === 'va') {
      const n = toks[m + 1];
      if (!n || !isUpper(text, n) || n.k === 'cac' || seq(toks, m + 1, HEADS())) break;
    } else if (!isUpper(text, toks[m]!) && writtenVerbAt(text, toks, m)) break;
    else if (!stop && !isUpper(text, toks[m]!) && STOP().has(toks[m]!.k)) stop = m;
    m++;
  }
  // A name runs to a mark of the list (",", ";", ":", ".", a bracket) over lower-case function words ("Thị trường trong
  // nước:"); where no mark ends it, the sentence goes on and its first function word ends the name ("Trồng trọt làm việc với").
  const marked = !toks[m] || [',', ';', ':', '.', '(', ')'].includes(toks[m]!.k) || toks[m]!.k === 'va';
  return (marked || !stop ? m : stop) - k;
}

/** "các Sở: Tài chính, Kế hoạch và Đầu tư": one head for several names, each a gazetteer body. */
function sharedHead(text: string, toks: Token[], i: number, gaz: Gazetteer): { items: AgencyItem[]; next: number; end: number } | undefined {
  // (agency.shared-head-written: "các Vụ: A, B", "các Cục: C, D", a ministry's departments, capitalised as heads are.)
  const dept = ['vu', 'cuc'].includes(toks[i + 1]?.k ?? '') && !!toks[i + 1] && isUpper(text, toks[i + 1]!);
  if (toks[i]?.k !== 'cac' || (!['so', 'bo', 'ban'].includes(toks[i + 1]?.k ?? '') && !dept)) return undefined;
  // "các Sở:", and "các bộ, cơ quan:" whose list mixes ministries and other bodies by their full names.
  // (And "các bộ, ngành: Quốc phòng, Công an": the ministries named short.)
  const mixed = toks[i + 2]?.k === ',' && toks[i + 3]?.k === 'co' && toks[i + 4]?.k === 'quan' && toks[i + 5]?.k === ':';
  const branches = toks[i + 1]?.k === 'bo' && toks[i + 2]?.k === ',' && toks[i + 3]?.k === 'nganh' && toks[i + 4]?.k === ':';
  // agency.shared-head-collective: "các sở, ngành: Tài chính, Nội vụ", "các sở, ban, ngành: A, B và Công an tỉnh": the first noun is
  // the head of the names listed after the colon (full names of other bodies may join them, as after "các bộ, cơ quan:").
  let k = i + 2;
  for (let n = 0; toks[k]?.k === ',' && (n = seq(toks, k + 1, COLLECTIVE_NOUNS())) > 0; ) k += 1 + n;
  const nouns = !mixed && !branches && k > i + 2 && toks[k]?.k === ':' ? k : 0;
  if (toks[i + 2]?.k !== ':' && !mixed && !branches && !nouns) return undefined;
  const colon = nouns || (mixed ? i + 5 : branches ? i + 4 : i + 2);
  const head = toks[i + 1]!;
  const headText = upperFirst(text.slice(head.start, head.end).toLowerCase());
  const items: AgencyItem[] = [];
  let j = colon + 1;
  let end = toks[colon]!.end;
  const at = (k: number) => {
    const hit = gaz.matchAt([head, ...toks.slice(k, k + 12)], 0);
    if (hit && hit.next >= 2) return { hit, headed: true, len: hit.next - 1 };
    const own = mixed || nouns ? gaz.matchAt(toks.slice(k, k + 12), 0) : undefined;
    if (own && own.next >= 1) return { hit: own, headed: false, len: own.next };
    const w = dept ? writtenName(text, toks, k) : 0;
    return w ? { hit: undefined, headed: true, len: w } : undefined;
  };
  for (;;) {
    const m = at(j);
    if (!m) break;
    const last = toks[j + m.len - 1]!;
    const written = clean(text.slice(toks[j]!.start, last.end));
    const entry = m.hit?.entry;
    items.push({ name: m.headed ? `${headText} ${written}` : written, canonical: entry?.canonical ?? null, entry, span: { start: toks[j]!.start, end: last.end } });
    end = last.end;
    j += m.len;
    const sep = toks[j]?.k;
    // agency.semicolon-list: "các Bộ: Nông nghiệp và Môi trường; Xây dựng; Công Thương" (names holding "và" kept apart by semicolons).
    if ((sep !== ',' && sep !== 'va' && sep !== ';') || !toks[j + 1] || !at(j + 1)) break;
    j++;
  }
  return items.length ? { items, next: j, end } : undefined;
}

/** Rules of agency names added for issue 9 (coord8), applied above where the comments name them. */
export const AGENCY_RULES = [
  { id: 'agency.level-printed', description: 'a level word after a body\'s name is "quận" only when printed with its marks: "Sở Y tế quan tâm chỉ đạo" ends the name at "Sở Y tế"' },
  { id: 'agency.colon-named', description: '"Các cơ quan: Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam": a collective over bodies the gazetteer knows, named after a colon on its line: those bodies, one lead each' },
  { id: 'agency.colon-named-after', description: '"cùng các đơn vị sau (đây): Sở A, Sở B": "sau (đây)" before the colon, the bodies after it as agency.colon-named' },
  { id: 'agency.colon-named-mixed', description: '"các cơ quan, đơn vị: Sở A, Công an tỉnh và Ủy ban nhân dân các xã": a collective of places (printed with "các") may close a list of known bodies after a colon; each item is one' },
  { id: 'agency.party-committee-levels', description: '"Đảng ủy các xã, phường": the Party committees of every place of the levels listed, one item as printed' },
  { id: 'agency.parent-party-committee', description: '"các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy": the Party committee a collective belongs to is a qualifier of its own (agency-words.tsv), not "trực thuộc tỉnh" and a stray "ủy"' },
  { id: 'agency.front-named-bare', description: '"các cấp ủy, chính quyền, Mặt trận Tổ quốc, đoàn thể": the Front by its name without committee or level, further on in a list before a comma or "và", is one item, as printed' },
  { id: 'agency.paren-named', description: '"cùng các cơ quan liên quan (Sở A, Công an tỉnh)": known bodies in brackets right after a collective are the items, one each' },
  { id: 'agency.title-pair', description: '"Bộ trưởng, Thủ trưởng các Bộ, cơ quan ngang Bộ": two titles joined by a comma over one collective are one name, as printed' },
  { id: 'agency.titled-shared-head', description: '"Bộ trưởng các Bộ: Xây dựng, Công Thương và Tài chính": a title over a shared-head list is each body\'s ("Bộ trưởng Bộ Xây dựng", ...); "và" may join the last name of such a list' },
  { id: 'agency.semicolon-list', description: '"các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ": semicolons part the names of a shared-head list as commas do' },
  { id: 'agency.of-parent', description: '"Ủy ban Kinh tế và Tài chính của Quốc hội": a committee, office or department "của" a body the gazetteer knows is named with it' },
  { id: 'agency.titled-colon-named', description: '"Thủ trưởng các cơ quan, đơn vị: Công an tỉnh, Sở Y tế": a title over a collective over known bodies after a colon is each body\'s head ("Thủ trưởng Công an tỉnh", ...), one lead each' },
  { id: 'agency.role-after-dash', description: '"Giao Sở X - cơ quan thường trực Hội đồng Y <verb>": the role after a dash (three words or more of agency-words.tsv role) and the body it serves end the list; X leads, the work starts at the verb' },
  { id: 'agency.front-bare', description: '"các sở, ngành, Mặt trận, đoàn thể <verb>": "Mặt trận" alone further on in a list, before a comma or "và", is the Front by its short name, as printed' },
  { id: 'agency.board-and-chief', description: '"Chủ tịch Hội đồng quản trị, Tổng Giám đốc các doanh nghiệp ...": the chair of a board named without its body, then a title over "các": the leaders of the same bodies, one item as printed' },
  { id: 'agency.levels-and-city', description: '"Ban Chỉ huy X các huyện, thị xã và thành phố Huế": the one city a list of levels names closes the collective, one body as printed' },
  { id: 'agency.levels-and-city', description: '"(Ban Chỉ huy X / Ủy ban nhân dân) các huyện, thị xã và thành phố Sông Mây": the one city a list of two levels or more names closes the list with its name, one body as printed' },
  { id: 'agency.title-semicolon', description: '"Người đứng đầu các cơ quan chuyên môn, cơ quan khác, các đơn vị sự nghiệp ...; Chủ tịch ...": in a list parted by semicolons, a title over "các" heads each ", các ..." after it up to the semicolon (one lead, as printed)' },
  { id: 'agency.level-ends-tail', description: 'a name\'s lower-case tail ends with a level after it ("Đài Phát thanh và Truyền hình tỉnh mở chuyên mục": the name ends at "tỉnh"), not at a verb the lexicon lacks' },
  { id: 'agency.domestic-tail', description: '"Vụ Thị trường trong nước", "Cục ... ngoài nước": "trong nước" / "ngoài nước" after a name\'s words are part of it' },
  { id: 'agency.known-commune-level', description: 'a known body followed by "xã" or "phường" ("Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể"): that body of the commune, the level in its name' },
  { id: 'agency.collective-commune', description: '"các ban, ngành, đoàn thể xã", "các hội, đoàn thể phường": a commune\'s level in lower case closes a collective, as "tỉnh" does (not "xã hội")' },
  { id: 'agency.collective-modifiers', description: '"các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã": more modifiers of one collective noun after a comma or "và" go on with the collective' },
  { id: 'agency.shared-head-collective', description: '"Các sở, ngành: Tài chính, Nội vụ, Tư pháp", "các sở, ban, ngành: A, B và Công an tỉnh": the first noun of the collective heads the names after the colon ("Sở Tài chính", ...); full names of other bodies join them' },
  { id: 'agency.places-heading', description: 'as agency.lower-places, the places ending a heading\'s line ("4. Ủy ban nhân dân các xã: A, B, C" over its points): each place\'s body leads' },
  { id: 'agency.lower-places', description: '"Chủ tịch Ủy ban nhân dân các huyện: A, B" is that body of each place ("... huyện A"); "các xã, phường: A, B" (two levels) one lead as printed; the names, which the gazetteer lacks, must end the subject' },
  { id: 'agency.back-in-list', description: '"Chủ tịch Ủy ban nhân dân các tỉnh nêu trên và Bộ trưởng các Bộ": "nêu trên", "nói trên" after a body do not end its list when another body follows' },
  { id: 'agency.party-state-pair', description: '"Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: A, B và C": the Party secretary and the chairman of the places listed, asked together, are one lead as printed' },
  { id: 'agency.addressee-longer', description: 'a lead or heading name read short, its last words taken for a verb ("Cục Kết cấu hạ tầng" before "xây dựng"), runs on as the addressee lines print it (src/extract/forms/leads.ts, addresseeTail)' },
  { id: 'lead.giao-semicolon-list', description: '"yêu cầu các Bộ: A; B; C <verb>": the semicolons of a shared-head list after "giao / yêu cầu" end no clause; every ministry leads (src/extract/tasks.ts, lead.giao)' },
  { id: 'lead.listed-places-kept', description: 'a lead that lists its places after a colon ("Chủ tịch Ủy ban nhân dân các tỉnh: A, B") is kept as printed, not widened to an addressee that lists more places (src/extract/tasks.ts, inFullOf)' },
  { id: 'action.after-scope', description: 'the scope of its duties said after the subject, before its verb ("theo chức năng" with its duties, powers or "được giao"), is no part of the action (src/extract/tasks.ts, leadAt)' },
  { id: 'agency.leaders-of', description: '"lãnh đạo các Bộ, ngành": "lãnh đạo" over a collective with "các" heads it as a title does (not "Lãnh đạo Chính phủ")' },
  { id: 'task.name-over-break', description: 'an item whose first line is the start of a body\'s name that runs on over the break ("2. Văn phòng\nTrung ương Đảng phối hợp ...") has no title line: the whole name is its subject (src/extract/tasks.ts)' },
  { id: 'lead.opening-bare-collective', description: 'a lead-in that asks bare collectives ("yêu cầu cấp ủy, tổ chức đảng, chính quyền, đoàn thể các cấp tập trung thực hiện ... sau:"): they lead the items below, one lead as printed (src/extract/tasks.ts, openingAddressees)' },
  { id: 'lead.unit-of-body', description: 'a heading line "<unit> thuộc <bodies>" over points ("Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ"): the whole line is one name, though its first words read as a verb (src/extract/tasks.ts, namedHeading)' },
  { id: 'agency.lower-name', description: '"Trung tâm y tế dự phòng", "Cục quản lý chất lượng và an toàn ...": a head of agency-words.tsv lower-head, as printed, followed by two or more lower-case words (no verb, function or mood word; "và" between words) up to a mark, a line end, a level, a verb or a mood word, is one body (not "Phòng chống ...": lower-not)' },
  { id: 'agency.stop-as-printed', description: 'a syllable that folds to a stop word but as printed is a word of names ("đô" of "đô thị"; agency-words.tsv name-written) does not end a name' },
  { id: 'agency.bare-levels', description: '"Trung tâm y tế huyện, thị xã, thành phố": a body named with levels listed bare after it (no place names) is that body of every such place, one name' },
  { id: 'agency.plural-described', description: '"các Cục quản lý chuyên ngành": a capitalised head in the plural, described by two to four lower-case words up to a comma, "và", a modal or a verb, is one collective' },
  { id: 'agency.place-list', description: '"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Huế, Đà Nẵng": places listed after the colon narrow the collective; one lead, as printed' },
  { id: 'agency.title-person', description: 'a title alone followed by a person\'s name (a surname of surnames.tsv, capitalised words on the line): "Phó Thủ tướng Bùi Thanh Sơn" is one lead' },
  { id: 'agency.collective-ban-nganh', description: '"ban ngành" is one collective noun (agency-words.tsv, collective): "các sở, ban ngành và đơn vị liên quan" is not cut after "ban"' },
  { id: 'agency.tax-office-head', description: 'the tax offices named since 2025 "Thuế tỉnh X", "Thuế thành phố X", "Thuế cơ sở N tỉnh X" open a body name (agency-words.tsv, head), so a heading "e) Thuế tỉnh X" leads its dashes' },
  { id: 'agency.collective-services', description: '"các bệnh viện", "các Trung tâm y tế huyện", "các trạm y tế", "các chi cục": hospitals, centres, health stations and sub-departments are collective nouns after "các" (agency-words.tsv, collective), so a letter\'s one request "Sở X yêu cầu các Bệnh viện báo cáo ..." has its lead' },
  { id: 'agency.union-head', description: '"Công đoàn ..." opens a body name (agency-words.tsv, head), so a union\'s letter head "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" / "CÔNG ĐOÀN NGÀNH X" gives the union under the national body as the issuer (header.issuer.lower-line); the national socio-political organisations are in the gazetteer (central.tsv)' },
  { id: 'agency.named-after-collective', description: '"các hội thuộc tỉnh, Bộ Y tế", "Ủy ban nhân dân tỉnh, Sở Công Thương": after a comma, a capitalised head noun with a capitalised name opens a body of its own, not one more noun of the collective before it' },
  { id: 'agency.dash-collective', description: 'a dash between two collective nouns lists them: "các sở - ngành", "Ủy ban nhân dân các quận - huyện" (written as printed)' },
  { id: 'agency.inner-words', description: 'lower-case words inside a body name between its capitalised words ("Quỹ Đầu tư phát triển Thành phố", "Công ty TNHH một thành viên ... Hà Nội"; agency-words.tsv, inner): the name runs to its last capitalised word' },
  { id: 'agency.va-new-body', description: 'after "và" inside a name, a head that opens a body of its own or a title ("... và Ủy ban nhân dân các xã", "... và Thủ trưởng các cơ quan"; agency-words.tsv, va-head) starts the next item' },
  { id: 'agency.wrapped-name', description: 'a place\'s name in a body\'s name goes on over a line break that wraps a paragraph ("Ủy ban nhân dân huyện Bình" / "Sơn ..."): the line before runs long and the next word opens no body; a short line is a list\'s row' },
  { id: 'agency.every-level', description: '"Hội Cựu chiến binh các cấp": "các cấp" after a name is part of it' },
  { id: 'agency.shared-level', description: '"Liên minh Hợp tác xã tỉnh và Hội Người cao tuổi các cấp": "các cấp" after two names joined by "và" is of both; one item, as printed' },
  { id: 'agency.level-pair', description: '"Sở Y tế tỉnh, thành phố trực thuộc Trung ương": ", thành phố" after a body\'s "tỉnh" makes it the body of every province and city, one name (not before a city\'s name)' },
  { id: 'agency.slash-alias', description: '"Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh": two names with the same head over a slash are one body, one item as printed' },
  { id: 'lead.addressee-unpunctuated', description: 'a lead that is the Kính gửi addressee with its comma lost ("Cục Thuế các tỉnh thành phố ...") or named short in a heading its points inherit ("Đề nghị Cục Thuế:") is the addressee as printed (src/extract/tasks.ts, inFullOf)' },
  { id: 'lead.heading-verb', description: 'a line "<body> chỉ đạo <body ...>" whose last name goes on over the break ("Việt\\nNam ..."), or a name followed by a verb in lower case, is a wrapped sentence, not a heading line naming who (src/extract/tasks.ts, namedHeading)' },
  { id: 'lead.bare-government', description: 'a list that opens with local government named by its kind, without "các" ("Cấp ủy, chính quyền, đoàn thể các xã <verb>"): one item as printed, to its scope (agencyList)' },
  { id: 'coordinate.bare-government', description: 'after "phối hợp với", local government named by its kind ("chính quyền cùng cấp", "cấp ủy, chính quyền cơ sở", "chính quyền các xã"): one coordinator as printed (coordinateList)' },
  { id: 'coordinate.bare-local', description: 'after "phối hợp với", "địa phương" alone ("phối hợp với địa phương chỉ đạo ..."): the local authorities coordinate, as printed (coordinateList)' },
  { id: 'coordinate.bare-goes-on', description: 'a bare first partner after "phối hợp (với)" ("cơ quan báo chí", "chính quyền địa phương") may open a list that goes on after a comma or "và": each further partner, bare ("lực lượng chức năng") or named, is read too (coordinateList)' },
  { id: 'coordinate.bare-branch', description: 'after "phối hợp (với)", a state branch named bare and capitalised ("Thanh tra, Hải quan và Kiểm lâm tại các xã"; agency-words.tsv branch) before a mark, "và" or a verb: the branch as printed, with the places after "tại / ở"' },
  { id: 'agency.collective-place-name', description: '"các đơn vị thuộc tỉnh Sông Mây", "các hội trên địa bàn (thành phố) Sông Mây": the place a collective\'s scope ("thuộc / tại <level>", "trên địa bàn") names closes it with its capitalised name on the line (not a body\'s head; not "các tỉnh, thành phố A, B")' },
  { id: 'agency.modifier-quoc-te', description: '"các tổ chức quốc tế", ", tổ chức quốc tế,": "quốc tế" narrows a collective as other fields do (agency-words.tsv modifier), so a bare "tổ chức quốc tế" further on in a list is an item' },
  { id: 'coordinate.front-scope', description: '"..., Mặt trận các cấp và các hội", "Mặt trận cơ sở": the Front by its short name further on in a list may carry the scope it serves (agency-words.tsv gov-scope), as printed' },
  { id: 'coordinate.lower-unit', description: '"phối hợp với phòng Kế hoạch", "... với bộ phận Văn hóa": a unit\'s head written in lower case before its capitalised name is a partner as printed (not "phòng, chống ...")' },
  { id: 'coordinate.bare-collective', description: 'after "phối hợp (chặt chẽ) với", a list that opens with a collective without "các" ("lực lượng Công an thành phố", "cơ quan báo chí", "lực lượng chức năng"): the noun with the body or words that narrow it (coordinateList)' },
  { id: 'agency.title-bare-collective', description: 'a title over collective nouns without "các" ("Thủ trưởng đơn vị", "Thủ trưởng sở, ban, ngành"): one name, the title with the bodies it heads' },
  { id: 'agency.health-modifier', description: '"các cơ sở y tế", "các đơn vị y tế": "y tế" narrows a collective as other fields do (agency-words.tsv, modifier)' },
  { id: 'agency.ends-at-verb-plans31', description: '"chuẩn bị", "phân bổ", "làm đầu mối" are verbs of directives (verbs.tsv, start and after): a body\'s name ends before them ("Ban Tổ chức chuẩn bị hội trường", "Bộ phận Văn hóa làm đầu mối, ..."), the work starts there' },
  { id: 'agency.journal-head', description: '"Tạp chí ..." opens a body\'s name (agency-words.tsv, head): a journal that shares a plan\'s work leads its unit heading ("3.2. Tạp chí Văn hóa Sông Mây") and coordinates after "phối hợp"' },
  { id: 'agency.shared-head-written', description: '"các Vụ: Kế hoạch, Pháp chế và Cục Hóa chất": a ministry\'s departments (Vụ, Cục) named after one capitalised head and a colon, which the gazetteer does not list, are each "Vụ <name>" as written, up to a mark, a verb, or "và" before a body' },
  { id: 'agency.city-abbrev', description: '"Tạp chí Văn hóa TP.HCM", "Công an TP. Sông Mây": "TP." (thành phố written short), its dot and the city\'s capitalised name end a body\'s name (the dot ended it at "TP")' },
  { id: 'agency.inner-to-place', description: '"Trung tâm Bảo tồn di sản ... thành phố X": a unit named for its work (Trung tâm, Ban quản lý, Quỹ, Đội, Chi cục, Phòng, Viện) runs over up to six lower-case words (no function word, no verb) to the level and name of the place it serves' },
  { id: 'agency.village-levels', description: '"Ban Công tác Mặt trận các ấp, khu phố": a body of every village or quarter of the kinds listed is one name' },
  { id: 'agency.committee-topic', description: '"Ban Chỉ đạo quốc gia về ...", "Hội đồng liên ngành về ...": a committee named for its topic (lower-case words closed by a mark, a verb, a function word or a new body), also after a short name the gazetteer knows' },
  { id: 'agency.qualifier-chain', description: '"các sở, ngành cấp tỉnh có liên quan": qualifiers one after another (up to three) close a collective together' },
  { id: 'agency.of-named-body', description: '"các đơn vị thuộc Bộ" closes with the qualifier, but "thuộc Bộ Xây dựng" names the body the collective belongs to (read whole)' },
  { id: 'agency.plural-levels', description: '"các Sở Tư pháp các tỉnh, thành phố": bodies of one name in every place of the levels after, one item' },
  { id: 'agency.collective-quan', description: '"các đoàn thể quận": a collective closes with the district level as printed ("quan" folded is also "quan tâm", so it is not in the folded qualifier list)' },
  { id: 'agency.comma-name', description: 'a body whose name holds a comma ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"; agency-words.tsv, comma-name) is one item, with the level it serves' },
  { id: 'plan.label-marker', description: 'a label\'s value ends before the next label\'s letter marker ("Sở Tài chính.\\n\\nc) Thời gian thực hiện:"); an empty "Cơ quan thực hiện:" gives way to the "Đơn vị chủ trì:" under it (src/extract/forms/plan.ts)' },
  { id: 'lead.session-closing-bare', description: 'a notice of a working session whose closing "thông báo để ... <place> biết" names the place bare, not its Ủy ban nhân dân: its items fall to the place as printed (src/extract/tasks.ts)' },
  { id: 'lead.session-body', description: 'a notice of a working session with a province or city: its items that name no one, and "Tỉnh ..." said bare, fall to the place\'s Ủy ban nhân dân (src/extract/tasks.ts)' },
] as const;

/**
 * coordinate.bare-collective: after "phối hợp (chặt chẽ) với", a list may open with a collective without "các" ("lực lượng Công
 * an thành phố", "cơ quan Công an", "lực lượng chức năng", "cơ quan báo chí"): the noun, and the body or the words that narrow it.
 * Otherwise the list as agencyList reads it.
 */
export function coordinateList(text: string, folded: string, from: number, gaz: Gazetteer, limit = 600, inList = false): { items: AgencyItem[]; end: number } {
  const l = agencyList(text, folded, from, gaz, limit);
  if (l.items.length) return l;
  const toks = tokens(folded, from, Math.min(folded.length, from + Math.min(limit, LIST_MAX)));
  // coordinate.bare-goes-on: a bare first partner ("chính quyền địa phương", "cơ quan báo chí") may open a list that goes on
  // after a comma or "và" ("..., Mặt trận các cấp và các hội"): each further partner, bare or named, is read too.
  const goOn = (first: AgencyItem, j: number): { items: AgencyItem[]; end: number } => {
    const k = toks[j]?.k === ',' || toks[j]?.k === 'va' ? j + 1 : j;
    if (k > j && toks[k]) {
      const rest = coordinateList(text, folded, toks[k]!.start, gaz, from + limit - toks[k]!.start, true);
      if (rest.items.length) return { items: [first, ...rest.items], end: rest.end };
    }
    return { items: [first], end: toks[j - 1]!.end };
  };
  const gov = bareGovernment(text, toks, 0, inList);
  if (gov) return goOn(toItem(text, toks[0]!.start, toks[gov - 1]!.end, undefined), gov);
  // coordinate.bare-branch: a state branch named bare, capitalised, before a mark or "và" ("phối hợp với Thanh tra, Hải quan và
  // Kiểm lâm tại các xã"): the branch as printed, with the places it works in after "tại / ở".
  const br = seq(toks, 0, words('branch'));
  if (br && isUpper(text, toks[0]!) && (!toks[br] || [',', 'va', 'tai', 'o', ';', '.'].includes(toks[br]!.k) || verbAt(toks, br))) {
    let e = br;
    if (['tai', 'o'].includes(toks[e]?.k ?? '')) {
      const places = collective(toks, e + 1, 'cac', true, text);
      if (places > e + 2 && LEVELS.has(toks[e + 2]!.k)) e = places;
    }
    return goOn(toItem(text, toks[0]!.start, toks[e - 1]!.end, undefined), e);
  }
  // coordinate.lower-unit: "phối hợp với phòng Kế hoạch", "... với bộ phận Văn hóa": a unit's head written in lower case before its
  // capitalised name is a partner as printed (only with the name: "phòng, chống ..." is work).
  const unit = seq(toks, 0, UNIT_NOUNS);
  const named = unit && toks[unit] && isUpper(text, toks[unit]!) && /^[a-z]/.test(toks[unit]!.k);
  const n = named ? unit : seq(toks, 0, BARE_NOUNS);
  if (!n || isUpper(text, toks[0]!)) return l;
  let j = n;
  const body = toks[j] && isUpper(text, toks[j]!) ? agencyAt(text, toks, j, gaz) : undefined;
  if (body) j = body.next;
  else if (toks[j] && /^[a-z]/.test(toks[j]!.k) && isUpper(text, toks[j]!)) {
    // "lực lượng Công an (thành phố)": a capitalised name the gazetteer lacks, and the level it serves.
    const s0 = j;
    while (j < s0 + 4 && toks[j] && /^[a-z]/.test(toks[j]!.k) && isUpper(text, toks[j]!)) {
      j++;
      // One lower-case syllable of the same word: "Công an".
      if (toks[j] && /^[a-z]/.test(toks[j]!.k) && !isUpper(text, toks[j]!) && !['va', 'cac', 'cap'].includes(toks[j]!.k) && !lexicon().stopwordsWritten.has(text.slice(toks[j]!.start, toks[j]!.end).toLowerCase()) && !LEVEL_WORDS.some((w) => w[0] === toks[j]!.k) && !writtenVerbAt(text, toks, j) && !/\n/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) j++;
    }
    if (toks[j] && !isUpper(text, toks[j]!)) j += seq(toks, j, LEVEL_WORDS);
  } else {
    j = collective(toks, 0, '', false, text);
    // coordinate.bare-local: "phối hợp với địa phương (chỉ đạo ...)": the word alone names the local authorities.
    if (j <= n && !(toks[0]!.k === 'dia' && toks[1]?.k === 'phuong')) return l;
    j = Math.max(j, n);
  }
  return goOn(toItem(text, toks[0]!.start, toks[j - 1]!.end, undefined), j);
}
const BARE_NOUNS = [['luc', 'luong'], ['co', 'quan'], ['dia', 'phuong']];
const UNIT_NOUNS = [['phong'], ['bo', 'phan']];

// coordinate.bare-government: local power named by its kind, not as a body ("chính quyền cùng cấp", "cấp ủy, chính quyền
// các xã"); one item as printed, the gold's way with generic partners. Words: agency-words.tsv `gov`, `gov-scope`.
const GOV_NOUNS = () => words('gov');
const GOV_SCOPES = () => words('gov-scope');

/** coordinate.bare-government: token index after "(các) cấp ủy, chính quyền <scope>" at i, or 0. */
function bareGovernment(text: string, toks: Token[], i: number, inList = false): number {
  let j = i + (toks[i]?.k === 'cac' ? 1 : 0);
  let gov = false;
  for (;;) {
    const n = seq(toks, j, GOV_NOUNS());
    if (!n) break;
    gov ||= toks[j]!.k === 'chinh';
    j += n;
    const sep = toks[j]?.k === ',' || toks[j]?.k === 'va' ? 1 : 0;
    if (!sep || !seq(toks, j + sep + (toks[j + sep]?.k === 'cac' ? 1 : 0), GOV_NOUNS())) break;
    j += sep + (toks[j + sep]?.k === 'cac' ? 1 : 0);
  }
  // (Further on in a list the Front or the unions may stand without "chính quyền": "..., Mặt trận các cấp và các hội".)
  if (!gov && !(inList && j > i)) return 0;
  const scope = seq(toks, j, GOV_SCOPES());
  if (scope) return j + scope;
  const places = collective(toks, j, 'cac', true, text);
  if (places > j && LEVELS.has(toks[j + 1]!.k)) return places;
  if (toks[j] && LEVELS.has(toks[j]!.k) && !isUpper(text, toks[j]!)) return j + 1;
  // Without a scope the phrase must end where the clause goes on: a verb or a mark.
  return !toks[j] || [',', ';', '.', ':', ')'].includes(toks[j]!.k) || verbAt(toks, j) ? j : 0;
}
