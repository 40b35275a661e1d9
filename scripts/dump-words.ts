// node dist/scripts/dump-words.js FILE [PAGE]: the OCR words of one page of a scan with their boxes and the
// layout's asides (stamps cut out), to read why a stamp or line was kept or cut. A measuring aid.
import { createEngine } from '../src/engine.js';

async function main(): Promise<void> {
  const file = process.argv[2]!;
  const page = Number(process.argv[3] ?? 1);
  const engine = await createEngine({ maxPages: page, pageTimeoutMs: 600_000 });
  try {
    const doc = await engine.process(file);
    const p = doc.pages.find((x) => x.number === page);
    console.log(`page ${page} ${p?.width}x${p?.height}`);
    for (const w of doc.words.filter((x) => x.page === page)) {
      const b = w.bbox;
      console.log(`${Math.round(b.x0)},${Math.round(b.y0)},${Math.round(b.x1)},${Math.round(b.y1)} c${Math.round(w.confidence)} ${w.text}`);
    }
    for (const r of doc.regions ?? []) if (r.kind === "stamp" && r.page === page) console.log(`stamp ${JSON.stringify(r.bbox)} ${r.text}`);
  } finally {
    await engine.close();
  }
}
void main();
