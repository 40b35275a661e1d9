// Packs the editable gazetteer lists (*.tsv here) and the 34 provinces
// (../shared/data/provinces-2025.csv) into agencies.json, the table the
// extractor loads. Run: npm run build && node dist/dictionaries/agencies/build.js
// The output is committed: run time never needs ../shared.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';

export interface AgencyEntry {
  canonical: string;
  aliases: string[];
  codes: string[];
  kind: string;
  level: string;
  validFrom?: string;
  validTo?: string;
  successor?: string;
  source: string;
}

export interface Province {
  code: string;
  /** "Quảng Ngãi", "Hà Nội" */
  short: string;
  /** "tỉnh Quảng Ngãi", "thành phố Hà Nội" */
  full: string;
}

export interface AgencyTable {
  version: number;
  entries: AgencyEntry[];
  doctypes: Record<string, string>;
  /** Drafting-unit codes seen after the issuer code in symbols. */
  units: Record<string, string>;
  provinces: Province[];
}

const DIR = join(PACKAGE_ROOT, 'dictionaries', 'agencies');
const LISTS = ['central', 'departments', 'commune', 'groups', 'collective'];

function rows(file: string): string[][] {
  return readFileSync(join(DIR, file), 'utf8')
    .normalize('NFC')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

function entry(cols: string[], source: string): AgencyEntry {
  const [canonical, aliases = '', codes = '', kind = '', level = '', validFrom = '', validTo = '', successor = ''] = cols;
  if (!canonical || !kind || !level) throw new Error(`${source}: incomplete row "${cols.join(' | ')}"`);
  const e: AgencyEntry = {
    canonical,
    aliases: aliases ? aliases.split('|').map((a) => a.trim()).filter(Boolean) : [],
    codes: codes ? codes.split('|').map((a) => a.trim()).filter(Boolean) : [],
    kind,
    level,
    source,
  };
  if (validFrom) e.validFrom = validFrom;
  if (validTo) e.validTo = validTo;
  if (successor) e.successor = successor;
  return e;
}

function readProvinces(): Province[] {
  const csv = join(SHARED_DIR, 'data', 'provinces-2025.csv');
  if (!existsSync(csv)) throw new Error(`${csv} is missing: the build needs ../shared/data beside the repo`);
  return readFileSync(csv, 'utf8')
    .normalize('NFC')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [, code, name] = l.split(',').map((c) => c.trim());
      if (!code || !name) throw new Error(`${csv}: bad row "${l}"`);
      const city = name.startsWith('Thành phố ');
      const short = city ? name.slice('Thành phố '.length) : name;
      return { code, short, full: `${city ? 'thành phố' : 'tỉnh'} ${short}` };
    });
}

export function build(): AgencyTable {
  const entries: AgencyEntry[] = [];
  for (const list of LISTS) for (const r of rows(`${list}.tsv`)) entries.push(entry(r, `${list}.tsv`));
  const provinces = readProvinces();
  const templates = rows('provincial.tsv');
  for (const p of provinces) {
    const city = p.full.startsWith('thành phố');
    const fill = (s: string) => s.replaceAll('{p}', p.full).replaceAll('{short}', p.short).replaceAll('{party}', city ? 'Thành ủy' : 'Tỉnh ủy');
    entries.push({
      canonical: p.full[0]!.toUpperCase() + p.full.slice(1),
      aliases: city ? [`TP ${p.short}`, `TP. ${p.short}`] : [],
      codes: [p.code],
      kind: 'province',
      level: 'province',
      validFrom: '2025-07-01',
      source: 'provinces-2025.csv',
    });
    for (const t of templates) entries.push(entry(t.map(fill), 'provincial.tsv'));
  }
  const doctypes: Record<string, string> = {};
  for (const [code, kind] of rows('doctypes.tsv')) if (code && kind) doctypes[code] = kind;
  const units: Record<string, string> = {};
  for (const [code, name] of rows('units.tsv')) if (code && name) units[code] ??= name;
  return { version: 1, entries, doctypes, units, provinces };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const table = build();
  writeFileSync(join(DIR, 'agencies.json'), JSON.stringify(table) + '\n');
  console.log(`agencies.json: ${table.entries.length} entries, ${table.provinces.length} provinces, ${Object.keys(table.doctypes).length} type codes`);
}
