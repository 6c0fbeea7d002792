/*
 * Page weight of each page type in both versions (see bench/pageWeight.ts).
 * Usage: npx tsx scripts/page-weight.ts [base URL, default http://localhost:3000]
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { measurePageWeight, type Weight } from '../bench/pageWeight';

const BASE_URL = process.argv[2] ?? 'http://localhost:3000';
const ANCHOR = '/article/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';
const PAGES = [
  ['home', '/'],
  ['category', '/category/india-russia'],
  ['article', ANCHOR],
];

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] });
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const show = (weight: Weight) => `${kb(weight.raw)} / ${kb(weight.gzip)} / ${kb(weight.brotli)}`;

const rows: Record<string, string | number>[] = [];
try {
  for (const [name, desktopPath] of PAGES) {
    for (const [version, path, viewport] of [
      ['desktop', desktopPath, { width: 1280, height: 800 }],
      ['mobile', desktopPath === '/' ? '/m' : `/m${desktopPath}`, { width: 390, height: 844 }],
    ] as const) {
      const { requests, byKind } = await measurePageWeight(browser, `${BASE_URL}${path}`, viewport);
      rows.push({
        page: `${name} (${version})`,
        requests,
        'HTML kB': show(byKind.html),
        'CSS kB': show(byKind.css),
        'JS kB': show(byKind.js),
        'font kB': show(byKind.font),
        'image kB': show(byKind.image),
      });
    }
  }
} finally {
  await browser.close();
}
console.log('Sizes in kB: uncompressed / gzip / brotli. First view only (lazy images below the fold not loaded).');
console.table(rows);
