// Synthetic scanned pages for the throughput benchmarks (bench-batch,
// bench-queue): seed texts rendered as A4 pages and degraded like a scanner.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../src/paths.js';
import { degrade, renderPages } from '../src/synth/render.js';

export async function makeScans(dir: string, n: number, dpi: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(packagePath('seeds')).filter((f) => f.endsWith('.txt')).sort();
  // The clean letter (001) first: it reads like a real directive page.
  const texts = ['001_eda59625cfa00c8b.txt', ...seeds].map((s) => readFileSync(packagePath('seeds', s), 'utf8'));
  let made = 0;
  for (let t = 0; made < n; t++) {
    for (const png of await renderPages(texts[t % texts.length]!, { dpi })) {
      if (made >= n) break;
      const scan = await degrade(png, { seed: made + 1, rotateDeg: ((made % 5) - 2) * 0.3, blurSigma: 0.5, noise: 8 });
      writeFileSync(join(dir, `page-${String(made).padStart(3, '0')}.png`), scan);
      made++;
    }
  }
}
