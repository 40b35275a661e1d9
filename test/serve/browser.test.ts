// The clerk's page in a real browser: Debian's chromium driven by
// playwright-core (no browser download). Upload a synthetic scan, see the
// boxes, correct a deadline, save, reload, export the register and read it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema } from '../../src/schema.js';
import { today } from '../../src/serve/register.js';
import { buildServer } from '../../src/serve/server.js';
import { LETTER, letterScan } from './fixtures.js';
import { tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && !process.env.CI) console.warn(`serve browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);
/** Screenshots for a person to look at, when asked for. */
const SCREENS = process.env.CONGVAN_SCREENS;

describe.skipIf(!haveBrowser && !process.env.CI)('the clerk’s page in chromium', () => {
  let server: Awaited<ReturnType<typeof buildServer>>;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await buildServer({ data: tempDir() });
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    profile = mkdtempSync(join(tmpdir(), 'congvan-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Any script error or CSP violation fails the test below.
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await context?.close();
    await server?.app.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('reads an uploaded scan, shows its boxes, keeps a corrected deadline, exports the register', async () => {
    await page.goto(base);
    await page.setInputFiles('#file', { name: 'thu-den.png', mimeType: 'image/png', buffer: await letterScan() });
    // Progress while it is read, then a link to review it.
    await page.waitForSelector('tr[data-pending]', { timeout: 10_000 });
    const link = page.locator('tr[data-status="done"] a');
    await link.waitFor({ timeout: 60_000 });
    expect(await page.locator('tr[data-status="done"] td.num').first().textContent()).toMatch(/^\d+$/);
    if (SCREENS) await page.screenshot({ path: join(SCREENS, 'inbox.png') });

    await link.click();
    await page.waitForSelector('.page img');
    await page.locator('.page img').evaluate((img: HTMLImageElement) => img.decode());
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const record = RecordSchema.parse(await (await fetch(`${base}/api/doc/${id}`)).json());
    expect(record.tasks.length).toBeGreaterThan(0);
    expect(await page.locator('rect.box').count()).toBeGreaterThan(3);

    // The deadline's box lies on the page image, and lights up when its field is focused.
    const field = page.locator('[id="f-tasks.0.deadline"]');
    const box = page.locator('rect.box[data-field="tasks.0.deadline"]').first();
    await field.focus();
    await expect.poll(() => box.getAttribute('class')).toContain('on');
    const img = (await page.locator('.page img').boundingBox())!;
    const b = (await box.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(img.x - 5);
    expect(b.x + b.width).toBeLessThanOrEqual(img.x + img.width + 5);
    expect(b.y).toBeGreaterThanOrEqual(img.y - 5);
    // Same scale as the image: the box's share of the image is the bbox's share of the page.
    const bbox = (record.tasks[0]!.deadline?.span ?? record.tasks[0]!.span).bbox!;
    const pageInfo = record.source.pageInfo[0]!;
    expect((b.x - img.x) / img.width).toBeCloseTo((bbox.x0 - 3) / pageInfo.width, 2);
    expect((b.y - img.y) / img.height).toBeCloseTo((bbox.y0 - 3) / pageInfo.height, 2);
    if (SCREENS) await page.screenshot({ path: join(SCREENS, 'review.png') });

    // Correct the deadline and save with the keyboard.
    await field.fill('2026-06-30');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/Đã lưu \(1 chỗ sửa\)\. Số đến 1\./);
    await page.reload();
    expect(await page.locator('[id="f-tasks.0.deadline"]').inputValue()).toBe('2026-06-30');

    // Next/previous field by keyboard.
    await page.locator('[id="f-document.number"]').focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-document.type');

    // The register, downloaded and read back.
    await page.goto(`${base}/register`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href="/export/register.csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^Ngày đến,Số đến,Tác giả,Số, ký hiệu|^Ngày đến,Số đến,Tác giả,"Số, ký hiệu"/);
    const [y, m, d] = today().split('-');
    expect(lines[1]!.startsWith(`${d}/${m}/${y},1,`)).toBe(true);
    if (record.document.number) expect(lines[1]).toContain(record.document.number);
    expect(errors).toEqual([]);
  });

  it('shows an OCR’d or typed "<script>" as text and runs nothing', async () => {
    await page.goto(base);
    const hostile = LETTER.replace('Kính gửi:', '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script> Kính gửi:');
    await page.setInputFiles('#file', { name: 'x<b>.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile) });
    const row = page.locator('tr[data-status="done"]', { hasText: 'x<b>.txt' });
    await row.waitFor({ timeout: 30_000 });
    await row.locator('a').click();
    await page.waitForSelector('.plain');
    expect(await page.locator('.plain').first().textContent()).toContain('<script>document.title="pwned"</script>');
    expect(await page.title()).not.toContain('pwned');
    expect(await page.locator('.plain img, .plain script').count()).toBe(0);
  });

  it('shows a restored word\'s alternatives on click, and puts the one chosen in the field being edited', async () => {
    await page.goto(base);
    // The number left blank as in a draft ("Số: /SNV-VP"): a doubted field whatever the restorer is sure of (since session 17's
    // model no restored word of this letter is below the doubt line).
    const stripped = LETTER.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/(So: )\d+\//, '$1/');
    await page.setInputFiles('#file', { name: 'khong-dau.txt', mimeType: 'text/plain', buffer: Buffer.from(stripped) });
    const row = page.locator('tr[data-status="done"]', { hasText: 'khong-dau.txt' });
    await row.waitFor({ timeout: 30_000 });
    await row.locator('a').click();
    // A text file has no page image: focusing a field marks its span in the text instead.
    await page.locator('[id="f-document.issuer"]').focus();
    const mark = page.locator('.fld.on');
    await expect.poll(() => mark.count()).toBeGreaterThan(0);
    const issuer = await page.locator('[id="f-document.issuer"]').inputValue();
    expect((await mark.allTextContents()).join('').toLowerCase()).toContain(issuer.toLowerCase());
    const tok = page.locator('button.tok').first();
    const word = (await tok.textContent())!;
    const alts = JSON.parse((await tok.getAttribute('data-alts'))!) as string[];
    // A field holding the word, worked on last.
    const subject = page.locator('[id="f-document.subject"]');
    await subject.fill(`xem ${word} ở đây`);
    await tok.click();
    await expect.poll(() => page.locator('#alts').isVisible()).toBe(true);
    expect(await page.locator('#alts button').allTextContents()).toEqual(alts);
    await page.locator('#alts button').first().click();
    expect(await subject.inputValue()).toBe(`xem ${alts[0]} ở đây`);

    // Accept a doubted field with the keyboard: it is marked and the next one is offered.
    const first = page.locator('[data-field][data-flag]').first();
    await first.focus();
    await page.keyboard.press('Alt+Enter');
    expect(await first.evaluate((el) => el.closest('.field')!.classList.contains('accepted'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).not.toBe(await first.getAttribute('data-field'));
    expect(errors).toEqual([]);
  });
});
