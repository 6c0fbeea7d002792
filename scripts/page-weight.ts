/*
 * Page weight of each page type in both versions, as a browser loads it: bytes of HTML, CSS,
 * JavaScript, fonts and images, uncompressed and gzipped, plus the number of requests. The browser
 * says which resources a page loads; each is then fetched once more to weigh it exactly.
 * Usage: npx tsx scripts/page-weight.ts [base URL, default http://localhost:3000]
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const BASE_URL = process.argv[2] ?? 'http://localhost:3000';
const ANCHOR = '/article/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';
const PAGES = [
  ['home', '/'],
  ['category', '/category/india-russia'],
  ['article', ANCHOR],
];

type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  if (resourceType === 'font' || contentType.includes('font')) return 'font';
  if (resourceType === 'image') return 'image';
  return 'other';
}

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] });

const rows: Record<string, string | number>[] = [];
for (const [name, desktopPath] of PAGES) {
  for (const [version, path, viewport] of [
    ['desktop', desktopPath, { width: 1280, height: 800 }],
    ['mobile', desktopPath === '/' ? '/m' : `/m${desktopPath}`, { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const totals: Record<Kind, { raw: number; transferred: number }> = {
      html: { raw: 0, transferred: 0 },
      css: { raw: 0, transferred: 0 },
      js: { raw: 0, transferred: 0 },
      font: { raw: 0, transferred: 0 },
      image: { raw: 0, transferred: 0 },
      other: { raw: 0, transferred: 0 },
    };
    const loaded: { url: string; kind: Kind }[] = [];
    page.on('response', (response) => {
      const kind = kindOf(response.request().resourceType(), response.headers()['content-type'] ?? '');
      if (response.status() < 300) loaded.push({ url: response.url(), kind });
    });
    await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
    // Lazy images below the fold are not part of the first view; they are not counted.
    for (const { url, kind } of loaded) {
      const body = Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
      totals[kind].raw += body.length;
      totals[kind].transferred += gzipSync(body).length;
    }
    const requests = loaded.length;
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    rows.push({
      page: `${name} (${version})`,
      requests,
      'HTML kB': `${kb(totals.html.raw)} / ${kb(totals.html.transferred)}`,
      'CSS kB': `${kb(totals.css.raw)} / ${kb(totals.css.transferred)}`,
      'JS kB': `${kb(totals.js.raw)} / ${kb(totals.js.transferred)}`,
      'font kB': `${kb(totals.font.raw)} / ${kb(totals.font.transferred)}`,
      'image kB': `${kb(totals.image.raw)} / ${kb(totals.image.transferred)}`,
      'HTML+CSS+JS kB': `${kb(totals.html.raw + totals.css.raw + totals.js.raw)} / ${kb(totals.html.transferred + totals.css.transferred + totals.js.transferred)}`,
    });
    await context.close();
  }
}
await browser.close();
console.log('Sizes in kB: uncompressed / gzipped. First view only (lazy images below the fold not loaded).');
console.table(rows);
