// The tests on the real documents of ../shared/scans (each skips, saying so,
// when they are absent), in one file so that one test process reads each scan
// once (test/ocr/fixtures.ts processOnce) for all of them.
import './raw.js';
import './blanks.js';
import './spans.js';
