import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { articleRedirects, articles, authors, categories, tags } from '../schema';
import { setUpTestDatabase } from '../testing/testDatabase';
import { IMPORTED_IMAGE, importWordPress, permalinkPath } from './importWordPress';
import { parseWxr, WxrError } from './wxr';

const testDb = setUpTestDatabase();
const FIXTURE = readFileSync(path.join(import.meta.dirname, 'fixtures', 'wordpress-export.xml'), 'utf8');

function counts() {
  const { db } = testDb();
  const countOf = (table: typeof articles | typeof authors | typeof categories | typeof articleRedirects) =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()?.n;
  return { articles: countOf(articles), authors: countOf(authors), categories: countOf(categories), redirects: countOf(articleRedirects) };
}

describe('parseWxr', () => {
  it('reads the site, its authors, sections and items', () => {
    const site = parseWxr(FIXTURE);
    expect(site).toMatchObject({ title: 'The Old Nation Express', link: 'https://old.nationexpress.example' });
    expect(site.authors).toEqual([
      { login: 'priya', name: 'Priya Nair' },
      { login: 'desk', name: 'Old Desk' },
    ]);
    expect(site.categories).toContainEqual({ slug: 'india-russia', name: 'India & Russia' });
    const [first] = site.items;
    expect(first).toMatchObject({
      id: '101',
      type: 'post',
      status: 'publish',
      slug: 'rosatom-fuel-deal',
      publishedAt: new Date('2024-03-14T06:30:00Z'),
      thumbnailId: '201',
      tags: [
        { slug: 'nuclear', name: 'Nuclear' },
        { slug: 'rosatom', name: 'Rosatom' },
      ],
    });
  });

  it('refuses what is not well-formed XML, or not a WordPress export, with a clear message', () => {
    expect(() => parseWxr('<rss><channel><item></channel></rss>')).toThrow(WxrError);
    expect(() => parseWxr('<rss><channel><item></channel></rss>')).toThrow(/not well-formed XML \(line 1\)/);
    expect(() => parseWxr('<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title></channel></rss>')).toThrow(
      /not a WordPress export/,
    );
    expect(() => parseWxr('')).toThrow(WxrError);
  });
});

describe('importWordPress', () => {
  it('imports posts in every state, skips what is not a story and says why, and keeps old addresses', () => {
    const before = counts();
    const summary = importWordPress(testDb().db, parseWxr(FIXTURE), { now: new Date('2026-11-28T10:00:00Z') });
    expect(summary.imported).toEqual([
      'Rosatom and India sign fuel deal for Kudankulam units',
      "Monsoon satellites: ISRO's new weather eye",
      'An unfinished draft about naval exercises',
      'Summit preview, to go out later',
    ]);
    expect(summary.skipped).toEqual([
      { title: 'Internal memo', reason: 'a private post, not for readers' },
      { title: 'About us', reason: 'a page: only posts become stories' },
      { title: 'Only a picture', reason: 'it has no text a story can keep (only images or markup)' },
    ]);
    expect(summary.mediaItems).toBe(1);
    expect(counts()).toEqual({
      articles: (before.articles ?? 0) + 4,
      authors: (before.authors ?? 0) + 2,
      categories: (before.categories ?? 0) + 1,
      redirects: (before.redirects ?? 0) + 4,
    });

    const { db } = testDb();
    const rosatom = db.select().from(articles).where(eq(articles.slug, 'rosatom-fuel-deal')).get();
    expect(rosatom).toMatchObject({
      status: 'published',
      publishedAt: new Date('2024-03-14T06:30:00Z'),
      standfirst: "A long-term fuel agreement for the plant's fifth and sixth units.",
      imagePath: IMPORTED_IMAGE.path,
      imageAlt: 'Fuel assemblies being loaded at Kudankulam',
      imageCredit: 'Fuel assemblies at Kudankulam. Photo: Rosatom',
    });
    const weather = db.select().from(articles).where(eq(articles.slug, 'isro-weather-eye')).get();
    expect(weather?.body).not.toMatch(/alert|javascript|onerror|caption/);
    expect(db.select({ status: articles.status }).from(articles).where(eq(articles.slug, 'summit-preview')).get()?.status).toBe('scheduled');
    const redirect = db.select().from(articleRedirects).where(eq(articleRedirects.path, '/2024/03/14/rosatom-fuel-deal')).get();
    expect(redirect?.articleId).toBe(rosatom?.id);
    expect(db.select().from(articleRedirects).where(eq(articleRedirects.path, '/?p=103')).get()).toBeDefined();
  });

  it('imports the same file again without duplicating anything', () => {
    const before = counts();
    const summary = importWordPress(testDb().db, parseWxr(FIXTURE));
    expect(summary.imported).toEqual([]);
    expect(summary.updated).toEqual([]);
    expect(summary.unchanged).toHaveLength(4);
    expect(counts()).toEqual(before);
  });

  it('updates a story whose post changed, in place', () => {
    const edited = FIXTURE.replace('Rosatom and India sign fuel deal for Kudankulam units', 'Rosatom and India sign a lifetime fuel deal');
    const before = counts();
    const summary = importWordPress(testDb().db, parseWxr(edited));
    expect(summary.updated).toEqual(['Rosatom and India sign a lifetime fuel deal']);
    expect(counts()).toEqual(before);
    expect(testDb().db.select({ headline: articles.headline }).from(articles).where(eq(articles.slug, 'rosatom-fuel-deal')).get()?.headline).toBe(
      'Rosatom and India sign a lifetime fuel deal',
    );
  });

  it('cleans titles, names and captions of control characters and the like', () => {
    const site = parseWxr(FIXTURE);
    const [post] = site.items;
    if (!post) throw new Error('The fixture has no posts.');
    const dirty = '\u0000\u001B\u202E\uFFFF';
    importWordPress(testDb().db, {
      ...site,
      authors: site.authors.map((author) => ({ ...author, name: `${author.name}${dirty}` })),
      categories: site.categories.map((category) => ({ ...category, name: `${category.name}${dirty}` })),
      items: [{ ...post, title: `Rosatom${dirty} deal`, excerpt: `Fuel${dirty}.`, tags: post.tags.map((tag) => ({ ...tag, name: `${tag.name}${dirty}` })) }],
    });
    const { db } = testDb();
    const story = db.select().from(articles).where(eq(articles.slug, 'rosatom-fuel-deal')).get();
    expect(story).toMatchObject({ headline: 'Rosatom deal', standfirst: 'Fuel.' });
    const texts = JSON.stringify([db.select().from(authors).all(), db.select().from(categories).all(), db.select().from(tags).all(), story]);
    expect(texts).not.toMatch(/\\u0000|\\u001b|\u202E|\uFFFF/i);
  });

  it('leaves the database as it was when the import fails part-way', () => {
    const before = counts();
    const fresh = FIXTURE.replaceAll('<wp:post_id>10', '<wp:post_id>90');
    expect(() =>
      importWordPress(testDb().db, parseWxr(fresh), {
        onProgress: (done) => {
          if (done === 2) throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(counts()).toEqual(before);
  });
});

describe('permalinkPath', () => {
  it('keeps the path and query of an old address, without a trailing slash', () => {
    expect(permalinkPath('https://old.example/2024/03/14/slug/')).toBe('/2024/03/14/slug');
    expect(permalinkPath('https://old.example/?p=103')).toBe('/?p=103');
    expect(permalinkPath('https://old.example/')).toBeNull();
    expect(permalinkPath('not a url')).toBeNull();
  });
});
