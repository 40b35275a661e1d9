// npm run bench: OCR seconds per page (median), end-to-end time of a two-page
// scan to a JSON record (cold engine and warm), the same on real two-page scans
// (corpus/scans-dev and, where present, ../shared/scans), phone photos of a
// synthetic page (CER of the raw OCR), and peak memory.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type Engine } from '../src/engine.js';
import { packagePath, SHARED_DIR } from '../src/paths.js';
import { OcrPool } from '../src/ocr/pool.js';
import { cer } from '../src/ocr/cer.js';
import { prepare } from '../src/ocr/preprocess.js';
import { layoutFor, multiPageTiff, pageText } from '../src/synth/render.js';
import { makeScan, scannedPdf } from '../src/synth/scan.js';
import { photoOf } from '../src/synth/photo.js';

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function seed(prefix: string): string {
  const dir = packagePath('seeds');
  return readFileSync(join(dir, readdirSync(dir).find((n) => n.startsWith(prefix))!), 'utf8');
}

async function main() {
  // --no-handwriting: the blanks stage's digit reader off (on by default).
  const hand = process.argv.includes('--no-handwriting') ? { handwriting: false } : {};
  if (hand.handwriting === false) console.log('digit reader off (--no-handwriting)');
  const tmp = mkdtempSync(join(tmpdir(), 'congvan-bench-'));
  try {
    const text = seed('001_');
    const scan = await makeScan(text, { seed: 11 });
    const extra = await makeScan(seed('002_'), { seed: 12 });
    const pages = [...scan.jpeg, ...extra.jpeg.slice(0, 3)];

    // 1. OCR per page, warm worker (worker start timed apart).
    const pool = new OcrPool();
    let t = performance.now();
    await pool.recognize((await prepare(pages[0]!)).png, { dpi: 200 });
    const firstMs = performance.now() - t;
    const per: number[] = [];
    for (const p of pages) {
      t = performance.now();
      await pool.recognize((await prepare(p)).png, { dpi: 200 });
      per.push(performance.now() - t);
    }
    await pool.close();
    console.log(`OCR per page (A4 at 200 dpi, degraded JPEG, ${per.length} pages): median ${seconds(median(per))} s, min ${seconds(Math.min(...per))} s, max ${seconds(Math.max(...per))} s; first page with worker start ${seconds(firstMs)} s`);

    // 2. Two-page scan to JSON through the engine, as `congvan extract` does.
    const expected = layoutFor(text).map(pageText).slice(0, 2).join('\n');
    const inputs = {
      'two-page TIFF': join(tmp, 'two-pages.tiff'),
      'two-page scanned PDF': join(tmp, 'two-pages.pdf'),
    };
    writeFileSync(inputs['two-page TIFF'], await multiPageTiff(scan.png.slice(0, 2)));
    writeFileSync(inputs['two-page scanned PDF'], await scannedPdf({ ...scan, jpeg: scan.jpeg.slice(0, 2) }));
    const timeOne = async (engine: Engine, name: string, path: string, label: string, truth: string | null = expected) => {
      const t0 = performance.now();
      const doc = await engine.process(path);
      const json = doc.record ? JSON.stringify(doc.record) : '';
      const ms = performance.now() - t0;
      const bad = doc.messages.find((m) => m.fatal);
      // A real scan has no whole-page transcription: its CER is eval:scans's.
      const c = truth === null ? '' : `CER ${((doc.raw ? cer(truth, doc.raw.text) : 1) * 100).toFixed(2)}%; `;
      const stages = Object.entries(doc.timings).map(([k, v]) => `${k} ${seconds(v)}`).join(', ');
      console.log(`${name} to JSON (${label}): ${seconds(ms)} s; ${c}${bad ? 'FAILED: ' + bad.text : `${json.length} bytes of JSON`}; stages: ${stages}`);
    };
    for (const [name, path] of Object.entries(inputs)) {
      const t0 = performance.now();
      const engine = await createEngine(hand);
      await timeOne(engine, name, path, 'cold engine: presets load and OCR worker start included');
      await engine.close();
      console.log(`  (cold total with engine creation and close: ${seconds(performance.now() - t0)} s)`);
    }
    const engine = await createEngine(hand);
    await engine.process(inputs['two-page TIFF']); // warm up: worker and tables loaded
    for (const [name, path] of Object.entries(inputs)) await timeOne(engine, name, path, 'warm engine, as in a batch');
    // Phone photos of page 1 on a table: the sheet is found and warped upright before OCR (src/ocr/sheet.ts).
    const shapes = {
      slanted: [{ x: 0.12, y: 0.06 }, { x: 0.86, y: 0.1 }, { x: 0.93, y: 0.95 }, { x: 0.06, y: 0.9 }],
      'turned 10°': [{ x: 0.2, y: 0.05 }, { x: 0.9, y: 0.12 }, { x: 0.8, y: 0.97 }, { x: 0.1, y: 0.9 }],
      keystone: [{ x: 0.18, y: 0.08 }, { x: 0.82, y: 0.08 }, { x: 0.95, y: 0.95 }, { x: 0.05, y: 0.95 }],
    };
    for (const [shape, corners] of Object.entries(shapes)) {
      const path = join(tmp, `photo-${shape.replace(/\W+/g, '-')}.jpg`);
      writeFileSync(path, await photoOf(scan.png[0]!, { width: 2400, height: 3200, corners }));
      await timeOne(engine, `photo of page 1, sheet ${shape}`, path, 'warm engine', layoutFor(text).map(pageText)[0]!);
    }
    await engine.close();
    // Two OCR workers: the two pages are read at the same time (2 cores).
    const two = await createEngine({ ocrWorkers: 2, ...hand });
    await two.process(inputs['two-page TIFF']);
    for (const [name, path] of Object.entries(inputs)) await timeOne(two, name, path, 'warm engine, 2 OCR workers');
    await two.close();
    // 3. Real two-page scans (issue 10): colour and black-and-white office scans with seals and stamps.
    const real = [
      packagePath('corpus', 'scans-dev', 'dev', 'HaiDuong_QD69_2011.pdf'),
      packagePath('corpus', 'scans-dev', 'dev', 'QNgai_UBND574_2025.pdf'),
      packagePath('corpus', 'scans-dev', 'dev', 'TTg_QD970_2024.pdf'),
      join(SHARED_DIR, 'scans', '03_scan_QNgai_TB46-UBND_2025.pdf'),
      join(SHARED_DIR, 'scans', '04_scan_QNgai_TTr24-UBND_2025.pdf'),
    ];
    const times: number[] = [];
    for (const path of real) {
      const name = `real two-page scan ${path.split('/').pop()}`;
      if (!existsSync(path)) {
        console.log(`${name}: skipped (not here${path.startsWith(SHARED_DIR) ? ': ../shared is absent' : ''})`);
        continue;
      }
      const t0 = performance.now();
      const cold = await createEngine(hand);
      await timeOne(cold, name, path, 'cold engine', null);
      await cold.close();
      times.push(performance.now() - t0);
      console.log(`  (cold total with engine creation and close: ${seconds(times[times.length - 1]!)} s)`);
    }
    if (times.length) console.log(`real two-page scans, cold total: median ${seconds(median(times))} s, max ${seconds(Math.max(...times))} s over ${times.length}`);
    const ru = process.resourceUsage();
    console.log(`peak memory (max RSS): ${Math.round(ru.maxRSS / 1024)} MB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
