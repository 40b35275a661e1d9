// The sheet of a phone photo: found on synthetic photos of a synthetic page, left alone on scans.
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { findSheet } from '../../src/ocr/sheet.js';
import { prepare } from '../../src/ocr/preprocess.js';
import { renderPages } from '../../src/synth/render.js';
import { photoOf } from '../../src/synth/photo.js';

const TEXT = 'ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nCÔNG VĂN\n\n' + 'Đề nghị các sở, ban, ngành rà soát và báo cáo trước ngày 15/12/2026.\n'.repeat(30);
let page: Buffer;

async function raw(img: Buffer) {
  const { data, info } = await sharp(img).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

beforeAll(async () => {
  page = (await renderPages(TEXT, { dpi: 72 }))[0]!;
}, 60_000);

describe('findSheet', () => {
  it('finds the corners of a slanted sheet on a table within 1% of where they are', async () => {
    const corners = [{ x: 0.12, y: 0.06 }, { x: 0.86, y: 0.1 }, { x: 0.93, y: 0.95 }, { x: 0.06, y: 0.9 }];
    const sheet = findSheet(await raw(await photoOf(page, { width: 600, height: 780, corners })))!;
    expect(sheet.upright).toBe(false);
    sheet.corners.forEach((p, i) => {
      expect(Math.abs(p.x - corners[i]!.x)).toBeLessThan(0.01);
      expect(Math.abs(p.y - corners[i]!.y)).toBeLessThan(0.01);
    });
  });

  it('cuts out an upright sheet instead of warping it', async () => {
    const corners = [{ x: 0.1, y: 0.05 }, { x: 0.9, y: 0.05 }, { x: 0.9, y: 0.95 }, { x: 0.1, y: 0.95 }];
    const sheet = findSheet(await raw(await photoOf(page, { width: 600, height: 780, corners })))!;
    expect(sheet.upright).toBe(true);
    expect(sheet.corners[0]!.x).toBeCloseTo(0.1, 2);
    expect(sheet.corners[2]!.y).toBeCloseTo(0.95, 2);
  });

  it('leaves a scan (paper to its edges) and a page on a white table alone', async () => {
    expect(findSheet(await raw(page))).toBeUndefined();
    const corners = [{ x: 0.12, y: 0.06 }, { x: 0.86, y: 0.1 }, { x: 0.93, y: 0.95 }, { x: 0.06, y: 0.9 }];
    expect(findSheet(await raw(await photoOf(page, { width: 600, height: 780, corners, table: [250, 250, 250] })))).toBeUndefined();
  });
});

describe('prepare: photos', () => {
  it('warps the sheet of a photo to an upright page of its own size, and says where it was', async () => {
    const corners = [{ x: 0.2, y: 0.05 }, { x: 0.9, y: 0.12 }, { x: 0.8, y: 0.97 }, { x: 0.1, y: 0.9 }];
    const p = await prepare(await photoOf(page, { width: 600, height: 780, corners }));
    expect(p.sheet?.upright).toBe(false);
    // The page is as high and wide as the sheet's longer edges (~666 and ~424 px), enlarged alike (~300 dpi for A4).
    const edge = (a: number, b: number) => Math.hypot((corners[a]!.x - corners[b]!.x) * 600, (corners[a]!.y - corners[b]!.y) * 780);
    expect(p.height / p.width).toBeCloseTo(Math.max(edge(0, 3), edge(1, 2)) / Math.max(edge(0, 1), edge(3, 2)), 1);
    expect(p.skew).toBe(0);
  });

  it('gives a scan what it gave before: no sheet', async () => {
    expect((await prepare(page)).sheet).toBeUndefined();
  });
});
