import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toIsoWithOffset } from '../../lib/dateTime';
import type { NewsSitemapArticle } from '../../db/queries/feeds';
import { SEED_ARTICLES } from '../../db/seed/articles/index';
import { seedArticleUpdatedAt } from '../../db/seed/seed';
import { TEST_ENGINES, setUpTestStore } from '../../db/testing/testStore';
import { articlePath, authorPath, categoryPath, homePath, tagPath, toMobilePath } from '../../lib/paths';
import { absoluteUrl } from '../../lib/site';
import {
  articleChunkCount,
  articleChunkIdRange,
  buildNewsSitemap,
  buildUrlSet,
  NEWS_SITEMAP_LIMIT,
  parseSitemapChunkName,
  renderNewsSitemap,
  renderSitemapChunk,
  renderSitemapIndex,
  sitemapChunkPath,
} from './sitemaps';
import { MOBILE_ALTERNATE_MEDIA } from '../../lib/pageMeta';

const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';
const HOUR_MS = 60 * 60 * 1000;
/** W3C Datetime to the second, with a time zone designator. */
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

interface ParsedUrl {
  loc: string;
  lastmod: string;
  'xhtml:link': { '@_rel': string; '@_media': string; '@_href': string };
  'news:news'?: {
    'news:publication': { 'news:name': string; 'news:language': string };
    'news:publication_date': string;
    'news:title': string;
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

function parseUrlSet(xml: string): { attributes: Record<string, unknown>; urls: ParsedUrl[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const { urlset } = parser.parse(xml);
  const attributes = Object.fromEntries(Object.entries(urlset).filter(([key]) => key.startsWith('@_')));
  return { attributes, urls: urlset.url ?? [] };
}

function expectPage(urls: readonly ParsedUrl[], desktopPath: string): ParsedUrl {
  const url = urls.find((entry) => entry.loc === absoluteUrl(desktopPath));
  if (!url) throw new Error(`${desktopPath} is not in the sitemap`);
  expect(url.lastmod).toMatch(W3C_DATETIME);
  expect(url['xhtml:link']).toEqual({ '@_rel': 'alternate', '@_media': MOBILE_ALTERNATE_MEDIA, '@_href': absoluteUrl(toMobilePath(desktopPath)) });
  return url;
}

describe('sitemap chunk names', () => {
  it('names and parses the listings chunk and numbered article chunks', () => {
    expect(sitemapChunkPath({ kind: 'pages' })).toBe('/sitemaps/pages.xml');
    expect(sitemapChunkPath({ kind: 'articles', number: 3 })).toBe('/sitemaps/articles-3.xml');
    expect(parseSitemapChunkName('pages.xml')).toEqual({ kind: 'pages' });
    expect(parseSitemapChunkName('articles-12.xml')).toEqual({ kind: 'articles', number: 12 });
    for (const name of ['articles-0.xml', 'articles-01.xml', 'articles-1', 'articles-x.xml', 'pages', 'articles-1.xml.gz', 'other.xml']) {
      expect(parseSitemapChunkName(name), name).toBeNull();
    }
  });

  it('splits article ids into fixed blocks of 10,000', () => {
    expect([0, 1, 10_000, 10_001, 25_000].map(articleChunkCount)).toEqual([0, 1, 1, 2, 3]);
    expect(articleChunkIdRange(1)).toEqual({ afterId: 0, throughId: 10_000 });
    expect(articleChunkIdRange(3)).toEqual({ afterId: 20_000, throughId: 30_000 });
  });
});

describe.each(TEST_ENGINES)('sitemaps from the demo content on %s', (engine) => {
  setUpTestStore(engine);

  it('indexes the listings chunk and the article chunk', async () => {
    const xml = await renderSitemapIndex();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { sitemapindex } = parser.parse(xml);
    expect(sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual([
      absoluteUrl('/sitemaps/pages.xml'),
      absoluteUrl('/sitemaps/articles-1.xml'),
    ]);
  });

  it('lists home, sections, authors and topics with their newest change and mobile alternate', async () => {
    const { attributes, urls } = parseUrlSet((await renderSitemapChunk({ kind: 'pages' })) ?? '');
    expect(attributes).toEqual({
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:xhtml': 'http://www.w3.org/1999/xhtml',
    });
    const home = expectPage(urls, homePath('desktop'));
    expect(home['xhtml:link']['@_href']).toBe(absoluteUrl('/m'));
    const newestOfAll = Math.max(...SEED_ARTICLES.map((article) => (seedArticleUpdatedAt(article) ?? new Date(article.publishedAt)).getTime()));
    expect(home.lastmod).toBe(toIsoWithOffset(new Date(newestOfAll)));
    expectPage(urls, categoryPath('india-russia', 'desktop'));
    expectPage(urls, authorPath('news-desk', 'desktop'));
    expectPage(urls, tagPath('kashmir', 'desktop'));
    const tagCount = new Set(SEED_ARTICLES.flatMap((article) => article.tags)).size;
    expect(urls.filter((url) => url.loc.includes('/tag/'))).toHaveLength(tagCount);
  });

  it('lists every published article in its chunk, with its last change and mobile alternate', async () => {
    const { urls } = parseUrlSet((await renderSitemapChunk({ kind: 'articles', number: 1 })) ?? '');
    expect(urls).toHaveLength(SEED_ARTICLES.length);
    const anchor = expectPage(urls, articlePath(ANCHOR_SLUG, 'desktop'));
    const seeded = SEED_ARTICLES.find((article) => article.slug === ANCHOR_SLUG);
    expect(anchor.lastmod).toBe(toIsoWithOffset(seeded ? (seedArticleUpdatedAt(seeded) ?? new Date(seeded.publishedAt)) : new Date(0)));
    expect(anchor['xhtml:link']['@_href']).toBe(absoluteUrl(`/m/article/${ANCHOR_SLUG}`));
  });

  it('has no chunk past the last block of published ids', async () => {
    expect(await renderSitemapChunk({ kind: 'articles', number: 2 })).toBeNull();
  });

  it('writes a Google News sitemap from the database for a given now', async () => {
    const seeded = SEED_ARTICLES.find((article) => article.slug === ANCHOR_SLUG);
    const now = new Date(new Date(seeded?.publishedAt ?? 0).getTime() + HOUR_MS);
    const { urls } = parseUrlSet(await renderNewsSitemap(now));
    expect(urls[0]?.loc).toBe(absoluteUrl(articlePath(ANCHOR_SLUG, 'desktop')));
    const inWindow = SEED_ARTICLES.filter((article) => {
      const time = new Date(article.publishedAt).getTime();
      return time <= now.getTime() && time >= now.getTime() - 48 * HOUR_MS;
    });
    expect(urls).toHaveLength(inWindow.length);
    // Long after the demo content was written, the news sitemap is empty but still a urlset.
    expect(parseUrlSet(await renderNewsSitemap(new Date('2030-01-01T00:00:00Z'))).urls).toEqual([]);
  });
});

describe('buildUrlSet', () => {
  it('escapes what it is given and writes the time with its offset', () => {
    const { urls } = parseUrlSet(buildUrlSet([{ desktopPath: '/tag/a%26b', lastModified: new Date('2025-05-03T04:00:00.250Z') }]));
    expect(urls[0]?.loc).toBe(absoluteUrl('/tag/a%26b'));
    expect(urls[0]?.lastmod).toMatch(W3C_DATETIME);
    expect(new Date(urls[0]?.lastmod ?? '').toISOString()).toBe('2025-05-03T04:00:00.000Z');
  });
});

describe('buildNewsSitemap', () => {
  const now = new Date('2025-06-10T12:00:00Z');

  function story(id: number, hoursAgo: number, headline = `Story ${id}`): NewsSitemapArticle {
    const publishedAt = new Date(now.getTime() - hoursAgo * HOUR_MS);
    return { id, slug: `story-${id}`, headline, publishedAt, modifiedAt: publishedAt };
  }

  it('lists only stories published in the 48 hours before now', () => {
    const xml = buildNewsSitemap([story(1, -1), story(2, 0), story(3, 47.9), story(4, 48), story(5, 48.1), story(6, 200)], now);
    const { attributes, urls } = parseUrlSet(xml);
    expect(attributes['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(attributes['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    expect(urls.map((url) => url.loc)).toEqual([2, 3, 4].map((id) => absoluteUrl(`/article/story-${id}`)));
  });

  it('describes each story for Google News', () => {
    const { urls } = parseUrlSet(buildNewsSitemap([story(7, 2, 'Tanks & talks <live> ]]>')], now));
    const url = expectPage(urls, '/article/story-7');
    expect(url['news:news']).toEqual({
      'news:publication': { 'news:name': 'The Nation Express', 'news:language': 'en' },
      'news:publication_date': toIsoWithOffset(new Date(now.getTime() - 2 * HOUR_MS)),
      'news:title': 'Tanks & talks <live> ]]>',
    });
    expect(url['news:news']?.['news:publication_date']).toMatch(W3C_DATETIME);
  });

  it('stops at 1,000 stories', () => {
    const stories = Array.from({ length: 1200 }, (_, index) => story(index + 1, index / 100));
    const { urls } = parseUrlSet(buildNewsSitemap(stories, now));
    expect(urls).toHaveLength(NEWS_SITEMAP_LIMIT);
    expect(urls[0]?.loc).toBe(absoluteUrl('/article/story-1'));
  });

  it('is a valid, empty urlset when nothing is recent', () => {
    const xml = buildNewsSitemap([story(1, 100)], now);
    expect(parseUrlSet(xml).urls).toEqual([]);
    expect(xml).toContain('<urlset');
  });
});
