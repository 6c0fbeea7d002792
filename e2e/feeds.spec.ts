import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import {
  articlePath,
  categoryFeedPath,
  NEWS_SITEMAP_PATH,
  SITE_ATOM_PATH,
  SITE_RSS_PATH,
  SITEMAP_PATH,
  toMobilePath,
} from '../lib/paths';
import { PUBLIC_PAGE_CACHE_CONTROL } from '../server/httpCaching';
import { storyChangeTags } from '../lib/contentTags';
import { insertTestStory, oneParagraphBody, writeAndRecordChange } from '../db/testing/e2eDatabase';
import { ANCHOR_STORY, PHONE_USER_AGENT } from './routes';
import { MOBILE_ALTERNATE_MEDIA } from '../lib/pageMeta';

/* Feeds, sitemaps and robots.txt as crawlers and feed readers fetch them from the production server. */

const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;
/** A sentence from the key story's body, as its feed HTML writes it (React escapes apostrophes). */
const ANCHOR_BODY_TEXT = 'Russia has signalled that it is prepared to help reduce tensions between India and Pakistan';

const feedParser = new Parser();
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

interface SitemapUrl {
  loc: string;
  lastmod: string;
  'xhtml:link'?: { '@_rel': string; '@_media': string; '@_href': string };
}

function absolute(baseURL: string | undefined, path: string): string {
  return new URL(path, baseURL).toString();
}

async function fetchXml(request: APIRequestContext, path: string, contentType: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe(contentType);
  expect(response.headers()['cache-control'], path).toBe(PUBLIC_PAGE_CACHE_CONTROL);
  expect(response.headers().etag, path).toMatch(/^"[\w-]+"$/);
  const xml = await response.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  return xml;
}

async function fetchUrlSet(request: APIRequestContext, path: string): Promise<SitemapUrl[]> {
  const { urlset } = xmlParser.parse(await fetchXml(request, path, 'application/xml; charset=utf-8'));
  expect(urlset['@_xmlns'], path).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return urlset.url ?? [];
}

test('the site RSS feed carries the key story in full', async ({ request, baseURL }) => {
  const feed = await feedParser.parseString(await fetchXml(request, SITE_RSS_PATH, 'application/rss+xml; charset=utf-8'));
  expect(feed.title).toBe('The Nation Express');
  expect(feed.feedUrl).toBe(absolute(baseURL, SITE_RSS_PATH));
  expect(feed.items.length).toBeGreaterThan(10);
  expect(feed.items.length).toBeLessThanOrEqual(50);
  const item = feed.items.find((entry) => entry.title === ANCHOR_STORY.headline);
  expect(item?.link).toBe(absolute(baseURL, articlePath(ANCHOR_STORY.slug, 'desktop')));
  expect(item?.guid).toMatch(/^tag:[^,]+,2025:article-\d+$/);
  expect(item?.categories).toEqual(['India & Russia']);
  expect(item?.creator).toBeTruthy();
  expect(item?.isoDate).toBe('2025-05-03T04:00:00.000Z');
  expect(item?.enclosure).toMatchObject({ type: 'image/webp', url: absolute(baseURL, `/images/articles/${ANCHOR_STORY.slug}-1200.webp`) });
  expect(item?.['content:encoded']).toContain(ANCHOR_BODY_TEXT);
});

test('the site Atom feed carries the key story in full', async ({ request, baseURL }) => {
  const feed = await feedParser.parseString(await fetchXml(request, SITE_ATOM_PATH, 'application/atom+xml; charset=utf-8'));
  expect(feed.feedUrl).toBe(absolute(baseURL, SITE_ATOM_PATH));
  const entry = feed.items.find((item) => item.link === absolute(baseURL, articlePath(ANCHOR_STORY.slug, 'desktop')));
  expect(entry?.title).toBe(ANCHOR_STORY.headline);
  expect(entry?.id).toMatch(/^tag:[^,]+,2025:article-\d+$/);
  expect(entry?.content).toContain(ANCHOR_BODY_TEXT);
});

test('a category feed carries only its own stories', async ({ request, baseURL }) => {
  const path = categoryFeedPath('india-russia');
  const feed = await feedParser.parseString(await fetchXml(request, path, 'application/rss+xml; charset=utf-8'));
  expect(feed.feedUrl).toBe(absolute(baseURL, path));
  expect(feed.items[0]?.title).toBe(ANCHOR_STORY.headline);
  for (const item of feed.items) expect(item.categories, item.title).toEqual(['India & Russia']);
});

test('an unknown category has no feed', async ({ request }) => {
  const response = await request.get(categoryFeedPath('no-such-category'));
  expect(response.status()).toBe(404);
});

test('robots.txt allows the site and names both sitemaps', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const lines = (await response.text()).split('\n').map((line) => line.trim());
  expect(lines).toContain('Allow: /');
  for (const path of ['/mobile-redirect/', '/exit-mobile', '/go-mobile']) expect(lines).toContain(`Disallow: ${path}`);
  expect(lines).toContain(`Sitemap: ${absolute(baseURL, SITEMAP_PATH)}`);
  expect(lines).toContain(`Sitemap: ${absolute(baseURL, NEWS_SITEMAP_PATH)}`);
});

test('the sitemap index and every chunk it lists are valid, and list the key story with its mobile alternate', async ({
  request,
  baseURL,
}) => {
  const { sitemapindex } = xmlParser.parse(await fetchXml(request, SITEMAP_PATH, 'application/xml; charset=utf-8'));
  const chunks: string[] = sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
  expect(chunks).toContain(absolute(baseURL, '/sitemaps/pages.xml'));
  expect(chunks).toContain(absolute(baseURL, '/sitemaps/articles-1.xml'));

  const urls: SitemapUrl[] = [];
  for (const chunk of chunks) {
    expect(chunk.startsWith(absolute(baseURL, '/'))).toBe(true);
    urls.push(...(await fetchUrlSet(request, new URL(chunk).pathname)));
  }
  for (const url of urls) {
    const desktopPath = new URL(url.loc).pathname;
    expect(url.lastmod, url.loc).toMatch(W3C_DATETIME);
    expect(url['xhtml:link'], url.loc).toEqual({
      '@_rel': 'alternate',
      '@_media': MOBILE_ALTERNATE_MEDIA,
      '@_href': absolute(baseURL, toMobilePath(desktopPath)),
    });
  }
  const locs = urls.map((url) => url.loc);
  expect(locs).toContain(absolute(baseURL, '/'));
  expect(locs).toContain(absolute(baseURL, '/category/india-russia'));
  const anchor = urls.find((url) => url.loc === absolute(baseURL, articlePath(ANCHOR_STORY.slug, 'desktop')));
  expect(anchor?.['xhtml:link']?.['@_href']).toBe(absolute(baseURL, `/m/article/${ANCHOR_STORY.slug}`));
});

test('the Google News sitemap is a valid urlset', async ({ request }) => {
  const xml = await fetchXml(request, NEWS_SITEMAP_PATH, 'application/xml; charset=utf-8');
  const { urlset } = xmlParser.parse(xml);
  expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  // The demo stories are from 2025, older than the two days Google News takes.
  for (const url of urlset.url ?? []) expect(url['news:news']['news:publication']['news:name']).toBe('The Nation Express');
});

test('a story published just now is in the Google News sitemap, and leaves it when unpublished', async ({ request, baseURL }) => {
  // Written straight to the database for a moment, as the newsroom would publish it.
  const slug = 'news-sitemap-probe-published-now';
  const changed = storyChangeTags('relisted', { slug, categorySlug: 'world', authorSlug: 'news-desk', tagSlugs: [] });
  const probeEntry = async () => {
    const { urlset } = xmlParser.parse(await fetchXml(request, NEWS_SITEMAP_PATH, 'application/xml; charset=utf-8'));
    return (urlset.url ?? []).find((url: { loc: string }) => url.loc === absolute(baseURL, articlePath(slug, 'desktop')));
  };
  // Cached before the story exists, so that seeing it proves the cached sitemap was replaced.
  expect(await probeEntry()).toBeUndefined();
  try {
    await writeAndRecordChange(changed, async (sql) => {
      await insertTestStory(sql, {
        slug,
        headline: 'Probe & <test> story',
        standfirst: 'Published a moment ago.',
        body: oneParagraphBody('Now.'),
        publishedAt: Date.now() - 60_000,
        categorySlug: 'world',
        authorSlug: 'news-desk',
      });
    });
    await expect.poll(probeEntry, { timeout: 1000, intervals: [50] }).toBeDefined();
    const entry = await probeEntry();
    expect(entry?.['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'The Nation Express', 'news:language': 'en' },
      'news:title': 'Probe & <test> story',
    });
    expect(entry?.['news:news']['news:publication_date']).toMatch(W3C_DATETIME);
    await writeAndRecordChange(changed, async (sql) => {
      await sql.run(`update articles set status = 'draft', published_at = null where slug = ?`, slug);
    });
    await expect.poll(probeEntry, { timeout: 1000, intervals: [50] }).toBeUndefined();
  } finally {
    await writeAndRecordChange(changed, async (sql) => {
      await sql.run('delete from articles where slug = ?', slug);
    });
  }
});

test('unknown sitemap chunks are not found', async ({ request }) => {
  for (const path of ['/sitemaps/articles-999999.xml', '/sitemaps/articles-0.xml', '/sitemaps/other.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

// Smartphone crawlers (Googlebot's says "Android … Mobile") and feed readers on phones must get
// these documents themselves, not a redirect to a mobile page that does not exist.
test('a phone gets the category feed and sitemap chunks, not a redirect', async ({ request }) => {
  for (const path of [categoryFeedPath('india-russia'), '/sitemaps/pages.xml', '/sitemaps/articles-1.xml', SITE_RSS_PATH, SITEMAP_PATH]) {
    const response = await request.get(path, { headers: { 'User-Agent': PHONE_USER_AGENT }, maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});
