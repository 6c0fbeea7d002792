import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { readDatabase } from '../db/testing/e2eDatabase';
import { LIVE_POSTS_PER_PAGE } from '../lib/liveCoverage';
import { articlePath, categoryPath, liveFeedPath, liveUpdatePath, toMobilePath } from '../lib/paths';
import { comeFrom, demoAccount, submitLogin } from './newsroomLogin';
import { DESKTOP, LIVE_STORY, PHONE, READERS } from './routes';

/*
 * Live coverage as readers meet it, on desktops and phones, with script and without: the summary,
 * key events, pinned post and newest posts, older posts a link away; and a post written in the
 * newsroom's live desk reaching an open desktop page without a reload, and a reload anywhere else,
 * within two seconds. The demo's live story is read first, then posted to.
 */

test.describe.configure({ mode: 'serial' });

/** The issue's promise: a post is on readers' pages within two seconds of its publication. */
const REACHES_READERS_MS = 2_000;

const listedPosts = (page: Page) => page.locator('.live-posts > article.live-post:not(.live-post--pinned)');

async function openReader(browser: Browser, options: BrowserContextOptions, path: string): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(path);
  return page;
}

async function postTimes(page: Page): Promise<number[]> {
  return listedPosts(page)
    .locator('.live-post__time time')
    .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime') ?? '')));
}

for (const reader of READERS) {
  test(`the live page reads on a ${reader.name}: summary, key events, the pinned post, the newest posts and the older ones`, async ({ browser }) => {
    // Phones ask for the desktop address, as from a link, and are sent to the mobile version.
    const page = await (await browser.newContext(reader.options)).newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(articlePath(LIVE_STORY.slug, 'desktop'));
    const pathIn = (page2: number) => (reader.version === 'mobile' ? toMobilePath(articlePath(LIVE_STORY.slug, 'desktop', page2)) : articlePath(LIVE_STORY.slug, 'desktop', page2));
    expect(new URL(page.url()).pathname).toBe(pathIn(1));
    await expect(page.getByRole('heading', { level: 1, name: LIVE_STORY.headline })).toBeVisible();
    await expect(page.locator('.live-status .live-badge')).toHaveText('Live');
    await expect(page.getByRole('region', { name: 'Summary' }).getByRole('listitem')).not.toHaveCount(0);
    await expect(page.locator('.live-post--pinned')).toContainText('Pinned post');

    // The newest posts, newest first, each with the address of its own anchor.
    await expect(listedPosts(page)).toHaveCount(LIVE_POSTS_PER_PAGE);
    const times = await postTimes(page);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const first = listedPosts(page).first();
    const anchor = await first.getAttribute('id');
    expect(anchor).toMatch(/^post-\d+$/);
    await expect(first.locator('.live-post__time')).toHaveAttribute('href', `#${anchor}`);

    // Key events lead to their posts, on whichever page holds them.
    const keyEvents = page.getByRole('navigation', { name: 'Key events' }).getByRole('link');
    expect(await keyEvents.count()).toBeGreaterThanOrEqual(4);
    const oldestEvent = keyEvents.last();
    const eventHref = (await oldestEvent.getAttribute('href')) ?? '';
    await oldestEvent.click();
    const eventAnchor = eventHref.slice(eventHref.indexOf('#') + 1);
    await expect(page.locator(`#${eventAnchor}`)).toBeVisible();
    await expect(page.locator(`#${eventAnchor} .live-post__key-event`)).toBeVisible();

    // Older posts, a link away, continue where the first page stopped.
    await page.goto(pathIn(1));
    const lastOnFirst = Math.min(...(await postTimes(page)));
    await page.getByRole('link', { name: 'Older posts →' }).click();
    expect(new URL(page.url()).pathname).toBe(pathIn(2));
    await expect(page.getByRole('heading', { name: /^Older posts, page 2 of \d+$/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: LIVE_STORY.headline })).toBeVisible();
    const older = await postTimes(page);
    expect(older.length).toBeGreaterThan(0);
    expect(Math.max(...older)).toBeLessThanOrEqual(lastOnFirst);
    await expect(page.getByRole('link', { name: '← Newer posts' })).toHaveAttribute('href', pathIn(1));

    // Its card in its section says it is live.
    await page.goto(reader.version === 'mobile' ? toMobilePath(categoryPath('india-russia', 'desktop')) : categoryPath('india-russia', 'desktop'));
    const card = page.locator('article.card').filter({ has: page.getByRole('link', { name: LIVE_STORY.headline }) });
    await expect(card.locator('.live-badge')).toHaveText('Live');
    await expect(page.locator('article.card .live-badge')).toHaveCount(1);
    // Every page on the way, the desktop one's updates included, asked nothing of another host.
    expect(requested.filter((url) => /^https?:/.test(url) && new URL(url).origin !== new URL(page.url()).origin)).toEqual([]);
    await page.context().close();
  });
}

test('the live page describes itself as a LiveBlogPosting whose updates are its posts, and names its feed', async ({ page, request }) => {
  await page.goto(articlePath(LIVE_STORY.slug, 'desktop'));
  const items = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '{}') as Record<string, unknown>));
  const live = items.find((item) => item['@type'] === 'LiveBlogPosting') as { coverageStartTime?: string; liveBlogUpdate?: { url: string; datePublished: string; headline: string }[] } | undefined;
  expect(live?.coverageStartTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  expect(live?.liveBlogUpdate).toHaveLength(LIVE_POSTS_PER_PAGE);
  for (const update of live?.liveBlogUpdate ?? []) {
    expect(update.headline.length).toBeGreaterThan(0);
    await expect(page.locator(`#${new URL(update.url).hash.slice(1)}`)).toHaveCount(1);
  }

  await expect(page.locator(`link[rel="alternate"][type="application/rss+xml"][href$="${liveFeedPath(LIVE_STORY.slug)}"]`)).toHaveCount(1);
  const feed = await request.get(liveFeedPath(LIVE_STORY.slug));
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  const xml = await feed.text();
  expect(xml.match(/<item>/g)?.length).toBeGreaterThanOrEqual(12);
  expect(xml).toMatch(new RegExp(`<link>[^<]*${articlePath(LIVE_STORY.slug, 'desktop')}(/page/\\d+)?#post-\\d+</link>`));
});

test('a post written in the live desk reaches an open desktop page without a reload, and reloads elsewhere, within two seconds', async ({ browser }) => {
  const path = articlePath(LIVE_STORY.slug, 'desktop');
  const desktop = await openReader(browser, DESKTOP, path);
  const newestBefore = await listedPosts(desktop).first().getAttribute('id');
  // Set on the open page: still there afterwards, the page was not loaded again.
  await desktop.evaluate(() => Object.assign(window, { openedBeforeThePost: true }));
  const phone = await openReader(browser, PHONE, path);
  const withoutScript = await openReader(browser, { ...DESKTOP, javaScriptEnabled: false }, path);

  const editor = await (await browser.newContext(DESKTOP)).newPage();
  await comeFrom(editor, 81);
  await submitLogin(editor, demoAccount('editor'));
  const storyId = await readDatabase(async (sql) => Number(await sql.value('select id from articles where slug = ?', LIVE_STORY.slug)));
  await editor.goto(`/newsroom/stories/${storyId}/live`);
  const words = `Live coverage test: officials confirm talks will resume on ${new Date().toISOString()}.`;
  const form = editor.getByRole('region', { name: 'New post' });
  await form.getByLabel('What happened').fill(words);
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(editor.getByRole('status')).toHaveText('Posted.');
  // The post is stored before the desk says so: every reader has two seconds from here.
  const posted = Date.now();

  const reloadUntilShown = async (page: Page) => {
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByText(words).count();
        },
        { timeout: REACHES_READERS_MS, intervals: [100] },
      )
      .toBe(1);
    return Date.now() - posted;
  };
  const [announcedAfter, phoneAfter, withoutScriptAfter] = await Promise.all([
    (async () => {
      await expect(desktop.getByRole('button', { name: 'Show 1 new post' })).toBeVisible({ timeout: REACHES_READERS_MS });
      return Date.now() - posted;
    })(),
    reloadUntilShown(phone),
    reloadUntilShown(withoutScript),
  ]);
  test.info().annotations.push({
    type: 'post to reader',
    description: `open desktop page ${announcedAfter} ms, phone reload ${phoneAfter} ms, desktop without script reload ${withoutScriptAfter} ms`,
  });

  // Announced politely; nothing on the page moved until the reader asked.
  await expect(desktop.locator('p[role="status"]')).toHaveText('1 new post');
  await expect(listedPosts(desktop).first()).toHaveAttribute('id', newestBefore ?? '');
  await desktop.screenshot({ path: 'test-results/screenshots/live-new-post-waiting.png' });
  await desktop.getByRole('button', { name: 'Show 1 new post' }).click();
  const shown = desktop.locator('.live-updates__new article.live-post');
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText(words);
  await desktop.screenshot({ path: 'test-results/screenshots/live-new-post-shown.png' });
  await expect(desktop.getByRole('button', { name: /new post/ })).toHaveCount(0);
  expect(await desktop.evaluate(() => 'openedBeforeThePost' in window)).toBe(true);

  // The endpoint the open page reads, and the feed, carry it too.
  const update = (await (await editor.request.get(liveUpdatePath(LIVE_STORY.slug))).json()) as { posts: { body: unknown }[] };
  expect(JSON.stringify(update.posts[0]?.body)).toContain(words);
  expect(await (await editor.request.get(liveFeedPath(LIVE_STORY.slug))).text()).toContain(words);
});
