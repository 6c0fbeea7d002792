import { expect, test, type APIRequestContext } from '@playwright/test';
import { PUBLIC_PAGE_CACHE_CONTROL } from '../server/httpCaching';
import { articlePath, EXIT_MOBILE_PATH, searchPath, tagPath, toMobilePath } from '../lib/paths';
import { storyChangeTags } from '../lib/contentTags';
import { insertTestStory, oneParagraphBody, writeAndRecordChange } from '../db/testing/e2eDatabase';
import { ANCHOR_STORY, mobilePathOf, PUBLIC_ROUTES } from './routes';

/*
 * Caching as a reverse proxy or a browser meets it: the public pages' policy, validators and
 * compression, and the page cache letting a change through within a second, and nothing else.
 */

const CACHED_PAGES = PUBLIC_ROUTES.filter((route) => route.name !== 'search');

test('public pages say shared caches may keep them, and revalidate with their ETag', async ({ request }) => {
  for (const route of CACHED_PAGES) {
    for (const path of [route.desktopPath, mobilePathOf(route)]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(route.status);
      expect(response.headers()['cache-control'], path).toBe(PUBLIC_PAGE_CACHE_CONTROL);
      const etag = response.headers().etag;
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      if (route.status !== 200) continue;
      const revalidated = await request.get(path, { headers: { 'If-None-Match': etag! } });
      expect(revalidated.status(), path).toBe(304);
      expect(await revalidated.body(), path).toHaveLength(0);
    }
  }
});

test('a public page is rendered once, then served from the page cache', async ({ request }) => {
  for (const path of [articlePath(ANCHOR_STORY.slug, 'desktop'), articlePath(ANCHOR_STORY.slug, 'mobile')]) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.headers()['x-nextjs-cache'], path).toBe('HIT');
  }
});

test('search results and the version switches are never stored', async ({ request }) => {
  const desktopSearch = await request.get(searchPath('desktop', 'Lavrov'));
  expect(desktopSearch.headers()['cache-control']).toContain('no-store');
  const mobileSearch = await request.get(searchPath('mobile', 'Lavrov'));
  expect(mobileSearch.headers()['cache-control']).toBe('no-store');
  const exit = await request.get(`${EXIT_MOBILE_PATH}?to=/`, { maxRedirects: 0 });
  expect(exit.headers()['cache-control']).toBe('private, no-store');
});

test('pages are compressed with brotli or gzip, as the client accepts', async ({ request }) => {
  const path = articlePath(ANCHOR_STORY.slug, 'desktop');
  for (const [accepted, expected] of [
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ] as const) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': accepted } });
    expect(response.headers()['content-encoding'], accepted).toBe(expected);
    expect(await response.text(), accepted).toContain(ANCHOR_STORY.headline);
  }
  const mobile = await request.get(toMobilePath(path), { headers: { 'Accept-Encoding': 'br' } });
  expect(mobile.headers()['content-encoding']).toBe('br');
});

test.describe('a change reaches readers within a second', () => {
  // One worker: the probe story is shared by the steps.
  test.describe.configure({ mode: 'serial' });

  const slug = 'page-cache-probe-story';
  // A section no other suite writes to: their changes would drop the probe's page too.
  const story = { slug, categorySlug: 'technology', authorSlug: 'page-cache-probe', tagSlugs: [] };
  const desktop = articlePath(slug, 'desktop');
  const mobile = articlePath(slug, 'mobile');
  const unrelated = tagPath('russia', 'desktop');

  const headlineOf = async (request: APIRequestContext, path: string) => {
    const response = await request.get(path);
    return response.status() === 200 ? /<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1] : response.status();
  };

  test.beforeAll(async () => {
    await writeAndRecordChange(storyChangeTags('relisted', story), async (sql) => {
      await sql.run(`insert into authors (slug, name, bio) values ('page-cache-probe', 'Page Cache Probe', 'Test author.') on conflict do nothing`);
      // Dated 2001: at the end of its listings, away from the pages other tests read.
      await insertTestStory(sql, {
        slug,
        headline: 'First headline',
        standfirst: 'A story for the cache test.',
        body: oneParagraphBody('Body.'),
        publishedAt: Date.UTC(2001, 0, 1),
        categorySlug: 'technology',
        authorSlug: 'page-cache-probe',
      });
    });
  });

  test.afterAll(async () => {
    await writeAndRecordChange(storyChangeTags('relisted', story), async (sql) => {
      await sql.run('delete from articles where slug = ?', slug);
      await sql.run(`delete from authors where slug = 'page-cache-probe'`);
    });
  });

  test('an edited headline replaces the cached pages, and only those', async ({ request }) => {
    for (const path of [desktop, mobile, unrelated]) {
      await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { message: path }).toBe('HIT');
    }
    expect(await headlineOf(request, desktop)).toBe('First headline');

    await writeAndRecordChange(storyChangeTags('edited', story), async (sql) => {
      await sql.run(`update articles set headline = 'Second headline' where slug = ?`, slug);
    });
    for (const path of [desktop, mobile]) {
      await expect.poll(() => headlineOf(request, path), { message: path, timeout: 1000, intervals: [50] }).toBe('Second headline');
    }
    expect((await request.get(unrelated)).headers()['x-nextjs-cache']).toBe('HIT');
  });

  test('an unpublished story becomes a 404 in both versions', async ({ request }) => {
    await request.get(desktop);
    await writeAndRecordChange(storyChangeTags('relisted', story), async (sql) => {
      await sql.run(`update articles set status = 'draft', published_at = null where slug = ?`, slug);
    });
    for (const path of [desktop, mobile]) {
      await expect.poll(() => headlineOf(request, path), { message: path, timeout: 1000, intervals: [50] }).toBe(404);
    }
  });
});
