// npm run tune:restore — chooses the share of general text in the restorer's
// language model on DEV text: three more law files and one admin file are left
// out of the tables, the tables are built again for each setting into a
// temporary folder, and each dev file is restored from its stripped text; the
// synthetic OCR dev pages (tmp/restore-synth/dev.jsonl), when made, are read
// too. The held-out eval files and the seeds play no part. Needs
// ../shared/corpus and the dev dependencies.
import { PACKAGE_ROOT } from '../src/paths.js';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadDecoder } from '../src/restore/index.js';
import { Layer } from '../src/layer.js';
import { droppedMarks, normalizeText, stripMarks, syllableAccuracy, syntheticDev } from './eval-restore.js';

const DEV = ['laws/Luat_Dien_anh.txt', 'laws/Luat_Cu_tru.txt', 'laws/Luat_Chan_nuoi.txt', 'admin/57-NQ_TW.txt'];
const SHARES = (process.argv[2] ?? '0,0.1,0.2,0.3,0.4,0.5,0.6').split(',').map(Number);

function main(): void {
  const corpus = resolve(PACKAGE_ROOT, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) {
    console.error(`tune-restore: ${corpus} not found`);
    process.exit(1);
  }
  const tables = join(PACKAGE_ROOT, 'dictionaries', 'restore', 'tables');
  const build = join(PACKAGE_ROOT, 'dist', 'dictionaries', 'restore', 'build.js');
  const texts = DEV.map((f) => normalizeText(readFileSync(join(corpus, f), 'utf8')));
  console.log(`dev laws (left out of these tables): ${DEV.join(', ')}`);
  for (const share of SHARES) {
    const out = mkdtempSync(join(tmpdir(), 'congvan-tune-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, RESTORE_DEV_OUT: DEV.join(','), RESTORE_OUT: out, RESTORE_GENERAL: share > 0 ? '1' : '0', RESTORE_GENERAL_SHARE: String(share) };
      execFileSync(process.execPath, [build], { env, stdio: 'ignore' });
      for (const f of ['confusion.json', 'places.json']) copyFileSync(join(tables, f), join(out, f));
      const dec = loadDecoder(out);
      const restore = (t: string) => Layer.derive(t, dec.restore(t).edits).text;
      const row = texts.map((t) => {
        const a = syllableAccuracy(t, restore(stripMarks(t)));
        return a.right / a.total;
      });
      const mean = row.reduce((a, b) => a + b, 0) / row.length;
      const { fixed, dropped, broken } = droppedMarks(texts, restore);
      const ocr = syntheticDev(PACKAGE_ROOT, restore);
      const pc = (x: number) => (100 * x).toFixed(2) + '%';
      console.log(`share ${share.toFixed(2)}: ${row.map(pc).join('  ')}  mean ${pc(mean)}  dropped marks ${fixed}/${dropped} restored, ${broken} right words changed${ocr ? `  synthetic OCR CER ${pc(ocr.restored)}` : ''}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
}

main();
