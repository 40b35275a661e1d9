import { it } from 'vitest';
import { run } from '/work/wt-tables/test/extract/helpers.js';
import { readFileSync } from 'node:fs';
it('dbg', async () => {
  const text = readFileSync('/tmp/dbg.txt', 'utf8');
  const { e } = await run(text);
  console.log(JSON.stringify(e.tasks.map((t) => [t.id, t.rule, t.action.slice(0, 40), t.lead.map((l) => l.name), t.coordinate.map((l) => l.name), t.deadline?.text])));
});
