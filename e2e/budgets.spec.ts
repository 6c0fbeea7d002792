import { expect, test } from '@playwright/test';
import { articlePath, categoryPath, homePath } from '../lib/paths';
import { htmlAndCssBytes, loadAndWeigh, MOBILE_HTML_AND_CSS_BUDGET } from './pageChecks';
import { ANCHOR_STORY, LIVE_STORY, PHONE_USER_AGENT } from './routes';

/*
 * The page-weight targets, held where a browser can check them cheaply and reliably: bytes and
 * requests, not timings (those belong to `npm run bench`).
 */

const MOBILE_REQUESTS_BEFORE_IMAGES = 5;
// The framework's runtime is most of it; the budget catches a dependency dragged into the client.
const DESKTOP_JAVASCRIPT_BUDGET = 470 * 1024;

const MOBILE_PAGES = [
  ['home', homePath('mobile')],
  ['category', categoryPath('india-russia', 'mobile')],
  ['article', articlePath(ANCHOR_STORY.slug, 'mobile')],
  ['live', articlePath(LIVE_STORY.slug, 'mobile')],
  ['live older posts', articlePath(LIVE_STORY.slug, 'mobile', 2)],
] as const;

for (const [name, path] of MOBILE_PAGES) {
  test(`the mobile ${name} page is ≤ 30 kB of HTML and CSS, in ≤ 5 requests before images, with no script`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, userAgent: PHONE_USER_AGENT });
    try {
      const loaded = await loadAndWeigh(await context.newPage(), path);
      const beforeImages = loaded.filter((resource) => resource.resourceType !== 'image');
      expect(beforeImages.length, beforeImages.map((resource) => resource.url).join('\n')).toBeLessThanOrEqual(MOBILE_REQUESTS_BEFORE_IMAGES);
      expect(htmlAndCssBytes(loaded)).toBeLessThanOrEqual(MOBILE_HTML_AND_CSS_BUDGET);
      expect(loaded.filter((resource) => resource.resourceType === 'script')).toEqual([]);
    } finally {
      await context.close();
    }
  });
}

test('the desktop live page, which takes new posts as they come, keeps its JavaScript within budget', async ({ page }) => {
  const loaded = await loadAndWeigh(page, articlePath(LIVE_STORY.slug, 'desktop'));
  const javascript = loaded.filter((resource) => resource.resourceType === 'script').reduce((sum, resource) => sum + resource.bytes, 0);
  expect(javascript).toBeLessThanOrEqual(DESKTOP_JAVASCRIPT_BUDGET);
});

test('the desktop article keeps its JavaScript within budget and its font off the critical path', async ({ page }) => {
  const loaded = await loadAndWeigh(page, articlePath(ANCHOR_STORY.slug, 'desktop'));
  const javascript = loaded.filter((resource) => resource.resourceType === 'script').reduce((sum, resource) => sum + resource.bytes, 0);
  expect(javascript).toBeLessThanOrEqual(DESKTOP_JAVASCRIPT_BUDGET);
  // The text face is preloaded, so it is usually there by the first paint.
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(1);
  // Every downloaded face is used only if it is there by the first paint: none swaps in later and
  // moves text. The metric-matched fallback faces are local() and fetch nothing.
  const faces = await page.evaluate(() => [...document.fonts].map((font) => ({ family: font.family, display: font.display })));
  const downloaded = faces.filter((face) => !/Fallback/.test(face.family));
  expect(downloaded).toHaveLength(2);
  expect(downloaded.map((face) => face.display)).toEqual(['optional', 'optional']);
});

test('the lead image is fetched first and the others lazily, in WebP at every width with a JPEG fallback', async ({ page }) => {
  await page.goto(homePath('desktop'));
  const pictures = page.locator('main picture');
  const count = await pictures.count();
  expect(count).toBeGreaterThan(5);
  for (let index = 0; index < count; index += 1) {
    const source = pictures.nth(index).locator('source');
    await expect(source).toHaveAttribute('type', 'image/webp');
    await expect(source).toHaveAttribute('srcset', /-480\.webp 480w, .*-800\.webp 800w, .*-1200\.webp 1200w, .*-1600\.webp 1600w$/);
    await expect(source).toHaveAttribute('sizes', /.+/);
    const image = pictures.nth(index).locator('img');
    await expect(image).toHaveAttribute('src', /-800\.jpg$/);
    await expect(image).toHaveAttribute('loading', index === 0 ? 'eager' : 'lazy');
    if (index === 0) await expect(image).toHaveAttribute('fetchpriority', 'high');
  }
  // The browser took the WebP, and the fallback exists.
  expect(await pictures.first().locator('img').evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/\.webp$/);
  const fallback = await page.request.get((await pictures.first().locator('img').getAttribute('src'))!);
  expect(fallback.headers()['content-type']).toBe('image/jpeg');
});
