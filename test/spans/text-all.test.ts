// Every field's value agrees with the text at its span, for every eval record read from text: the seeds and
// every gold source (e2e: ~25 s of CPU as the set grows; `npm test` checks a fixed third, text.test.ts).
import { evalInputs } from './sources.js';
import { spanSuite } from './text-suite.js';

const { present, absent } = evalInputs(/\.txt$/);
if (absent) console.log(`test/spans: ${absent} gold sources under ../shared are absent, skipped`);
spanSuite('spans agree with values (text inputs: every source)', present);
