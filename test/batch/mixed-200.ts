// Not a vitest file (too slow for `npm test`: it OCRs ~40 pages). Builds a
// folder of N mixed inputs (seeds and text variants, synthetic scans as PNG,
// JPEG, TIFF and scanned PDFs, born-digital PDFs, and every bad input), runs
// `congvan batch` on it in a child process (as uid 65534 when run as root, so
// an unreadable file is really unreadable), and checks each file's outcome.
//   nice -n 10 node --import ./test/cli/register-ts.mjs test/batch/mixed-200.ts [--n 200] [--jobs 2] [--keep DIR]
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import type { BatchSummary } from '../../src/batch/run.js';
import { packagePath } from '../../src/paths.js';
import { makeScan, scannedPdf, textPdf as bornDigitalPdf, tiffOf } from '../../src/synth/scan.js';
import { backtrackLine, ENGLISH_TEXT, hugePng, TCVN3_BYTES, textPdf, VNI_BYTES } from './fixtures.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '200' }, jobs: { type: 'string', default: '2' }, keep: { type: 'string' } } });
const N = Number(values.n);
const root = values.keep ?? mkdtempSync(join(tmpdir(), 'congvan-mixed-'));
mkdirSync(root, { recursive: true });
chmodSync(root, 0o777);
const dir = join(root, 'in');
const out = join(root, 'out');
rmSync(dir, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(join(dir, 'scans'), { recursive: true });
mkdirSync(join(dir, 'pdf'), { recursive: true });
mkdirSync(join(dir, 'text'), { recursive: true });
mkdirSync(join(dir, 'bad', 'loop'), { recursive: true });

/** What each input should give: 'processed', a failure code, or a test on the result. */
type Want = { status: 'processed'; warning?: string } | { status: 'failed'; code: RegExp; reason?: RegExp };
const want = new Map<string, Want>();
const add = (rel: string, data: Buffer | string, w: Want) => {
  writeFileSync(join(dir, rel), data);
  want.set(join(dir, rel), w);
};
const ok: Want = { status: 'processed' };

const seeds = readdirSync(packagePath('seeds')).filter((f) => f.endsWith('.txt')).sort();
const texts = seeds.map((s) => readFileSync(packagePath('seeds', s), 'utf8'));
const t0 = performance.now();

// Scans: 20 PNG and 8 JPEG single pages, 2 two-page TIFFs, 4 scanned PDFs, 16 born-digital PDFs.
const excerpt = (i: number) => texts[i % texts.length]!.slice(0, 1400);
for (let i = 0; i < 28; i++) {
  const scan = await makeScan(excerpt(i), { seed: i + 1 });
  if (i < 20) add(`scans/scan-${i}.png`, scan.png[0]!, ok);
  else add(`scans/scan-${i}.jpg`, scan.jpeg[0]!, ok);
}
for (let i = 0; i < 2; i++) add(`scans/two-pages-${i}.tiff`, await tiffOf(await makeScan(texts[1]!.slice(0, 2600), { seed: 100 + i })), ok);
for (let i = 0; i < 4; i++) add(`pdf/scanned-${i}.pdf`, await scannedPdf(await makeScan(excerpt(i + 2), { seed: 200 + i })), ok);
for (let i = 0; i < 16; i++) add(`pdf/digital-${i}.pdf`, await bornDigitalPdf(texts[i % texts.length]! + `\nBản số ${i}.`), ok);

// Bad inputs.
const good = textPdf(['Thông báo tình hình thu chi ngân sách tháng này, các phòng ban và xã phải báo cáo kinh phí.']);
add('bad/zero.pdf', '', { status: 'failed', code: /^empty-file$/ });
add('bad/truncated.pdf', good.subarray(0, good.length >> 1), { status: 'failed', code: /./ });
add('bad/corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131) % 256))]), { status: 'failed', code: /./ });
add('bad/locked.pdf', textPdf(['Mat khau'], { encrypt: { user: 'secret', owner: 'owner' } }), { status: 'failed', code: /./, reason: /password|encrypt/i });
add('bad/huge.png', hugePng(60_000, 60_000), { status: 'failed', code: /^image-too-large$/ });
add('bad/data.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)), { status: 'failed', code: /^binary-file$/ });
add('bad/tcvn3.txt', TCVN3_BYTES, { status: 'failed', code: /^legacy-encoding$/, reason: /TCVN3/ });
add('bad/vni.txt', VNI_BYTES, { status: 'failed', code: /^legacy-encoding$/, reason: /VNI/ });
add('bad/blank.png', await sharp({ create: { width: 1654, height: 2339, channels: 3, background: '#ffffff' } }).png().toBuffer(), { status: 'failed', code: /^no-text$/ });
add('bad/english.txt', ENGLISH_TEXT.repeat(4), { status: 'processed', warning: 'not-vietnamese' });
add('bad/long-line.txt', backtrackLine(1 << 20), ok);
add('bad/secret.txt', texts[1]!, { status: 'failed', code: /^unreadable$/, reason: /permission denied/ });
chmodSync(join(dir, 'bad', 'secret.txt'), 0o000);
symlinkSync(join(dir, 'bad'), join(dir, 'bad', 'loop', 'back'));
want.set(join(dir, 'bad', 'loop', 'back'), { status: 'failed', code: /^symlink-loop$/ });

// The seeds, then text variants up to N inputs.
seeds.forEach((s) => {
  copyFileSync(packagePath('seeds', s), join(dir, 'text', s));
  want.set(join(dir, 'text', s), ok);
});
for (let i = 0; want.size < N; i++) add(`text/variant-${String(i).padStart(3, '0')}.txt`, `${texts[i % texts.length]}\nBản sao số ${i}.\n`, ok);
console.log(`${want.size} inputs built in ${((performance.now() - t0) / 1000).toFixed(0)} s in ${dir}`);

const asRoot = process.getuid?.() === 0;
const t1 = performance.now();
const r = spawnSync(
  process.execPath,
  ['--import', packagePath('test', 'cli', 'register-ts.mjs'), packagePath('test', 'cli', 'entry.ts'), 'batch', dir, '--out', out, '--jobs', values.jobs!],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...(asRoot ? { uid: 65534, gid: 65534 } : {}) },
);
const seconds = (performance.now() - t1) / 1000;
process.stdout.write(r.stdout);
const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;

let wrong = 0;
for (const [path, w] of want) {
  const f = s.files.find((x) => x.path === path);
  const why = !f
    ? 'missing from the summary'
    : f.status !== w.status
      ? `${f.status} (${f.reason ?? ''}), expected ${w.status}`
      : w.status === 'failed' && !w.code.test(f.code!)
        ? `code ${f.code}, expected ${w.code}`
        : w.status === 'failed' && w.reason && !w.reason.test(f.reason!)
          ? `reason "${f.reason}" does not match ${w.reason}`
          : w.status === 'processed' && w.warning && !f.warnings?.includes(w.warning)
            ? `no ${w.warning} warning`
            : w.status === 'failed' && !s.failures.some((x) => x.path === path)
              ? 'not listed in failures'
              : '';
  if (why) {
    wrong++;
    console.log(`UNEXPECTED ${path.slice(dir.length + 1)}: ${why}`);
  }
}
const extra = s.files.filter((f) => !want.has(f.path));
for (const f of extra) console.log(`UNEXPECTED extra input ${f.path}`);
console.log(
  `exit ${r.status}; ${seconds.toFixed(0)} s; counts ${JSON.stringify(s.counts)}; pages ${s.pages}; ` +
    `${want.size - wrong}/${want.size} inputs as expected, ${wrong} not, ${extra.length} extra`,
);
if (!values.keep) rmSync(root, { recursive: true, force: true });
process.exitCode = wrong || extra.length ? 1 : 0;
