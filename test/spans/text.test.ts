// Every field's value agrees with the text at its span (see agree.ts): the seeds and every twenty-fourth gold source
// (sorted, so the sample is fixed); every source is checked by text-all.test.ts in `npm run test:e2e`.
import { evalInputs } from './sources.js';
import { spanSuite } from './text-suite.js';

const { present, absent } = evalInputs(/\.txt$/);
if (absent) console.log(`test/spans: ${absent} gold sources under ../shared are absent, skipped`);
const seeds = present.filter((f) => f.includes('/seeds/'));
const sample = present.filter((f) => !f.includes('/seeds/')).sort().filter((_, i) => i % 24 === 0);
spanSuite('spans agree with values (text inputs: seeds and a twenty-fourth of the gold sources)', [...seeds, ...sample]);
