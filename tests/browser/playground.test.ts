/**
 * Drives the playground in headless Chromium (Debian's `chromium`, through playwright-core):
 * types a text, checks the highlighted spans and their values, saves a screenshot to
 * `reports/playground.png`. The playground is built fresh from the sources into
 * `.playground-build/` (or taken from `$ZIYARA_PLAYGROUND_DIR`, e.g. `docs-site/playground`).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../../scripts/build-playground';
import { describeTemporalValue } from '../../src/cli/describe';
import { extractStateVisit, findTemporal } from '../../src/index';

const CHROMIUM = '/usr/bin/chromium';
const projectRoot = resolve(import.meta.dirname, '..', '..');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`playground test skipped: ${CHROMIUM} not found (apt-get install chromium)`);

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// Written for this test: a Levantine sentence with a visit, a relative day, a dual with «فقط»,
// a fractional duration, a Levantine month with «الماضي» and a clock time.
const TEXT = 'وصل الرئيس اللبناني اليوم إلى باريس في زيارة رسمية تستمر يومين فقط، وهي الثانية له خلال ثلاثة أشهر ونصف بعد زيارته في 15 تشرين الأول الماضي، ويلتقي الرئيس الفرنسي الساعة 10:30 مساء.';
const REFERENCE = '2026-01-28';

interface Mark {
  text: string;
  kind: string;
  index: number;
  end: number;
  value: string;
}

describe.skipIf(!hasChromium)('playground in headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const dir = process.env.ZIYARA_PLAYGROUND_DIR ? resolve(process.env.ZIYARA_PLAYGROUND_DIR) : (await buildPlayground(join(projectRoot, '.playground-build'))).outDir;
    server = await serve(dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'ar' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForSelector('body[data-state="ready"]');
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it('highlights every temporal expression of a typed text in place, with the values findTemporal gives', async () => {
    await page.fill('#reference', REFERENCE);
    const runsBefore = Number(await page.getAttribute('body', 'data-runs'));
    await page.fill('#text', TEXT);
    // The page re-reads the text 120 ms after the last keystroke; wait for the run that saw all of it.
    await page.waitForFunction(
      ([before, text]) => Number(document.body.dataset.runs) > Number(before) && document.getElementById('highlighted')?.textContent === text,
      [String(runsBefore), TEXT] as const,
    );

    const marks: Mark[] = await page.$$eval('#highlighted mark', (elements) =>
      elements.map((mark) => {
        const data = (mark as HTMLElement).dataset;
        return { text: mark.textContent ?? '', kind: data.kind ?? '', index: Number(data.index), end: Number(data.end), value: data.value ?? '' };
      }),
    );
    const expected = findTemporal(TEXT, { reference: REFERENCE }).map((m) => ({ text: m.text, kind: m.kind, index: m.index, end: m.end, value: describeTemporalValue(m.value) }));
    expect(marks).toEqual(expected);
    // The values a reader of this sentence checks.
    expect(marks.find((m) => m.text === 'اليوم')?.value).toMatch(/^2026-01-28 · day/);
    expect(marks.find((m) => m.text === 'يومين فقط')?.value).toBe('P2D (only)');
    expect(marks.find((m) => m.text === 'خلال ثلاثة أشهر ونصف')?.value).toBe('P3.5M (within)');
    expect(marks.find((m) => m.text === 'الساعة 10:30 مساء')?.value).toBe('22:30');
    expect(marks.find((m) => m.text === '15 تشرين الأول الماضي')?.value).toBe('2025-10-15 · day · implied: year');
    for (const mark of marks) expect(TEXT.slice(mark.index, mark.end)).toBe(mark.text);

    // In place: the highlighted view is the typed text itself, right to left.
    expect(await page.textContent('#highlighted')).toBe(TEXT);
    expect(await page.$eval('#highlighted', (el) => getComputedStyle(el).direction)).toBe('rtl');
    // The side list holds one entry per match, with the same values.
    expect(await page.$$eval('#matches li .match-value', (items) => items.map((item) => item.textContent))).toEqual(expected.map((m) => m.value));
  });

  it('shows the extracted StateVisit as JSON, as extractStateVisit gives it', async () => {
    const shown = JSON.parse((await page.textContent('#visit')) ?? 'null') as { visit: ReturnType<typeof extractStateVisit>['visit']; warnings: unknown[] };
    const extraction = extractStateVisit(TEXT, { reference: REFERENCE });
    expect(shown).toEqual(JSON.parse(JSON.stringify({ visit: extraction.visit, warnings: extraction.warnings })));
    expect(shown.visit?.visitor.office?.code).toBe('president');
    expect([shown.visit?.guestCountry, shown.visit?.hostCountry, shown.visit?.visitType?.type, shown.visit?.ordinal?.value]).toEqual(['LB', 'FR', 'official', 2]);
    expect(shown.visit?.period?.arrival?.start).toBe('2026-01-28');
    expect(await page.textContent('#visit-summary')).toBe('زيارة رسمية من LB إلى FR، 0 تصريحات');
  });

  it('shows the value on hover and lights up the matching side-list entry', async () => {
    const mark = page.locator('#highlighted mark', { hasText: 'ثلاثة أشهر ونصف' });
    await mark.hover();
    expect(await mark.getAttribute('title')).toBe('مدة: P3.5M (within)');
    const tooltip = await mark.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(tooltip).toBe('"P3.5M (within)"');
    const position = await mark.getAttribute('data-position');
    expect(await page.getAttribute(`#matches li[data-position="${position}"]`, 'class')).toBe('active');

    mkdirSync(join(projectRoot, 'reports'), { recursive: true });
    await page.screenshot({ path: join(projectRoot, 'reports', 'playground.png'), fullPage: true });
    expect(existsSync(join(projectRoot, 'reports', 'playground.png'))).toBe(true);
  });

  it('reads the reference day from the date picker', async () => {
    const runsBefore = Number(await page.getAttribute('body', 'data-runs'));
    await page.fill('#reference', '2025-03-01');
    await page.waitForFunction((before) => Number(document.body.dataset.runs) > before, runsBefore);
    const value = await page.getAttribute('#highlighted mark[data-kind="date"] >> nth=0', 'data-value');
    expect(value).toMatch(/^2025-03-01 · day/);
  });

  it('ran without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
