import { create } from 'xmlbuilder2';
import { toIsoWithOffset } from '../../lib/dateTime';
import {
  getLastPublishedArticleId,
  listArticlesPublishedSince,
  listAuthorSitemapEntries,
  listCategorySitemapEntries,
  listSitemapArticles,
  listTagSitemapEntries,
  type NewsSitemapArticle,
  type SitemapArticle,
  type SitemapListing,
} from '../../db/queries/feeds';
import { articlePath, authorPath, categoryPath, homePath, tagPath, toMobilePath } from '../../lib/paths';
import { SITE_LANGUAGE, SITE_NAME } from '../../lib/siteIdentity';
import { absoluteUrl } from '../../lib/site';
import { MOBILE_ALTERNATE_MEDIA } from '../../lib/pageMeta';

/*
 * The sitemap index, its chunks and the Google News sitemap, written with xmlbuilder2 (which
 * escapes text and attributes and drops characters XML cannot carry).
 * https://www.sitemaps.org/protocol.html, https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
 */

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const NEWS_NAMESPACE = 'http://www.google.com/schemas/sitemap-news/0.9';

/** Google's annotation for a separate mobile URL: the media of the pages' own <link rel="alternate"> (MOBILE_ALTERNATE_MEDIA in pageMeta.ts). */

/**
 * Article sitemap n lists the published articles with ids in ((n-1)·size, n·size]. Fixed id blocks
 * keep each article in one chunk for good (unpublishing a story does not shift every later chunk)
 * and make any chunk one primary-key range; a block with drafts in it simply lists fewer.
 */
export const ARTICLE_SITEMAP_CHUNK_SIZE = 10_000;

/** Google News takes stories from the last two days, at most 1,000 of them. */
export const NEWS_SITEMAP_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

const SITEMAP_CHUNK_DIRECTORY = '/sitemaps';

export type SitemapChunk = { kind: 'pages' } | { kind: 'articles'; number: number };

/** `/sitemaps/pages.xml`, `/sitemaps/articles-<n>.xml`. */
export function sitemapChunkPath(chunk: SitemapChunk): string {
  switch (chunk.kind) {
    case 'pages':
      return `${SITEMAP_CHUNK_DIRECTORY}/pages.xml`;
    case 'articles':
      return `${SITEMAP_CHUNK_DIRECTORY}/articles-${chunk.number}.xml`;
  }
}

/** The chunk a file name under /sitemaps/ names, or null (no leading zeros, no page 0). */
export function parseSitemapChunkName(name: string): SitemapChunk | null {
  if (name === 'pages.xml') return { kind: 'pages' };
  const match = /^articles-([1-9]\d{0,8})\.xml$/.exec(name);
  return match?.[1] ? { kind: 'articles', number: Number(match[1]) } : null;
}

/** How many article chunks span ids up to `lastPublishedId`. */
export function articleChunkCount(lastPublishedId: number): number {
  return Math.ceil(lastPublishedId / ARTICLE_SITEMAP_CHUNK_SIZE);
}

/** The id range of article chunk `number`: afterId < id ≤ throughId. */
export function articleChunkIdRange(number: number): { afterId: number; throughId: number } {
  return { afterId: (number - 1) * ARTICLE_SITEMAP_CHUNK_SIZE, throughId: number * ARTICLE_SITEMAP_CHUNK_SIZE };
}

/** One page for a sitemap: its desktop path and when its content last changed. */
export interface SitemapUrl {
  desktopPath: string;
  lastModified: Date;
}

type XMLBuilder = ReturnType<typeof create>;

function createDocument(rootName: string, namespaces: Record<string, string>): XMLBuilder {
  return create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' }).ele(SITEMAP_NAMESPACE, rootName, namespaces);
}

function appendUrl(urlset: XMLBuilder, page: SitemapUrl): XMLBuilder {
  const url = urlset.ele('url');
  url.ele('loc').txt(absoluteUrl(page.desktopPath));
  // W3C Datetime with the newsroom's offset, as the pages' own `datetime` attributes are written.
  url.ele('lastmod').txt(toIsoWithOffset(page.lastModified));
  url.ele(XHTML_NAMESPACE, 'xhtml:link', {
    rel: 'alternate',
    media: MOBILE_ALTERNATE_MEDIA,
    href: absoluteUrl(toMobilePath(page.desktopPath)),
  });
  return url;
}

/**
 * The sitemap index. It gives no <lastmod> (optional in the protocol): each chunk's would cost a
 * read of every story in it, on every fetch of the index.
 */
export function buildSitemapIndex(chunkPaths: readonly string[]): string {
  const index = createDocument('sitemapindex', {});
  for (const path of chunkPaths) index.ele('sitemap').ele('loc').txt(absoluteUrl(path));
  return index.end({ prettyPrint: true });
}

/** A <urlset> of pages, each with its mobile alternate. */
export function buildUrlSet(pages: readonly SitemapUrl[]): string {
  const urlset = createDocument('urlset', { 'xmlns:xhtml': XHTML_NAMESPACE });
  for (const page of pages) appendUrl(urlset, page);
  return urlset.end({ prettyPrint: true });
}

/** The home page and every listing with published stories; home changes whenever any story does. */
export function listingSitemapUrls(listings: {
  categories: readonly SitemapListing[];
  authors: readonly SitemapListing[];
  tags: readonly SitemapListing[];
}): SitemapUrl[] {
  // Every story has a section, so the newest section is the newest story of all.
  const newest = Math.max(...listings.categories.map((category) => category.lastModified.getTime()));
  const home: SitemapUrl[] = Number.isFinite(newest) ? [{ desktopPath: homePath('desktop'), lastModified: new Date(newest) }] : [];
  const toUrl = (path: (slug: string) => string) => (listing: SitemapListing) => ({
    desktopPath: path(listing.slug),
    lastModified: listing.lastModified,
  });
  return [
    ...home,
    ...listings.categories.map(toUrl((slug) => categoryPath(slug, 'desktop'))),
    ...listings.authors.map(toUrl((slug) => authorPath(slug, 'desktop'))),
    ...listings.tags.map(toUrl((slug) => tagPath(slug, 'desktop'))),
  ];
}

export function articleSitemapUrls(articles: readonly SitemapArticle[]): SitemapUrl[] {
  return articles.map((article) => ({ desktopPath: articlePath(article.slug, 'desktop'), lastModified: article.modifiedAt }));
}

/**
 * The Google News sitemap: stories published in the NEWS_SITEMAP_WINDOW_MS before `now` (and
 * not after it), newest first, at most NEWS_SITEMAP_LIMIT. Still a valid, empty urlset when none are.
 */
export function buildNewsSitemap(articles: readonly NewsSitemapArticle[], now: Date): string {
  const since = now.getTime() - NEWS_SITEMAP_WINDOW_MS;
  const recent = articles
    .filter((article) => article.publishedAt.getTime() >= since && article.publishedAt.getTime() <= now.getTime())
    .slice(0, NEWS_SITEMAP_LIMIT);
  const urlset = createDocument('urlset', { 'xmlns:xhtml': XHTML_NAMESPACE, 'xmlns:news': NEWS_NAMESPACE });
  for (const article of recent) {
    const url = appendUrl(urlset, { desktopPath: articlePath(article.slug, 'desktop'), lastModified: article.modifiedAt });
    const news = url.ele(NEWS_NAMESPACE, 'news:news');
    const publication = news.ele(NEWS_NAMESPACE, 'news:publication');
    publication.ele(NEWS_NAMESPACE, 'news:name').txt(SITE_NAME);
    publication.ele(NEWS_NAMESPACE, 'news:language').txt(SITE_LANGUAGE);
    news.ele(NEWS_NAMESPACE, 'news:publication_date').txt(toIsoWithOffset(article.publishedAt));
    news.ele(NEWS_NAMESPACE, 'news:title').txt(article.headline);
  }
  return urlset.end({ prettyPrint: true });
}

/* Readers of the database, for the route handlers. */

/** The sitemap index: the listings chunk, then one chunk per block of article ids. */
export async function renderSitemapIndex(): Promise<string> {
  const articleChunks = Array.from({ length: articleChunkCount(await getLastPublishedArticleId()) }, (_, index) =>
    sitemapChunkPath({ kind: 'articles', number: index + 1 }),
  );
  return buildSitemapIndex([sitemapChunkPath({ kind: 'pages' }), ...articleChunks]);
}

/** One chunk of the sitemap, or null when the index does not list it. */
export async function renderSitemapChunk(chunk: SitemapChunk): Promise<string | null> {
  switch (chunk.kind) {
    case 'pages': {
      const [categories, authors, tags] = await Promise.all([
        listCategorySitemapEntries(),
        listAuthorSitemapEntries(),
        listTagSitemapEntries(),
      ]);
      return buildUrlSet(listingSitemapUrls({ categories, authors, tags }));
    }
    case 'articles': {
      if (chunk.number > articleChunkCount(await getLastPublishedArticleId())) return null;
      const { afterId, throughId } = articleChunkIdRange(chunk.number);
      return buildUrlSet(articleSitemapUrls(await listSitemapArticles(afterId, throughId)));
    }
  }
}

/** The Google News sitemap as of `now`. */
export async function renderNewsSitemap(now: Date): Promise<string> {
  const since = new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS);
  return buildNewsSitemap(await listArticlesPublishedSince(since, now, NEWS_SITEMAP_LIMIT), now);
}
