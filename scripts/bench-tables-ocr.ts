// npm run bench:tables-ocr: the made-up task tables of tables32 and tables35, printed to PDF, rendered to page images
// (300 and 200 dpi), damaged like a scan (grey, a small turn, blur, noise) and read by the scan path (an image-only
// PDF, so each page keeps its own size: a landscape appendix stays landscape). Scored against the hand-written
// expected tasks: a task is right when its lead, partners and due date are as meant and its action reads within 5%
// CER; "leads" counts expected tasks whose lead is found on a task of about the same action.
//   node dist/scripts/bench-tables-ocr.js [--dpi 300,200] [--only t1,n2] [-v] [--keep DIR]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../src/engine.js';
import { cer } from '../src/ocr/cer.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { imagePdf, scanPages } from '../src/synth/rescan.js';

interface Expected { id: string; action: string; lead: string[]; coordinate: string[]; due: string | null }
const DIRS = ['test/fixtures/tables32', 'test/fixtures/tables35'].map((d) => join(PACKAGE_ROOT, d));
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

interface Got { action: string; lead: string[]; coordinate: string[]; due: string | null }

export function scoreTasks(exp: Expected[], got: Got[]) {
  let right = 0;
  let leads = 0;
  let found = 0;
  const misses: string[] = [];
  const used = new Set<number>();
  for (const e of exp) {
    // The task of the nearest action (CER), if under 25%.
    let best = -1;
    let bestC = 0.25;
    got.forEach((g, i) => {
      if (used.has(i)) return;
      const c = cer(norm(e.action), norm(g.action));
      if (c < bestC) [best, bestC] = [i, c];
    });
    if (best < 0) {
      misses.push(`${e.id}: not found`);
      continue;
    }
    used.add(best);
    found++;
    const g = got[best]!;
    const leadOk = JSON.stringify(g.lead) === JSON.stringify(e.lead);
    const coOk = JSON.stringify(g.coordinate) === JSON.stringify(e.coordinate);
    const dueOk = g.due === e.due;
    if (leadOk) leads++;
    if (leadOk && coOk && dueOk && bestC <= 0.05) right++;
    else {
      const why = [
        !leadOk && `lead ${JSON.stringify(g.lead)} for ${JSON.stringify(e.lead)}`,
        !coOk && `partners ${JSON.stringify(g.coordinate)} for ${JSON.stringify(e.coordinate)}`,
        !dueOk && `due ${g.due} for ${e.due}`,
        bestC > 0.05 && `action CER ${(bestC * 100).toFixed(0)}%: "${g.action}"`,
      ].filter(Boolean);
      misses.push(`${e.id}: ${why.join('; ')}`);
    }
  }
  return { right, leads, found, extra: got.length - used.size, misses };
}

async function main() {
  const dpis = (arg('dpi') ?? '300,200').split(',').map(Number);
  const only = arg('only')?.split(',');
  const keep = arg('keep');
  const verbose = process.argv.includes('-v');
  const files = DIRS.flatMap((d) => readdirSync(d).filter((n) => n.endsWith('.expected.json')).map((n) => join(d, n.replace('.expected.json', ''))))
    .filter((f) => !only || only.some((o) => f.split('/').pop()!.startsWith(o)));
  const engine = await createEngine();
  try {
    for (const dpi of dpis) {
      const tot = { n: 0, right: 0, leads: 0, found: 0, extra: 0 };
      for (const f of files) {
        const name = f.split('/').pop()!;
        const exp = JSON.parse(readFileSync(`${f}.expected.json`, 'utf8')) as Expected[];
        const pages = await scanPages(readFileSync(`${f}.pdf`), dpi);
        const pdf = await imagePdf(pages, dpi);
        if (keep) {
          mkdirSync(keep, { recursive: true });
          writeFileSync(join(keep, `${name}-${dpi}.pdf`), pdf);
        }
        const t0 = Date.now();
        const doc = await engine.process({ path: `${name}-${dpi}.pdf`, bytes: pdf });
        const got = (doc.record?.tasks ?? []).map((t) => ({ action: t.action, lead: t.lead.map((x) => x.name), coordinate: t.coordinate.map((x) => x.name), due: t.deadline?.due ?? null }));
        const s = scoreTasks(exp, got);
        tot.n += exp.length;
        tot.right += s.right;
        tot.leads += s.leads;
        tot.found += s.found;
        tot.extra += s.extra;
        console.log(`${dpi} dpi ${name}: right ${s.right}/${exp.length}, leads ${s.leads}, found ${s.found}, extra ${s.extra} (${((Date.now() - t0) / 1000).toFixed(1)} s, ${pages.length} p)`);
        if (verbose) for (const m of s.misses) console.log(`    ${m}`);
      }
      console.log(`${dpi} dpi total: right ${tot.right}/${tot.n}, leads ${tot.leads}, found ${tot.found}, extra ${tot.extra}`);
    }
  } finally {
    await engine.close();
  }
}

if (process.argv[1]?.endsWith('bench-tables-ocr.js')) void main();
