// The span check (agree.ts) on the real scans in ../shared/scans, end to end:
// numbers and days read from the page image by the blanks stage are written
// into the text, so value and span agree there too.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processOnce } from '../ocr/fixtures.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { disagreements } from '../spans/agree.js';

const SCANS = join(SHARED_DIR, 'scans');
// The scans that have a gold file are the eval set.
const gold = readdirSync(join(PACKAGE_ROOT, 'corpus', 'gold', 'scans')).map((f) => f.replace('.gold.json', ''));
const files = existsSync(SCANS) ? readdirSync(SCANS).filter((f) => gold.some((g) => f.startsWith(g))) : [];
if (!files.length) console.log(`test/spans/scans: ${SCANS} is absent, skipped`);

describe.skipIf(!files.length)('spans agree with values (real scans)', async () => {
  const gaz = await loadGazetteer();
  it.each(files)('%s', async (file) => {
    const doc = await processOnce(join(SCANS, file));
    expect(doc.record).toBeDefined();
    expect(disagreements(doc.record!, gaz)).toEqual([]);
  });
});
