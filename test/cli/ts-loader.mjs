// Lets a child `node` run the TypeScript sources directly (Node 20 cannot strip
// types): `.js` imports resolve to the `.ts` beside them, which typescript
// transpiles (no type check; vitest and tsc do that). Output is cached in the
// temp folder by content hash, so typescript loads only when a file changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// One cache per user: tests also run the CLI as 'nobody'.
const CACHE = join(tmpdir(), `congvan-ts-cache-${process.getuid?.() ?? 'user'}`);
let ts;

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && context.parentURL?.endsWith('.ts') && (specifier.startsWith('.') || specifier.startsWith('/'))) {
    const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const source = await readFile(file, 'utf8');
  const cached = join(CACHE, createHash('sha256').update(file).update('\0').update(source).digest('hex') + '.mjs');
  try {
    return { format: 'module', source: await readFile(cached, 'utf8'), shortCircuit: true };
  } catch {
    // not cached yet
  }
  ts ??= (await import('typescript')).default;
  const out = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  try {
    mkdirSync(CACHE, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    await writeFile(tmp, out);
    await rename(tmp, cached);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return { format: 'module', source: out, shortCircuit: true };
}
