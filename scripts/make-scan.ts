// Make a synthetic scan of a Vietnamese text (ND30 layout, degraded pages).
//   node dist/scripts/make-scan.js INPUT.txt --out DIR [--pdf] [--tiff] [--seed N]
import { Command } from 'commander';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { makeScan, mixedPdf, scannedPdf, textPdf, tiffOf } from '../src/synth/scan.js';
import { FONTS } from '../src/synth/fonts.js';

const program = new Command()
  .name('make-scan')
  .description('Render a text as A4 pages in the layout of Nghị định 30/2020 and degrade them like a scan')
  .argument('<input>', 'UTF-8 text file')
  .requiredOption('--out <dir>', 'output folder')
  .option('--pdf', 'also write <name>-scan.pdf, <name>-text.pdf (born-digital) and <name>-mixed.pdf')
  .option('--tiff', 'also write a multi-page <name>.tiff')
  .option('--seed <n>', 'seed for rotation and noise', '1')
  .option('--dpi <n>', 'resolution of the page images', '200')
  .option('--layout <kind>', 'nd30 or plain', 'nd30')
  .option('--font <name>', `one of ${FONTS.join(', ')}`, 'tinos')
  .showHelpAfterError()
  // Usage errors exit 2, like the congvan CLI; --help exits 0.
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

async function main() {
  program.parse();
  const input = program.args[0]!;
  const o = program.opts<{ out: string; pdf?: boolean; tiff?: boolean; seed: string; dpi: string; layout: string; font: string }>();
  const seed = Number(o.seed);
  const dpi = Number(o.dpi);
  if (!Number.isFinite(seed) || !(dpi >= 72 && dpi <= 600)) program.error('--seed must be a number and --dpi between 72 and 600', { exitCode: 2 });
  if (o.layout !== 'nd30' && o.layout !== 'plain') program.error('--layout must be nd30 or plain', { exitCode: 2 });
  if (!(FONTS as readonly string[]).includes(o.font)) program.error(`--font must be one of ${FONTS.join(', ')}`, { exitCode: 2 });
  let text: string;
  try {
    text = readFileSync(input, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    console.error(`${input}: cannot be read: ${(e as Error).message}`);
    process.exit(1);
  }
  const opts = { seed, dpi, layout: o.layout as 'nd30' | 'plain', font: o.font };
  const scan = await makeScan(text, opts);
  mkdirSync(o.out, { recursive: true });
  const name = basename(input, extname(input));
  const written: string[] = [];
  const put = (file: string, data: Buffer) => {
    writeFileSync(join(o.out, file), data);
    written.push(join(o.out, file));
  };
  scan.jpeg.forEach((b, i) => put(`${name}-p${i + 1}.jpg`, b));
  scan.png.forEach((b, i) => put(`${name}-p${i + 1}.png`, b));
  if (o.tiff) put(`${name}.tiff`, await tiffOf(scan));
  if (o.pdf) {
    put(`${name}-scan.pdf`, await scannedPdf(scan));
    put(`${name}-text.pdf`, await textPdf(text, opts));
    put(`${name}-mixed.pdf`, await mixedPdf(text, scan, opts));
  }
  for (const f of written) console.log(f);
}

main().catch((e) => {
  console.error(`make-scan: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
