import { expect, test, type APIRequestContext, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { setBreakingNews } from '../db/newsroom/breakingNews';
import {
  insertTestStory,
  instantFromMilliseconds,
  oneParagraphBody,
  E2E_ENGINE,
  readDatabase,
  withE2eProcessStore,
  writeAndRecordChange,
  writeDatabase,
} from '../db/testing/e2eDatabase';
import { SITE_TAG, storyChangeTags } from '../lib/contentTags';
import { CHANGE_POLL_INTERVAL_MS } from '../server/followContentChanges';
import { SECOND_DROP_AFTER_MS } from '../server/pageCacheHandler.mjs';
import type { StaffRole } from '../lib/newsroom/permissions';
import { articlePath, categoryPath, homePath, toMobilePath, type Variant } from '../lib/paths';
import { comeFrom, demoAccount, originOf, submitLogin } from './newsroomLogin';
import { blockingAxeViolations, htmlCheckerErrors, htmlAndCssBytes, loadAndWeigh, MOBILE_HTML_AND_CSS_BUDGET } from './pageChecks';
import { ANCHOR_STORY, DESKTOP, PHONE, READERS } from './routes';

/*
 * The breaking-news strip as editors and readers meet it: put up in the newsroom, it reaches pages
 * already in the page cache within seconds, in both versions, with and without script, and leads
 * to its story; it leaves them when cleared, when its end passes and when its story is unpublished.
 * A project of its own, after the other writers: the site has one strip, and each change to it
 * renders every page again, which would cut across the suites that watch pages stay cached.
 */

test.describe.configure({ mode: 'serial' });

/** The pages checked, in the desktop version: home, a section, a story, and a missing page. */
const PAGES = [homePath('desktop'), categoryPath('india-russia', 'desktop'), articlePath(ANCHOR_STORY.slug, 'desktop'), articlePath('no-such-story', 'desktop')];
const pathIn = (path: string, version: Variant) => (version === 'mobile' ? toMobilePath(path) : path);

// Time for a change to reach the cached pages: the change log is followed five times a second.
const REACHES_PAGES_MS = 5000;
// The server looks for a strip whose end has passed every five seconds.
const END_NOTICED_MS = 12_000;

const PROBE = { slug: 'breaking-news-probe-story', headline: 'Breaking probe: a bridge reopens after repairs', categorySlug: 'world', authorSlug: 'news-desk', tagSlugs: [] };

const strip = (page: Page) => page.getByRole('complementary', { name: 'Breaking news' });

/**
 * Asks for every checked page, in both versions, until each comes from the page cache showing the
 * strip or not. First waits out the last change's second drop (server/pageCacheHandler.mjs), which
 * would otherwise empty the cache again behind this.
 */
async function warmPages(request: APIRequestContext, showing: string | null) {
  const lastChangedAt = await readDatabase(async (sql) => Number(await sql.value('select max(changed_at) from content_changes')));
  const secondDropDone = lastChangedAt + SECOND_DROP_AFTER_MS + 3 * CHANGE_POLL_INTERVAL_MS;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, secondDropDone - Date.now())));
  for (const path of PAGES.flatMap((desktopPath) => [desktopPath, toMobilePath(desktopPath)])) {
    await expect
      .poll(
        async () => {
          const response = await request.get(path);
          const html = await response.text();
          return response.headers()['x-nextjs-cache'] === 'HIT' && html.includes('class="breaking-news"') === (showing !== null);
        },
        { message: path, timeout: REACHES_PAGES_MS },
      )
      .toBe(true);
  }
}

/** Opens every checked page for each reader until each shows `story` in the strip (none for null), within `timeout`. */
async function expectStripEverywhere(browser: Browser, story: { slug: string; headline: string } | null, timeout: number) {
  for (const reader of READERS) {
    const context = await browser.newContext(reader.options);
    try {
      const page = await context.newPage();
      for (const desktopPath of PAGES) {
        const path = pathIn(desktopPath, reader.version);
        await expect(async () => {
          await page.goto(path);
          if (!story) {
            await expect(strip(page)).toHaveCount(0, { timeout: 500 });
            return;
          }
          const link = strip(page).getByRole('link');
          await expect(link).toHaveText(`Breaking ${story.headline}`, { timeout: 500 });
          await expect(link).toHaveAttribute('href', articlePath(story.slug, reader.version), { timeout: 500 });
        }, `${reader.name}: ${path}`).toPass({ timeout, intervals: [200] });
      }
    } finally {
      await context.close();
    }
  }
}

async function logIn(browser: Browser, role: StaffRole, host: number, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await comeFrom(page, host);
  await submitLogin(page, demoAccount(role));
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  return page;
}

const liveStrips = () =>
  readDatabase(async (sql) =>
    Number(await sql.value(`select count(*) from breaking_news where cleared_at is null and ends_at > ${instantFromMilliseconds(sql, '?')}`, Date.now())),
  );

/** Takes down any strip still up, as the editor would, so that no later test or suite sees one. */
async function clearStrips() {
  await writeAndRecordChange([SITE_TAG], async (sql) => {
    const now = instantFromMilliseconds(sql, '@now');
    await sql.run(
      `update breaking_news set cleared_at = ${now}, cleared_by = (select id from staff where email = @editor)
       where cleared_at is null and ends_at > ${now}`,
      { now: Date.now(), editor: demoAccount('editor').email },
    );
  });
}

test.beforeAll(async () => {
  await writeAndRecordChange(storyChangeTags('relisted', PROBE), async (sql) => {
    // Dated 2001: at the end of its listings, away from the pages the other tests read.
    await insertTestStory(sql, { ...PROBE, standfirst: 'A story for the breaking-news test.', body: oneParagraphBody('Body.'), publishedAt: Date.UTC(2001, 0, 1) });
  });
});

test.afterAll(async () => {
  await clearStrips();
  await writeAndRecordChange([...storyChangeTags('relisted', PROBE), SITE_TAG], async (sql) => {
    await sql.run('delete from articles where slug = ?', PROBE.slug);
  });
});

test('an editor puts up a strip: cached pages show it within seconds in both versions, with and without script, leading to the story; cleared, it goes', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  await warmPages(request, null);
  await expectStripEverywhere(browser, null, REACHES_PAGES_MS);

  const editor = await logIn(browser, 'editor', 80);
  await editor.getByRole('link', { name: 'Breaking news' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: 'Breaking news' })).toBeVisible();
  await expect(editor.getByText('No strip is up.')).toBeVisible();
  await editor.getByLabel('Story').selectOption({ label: ANCHOR_STORY.headline });
  await editor.getByRole('button', { name: 'Put up the strip' }).click();
  await expect(editor.getByText('The strip is up: every page shows it within seconds.')).toBeVisible();
  await expect(editor.getByRole('region', { name: 'On every page now' }).getByRole('link', { name: ANCHOR_STORY.headline })).toBeVisible();
  await expect(editor.getByText(/put up by Ananya Rao/)).toBeVisible();
  await expectStripEverywhere(browser, ANCHOR_STORY, REACHES_PAGES_MS);

  // The strip leads to the story, in the version the reader is reading.
  for (const reader of READERS) {
    const context = await browser.newContext(reader.options);
    try {
      const page = await context.newPage();
      await page.goto(pathIn(categoryPath('india-russia', 'desktop'), reader.version));
      await strip(page).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`${articlePath(ANCHOR_STORY.slug, reader.version)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ANCHOR_STORY.headline);
    } finally {
      await context.close();
    }
  }

  await warmPages(request, ANCHOR_STORY.headline);
  await editor.getByRole('button', { name: 'Clear the strip' }).click();
  await expect(editor.getByText('The strip is cleared: it leaves every page within seconds.')).toBeVisible();
  await expect(editor.getByText('No strip is up.')).toBeVisible();
  await expect(editor.getByRole('row').filter({ hasText: ANCHOR_STORY.headline }).first()).toContainText('Cleared by Ananya Rao');
  await expectStripEverywhere(browser, null, REACHES_PAGES_MS);
});

test('without script, the form refuses an end in the past or too far ahead in words; a strip whose end passes leaves the cached pages', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const editor = await logIn(browser, 'editor', 81, { ...DESKTOP, javaScriptEnabled: false });
  await editor.goto('/newsroom/breaking');
  const putUp = async (endsAt?: string) => {
    await editor.getByLabel('Story').selectOption({ label: PROBE.headline });
    if (endsAt !== undefined) await editor.getByLabel(/^Ends at/).fill(endsAt);
    await editor.getByRole('button', { name: 'Put up the strip' }).click();
  };
  await putUp('2001-01-01T09:30');
  await expect(editor.getByRole('status')).toHaveText('Choose a time in the future.');
  await putUp('2099-01-01T09:30');
  await expect(editor.getByRole('status')).toHaveText('Choose an end within 48 hours; to keep the strip up longer, put it up again then.');
  expect(await liveStrips()).toBe(0);

  await putUp();
  await expect(editor.getByRole('status')).toHaveText('The strip is up: every page shows it within seconds.');
  await expectStripEverywhere(browser, PROBE, REACHES_PAGES_MS);
  await warmPages(request, PROBE.headline);

  // Its end brought near by the test's own hand: the server, not the test, must tell the pages.
  await writeDatabase(async (sql) => {
    await sql.run(`update breaking_news set ends_at = ${instantFromMilliseconds(sql, '?')} where cleared_at is null`, Date.now() + 2000);
  });
  await expectStripEverywhere(browser, null, END_NOTICED_MS);
  expect(await readDatabase((sql) => sql.value('select end_recorded_at from breaking_news order by id desc limit 1'))).not.toBeNull();
  await editor.reload();
  await expect(editor.getByText('No strip is up.')).toBeVisible();
  await expect(editor.getByRole('row').filter({ hasText: PROBE.headline }).first()).toContainText('At its end');
});

test('unpublishing the strip’s story takes the strip off every cached page', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const editor = await logIn(browser, 'editor', 82);
  await editor.goto('/newsroom/breaking');
  await editor.getByLabel('Story').selectOption({ label: PROBE.headline });
  await editor.getByRole('button', { name: 'Put up the strip' }).click();
  await expect(editor.getByRole('status')).toHaveText('The strip is up: every page shows it within seconds.');
  await warmPages(request, PROBE.headline);

  const storyId = await readDatabase(async (sql) => Number(await sql.value('select id from articles where slug = ?', PROBE.slug)));
  await editor.goto(`/newsroom/stories/${storyId}`);
  await editor.getByRole('button', { name: 'Unpublish' }).click();
  await expect(editor.getByText('Unpublished: the story is a draft again.')).toBeVisible();
  await expectStripEverywhere(browser, null, REACHES_PAGES_MS);
  await editor.goto('/newsroom/breaking');
  await expect(editor.getByText('The story is not published just now, so readers do not see the strip.')).toBeVisible();
  await clearStrips();
});

test('put up a strip: editor, admin; the others see why not, and their posts change nothing', async ({ browser }) => {
  const roles: StaffRole[] = ['contributor', 'author', 'editor', 'admin'];
  const sessions = await Promise.all(roles.map(async (role, index) => ({ role, page: await logIn(browser, role, 83 + index) })));
  const pageOf = (role: StaffRole) => {
    const session = sessions.find((candidate) => candidate.role === role);
    if (!session) throw new Error(`No session for the ${role}`);
    return session.page;
  };
  const editor = pageOf('editor');
  await editor.goto('/newsroom/breaking');
  await editor.getByLabel('Story').selectOption({ label: ANCHOR_STORY.headline });
  const fields = Object.fromEntries(
    await editor.locator('form.newsroom-form').evaluate((form: HTMLFormElement) => [...new FormData(form)].map(([name, value]) => [name, String(value)])),
  );
  const outcomes: StaffRole[] = [];
  for (const { role, page } of sessions) {
    await expect(page.getByRole('link', { name: 'Breaking news' })).toHaveCount(role === 'editor' || role === 'admin' ? 1 : 0);
    await page.request.post('/newsroom/breaking', { multipart: fields, headers: originOf(page), maxRedirects: 0 });
    if ((await liveStrips()) > 0) outcomes.push(role);
    await clearStrips();
  }
  expect(outcomes).toEqual(['editor', 'admin']);
  const author = pageOf('author');
  await author.goto('/newsroom/breaking');
  await expect(author.getByText('Only editors and admins put up breaking news.')).toBeVisible();
  await expect(author.getByRole('button', { name: 'Put up the strip' })).toHaveCount(0);
});

test.describe('a page with the strip', () => {
  // What only the views decide is the same on either engine: checked once, on SQLite (playwright.config.ts).
  test.skip(E2E_ENGINE === 'postgres', 'checked on SQLite');

  test.beforeAll(async () => {
    const editorId = await readDatabase(async (sql) => Number(await sql.value('select id from staff where email = ?', demoAccount('editor').email)));
    const storyId = await readDatabase(async (sql) => Number(await sql.value('select id from articles where slug = ?', ANCHOR_STORY.slug)));
    await withE2eProcessStore(() => setBreakingNews({ storyId, endsAt: new Date(Date.now() + 60 * 60 * 1000) }, editorId));
  });

  test.afterAll(clearStrips);

  test('holds one line on a phone and on a desktop, is left out of print, and is screenshotted for a person to look at', async ({ browser }) => {
    for (const [name, options, path] of [
      ['desktop', DESKTOP, homePath('desktop')],
      ['phone', PHONE, homePath('mobile')],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ ...options, colorScheme });
        try {
          const page = await context.newPage();
          await page.goto(path);
          const link = strip(page).getByRole('link');
          await expect(link).toBeVisible();
          const heights = await link.evaluate((element) => ({
            link: element.getBoundingClientRect().height,
            line: parseFloat(getComputedStyle(element).lineHeight),
          }));
          // One line of text and the strip's padding: a second line would add a whole line height.
          expect(heights.link, name).toBeLessThan(heights.line * 2);
          if (name === 'phone') {
            // The story's long headline is cut short with an ellipsis rather than wrapped.
            const headline = strip(page).locator('.breaking-news__headline');
            expect(await headline.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
          }
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `test-results/screenshots/breaking-news-${name}-${colorScheme}.png` });
          await page.emulateMedia({ media: 'print' });
          await expect(strip(page)).toBeHidden();
        } finally {
          await context.close();
        }
      }
    }
  });

  test('has no serious accessibility problem, light and dark, in either version, nor does the newsroom’s page', async ({ browser }) => {
    for (const [options, path] of [
      [DESKTOP, articlePath(ANCHOR_STORY.slug, 'desktop')],
      [PHONE, articlePath(ANCHOR_STORY.slug, 'mobile')],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ ...options, colorScheme });
        try {
          const page = await context.newPage();
          await page.goto(path);
          await expect(strip(page)).toBeVisible();
          expect(await blockingAxeViolations(page), `${path}, ${colorScheme}`).toEqual([]);
        } finally {
          await context.close();
        }
      }
    }
    const editor = await logIn(browser, 'editor', 87);
    for (const colorScheme of ['light', 'dark'] as const) {
      await editor.emulateMedia({ colorScheme });
      await editor.goto('/newsroom/breaking');
      await expect(editor.getByRole('button', { name: 'Clear the strip' })).toBeVisible();
      expect(await blockingAxeViolations(editor), colorScheme).toEqual([]);
      await editor.screenshot({ path: `test-results/screenshots/breaking-news-newsroom-${colorScheme}.png`, fullPage: true });
    }
  });

  test('is valid HTML in both versions', async ({ request }) => {
    test.setTimeout(60_000);
    const documents: { name: string; html: string }[] = [];
    for (const desktopPath of PAGES) {
      for (const version of ['desktop', 'mobile'] as const) {
        const html = await (await request.get(pathIn(desktopPath, version))).text();
        expect(html).toContain('class="breaking-news"');
        documents.push({ name: `${version}${desktopPath.replaceAll('/', '-')}`, html });
      }
    }
    expect(htmlCheckerErrors(documents)).toEqual([]);
  });

  test('keeps the mobile pages within budget, with no script, and every page asks nothing of another host', async ({ browser, baseURL }) => {
    for (const reader of READERS) {
      const context = await browser.newContext(reader.options);
      try {
        for (const desktopPath of PAGES.slice(0, 3)) {
          const page = await context.newPage();
          const path = pathIn(desktopPath, reader.version);
          const requested: string[] = [];
          page.on('request', (sent) => requested.push(sent.url()));
          const loaded = await loadAndWeigh(page, path);
          await expect(strip(page)).toBeVisible();
          const elsewhere = requested.filter((url) => /^https?:/.test(url) && new URL(url).origin !== new URL(baseURL ?? '').origin);
          expect(elsewhere, `${reader.name}: ${path}`).toEqual([]);
          if (reader.version === 'mobile') {
            expect(htmlAndCssBytes(loaded), path).toBeLessThanOrEqual(MOBILE_HTML_AND_CSS_BUDGET);
            expect(loaded.filter((resource) => resource.resourceType === 'script'), path).toEqual([]);
          }
          await page.close();
        }
      } finally {
        await context.close();
      }
    }
  });
});
