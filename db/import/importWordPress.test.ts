import { readFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Tables } from '../store';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { IMPORTED_IMAGE, importWordPress, permalinkPath } from './importWordPress';
import { parseWxr, WxrError, type WxrSite } from './wxr';

const FIXTURE = readFileSync(path.join(import.meta.dirname, 'fixtures', 'wordpress-export.xml'), 'utf8');

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

describe.each(TEST_ENGINES)('importWordPress on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  const importSite = (site: WxrSite, options: Parameters<typeof importWordPress>[3] = {}) =>
    testStore().store.write((tx, t) => importWordPress(tx, t, site, options));

  async function counts() {
    const { read, tables: t } = testStore().store;
    const countOf = async (table: Tables['articles' | 'authors' | 'categories' | 'articleRedirects']) =>
      (await read.select({ n: count() }).from(table))[0]?.n;
    return { articles: await countOf(t.articles), authors: await countOf(t.authors), categories: await countOf(t.categories), redirects: await countOf(t.articleRedirects) };
  }

  async function storyWithSlug(slug: string) {
    const { read, tables: t } = testStore().store;
    const [story] = await read.select().from(t.articles).where(eq(t.articles.slug, slug));
    return story;
  }

  it('imports posts in every state, skips what is not a story and says why, and keeps old addresses', async () => {
    const before = await counts();
    const summary = await importSite(parseWxr(FIXTURE), { now: new Date('2026-11-28T10:00:00Z') });
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
    expect(await counts()).toEqual({
      articles: (before.articles ?? 0) + 4,
      authors: (before.authors ?? 0) + 2,
      categories: (before.categories ?? 0) + 1,
      redirects: (before.redirects ?? 0) + 4,
    });

    const { read, tables: t } = testStore().store;
    const rosatom = await storyWithSlug('rosatom-fuel-deal');
    expect(rosatom).toMatchObject({
      status: 'published',
      publishedAt: new Date('2024-03-14T06:30:00Z'),
      standfirst: "A long-term fuel agreement for the plant's fifth and sixth units.",
      imagePath: IMPORTED_IMAGE.path,
      imageAlt: 'Fuel assemblies being loaded at Kudankulam',
      imageCredit: 'Fuel assemblies at Kudankulam. Photo: Rosatom',
    });
    const weather = await storyWithSlug('isro-weather-eye');
    expect(weather?.body).not.toMatch(/alert|javascript|onerror|caption/);
    expect((await storyWithSlug('summit-preview'))?.status).toBe('scheduled');
    const [redirect] = await read.select().from(t.articleRedirects).where(eq(t.articleRedirects.path, '/2024/03/14/rosatom-fuel-deal'));
    expect(redirect?.articleId).toBe(rosatom?.id);
    expect(await read.select().from(t.articleRedirects).where(eq(t.articleRedirects.path, '/?p=103'))).toHaveLength(1);
  });

  it('imports the same file again without duplicating anything', async () => {
    const before = await counts();
    const summary = await importSite(parseWxr(FIXTURE));
    expect(summary.imported).toEqual([]);
    expect(summary.updated).toEqual([]);
    expect(summary.unchanged).toHaveLength(4);
    expect(await counts()).toEqual(before);
  });

  it('updates a story whose post changed, in place', async () => {
    const edited = FIXTURE.replace('Rosatom and India sign fuel deal for Kudankulam units', 'Rosatom and India sign a lifetime fuel deal');
    const before = await counts();
    const summary = await importSite(parseWxr(edited));
    expect(summary.updated).toEqual(['Rosatom and India sign a lifetime fuel deal']);
    expect(await counts()).toEqual(before);
    expect((await storyWithSlug('rosatom-fuel-deal'))?.headline).toBe('Rosatom and India sign a lifetime fuel deal');
  });

  it('cleans titles, names and captions of control characters and the like', async () => {
    const site = parseWxr(FIXTURE);
    const [post] = site.items;
    if (!post) throw new Error('The fixture has no posts.');
    const dirty = '\u0000\u001B\u202E\uFFFF';
    await importSite({
      ...site,
      authors: site.authors.map((author) => ({ ...author, name: `${author.name}${dirty}` })),
      categories: site.categories.map((category) => ({ ...category, name: `${category.name}${dirty}` })),
      items: [{ ...post, title: `Rosatom${dirty} deal`, excerpt: `Fuel${dirty}.`, tags: post.tags.map((tag) => ({ ...tag, name: `${tag.name}${dirty}` })) }],
    });
    const { read, tables: t } = testStore().store;
    const story = await storyWithSlug('rosatom-fuel-deal');
    expect(story).toMatchObject({ headline: 'Rosatom deal', standfirst: 'Fuel.' });
    const texts = JSON.stringify([await read.select().from(t.authors), await read.select().from(t.categories), await read.select().from(t.tags), story]);
    expect(texts).not.toMatch(/\\u0000|\\u001b|\u202E|\uFFFF/i);
  });

  it('leaves the database as it was when the import fails part-way', async () => {
    const before = await counts();
    const fresh = FIXTURE.replaceAll('<wp:post_id>10', '<wp:post_id>90');
    await expect(
      importSite(parseWxr(fresh), {
        onProgress: (done) => {
          if (done === 2) throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await counts()).toEqual(before);
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
