// CONGVAN_OCR_CACHE (evals only): tesseract's answer kept per image and settings; an entry a stopped run left unreadable
// is read again, and entries are written whole (real tesseract on a small made-up image).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedPool } from './fixtures.js';

describe('OCR cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-ocr-cache-'));
  afterAll(() => {
    delete process.env.CONGVAN_OCR_CACHE;
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps an answer, and reads a half-written entry again instead of failing', async () => {
    const png = await sharp({ create: { width: 120, height: 60, channels: 3, background: '#ffffff' } }).png().toBuffer();
    process.env.CONGVAN_OCR_CACHE = dir;
    const first = await sharedPool().recognize(png, { dpi: 300 });
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    const entry = join(dir, files[0]!);
    writeFileSync(entry, '{"text": "half');
    const again = await sharedPool().recognize(png, { dpi: 300 });
    expect(again.text).toBe(first.text);
    expect(() => JSON.parse(readFileSync(entry, 'utf8'))).not.toThrow();
  }, 60_000);
});
