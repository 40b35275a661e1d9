// The agency gazetteer: loads dictionaries/agencies/agencies.json once and
// finds agency names in folded text, longest match first. Words are compared
// by an OCR-tolerant key, and a word of 4+ letters may be one edit off (8+: two)
// so "Cong an tinh", "Cong an tỉnh" and "Cóng an tinh" all hit "Công an tỉnh".
import { readFile } from 'node:fs/promises';
import levenshtein from 'fast-levenshtein';
import type { AgencyEntry, AgencyTable } from '../../dictionaries/agencies/build.js';
import { packagePath } from '../paths.js';
import { key, ocrKey, tokens, type Token } from './text.js';

export type { AgencyEntry, AgencyTable };

interface Node {
  next: Map<string, Node>;
  hit?: number;
}

export interface AgencyHit {
  entry: AgencyEntry;
  /** Token index after the match. */
  next: number;
  start: number;
  end: number;
}

export class Gazetteer {
  private readonly root: Node = { next: new Map() };
  private readonly codeIndex = new Map<string, AgencyEntry>();
  private readonly typeIndex = new Map<string, string>();
  readonly doctypes: Record<string, string>;

  constructor(readonly table: AgencyTable) {
    this.doctypes = table.doctypes;
    table.entries.forEach((e, i) => {
      for (const name of [e.canonical, ...e.aliases]) this.add(name, i);
      for (const c of e.codes) if (!this.codeIndex.has(key(c))) this.codeIndex.set(key(c), e);
    });
    for (const [code, kind] of Object.entries(table.doctypes)) this.typeIndex.set(key(code), kind);
  }

  private add(name: string, i: number): void {
    let node = this.root;
    for (const t of tokens(key(name))) {
      const k = ocrKey(t.k);
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = { next: new Map() }));
      node = n;
    }
    // The first listed entry keeps a shared alias.
    if (node.hit === undefined) node.hit = i;
  }

  /** Longest agency name starting at toks[i], or undefined. */
  matchAt(toks: Token[], i: number): AgencyHit | undefined {
    let node: Node | undefined = this.root;
    let best: AgencyHit | undefined;
    for (let j = i; j < toks.length && node; j++) {
      // A name does not run across a line gap of other text: callers pass tokens of one passage.
      node = step(node, ocrKey(toks[j]!.k));
      if (node?.hit !== undefined) {
        best = { entry: this.table.entries[node.hit]!, next: j + 1, start: toks[i]!.start, end: toks[j]!.end };
      }
    }
    return best;
  }

  /** Every agency mention in the folded text, left to right, longest first. */
  scan(folded: string): AgencyHit[] {
    const toks = tokens(folded);
    const out: AgencyHit[] = [];
    for (let i = 0; i < toks.length; ) {
      const t = toks[i]!;
      const hit = /[a-z]/.test(t.k) ? this.matchAt(toks, i) : undefined;
      if (hit) {
        out.push(hit);
        i = hit.next;
      } else i++;
    }
    return out;
  }

  /** Agency that issues documents under this symbol code ("TTg", "BKHCN", "SKHCN"). */
  byCode(code: string): AgencyEntry | undefined {
    return this.codeIndex.get(key(code));
  }

  /** Document kind for a type code ("NĐ", "QĐ", "TB"), or undefined. */
  typeOfCode(code: string): string | undefined {
    return this.typeIndex.get(key(code));
  }

  /** Entry whose canonical name or alias equals the phrase. */
  lookup(name: string): AgencyEntry | undefined {
    const toks = tokens(key(name));
    const hit = toks.length ? this.matchAt(toks, 0) : undefined;
    return hit && hit.next === toks.length ? hit.entry : undefined;
  }

  /** Entry whose name is within a few edits of the whole phrase ("O Nội vụ" -> Sở Nội vụ), for damaged names. */
  nearest(name: string, level?: string): AgencyEntry | undefined {
    const k = key(name);
    if (k.length < 6) return undefined;
    const budget = Math.min(3, Math.floor(k.length / 5));
    let best: AgencyEntry[] = [];
    let bestD = budget + 1;
    for (const e of this.table.entries) {
      for (const n of [e.canonical, ...e.aliases]) {
        const nk = key(n);
        if (Math.abs(nk.length - k.length) > budget) continue;
        const d = levenshtein.get(nk, k);
        if (d < bestD) {
          bestD = d;
          best = [e];
        } else if (d === bestD && !best.includes(e)) best.push(e);
      }
    }
    // A tie ("Bộ Nội vụ" / "Sở Nội vụ") is settled by the level of the document's issuer, or not at all.
    if (best.length > 1) best = best.filter((e) => e.level === level);
    return best.length === 1 ? best[0] : undefined;
  }

  /** Known symbol codes (issuer and type), for repairing OCR-damaged symbols. */
  codes(): string[] {
    const all = new Set<string>();
    for (const e of this.table.entries) for (const c of e.codes) if (!/^\d+$/.test(c)) all.add(c);
    for (const c of Object.keys(this.table.doctypes)) all.add(c);
    for (const c of Object.keys(this.table.units ?? {})) all.add(c);
    return [...all];
  }
}

// Fuzzy steps already worked out, per node: text repeats its words.
const fuzzyCache = new WeakMap<Node, Map<string, Node | null>>();

function step(node: Node, k: string): Node | undefined {
  const exact = node.next.get(k);
  if (exact) return exact;
  if (k.length < 4 || k.length > 40 || !/[a-z]/.test(k)) return undefined;
  let cache = fuzzyCache.get(node);
  if (!cache) fuzzyCache.set(node, (cache = new Map()));
  const known = cache.get(k);
  if (known !== undefined) return known ?? undefined;
  const found = fuzzyStep(node, k);
  if (cache.size < 50000) cache.set(k, found ?? null);
  return found;
}

function fuzzyStep(node: Node, k: string): Node | undefined {
  const budget = k.length >= 8 ? 2 : 1;
  let best: Node | undefined;
  let bestD = budget + 1;
  for (const [cand, n] of node.next) {
    if (cand.length < 4 || Math.abs(cand.length - k.length) > budget) continue;
    const d = levenshtein.get(cand, k);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best;
}

let cached: Promise<Gazetteer> | undefined;

/** The shipped gazetteer, loaded once per process. */
export function loadGazetteer(path = packagePath('dictionaries', 'agencies', 'agencies.json')): Promise<Gazetteer> {
  if (path !== packagePath('dictionaries', 'agencies', 'agencies.json')) return readTable(path);
  return (cached ??= readTable(path));
}

async function readTable(path: string): Promise<Gazetteer> {
  let table: AgencyTable;
  try {
    table = JSON.parse(await readFile(path, 'utf8')) as AgencyTable;
  } catch (err) {
    throw new Error(`cannot read the agency gazetteer ${path}: ${(err as Error).message} (run npm run build:dict)`);
  }
  if (!Array.isArray(table.entries)) throw new Error(`${path} is not an agency table`);
  return new Gazetteer(table);
}
