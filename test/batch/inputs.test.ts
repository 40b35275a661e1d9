import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/batch/inputs.js';
import { tempDir } from './tmp.js';

function tree() {
  const root = tempDir('congvan-inputs-');
  mkdirSync(join(root, 'a', 'b'), { recursive: true });
  mkdirSync(join(root, 'out'));
  writeFileSync(join(root, 'top.txt'), 'x');
  writeFileSync(join(root, 'a', 'one.pdf'), 'x');
  writeFileSync(join(root, 'a', 'b', 'two.txt'), 'x');
  writeFileSync(join(root, 'a', '.DS_Store'), 'x');
  writeFileSync(join(root, 'out', 'old.json'), '{}');
  return root;
}

describe('expandInputs', () => {
  it('walks folders recursively, sorted, skipping hidden files and the output folder', async () => {
    const root = tree();
    const r = await expandInputs([root], { exclude: [join(root, 'out')] });
    expect(r.files).toEqual([join(root, 'a', 'b', 'two.txt'), join(root, 'a', 'one.pdf'), join(root, 'top.txt')]);
    expect(r.problems).toEqual([]);
  });

  it('lists a file named twice (or through a link) once', async () => {
    const root = tree();
    symlinkSync(join(root, 'top.txt'), join(root, 'a', 'link-to-top.txt'));
    const r = await expandInputs([join(root, 'top.txt'), root, join(root, 'top.txt')], { exclude: [join(root, 'out')] });
    expect(r.files.filter((f) => f.endsWith('top.txt'))).toHaveLength(1);
    expect(r.files).toHaveLength(3);
  });

  it('expands globs with the library, and reports patterns that match nothing and missing paths', async () => {
    const root = tree();
    const r = await expandInputs([join(root, '**/*.txt'), join(root, '*.docx'), join(root, 'missing.pdf')]);
    expect(r.files).toEqual([join(root, 'a', 'b', 'two.txt'), join(root, 'top.txt')]);
    expect(r.problems.map((p) => p.code)).toEqual(['no-match', 'not-found']);
  });

  it('reports a symlink loop in a folder instead of following it, and goes on', async () => {
    const root = tree();
    symlinkSync(root, join(root, 'a', 'b', 'back-to-root'));
    symlinkSync(join(root, 'l2'), join(root, 'l1'));
    symlinkSync(join(root, 'l1'), join(root, 'l2'));
    symlinkSync(join(root, 'gone.txt'), join(root, 'dangling'));
    const r = await expandInputs([root], { exclude: [join(root, 'out')] });
    expect(r.files).toHaveLength(3);
    const byCode = Object.fromEntries(r.problems.map((p) => [p.path.slice(root.length + 1), p.code]));
    expect(byCode).toEqual({ 'a/b/back-to-root': 'symlink-loop', l1: 'symlink-loop', l2: 'symlink-loop', dangling: 'broken-link' });
    expect(r.problems.find((p) => p.path.endsWith('back-to-root'))!.reason).toContain('loop');
  });

  it('skips a FIFO instead of blocking on it', async () => {
    const root = tree();
    try {
      execFileSync('mkfifo', [join(root, 'pipe')]);
    } catch {
      console.log('mkfifo unavailable: FIFO case not checked');
      return;
    }
    const r = await expandInputs([root], { exclude: [join(root, 'out')] });
    expect(r.files.some((f) => f.endsWith('pipe'))).toBe(false);
  });
});
