/**
 * Opens the built docs site in headless Chromium and checks that Arabic renders right to left:
 * every paragraph, list item, table cell and heading whose first strong letter is Arabic must
 * end at its box's right edge (right-aligned), and every English one at its left edge. Saves a
 * screenshot of each guide (and the playground) to `reports/docs/`.
 *
 *   npm run docs && npx tsx scripts/build-playground.ts && npx tsx scripts/check-docs-rtl.ts [--site docs-site]
 *
 * Exit code 1 when a block is misaligned or a page fails to load.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { site: { type: 'string', default: 'docs-site' }, chromium: { type: 'string', default: '/usr/bin/chromium' } } });
const site = resolve(root, values.site);
if (!existsSync(join(site, 'index.html'))) {
  console.error(`check-docs-rtl: ${site}/index.html not found; run \`npm run docs\` first`);
  process.exit(1);
}
if (!existsSync(values.chromium)) {
  console.log(`check-docs-rtl skipped: ${values.chromium} not found`);
  process.exit(0);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
  const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(site) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const documents = existsSync(join(site, 'documents')) ? readdirSync(join(site, 'documents')).filter((f) => f.endsWith('.html')).map((f) => `documents/${f}`) : [];
const pages = ['index.html', ...documents, ...(existsSync(join(site, 'playground', 'index.html')) ? ['playground/index.html'] : [])];
const outDir = join(root, 'reports', 'docs');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: values.chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
let failures = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  console.log('| page | Arabic blocks | right-aligned | English blocks | left-aligned |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const path of pages) {
    const response = await page.goto(`${base}/${path}`);
    if (!response?.ok()) {
      console.error(`FAIL ${path}: HTTP ${response?.status()}`);
      failures++;
      continue;
    }
    // For each block, where does its first line of text sit inside the box?
    const blocks = await page.$$eval('.tsd-typography :is(p, li, td, th, h1, h2, h3, h4), .tsd-comment p, main p, main li', (elements) =>
      elements
        .filter((el) => el.closest('pre') === null && (el.textContent ?? '').trim().length > 0 && (el as HTMLElement).offsetWidth > 0)
        .map((el) => {
          const text = el.textContent ?? '';
          // As the bidi algorithm sees it: isolated inline code is neutral, except the code that
          // opens a table cell (rtl.css does not isolate it).
          const visible = el.cloneNode(true) as HTMLElement;
          for (const code of Array.from(visible.querySelectorAll('code'))) {
            const opensCell = /^(TD|TH)$/.test(code.parentElement?.tagName ?? '') && code.parentElement?.firstChild === code;
            if (!opensCell) code.remove();
          }
          const strong = (visible.textContent ?? '').match(/\p{L}/u)?.[0];
          // Cells of numbers follow the table's own column alignment; nothing to check.
          if (strong === undefined || (el as HTMLElement).style.textAlign) return null;
          const arabic = /\p{Script=Arabic}/u.test(strong);
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          const contentLeft = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
          const contentRight = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
          const range = document.createRange();
          range.selectNodeContents(el);
          const first = range.getClientRects()[0];
          if (!first) return null;
          // A short first line shows the alignment: it hugs the right edge when right to left.
          const hugsRight = Math.abs(contentRight - range.getBoundingClientRect().right) < 3;
          const hugsLeft = Math.abs(range.getBoundingClientRect().left - contentLeft) < 3;
          return { arabic, hugsRight, hugsLeft, sample: text.trim().slice(0, 50) };
        })
        .filter((b): b is { arabic: boolean; hugsRight: boolean; hugsLeft: boolean; sample: string } => b !== null),
    );
    const arabic = blocks.filter((b) => b.arabic);
    const english = blocks.filter((b) => !b.arabic);
    const rightAligned = arabic.filter((b) => b.hugsRight);
    const leftAligned = english.filter((b) => b.hugsLeft);
    console.log(`| ${path} | ${arabic.length} | ${rightAligned.length} | ${english.length} | ${leftAligned.length} |`);
    for (const block of arabic.filter((b) => !b.hugsRight)) console.error(`  not right to left: ${block.sample}`);
    for (const block of english.filter((b) => !b.hugsLeft)) console.error(`  not left to right: ${block.sample}`);
    failures += arabic.length - rightAligned.length + (english.length - leftAligned.length);
    await page.screenshot({ path: join(outDir, `${path.replace(/[/.]/g, '_')}.png`), fullPage: true });
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${outDir}`);
if (failures > 0) {
  console.error(`${failures} block(s) in the wrong direction`);
  process.exitCode = 1;
}
