// Letter heads and closings of the headers34 round (issue 9): fifteen made-up documents (an invented province, bodies,
// people, numbers and dates) in layouts the dev set holds little of, as text dumps give them (pdftotext plain and
// -layout, a .docx a paragraph a line, a web page with " | " between the head's columns). The expected header fields
// were written by hand by corpus/gold/README.md before the extractor ran on them, and are scored as `npm run eval`
// scores a gold file, through the engine (`node test/fixtures/headers34/score.mjs [-v] [--strip]` prints the scores).
// KNOWN lists the misses still left (case aside): a fix that removes one updates this list.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.js';
import { newScore, score } from '../../scripts/eval.js';

const DIR = new URL('../fixtures/headers34/', import.meta.url).pathname;
const KNOWN: Record<string, string[]> = {};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});
afterAll(async () => {
  await engine?.close();
});

describe('headers34: made-up letter heads scored against hand-written fields', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort()) {
    const name = f.slice(0, -4);
    it(name, async () => {
      const doc = await engine.process(`${DIR}${f}`);
      const misses: string[] = [];
      score({ document: JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) }, doc.extraction!, newScore(), misses);
      expect(misses.filter((m) => !m.startsWith('  case of'))).toEqual(KNOWN[name] ?? []);
    });
  }
});
