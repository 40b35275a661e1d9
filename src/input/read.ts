// The input stage: read the file once, hash it, sniff its type.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Doc } from '../doc.js';
import { fail, type Stage } from '../pipeline.js';
import { sniffMediaType } from './sniff.js';

/** Larger inputs are refused before they are read (a 1000-page scan is ~500 MB). */
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
};

export function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) ?? (err instanceof Error ? err.message : String(err));
}

export async function loadBytes(doc: Doc): Promise<void> {
  if (doc.bytes) return;
  try {
    const st = await stat(doc.path);
    if (st.isDirectory()) return fail(doc, 'input', 'not-a-file', 'is a folder, not a file');
    if (!st.isFile()) return fail(doc, 'input', 'not-a-file', 'is not a regular file');
    if (st.size > MAX_INPUT_BYTES) {
      return fail(doc, 'input', 'file-too-large', `is ${Math.round(st.size / 2 ** 20)} MB; the limit is ${MAX_INPUT_BYTES / 2 ** 20} MB`);
    }
    doc.bytes = await readFile(doc.path);
  } catch (err) {
    fail(doc, 'input', 'unreadable', `cannot be read: ${ioReason(err)}`);
  }
}

export function inputStage(): Stage {
  return {
    name: 'input',
    requires: [],
    // Bytes handed in (standard input) are not read again; a hash or type already known is kept.
    reads: ['bytes', 'sha256', 'mediaType'],
    assigns: ['bytes', 'sha256', 'mediaType'],
    async run(doc) {
      await loadBytes(doc);
      if (!doc.bytes) return;
      if (doc.bytes.length === 0) return fail(doc, 'input', 'empty-file', 'is empty (0 bytes)');
      doc.sha256 ??= createHash('sha256').update(doc.bytes).digest('hex');
      doc.mediaType ??= sniffMediaType(doc.bytes);
    },
  };
}
