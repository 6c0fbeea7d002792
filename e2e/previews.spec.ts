import { expect, test, type Page } from '@playwright/test';
import { ANCHOR_STORY } from './routes';

/* Link previews and structured data, as crawlers read them, in both versions of each page. */

const ARTICLE = `/article/${ANCHOR_STORY.slug}`;
const VERSIONS = [
  ['desktop', ''],
  ['mobile', '/m'],
] as const;

async function metaContent(page: Page, attribute: 'property' | 'name', key: string) {
  return page.locator(`meta[${attribute}="${key}"]`).first().getAttribute('content');
}

/** Width and height from a WebP file's header (lossy, lossless and extended forms). */
function webpSize(file: Buffer): { width: number; height: number } {
  switch (file.toString('ascii', 12, 16)) {
    case 'VP8 ':
      return { width: file.readUInt16LE(26) & 0x3fff, height: file.readUInt16LE(28) & 0x3fff };
    case 'VP8L': {
      const bits = file.readUInt32LE(21);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      return { width: file.readUIntLE(24, 3) + 1, height: file.readUIntLE(27, 3) + 1 };
    default:
      throw new Error('not a WebP file');
  }
}

async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

for (const [version, prefix] of VERSIONS) {
  test.describe(`${version} version`, () => {
    test('the article carries Open Graph, Twitter and robots tags', async ({ page, baseURL }) => {
      await page.goto(`${prefix}${ARTICLE}`);
      const canonical = `${new URL(baseURL ?? '').origin}${ARTICLE}`;
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical);
      expect(await metaContent(page, 'property', 'og:title')).toBe(ANCHOR_STORY.headline);
      expect(await metaContent(page, 'property', 'og:type')).toBe('article');
      expect(await metaContent(page, 'property', 'og:url')).toBe(canonical);
      expect(await metaContent(page, 'property', 'og:site_name')).toBe('The Nation Express');
      expect(await metaContent(page, 'property', 'article:published_time')).toBe('2025-05-03T09:30:00+05:30');
      expect(await metaContent(page, 'property', 'article:modified_time')).toBe('2025-05-10T21:30:00+05:30');
      expect(await metaContent(page, 'property', 'article:section')).toBe('India & Russia');
      const tags = await page.locator('meta[property="article:tag"]').evaluateAll((tagsMeta) => tagsMeta.map((tag) => tag.getAttribute('content')));
      expect(tags).toContain('Sergei Lavrov');
      expect(await metaContent(page, 'name', 'twitter:card')).toBe('summary_large_image');
      expect(await metaContent(page, 'name', 'robots')).toBe('max-image-preview:large');

      // The preview image is a real 1200×630 PNG with the headline drawn on it.
      const image = (await metaContent(page, 'property', 'og:image')) ?? '';
      expect(image).toMatch(new RegExp(`/og/article/${ANCHOR_STORY.slug}\\.png\\?v=\\w+$`));
      const response = await page.request.get(new URL(image).pathname + new URL(image).search);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(response.headers()['cache-control']).toContain('immutable');
      const png = await response.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });

    test('the article’s NewsArticle and breadcrumb JSON-LD, field by field', async ({ page, baseURL }) => {
      await page.goto(`${prefix}${ARTICLE}`);
      const origin = new URL(baseURL ?? '').origin;
      const items = await structuredData(page);
      const article = items.find((item) => item['@type'] === 'NewsArticle');
      expect(article).toBeDefined();
      expect(article?.headline).toBe(ANCHOR_STORY.headline);
      expect(article?.description).toMatch(/Moscow/);
      expect(article?.datePublished).toBe('2025-05-03T09:30:00+05:30');
      expect(article?.dateModified).toBe('2025-05-10T21:30:00+05:30');
      expect(article?.articleSection).toBe('India & Russia');
      expect(article?.author).toEqual([{ '@type': 'Person', name: 'News Desk', url: `${origin}/author/news-desk` }]);
      expect(article?.publisher).toMatchObject({ name: 'The Nation Express', logo: { url: `${origin}/icon-512.png` } });
      expect(article?.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': `${origin}${ARTICLE}` });
      expect(article?.sourceOrganization).toMatchObject({ name: 'IndianDefenseNews' });
      expect(article?.isBasedOn).toBeDefined();
      // Three crops, 16:9, 4:3 and 1:1, each at least 1,200 pixels wide.
      const images = Array.isArray(article?.image) ? article.image : [];
      const sizes = [];
      for (const url of images) {
        const response = await page.request.get(new URL(String(url)).pathname);
        expect(response.status(), String(url)).toBe(200);
        sizes.push(webpSize(await response.body()));
      }
      expect(sizes).toEqual([
        { width: 1200, height: 675 },
        { width: 1200, height: 900 },
        { width: 1200, height: 1200 },
      ]);
      const breadcrumb = items.find((item) => item['@type'] === 'BreadcrumbList');
      expect(breadcrumb?.itemListElement).toEqual([
        { '@type': 'ListItem', position: 1, name: 'The Nation Express', item: `${origin}/` },
        { '@type': 'ListItem', position: 2, name: 'India & Russia', item: `${origin}/category/india-russia` },
        { '@type': 'ListItem', position: 3, name: ANCHOR_STORY.headline, item: `${origin}${ARTICLE}` },
      ]);
    });

    test('home says what the site is and how to search it; sections link their feed', async ({ page }) => {
      await page.goto(prefix || '/');
      const site = (await structuredData(page)).find((item) => item['@type'] === 'WebSite');
      expect(site?.potentialAction).toMatchObject({ '@type': 'SearchAction', 'query-input': 'required name=search_term_string' });
      expect(await metaContent(page, 'property', 'og:type')).toBe('website');
      expect(await metaContent(page, 'property', 'og:image')).toMatch(/\/og\/site\.png$/);

      await page.goto(`${prefix}/category/india-russia`);
      expect((await structuredData(page)).some((item) => item['@type'] === 'BreadcrumbList')).toBe(true);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
        'href',
        /\/category\/india-russia\/feed\.xml$/,
      );
    });
  });
}
