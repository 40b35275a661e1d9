// Extraction stage: header fields, references, agencies, tasks and deadlines
// from the restored text. loadExtractor() reads the gazetteer once; extract()
// then reads one Doc. Every span is {start, end} in doc.restored.text.
import type { Doc } from '../doc.js';
import { report, type Stage } from '../pipeline.js';
import type { Agency, Extraction } from '../schema.js';
import { agencyList, type AgencyItem } from './agencies.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import type { PlacedWord } from './forms/cells.js';
import { readHeader } from './header.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { fieldsFromRegions } from './regions.js';
import { findNamedReferences, findReferences } from './references.js';
import { SymbolFixer } from './symbols.js';
import { findTasks, MAX_ITEMS } from './tasks.js';
import { fold } from './text.js';

export interface Extractor {
  extract(doc: Doc): Extraction;
}

const STAGE = 'extract';

export async function loadExtractor(): Promise<Extractor> {
  const lex = lexicon();
  const gaz = await loadGazetteer();
  const fixer = new SymbolFixer(gaz);
  return { extract: (doc) => extractDoc(doc, gaz, fixer, lex) };
}

export function extractStage(x: Extractor): Stage {
  return {
    name: STAGE,
    requires: ['restored'],
    // The input's tabs (raw, mapped up through normalized) and the page words (table columns from their boxes).
    reads: ['normalized', 'raw', 'words', 'pages', 'regions'],
    assigns: ['extraction'],
    run(doc) {
      doc.extraction = x.extract(doc);
    },
  };
}

function extractDoc(doc: Doc, gaz: Gazetteer, fixer: SymbolFixer, lex: Lexicon): Extraction {
  // Tabs of the input (columns of a converted table or header) are spaces after normalisation; put them back, same length.
  const text = withTabs(doc, (doc.restored?.text ?? '').normalize('NFC'));
  if (text.length !== (doc.restored?.text ?? '').length) {
    report(doc, STAGE, 'warning', 'not-nfc', `restored text is not NFC; spans may be off`);
  }
  const folded = fold(text);
  const head = readHeader({ text, folded, gaz, fixer });
  for (const n of head.notes) report(doc, STAGE, n.severity, n.code, `${n.text}`, n.span ? { span: n.span } : {});
  const f = head.fields;
  if (doc.regions) fieldsFromRegions(doc, text, f, gaz);
  if (!f.number) report(doc, STAGE, 'warning', 'no-number', `no document number (Số ...) found in the header`);
  if (!f.issuer) report(doc, STAGE, 'warning', 'no-issuer', `no issuing body found in the header`);

  // A text without the printed header (a news copy, an appendix) often names itself first: "Nghị quyết số 57-NQ/TW (ngày ...) của Bộ Chính trị".
  let references = findReferences({ text, folded, gaz, fixer, own: f.number, ownIssuer: f.issuer?.name ?? null, skip: head.numberSpan ? [head.numberSpan] : [] });
  const first = references[0];
  const selfCited = first && (new RegExp(`^\\s*(?:${lex.kindPattern})[ \\t]{1,3}(?:so[ \\t]{0,3})?$`).test(folded.slice(0, first.span.start)) || /kem[ \t]{1,3}theo[^.\n]{0,30}$/.test(folded.slice(Math.max(0, first.span.start - 60), first.span.start)));
  if (!f.number && first && selfCited && first.type) {
    const self = references.shift()!;
    const rules = (f.rules ??= {});
    f.number = self.number;
    rules.number = 'header.number.self-cited';
    if (!f.type) rules.type = 'header.type.self-cited';
    f.type ??= self.type;
    if (!f.date && self.date) rules.date = 'header.date.self-cited';
    f.date ??= self.date;
    if (!f.issuer && self.issuer) {
      f.issuer = { name: self.issuer, canonical: gaz.lookup(self.issuer)?.canonical ?? null };
      rules.issuer = 'header.issuer.self-cited';
    }
    f.spans.number = self.span;
    f.spans.type ??= self.span;
    report(doc, STAGE, 'info', 'number-from-text', `no printed header; number ${self.number} taken from the first mention in the text`, { span: self.span });
    references = references.filter((r) => r.number !== self.number);
  }

  const found = agencies(folded, text, gaz);
  const recipients: AgencyItem[] = [];
  const rs = Array.isArray(f.spans.recipients) ? f.spans.recipients : [];
  for (const s of rs) {
    // "Đ/c Chủ tịch ...", "Đồng chí ...": the salutation is no part of whom the letter addresses.
    const sal = /^(?:d\/c|dong chi)[ \t]+/.exec(folded.slice(s.start, s.end));
    const at = s.start + (sal?.[0].length ?? 0);
    const l = agencyList(text, folded, at, gaz, s.end - at);
    recipients.push(...l.items);
  }
  const tasks = findTasks({ text, folded, gaz, words: placedWords(doc, text.length), bodyStart: head.bodyStart, bodyEnd: head.bodyEnd, recipientSpans: rs, level: (f.issuer?.canonical ? gaz.lookup(f.issuer.canonical)?.level : undefined) ?? dominantLevel(found), year: f.date ? Number(f.date.slice(0, 4)) : head.year, date: f.date ?? null, recipients, kind: f.type, issuer: f.issuer?.canonical ?? null });
  if (!tasks.length) report(doc, STAGE, 'info', 'no-tasks', `no task assignments found`);
  if (tasks.length >= MAX_ITEMS / 2) report(doc, STAGE, 'warning', 'too-many-items', `${tasks.length} tasks; items past the first ${MAX_ITEMS} are not read`);

  return {
    document: f,
    references,
    namedReferences: findNamedReferences(text),
    agencies: found,
    tasks,
  };
}

/** The restored text with a tab wherever the input had one (normalisation makes it a space): table cells and the
 *  columns of header blocks are split by them. Offsets are unchanged. */
function withTabs(doc: Doc, text: string): string {
  const raw = doc.raw?.text;
  if (!raw || !raw.includes('\t') || !doc.normalized || doc.normalized === doc.raw) return text;
  const chars = [...text];
  if (chars.length !== text.length) return text;
  const out = text.split('');
  for (let i = raw.indexOf('\t'); i >= 0; i = raw.indexOf('\t', i + 1)) {
    let o = doc.normalized.fromPrev(i);
    if (doc.restored && doc.restored !== doc.normalized) o = doc.restored.fromPrev(o);
    if (out[o] === ' ') out[o] = '\t';
  }
  return out.join('');
}

/** The page words (PDF text layer, OCR) placed in the restored text, for reading table columns. */
function placedWords(doc: Doc, length: number): PlacedWord[] | undefined {
  if (!doc.words.length || !doc.restored) return undefined;
  const up = (o: number, side: 'start' | 'end') => {
    let x = o;
    if (doc.normalized && doc.normalized !== doc.raw) x = doc.normalized.fromPrev(x, side);
    if (doc.restored !== doc.normalized && doc.normalized) x = doc.restored!.fromPrev(x, side);
    return x;
  };
  const out: PlacedWord[] = [];
  for (const w of doc.words) {
    const start = up(w.start, 'start');
    const end = up(w.end, 'end');
    const layer = doc.pages[w.page - 1]?.source === 'pdf-text';
    if (end > start && end <= length) out.push({ start, end, x0: w.bbox.x0, x1: w.bbox.x1, y0: w.bbox.y0, h: w.bbox.y1 - w.bbox.y0, page: w.page, layer });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a headless text speaks to provincial departments or to ministries, by how often each is named. */
function dominantLevel(found: Agency[]): string | undefined {
  let province = 0;
  let central = 0;
  for (const a of found) {
    if (a.kind === 'department' || a.kind === 'police') province += a.mentions.length;
    if (a.kind === 'ministry' || a.kind === 'ministry-level') central += a.mentions.length;
  }
  return province > central ? 'province' : central > province ? 'central' : undefined;
}

function agencies(folded: string, text: string, gaz: Gazetteer): Agency[] {
  const by = new Map<string, Agency>();
  for (const h of gaz.scan(folded)) {
    const e = h.entry;
    let a = by.get(e.canonical);
    if (!a) {
      a = { name: text.slice(h.start, h.end).replace(/\s+/g, ' '), canonical: e.canonical, kind: e.kind, level: e.level, code: e.codes[0] ?? null, mentions: [] };
      by.set(e.canonical, a);
    }
    a.mentions.push({ start: h.start, end: h.end });
  }
  return [...by.values()];
}
