// npm run garble -- --split test [--only id,id]: each text document of corpus/gold/<split> drawn as ND30 pages
// (src/synth, lightly degraded like a scan) and read by tesseract's ENGLISH model, as the archives this project
// reprocesses were read (seed 000: "Trung wong", "s6", "Pang"). The OCR texts go to tmp/garbled/<split>/<id>.txt
// (not committed: they are made again from the gold texts; a file already there is kept, so a stopped run resumes).
// `npm run eval -- --garbled` then reads them in place of the texts: the restorer's OCR channel and the extractor
// scored together on documents neither was tuned on (the test split).
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { makeScan } from '../src/synth/scan.js';
import { PACKAGE_ROOT } from '../src/paths.js';

export const GARBLED_DIR = join(PACKAGE_ROOT, 'tmp', 'garbled');
const DPI = 200;

/** Where the English-model OCR of a gold document's text is kept. */
export function garbledPath(split: string, id: string): string {
  return join(GARBLED_DIR, split, `${id}.txt`);
}

/** The English model's reading of `text` drawn as ND30 pages (page texts joined by form feeds). */
export async function garbleText(worker: Worker, text: string, seed: number): Promise<string> {
  const scan = await makeScan(text, { seed, dpi: DPI, layout: 'nd30' });
  const pages: string[] = [];
  for (const png of scan.png) pages.push((await worker.recognize(png)).data.text);
  return pages.join('\f');
}

/** A tesseract worker with the English model (a dev dependency), from its local folder: nothing is fetched. */
export async function englishWorker(errors: string[] = []): Promise<Worker> {
  const langPath = join(dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
  if (!existsSync(join(langPath, 'eng.traineddata.gz'))) throw new Error(`English OCR model missing: ${langPath}/eng.traineddata.gz (npm ci installs it as a dev dependency)`);
  const worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none', errorHandler: (e: unknown) => errors.push(String(e)) });
  await worker.setParameters({ user_defined_dpi: String(DPI) });
  return worker;
}

const program = new Command()
  .name('garble')
  .description("Read each text of a split's gold set as tesseract's English model reads a page of it, into tmp/garbled/<split>")
  .option('--split <name>', 'dev or test', 'test')
  .option('--only <ids>', 'comma-separated document ids')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

async function main(): Promise<void> {
  program.parse();
  const o = program.opts<{ split: string; only?: string }>();
  const split = o.split;
  if (!['dev', 'test'].includes(split)) program.error(`--split must be dev or test, not ${split}`, { exitCode: 2 });
  const only = o.only?.split(',');
  const dir = join(PACKAGE_ROOT, 'corpus', 'gold', split);
  const ids = readdirSync(dir).filter((n) => n.endsWith('.gold.json')).map((n) => basename(n, '.gold.json')).filter((id) => !only || only.includes(id));
  const errors: string[] = [];
  const worker = await englishWorker(errors);
  mkdirSync(join(GARBLED_DIR, split), { recursive: true });
  let made = 0;
  try {
    for (const [n, id] of ids.entries()) {
      const out = garbledPath(split, id);
      const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as { source?: string };
      const src = gold.source ? join(PACKAGE_ROOT, gold.source) : '';
      if (existsSync(out) || !src.endsWith('.txt') || !existsSync(src)) continue;
      const t0 = Date.now();
      // One seed per document (its name), so a run made again draws the same pages.
      const seed = [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 10_000;
      const text = await garbleText(worker, readFileSync(src, 'utf8'), seed);
      writeFileSync(`${out}.part`, text);
      renameSync(`${out}.part`, out);
      made++;
      console.log(`${n + 1}/${ids.length} ${id}: ${text.split('\f').length} pages, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await worker.terminate();
  }
  if (errors.length) console.error(errors.join('\n'));
  console.log(`${made} documents read into ${join(GARBLED_DIR, split)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(`garble: ${(e as Error).message}`);
    process.exit(1);
  });
}
