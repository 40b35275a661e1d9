// Temp folders for a test file, removed after it (inputs include a 1 MB line
// and dozens of records; /tmp is shared by everyone's test runs).
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** Give back read/write permission that a test took away, so the folder can be removed. */
function reopen(dir: string): void {
  try {
    chmodSync(dir, 0o755);
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) reopen(p);
      else if (e.isFile() && (statSync(p).mode & 0o600) !== 0o600) chmodSync(p, 0o644);
    }
  } catch {
    // best effort
  }
}

afterAll(() => {
  for (const d of made.splice(0)) {
    reopen(d);
    rmSync(d, { recursive: true, force: true });
  }
});

export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}
