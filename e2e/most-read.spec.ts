import { expect, test, type Browser } from '@playwright/test';
import { refreshMostRead } from '../db/mostRead';
import { readDatabase, withE2eProcessStore, writeAndRecordChange } from '../db/testing/e2eDatabase';
import { MOST_READ_TAG } from '../lib/contentTags';
import { articlePath, homePath, type Variant } from '../lib/paths';
import { blockingAxeViolations, htmlAndCssBytes, htmlCheckerErrors, loadAndWeigh, MOBILE_HTML_AND_CSS_BUDGET } from './pageChecks';
import { DESKTOP_USER_AGENT, LIVE_STORY, PHONE_USER_AGENT } from './routes';

/*
 * "Most read" counts what readers read, as their browsers load each story, pages served from the
 * page cache included, and a reader reloading a story over and over counts once. Its own project,
 * after the reader suites, whose pages it changes. The server under test leaves the list to this
 * test (MOST_READ_REFRESH_SECONDS=0, playwright.config.ts), which works it out as every server
 * process does on its own round.
 */

test.describe.configure({ mode: 'serial' });

const MOST = { slug: 'kudankulam-expansion-anchors-india-russia-nuclear-ties-as-sector-opens-up', headline: 'Kudankulam Expansion Anchors India-Russia Nuclear Ties as Sector Opens Up' };
const RELOADED = {
  slug: 'north-south-transport-corridor-gains-momentum-as-russia-and-iran-push-rail-link',
  headline: 'North-South Transport Corridor Gains Momentum as Russia and Iran Push Missing Rail Link',
};

test.afterAll(async () => {
  await writeAndRecordChange([MOST_READ_TAG], async (sql) => {
    await sql.run('delete from most_read_stories');
    await sql.run('delete from story_reads');
  });
});

/** A reader at an address of their own, with a browser's user agent (a headless one is not counted). */
async function readerAt(browser: Browser, host: number, variant: Variant) {
  const context = await browser.newContext({
    userAgent: variant === 'mobile' ? PHONE_USER_AGENT : DESKTOP_USER_AGENT,
    extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${host}` },
    ...(variant === 'mobile' ? { viewport: { width: 390, height: 844 }, javaScriptEnabled: false } : {}),
  });
  return context.newPage();
}

const readsOf = (slug: string) =>
  readDatabase(async (sql) => Number((await sql.value('select coalesce(sum(r.reads), 0) from story_reads r join articles a on a.id = r.article_id where a.slug = ?', slug)) ?? 0));

const isReadBeacon = (url: string) => /\/read\/\d+\.gif$/.test(url);

test('the stories read most lead the list on the home page and beside stories; cached pages count, reloads do not', async ({ browser, request }) => {
  const before = { most: await readsOf(MOST.slug), reloaded: await readsOf(RELOADED.slug) };
  // Both stories' pages are in the page cache before anyone reads them.
  for (const path of [articlePath(MOST.slug, 'desktop'), articlePath(RELOADED.slug, 'desktop'), articlePath(MOST.slug, 'mobile'), articlePath(RELOADED.slug, 'mobile')]) {
    await expect.poll(async () => (await request.get(path, { headers: { 'user-agent': DESKTOP_USER_AGENT } })).headers()['x-nextjs-cache']).toBe('HIT');
  }

  // Four readers read one story once each, on either version; one reader reloads the other ten times, and one more reads it once.
  for (const [host, variant] of [[11, 'desktop'], [12, 'desktop'], [13, 'mobile'], [14, 'mobile']] as const) {
    const reader = await readerAt(browser, host, variant);
    const beacon = reader.waitForResponse((response) => isReadBeacon(response.url()));
    const page = await reader.goto(articlePath(MOST.slug, variant));
    expect(page?.headers()['x-nextjs-cache']).toBe('HIT');
    expect((await beacon).headers()['cache-control']).toBe('no-store');
    await reader.context().close();
  }
  const reloader = await readerAt(browser, 21, 'desktop');
  for (let reload = 0; reload < 10; reload += 1) {
    const beacon = reloader.waitForResponse((response) => isReadBeacon(response.url()));
    await reloader.goto(articlePath(RELOADED.slug, 'desktop'));
    await beacon;
  }
  const another = await readerAt(browser, 22, 'mobile');
  const beacon = another.waitForResponse((response) => isReadBeacon(response.url()));
  await another.goto(articlePath(RELOADED.slug, 'mobile'));
  await beacon;

  // The server hands its counts to the database every few seconds.
  await expect.poll(() => readsOf(MOST.slug), { timeout: 10_000 }).toBe(before.most + 4);
  await expect.poll(() => readsOf(RELOADED.slug), { timeout: 10_000 }).toBe(before.reloaded + 2);

  await withE2eProcessStore(() => refreshMostRead());
  // What the list must show: the day's reads as stored, most first, ties to the newer story (other suites' readers read too).
  const expected = (await readDatabase((sql) =>
    sql.column(
      `select a.headline from story_reads r join articles a on a.id = r.article_id where a.status = 'published'
       group by a.id, a.headline, a.published_at order by sum(r.reads) desc, a.published_at desc, a.id desc limit 10`,
    ),
  )) as string[];
  expect(expected).toContain(RELOADED.headline);
  expect(expected.indexOf(MOST.headline)).toBeLessThan(expected.indexOf(RELOADED.headline));
  for (const variant of ['desktop', 'mobile'] as const) {
    await expect
      .poll(
        async () => {
          await another.goto(homePath(variant));
          return another.getByRole('region', { name: 'Most read' }).getByRole('link').allTextContents();
        },
        { timeout: 2_000, intervals: [100] },
      )
      .toEqual(expected);
  }
  // Beside a story, in both versions; each links within its own version.
  await another.goto(articlePath(RELOADED.slug, 'mobile'));
  const list = another.getByRole('region', { name: 'Most read' }).getByRole('link');
  await expect(list).toHaveText(expected);
  await expect(list.filter({ hasText: MOST.headline })).toHaveAttribute('href', articlePath(MOST.slug, 'mobile'));
  const desktop = await readerAt(browser, 23, 'desktop');
  await desktop.goto(articlePath(RELOADED.slug, 'desktop'));
  await expect(desktop.getByRole('region', { name: 'Most read' }).getByRole('link')).toHaveText(expected);
  // A live story's lightweight version keeps its weight for its posts, and links to the home page's list.
  await another.goto(articlePath(LIVE_STORY.slug, 'mobile'));
  await another.getByRole('link', { name: 'Most read today' }).click();
  await expect(another).toHaveURL(/\/m#most-read-heading$/);
});

test('pages showing the list hold to the accessibility, HTML and page-weight standards of every page', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const pages = [homePath('desktop'), homePath('mobile'), articlePath(MOST.slug, 'desktop'), articlePath(MOST.slug, 'mobile')];
  const documents: { name: string; html: string }[] = [];
  for (const [index, pagePath] of pages.entries()) {
    const html = await (await request.get(pagePath, { headers: { 'user-agent': DESKTOP_USER_AGENT } })).text();
    expect(html, pagePath).toContain('Most read');
    documents.push({ name: `most-read-${index}`, html });
  }
  expect(htmlCheckerErrors(documents)).toEqual([]);
  for (const colorScheme of ['light', 'dark'] as const) {
    const reader = await readerAt(browser, 31, 'desktop');
    await reader.emulateMedia({ colorScheme });
    for (const pagePath of pages) {
      await reader.goto(pagePath);
      await expect(reader.getByRole('region', { name: 'Most read' })).toBeVisible();
      expect(await blockingAxeViolations(reader), `${pagePath}, ${colorScheme}`).toEqual([]);
    }
    await reader.context().close();
  }
  const phone = await readerAt(browser, 32, 'mobile');
  for (const pagePath of [homePath('mobile'), articlePath(MOST.slug, 'mobile')]) {
    expect(htmlAndCssBytes(await loadAndWeigh(phone, pagePath)), pagePath).toBeLessThanOrEqual(MOBILE_HTML_AND_CSS_BUDGET);
  }
});
