// Layout of an OCR'd page of an official letter (Nghị định 30/2020, Phụ lục I):
// the two-column header (issuer and number on the left, motto and place-date on
// the right), the kind and subject, "Kính gửi", the body, and on the last page
// "Nơi nhận" (left) beside the signature block (right); page numbers and
// running heads; e-office stamps above the header and received stamps ("CV
// ĐẾN", "Số:", "Ngày:") over the body. Lines are sorted into regions by their
// words' boxes, so a field is read from its region, not from a line that
// tesseract merged across both columns. Stamps, page numbers and running heads
// are kept out of the text (their regions say what they read).
import type { BBox, RegionKind } from '../doc.js';
import { key } from '../fold.js';
import { isSyllable } from '../restore/syllable.js';
import type { OcrLine, OcrWord } from './pool.js';

export interface LineRegion {
  kind: RegionKind;
  /** Indexes into PageLayout.lines. */
  lines: number[];
}

export interface PageLayout {
  /** Lines in reading order, stamps left out. */
  lines: OcrLine[];
  regions: LineRegion[];
  /** Stamps, page numbers and running heads: what they read and where; not part of the text. */
  asides: { kind: RegionKind; bbox: BBox; text: string }[];
}

const lineKey = (l: OcrLine) => key(l.words.map((w) => w.text).join(' '));
const RE_MOTTO = /\b(c[o0]ng ho[a-z]? x[a-z] h[o0][a-z]?i|d[o0]c l[a-z]p\s*[-–]?\s*t[uư]? do)/;
const RE_MOTTO_START = new RegExp(`^${RE_MOTTO.source.slice(2)}`);
// (or "Số:" misread with its colon kept: "Sá:", "S6:")
const RE_NUMBER = /^(?:s[o0ốô6][:;.]?|s[a-z0-9][:;])/;
const RE_PLACE_DATE = /,\s*ng[a-z]y.*th[a-z]{2,3}g/;
const RE_PLACE_YEAR = /^[^,]{2,40},.*\b(1[89]|20)\d\d\b/;
const RE_KIND = /^(nghi quyet|quyet dinh|chi thi|thong bao|ke hoach|to trinh|bao cao|cong dien|huong dan|quy dinh|quy che|ket luan|chuong trinh|de an|giay moi|cong van|bien ban)\b/;
const RE_RECIPIENTS = /^kinh g[u|ư]i\b/;
// "Nơi nhận:" heads the copies list; "Nơi nhận hồ sơ: ..." in a body names a place, not the copies.
// (A stray stroke in it, "NWơi nhận:", is OCR noise; a vowel there would make another word: "nuôi".)
const RE_COPIES_HEAD = /^n[^aeiouy\s\d]?[o0]i nh[a-z]n(?![a-z])/;
const RE_COPIES = new RegExp(`${RE_COPIES_HEAD.source}\\s*([:;.,]|$)`);
const RE_AUTHORITY = /^(tm|kt|tl|tuq)(?:[.,] ?| )(?=[a-z])|^(chu tich|pho chu tich|giam doc|truong ban|bo truong|chanh van phong|pho chanh van phong)$/;
// E-office stamps: a signature's "Ký bởi ... Thời gian ký", a gazette office's e-mail and timestamp.
const RE_STAMP = /(ky boi|thoi gian ky|co quan:|@[a-z0-9.]+\.(gov|vn)|\d{2}[.]\d{2}[.]\d{4} \d{2}:\d{2}|[+]07:00)/;
// Labels of a received stamp beside its "CV" ("ĐẾN", "Số:", "Ngày:", "Chuyển:").
const RE_LABEL = /^(den|so|ngay|chuyen|luu)\b/;
const RE_PAGE_NO = /^[-–]?\s*\d{1,3}\s*[-–]?$/;

const boxOf = (ws: { bbox: BBox }[]): BBox => ({
  x0: Math.min(...ws.map((w) => w.bbox.x0)),
  y0: Math.min(...ws.map((w) => w.bbox.y0)),
  x1: Math.max(...ws.map((w) => w.bbox.x1)),
  y1: Math.max(...ws.map((w) => w.bbox.y1)),
});
const lineOf = (words: OcrWord[], paragraph: number): OcrLine => ({ words, bbox: boxOf(words), paragraph });

export function pageLayout(lines: OcrLine[], page: { number: number; width: number; height: number; last: boolean }, runningHeads: Set<string> = new Set()): PageLayout {
  const asides: PageLayout['asides'] = [];
  const stamps = { push: (s: { bbox: BBox; text: string }) => asides.push({ kind: 'stamp', ...s }) };
  let work = lines.filter((l) => l.words.length);
  const regions: LineRegion[] = [];
  const out: OcrLine[] = [];
  // Each header region is one paragraph of the text; body lines keep the OCR's paragraphs.
  const take = (kind: RegionKind, ls: OcrLine[]) => {
    if (!ls.length) return;
    const para = kind === 'body' ? undefined : -1 - regions.length;
    const idx = ls.map((l) => out.push(para === undefined ? l : { ...l, paragraph: para }) - 1);
    const prev = regions[regions.length - 1];
    if (prev?.kind === kind) prev.lines.push(...idx);
    else regions.push({ kind, lines: idx });
  };

  // Received stamp: its words are cut out of whatever lines they were merged into.
  work = cutReceivedStamp(work, stamps);
  if (page.number === 1) work = cutPortalStamp(work, page.width, stamps);
  if (page.number === 1) work = cutMarginStamp(work, page.width, stamps);

  // Page 1: the header starts at the row holding the national motto.
  const mottoAt = page.number === 1 ? work.findIndex((l) => RE_MOTTO.test(lineKey(l))) : -1;
  let i = 0;
  if (mottoAt >= 0 && mottoAt < 12) {
    const motto = work[mottoAt]!;
    const mh = motto.bbox.y1 - motto.bbox.y0;
    const mWord = motto.words.findIndex((w, k) => RE_MOTTO_START.test(key(motto.words.slice(k, k + 5).map((x) => x.text).join(' ')).replace(/^[^a-z0-9]+/, '')));
    // The gutter: just left of where the motto starts (a third of the page in when it cannot be told).
    const split = mWord > 0 || (mWord === 0 && motto.words[0]!.bbox.x0 > page.width * 0.3) ? motto.words[mWord]!.bbox.x0 - mh * 0.3 : page.width * 0.42;
    // The header band: from the issuer/motto row down to the place-date row.
    const top = motto.bbox.y0 - mh * 0.8;
    const near = work.slice(0, mottoAt + 8);
    const pd =
      near.find((l, k) => k >= mottoAt && (RE_PLACE_DATE.test(lineKey(l)) || /\bng[a-z]y\b.*\bn[a-z]m\b/.test(lineKey(l)))) ??
      // "ngày" garbled by a handwritten day: a line of the right column with a comma and a year.
      near.find((l, k) => k > mottoAt && RE_PLACE_YEAR.test(key(l.words.filter((w) => w.bbox.x0 > page.width * 0.35).map((w) => w.text).join(' '))));
    const bottom = pd ? pd.bbox.y1 : motto.bbox.y1 + mh * 4;
    const inBand = (l: OcrLine) => {
      const c = (l.bbox.y0 + l.bbox.y1) / 2;
      return c >= top && c <= bottom;
    };
    // Above the band: e-office stamps (kept out), or urgency and secrecy marks (kept).
    const above = near.filter((l) => (l.bbox.y0 + l.bbox.y1) / 2 < top);
    for (const l of above) {
      if (RE_STAMP.test(lineKey(l)) || l.bbox.x0 > split || meanConf(l) < 50) stamps.push({ bbox: l.bbox, text: l.words.map((w) => w.text).join(' ') });
      else take('body', [l]);
    }
    // e-office stamp lines that reach down into the band, right of the motto's top.
    // and, right of the gutter, anything above the motto (the motto heads its column).
    const stampy = (l: OcrLine) => (l.bbox.y0 + l.bbox.y1) / 2 < (motto.bbox.y0 + motto.bbox.y1) / 2 && (RE_STAMP.test(lineKey(l)) || (l.bbox.x0 > split && (l.bbox.y0 + l.bbox.y1) / 2 < motto.bbox.y0));
    for (const l of near.filter((l) => inBand(l) && stampy(l))) above.push(l), stamps.push({ bbox: l.bbox, text: l.words.map((w) => w.text).join(' ') });
    const band = near.filter((l) => inBand(l) && !stampy(l));
    work = [...band, ...work.filter((l) => !band.includes(l) && !above.includes(l))];
    const left: OcrLine[] = [];
    const right: OcrLine[] = [];
    for (const l of band) {
      const lw = l.words.filter((w) => (w.bbox.x0 + w.bbox.x1) / 2 < split);
      const rw = l.words.filter((w) => (w.bbox.x0 + w.bbox.x1) / 2 >= split);
      if (lw.length) left.push(lineOf(lw, 1000));
      if (rw.length) right.push(lineOf(rw, 1001));
    }
    left.sort((a, b) => a.bbox.y0 - b.bbox.y0);
    right.sort((a, b) => a.bbox.y0 - b.bbox.y0);
    // (a speck or quote mark before "Số:" is no part of it)
    const numAt = left.findIndex((l) => RE_NUMBER.test(lineKey(l).replace(/^[^a-z0-9]+/, '')));
    let pdAt = right.findIndex((l) => RE_PLACE_DATE.test(lineKey(l)) || /\bng[a-z]y.*\bn[a-z]m\b/.test(lineKey(l)));
    // Its "ngày" garbled by the handwritten day ("Hà Nội, ngàz2Ñbáng02 năm 2022"): the line under
    // the motto's second row that goes on with a comma and a year is the place and date.
    if (pdAt < 0) {
      const tag = right.findIndex((l) => /\b(d[o0]c l[a-z]p|t[uư] do|h[a-z]nh ph[a-z]c)\b/.test(lineKey(l)));
      if (tag >= 0 && tag + 1 < right.length && RE_PLACE_YEAR.test(lineKey(right[tag + 1]!))) pdAt = tag + 1;
    }
    // As a clerk reads the two rows of the header: issuer, motto; then number, place and date.
    take('issuer', numAt >= 0 ? left.slice(0, numAt) : left);
    take('motto', pdAt >= 0 ? right.slice(0, pdAt) : right);
    if (numAt >= 0) take('number', left.slice(numAt, numAt + 1));
    if (pdAt >= 0) take('place-date', right.slice(pdAt));
    i = band.length;
    // "V/v ..." under the number (công văn): the subject, in the left column.
    const vv: OcrLine[] = [];
    if (numAt >= 0) vv.push(...left.slice(numAt + 1));
    while (i < work.length && work[i]!.bbox.x1 < split && vv.length < 5) vv.push(work[i++]!);
    if (vv.length) take('subject', vv);
    // Kind and subject lines (centred, above the body).
    // (or, its words garbled, a short centred line in capitals: "CHÍTHỊI").
    const kindAt = work.slice(i, i + 3).findIndex((l) => RE_KIND.test(lineKey(l).replace(/^[^a-z0-9]+/, '')) || (centred(l, page.width) && upper(l) && l.words.length <= 3));
    if (kindAt >= 0) {
      take('body', work.slice(i, i + kindAt));
      i += kindAt;
      const subj: OcrLine[] = [work[i++]!];
      // Seal or signature strokes read as a line of dust: kept out.
      while (i < work.length && dusty(work[i]!) && subj.length < 5) stamps.push({ bbox: work[i]!.bbox, text: work[i++]!.words.map((w) => w.text).join(' ') });
      const goesOn = (prev: OcrLine, l: OcrLine | undefined) => !!l && !RE_RECIPIENTS.test(lineKey(l)) && !/^can cu\b/.test(lineKey(l)) && centred(l, page.width) && !upper(l) && gapOk(prev, l);
      while (i < work.length && subj.length < 5) {
        // Rule `ocr.layout.subject-dust`: a line of seal or signature dust between two lines of
        // the trích yếu (the next one follows within two line gaps) is kept out, not the end of it.
        const prev = subj[subj.length - 1]!;
        if (dusty(work[i]!) && work[i]!.words.length <= 4 && work[i + 1] && goesOn(prev, { ...work[i + 1]!, bbox: { ...work[i + 1]!.bbox, y0: work[i + 1]!.bbox.y0 - (prev.bbox.y1 - prev.bbox.y0) * 1.2 } })) {
          stamps.push({ bbox: work[i]!.bbox, text: work[i++]!.words.map((w) => w.text).join(' ') });
          continue;
        }
        if (!goesOn(prev, work[i])) break;
        subj.push(work[i++]!);
      }
      take('subject', subj);
      // (and a line of one or two marks right under it, before the body: no word of two letters)
      while (i < work.length && dusty(work[i]!) && work[i]!.words.length <= 2 && work[i]!.words.every((w) => w.text.length <= 3 && !/\p{L}.*\p{L}/u.test(w.text))) stamps.push({ bbox: work[i]!.bbox, text: work[i++]!.words.map((w) => w.text).join(' ') });
    }
    if (i < work.length && RE_RECIPIENTS.test(lineKey(work[i]!))) {
      const rec: OcrLine[] = [work[i++]!];
      while (i < work.length && rec.length < 8 && work[i]!.paragraph === rec[rec.length - 1]!.paragraph && gapOk(rec[rec.length - 1]!, work[i]!)) rec.push(work[i++]!);
      take('recipients', rec);
    }
  }

  const rest = work.slice(i);
  // Page number or running head: the first or last line of a later page, alone and short.
  const marks = new Map<OcrLine, RegionKind>();
  if (page.number > 1) {
    for (const l of [rest[0], rest[rest.length - 1]]) {
      if (!l) continue;
      const k = lineKey(l);
      if (RE_PAGE_NO.test(k) && l.bbox.x1 - l.bbox.x0 < page.width * 0.1) marks.set(l, 'page-number');
      else if (l === rest[0] && runningHeads.has(k)) marks.set(l, 'running-head');
    }
  }
  // Last page: "Nơi nhận" (left) and the signature (right), from the row where either starts.
  let tailAt = rest.length;
  if (page.last) {
    const at = rest.findIndex((l) => copiesHead(l) || RE_AUTHORITY.test(lineKey(l).replace(/^[^a-z0-9]+/, '')));
    if (at >= 0) tailAt = at;
  }
  // Tesseract may give the "Nơi nhận" list as a block of its own before the signature's
  // block: left-column lines beside or under the row the tail starts at belong to it.
  if (tailAt < rest.length) {
    const t = rest[tailAt]!;
    const top = t.bbox.y0 - (t.bbox.y1 - t.bbox.y0) * 0.5;
    const moved = rest.slice(0, tailAt).filter((l) => !marks.has(l) && l.bbox.x1 <= page.width * 0.5 && (l.bbox.y0 + l.bbox.y1) / 2 >= top);
    if (moved.length) {
      rest.splice(0, tailAt, ...rest.slice(0, tailAt).filter((l) => !moved.includes(l)));
      tailAt -= moved.length;
      rest.splice(tailAt, 0, ...moved);
    }
  }
  const aside = (l: OcrLine) => asides.push({ kind: marks.get(l)!, bbox: l.bbox, text: l.words.map((w) => w.text).join(' ') });
  for (const l of rest.slice(0, tailAt)) {
    if (marks.has(l)) aside(l);
    else take('body', [l]);
  }
  const copies: OcrLine[] = [];
  const sign: OcrLine[] = [];
  const mid = page.width * 0.5;
  for (const l of rest.slice(tailAt)) {
    if (marks.has(l)) continue;
    const lw = l.words.filter((w) => w.bbox.x1 <= mid);
    const rw = l.words.filter((w) => w.bbox.x1 > mid);
    if (lw.length) copies.push(lineOf(lw, 2000));
    if (rw.length) sign.push(lineOf(rw, 2001));
  }
  take('copies', copies);
  take('signature', sign);
  for (const l of rest.slice(tailAt)) if (marks.has(l)) aside(l);
  return { lines: out, regions, asides };
}

/**
 * "Nơi nhận:" starting a line, alone or with the signature column's words
 * beside it across the gutter ("Nơi nhận: KT. CHỦ TỊCH"), not a body line
 * that goes on from it ("Nơi nhận hồ sơ: 126 phố ...").
 */
function copiesHead(l: OcrLine): boolean {
  if (RE_COPIES.test(lineKey(l))) return true;
  const [a, b, c] = l.words;
  if (!a || !b || !RE_COPIES_HEAD.test(key(`${a.text} ${b.text}`))) return false;
  const h = l.bbox.y1 - l.bbox.y0;
  return /[:;.,]$/.test(b.text) || !c || c.bbox.x0 - b.bbox.x1 > 3 * h;
}

/** A line in capitals: the issuing authority under the subject ("CHỦ TỊCH ỦY BAN NHÂN DÂN ..."). */
function upper(l: OcrLine): boolean {
  const letters = l.words.map((w) => w.text).join('').replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase();
}

/** Strokes read as text: low confidence, or mostly tokens that are not words. */
function dusty(l: OcrLine): boolean {
  const words = l.words.filter((w) => /^[("]?\p{L}{2,}[,.;:)"]?$/u.test(w.text)).length;
  return meanConf(l) < 45 || words < l.words.length / 2;
}

function meanConf(l: OcrLine): number {
  return l.words.reduce((a, w) => a + w.confidence, 0) / (l.words.length || 1);
}

function centred(l: OcrLine, width: number): boolean {
  const c = (l.bbox.x0 + l.bbox.x1) / 2;
  return Math.abs(c - width / 2) < width * 0.12;
}

/** The next line follows closely (no wider gap than 1.2 line heights). */
function gapOk(a: OcrLine, b: OcrLine): boolean {
  return b.bbox.y0 - a.bbox.y1 < (a.bbox.y1 - a.bbox.y0) * 1.2;
}

/**
 * A portal's received stamp: a small framed box at the left margin under the
 * header, titled in capitals with the receiving portal's name ("CỔNG THÔNG TIN
 * ĐIỆN TỬ CHÍNH PHỦ"), "ĐẾN" large under it, and "Giờ:", "Ngày:" filled in by
 * hand. Its labels read too badly to anchor on ("Gỗ:", "Chế."), so the title
 * does: an upper-case "THÔNG TIN ĐIỆN TỬ" run starting in the left third of the
 * page, below the "Số:" line (an issuer block of that name stands above it).
 * The words that lie wholly inside the box under the title (about four title
 * heights deep, as wide as the title) are cut out.
 */
function cutPortalStamp(lines: OcrLine[], width: number, stamps: { push(s: { bbox: BBox; text: string }): void }): OcrLine[] {
  const words = lines.flatMap((l) => l.words);
  const number = words.find((w) => /^s[o0][:;.]/.test(key(w.text)) && w.bbox.x0 < width * 0.4);
  if (!number) return lines;
  const upper = (w: OcrWord) => /\p{Lu}/u.test(w.text) && !/\p{Ll}/u.test(w.text);
  const cuts: BBox[] = [];
  for (const l of lines) {
    const ws = l.words;
    for (let k = 0; k + 1 < ws.length; k++) {
      // Rule `ocr.stamp.portal-title-misread`: one letter of "TIN" misread ("TIM") or the
      // last words run together ("TỨCHÍNHPHU") still make the title.
      const n = titleRun(ws.slice(k, k + 4));
      if (!n) continue;
      const run = ws.slice(k, k + n);
      if (!run.every(upper)) continue;
      const h = Math.max(...run.map((w) => w.bbox.y1 - w.bbox.y0));
      // The title goes on left over its first word ("CỔNG") and right over the portal's name.
      let a = k;
      while (a > 0 && upper(ws[a - 1]!) && run[0]!.bbox.x0 - ws[a - 1]!.bbox.x1 < 2 * h) a--;
      let b = k + n - 1;
      while (b + 1 < ws.length && upper(ws[b + 1]!) && ws[b + 1]!.bbox.x0 - ws[b]!.bbox.x1 < 2 * h) b++;
      const t = boxOf(ws.slice(a, b + 1));
      if (t.x0 > width * 0.33 || t.y0 < number.bbox.y1 || t.x1 - t.x0 > width * 0.4) continue;
      cuts.push({ x0: t.x0 - h, y0: t.y0 - 0.3 * h, x1: t.x1 + h * 0.5, y1: t.y1 + 4.5 * h });
      break;
    }
  }
  cuts.push(...portalDen(words, number, width));
  if (!cuts.length) return lines;
  const inside = (w: OcrWord) => cuts.some((b) => w.bbox.x0 >= b.x0 && w.bbox.x1 <= b.x1 && w.bbox.y0 >= b.y0 && w.bbox.y1 <= b.y1);
  // Rule `ocr.stamp.portal-debris`: beside the box, in its rows and the page's left part, what the
  // OCR barely believed is the stamp's handwriting and frame too, unless it is a word (letters
  // or figures) that stands by a sure word.
  const centre = (w: OcrWord) => [(w.bbox.x0 + w.bbox.x1) / 2, (w.bbox.y0 + w.bbox.y1) / 2] as const;
  const near = (w: OcrWord) => w.confidence < 75 && centre(w)[0] < width * 0.45 && cuts.some((b) => centre(w)[1] >= b.y0 && centre(w)[1] <= b.y1 && centre(w)[0] >= b.x0);
  // A sure word of the letter right beside it (not in the box) makes it the letter's.
  const sure = (w: OcrWord | undefined, by: OcrWord) => !!w && !inside(w) && w.confidence >= 85 && Math.max(w.bbox.x0 - by.bbox.x1, by.bbox.x0 - w.bbox.x1) < 2 * (by.bbox.y1 - by.bbox.y0);
  const debris = new Set(lines.flatMap((l) => l.words.filter((w, k) => near(w) && (!/[\p{L}\p{N}]/u.test(w.text) || (!sure(l.words[k - 1], w) && !sure(l.words[k + 1], w))))));
  // Rule `ocr.stamp.portal-line`: the box reaches 4.5 title heights down, onto the body's first line under the frame:
  // sure words of plain letters in it that a sure word outside the box goes on from, on their row, are the letter's.
  // (The frame's line under them lowers their confidence: a small syllable is taken from 50.)
  const plain = (w: OcrWord) => {
    const t = w.text.replace(/[,;.]$/, '');
    return inside(w) && /^\p{L}+$/u.test(t) && /\p{Ll}/u.test(t) && (w.confidence >= 80 || (w.confidence >= 50 && t === t.toLowerCase() && isSyllable(t)));
  };
  const letters = new Set<OcrWord>();
  const mid = (w: OcrWord) => (w.bbox.y0 + w.bbox.y1) / 2;
  const goesOn = (w: OcrWord, v: OcrWord) => {
    const h = w.bbox.y1 - w.bbox.y0;
    return Math.abs(mid(v) - mid(w)) < h / 2 && v.bbox.x0 - w.bbox.x1 > -5 && v.bbox.x0 - w.bbox.x1 < 2 * h;
  };
  const heads = words.filter((v) => !inside(v) && !debris.has(v) && v.confidence >= 85);
  for (let grew = true; grew; ) {
    grew = false;
    for (const w of words) {
      if (letters.has(w) || !plain(w) || !(heads.some((v) => goesOn(w, v)) || [...letters].some((v) => goesOn(w, v)))) continue;
      letters.add(w);
      grew = true;
    }
  }
  const cut = words.filter((w) => (inside(w) || debris.has(w)) && !letters.has(w));
  const keep = (w: OcrWord) => !cut.includes(w);
  stamps.push({ bbox: boxOf(cut), text: cut.map((w) => w.text).join(' ') });
  return lines.map((l) => ({ ...l, words: l.words.filter(keep) })).filter((l) => l.words.length).map((l) => lineOf(l.words, l.paragraph));
}

/** How many words (2-4) of `ws` spell "THÔNG TIN ĐIỆN TỬ", one letter of "TIN" free, the last words maybe run together; 0: not the title. */
function titleRun(ws: OcrWord[]): number {
  let s = '';
  for (let n = 1; n <= ws.length; n++) {
    s += key(ws[n - 1]!.text).replace(/[^a-z]/g, '');
    if (/^thongti[a-z]dientu/.test(s)) return n >= 2 ? n : 0;
    if (s.length >= 14) return 0;
  }
  return 0;
}

/**
 * Rule `ocr.stamp.portal-den`: a portal's received stamp whose title the seal or
 * the frame garbled past reading is found by its large "ĐẾN" instead: an upper-case
 * "ĐẾN" in the left third of page 1 under the "Số:" line, with a "Ngày"/"Giờ" label
 * under it. The box: the title's row above it to the last label's row, from
 * its left edge to the title's right end (at most 40% of the page across).
 */
function portalDen(words: OcrWord[], number: OcrWord, width: number): BBox[] {
  const out: BBox[] = [];
  const cy = (w: OcrWord) => (w.bbox.y0 + w.bbox.y1) / 2;
  for (const d of words) {
    if (key(d.text).replace(/[^a-z]/g, '') !== 'den' || !/^\P{Ll}+$/u.test(d.text) || d.bbox.x0 > width * 0.33 || d.bbox.y0 < number.bbox.y1) continue;
    const h = d.bbox.y1 - d.bbox.y0;
    if (d.bbox.y0 > number.bbox.y1 + 8 * h) continue;
    const labels = words.filter((w) => /^(ngay|gio|go)\b/.test(key(w.text)) && cy(w) > cy(d) && cy(w) < d.bbox.y1 + 2.5 * h && w.bbox.x0 > d.bbox.x0 - 2 * h && w.bbox.x0 < d.bbox.x1 + 4 * h);
    if (!labels.length) continue;
    const title = words.filter((w) => w.bbox.y0 > number.bbox.y1 && cy(w) > d.bbox.y0 - 1.8 * h && cy(w) < d.bbox.y0 && w.bbox.x0 > d.bbox.x0 - 2 * h && w.bbox.x0 < width * 0.33);
    const x1 = Math.min(width * 0.4, Math.max(d.bbox.x1 + 4 * h, ...title.map((w) => w.bbox.x1)));
    const y1 = Math.max(...labels.map((w) => w.bbox.y1));
    out.push({ x0: d.bbox.x0 - h, y0: Math.max(number.bbox.y1, Math.min(d.bbox.y0 - 1.6 * h, ...title.map((w) => w.bbox.y0))), x1: x1 + h * 0.5, y1: y1 + 0.5 * h });
  }
  return out;
}

/**
 * A received stamp: a small framed box at the left margin with "CV ĐẾN" down
 * its side and "Số:", "Ngày:", "Chuyển:" in it. Tesseract merges its words into
 * the body lines beside it; they are cut out by their boxes.
 */
function cutReceivedStamp(lines: OcrLine[], stamps: { push(s: { bbox: BBox; text: string }): void }): OcrLine[] {
  const words = lines.flatMap((l) => l.words);
  const centre = (w: OcrWord) => [(w.bbox.x0 + w.bbox.x1) / 2, (w.bbox.y0 + w.bbox.y1) / 2] as const;
  const cuts: BBox[] = [];
  for (const c of words.filter((w) => /^cv[:.]?$/.test(key(w.text)))) {
    const h = c.bbox.y1 - c.bbox.y0;
    const labels = words.filter((w) => w !== c && RE_LABEL.test(key(w.text)) && Math.abs(centre(w)[1] - centre(c)[1]) < 5 * h && w.bbox.x0 < c.bbox.x1 + 6 * h && w.bbox.x1 > c.bbox.x0 - 2 * h);
    if (labels.length < 2) continue;
    const all = [c, ...labels];
    const b = boxOf(all);
    cuts.push({ x0: b.x0 - h, y0: b.y0 - 1.5 * h, x1: b.x1 + 4 * h, y1: b.y1 + 0.5 * h });
  }
  if (!cuts.length) return lines;
  const inside = (w: OcrWord) => {
    const [x, y] = centre(w);
    return cuts.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
  };
  const cut = words.filter(inside);
  stamps.push({ bbox: boxOf(cut), text: cut.map((w) => w.text).join(' ') });
  return lines.map((l) => ({ ...l, words: l.words.filter((w) => !inside(w)) })).filter((l) => l.words.length).map((l) => lineOf(l.words, l.paragraph));
}

/**
 * Rule `ocr.stamp.den-margin`: a received stamp set over the body's left edge, its labels
 * lost under the text: its large "ĐẾN" stands left of where the body's lines start (no
 * word of the letter does), under the "Số:" line. In its rows (two heights above to one
 * below) the words in the page's left 30% that are in capitals or barely read go with it.
 */
function cutMarginStamp(lines: OcrLine[], width: number, stamps: { push(s: { bbox: BBox; text: string }): void }): OcrLine[] {
  const words = lines.flatMap((l) => l.words);
  const number = words.find((w) => /^s[o0][:;.]/.test(key(w.text)) && w.bbox.x0 < width * 0.4);
  if (!number) return lines;
  // Where the body's lines start: a low quantile of the first word of long lines.
  const starts = lines.filter((l) => l.words.length >= 6).map((l) => l.words[0]!.bbox.x0).sort((a, b) => a - b);
  if (starts.length < 5) return lines;
  const margin = starts[Math.floor(starts.length * 0.2)]!;
  const cuts: BBox[] = [];
  for (const d of words) {
    const h = d.bbox.y1 - d.bbox.y0;
    if (key(d.text).replace(/[^a-z]/g, '') !== 'den' || !/^\P{Ll}+$/u.test(d.text) || d.bbox.x1 > margin || d.bbox.y0 < number.bbox.y1) continue;
    cuts.push({ x0: 0, y0: d.bbox.y0 - 2 * h, x1: width * 0.3, y1: d.bbox.y1 + 1.2 * h });
  }
  if (!cuts.length) return lines;
  const cy = (w: OcrWord) => (w.bbox.y0 + w.bbox.y1) / 2;
  const cx = (w: OcrWord) => (w.bbox.x0 + w.bbox.x1) / 2;
  const faint = (w: OcrWord) => w.confidence < 65 || (/\p{Lu}/u.test(w.text) && !/\p{Ll}/u.test(w.text)) || w.bbox.x1 <= margin;
  const cut = words.filter((w) => faint(w) && cuts.some((b) => cx(w) <= b.x1 && cy(w) >= b.y0 && cy(w) <= b.y1));
  stamps.push({ bbox: boxOf(cut), text: cut.map((w) => w.text).join(' ') });
  return lines.map((l) => ({ ...l, words: l.words.filter((w) => !cut.includes(w)) })).filter((l) => l.words.length).map((l) => lineOf(l.words, l.paragraph));
}
