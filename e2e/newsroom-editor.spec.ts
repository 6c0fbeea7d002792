import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { articlePath, categoryPath, homePath, tagPath } from '../lib/paths';
import { PHONE_USER_AGENT } from './routes';
import { comeFrom, demoAccount, submitLogin } from './newsroomLogin';
import { readDatabase, withE2eStore, writeAndRecordChange } from '../db/testing/e2eDatabase';
import { SITE_TAG, storyChangeTags } from '../lib/contentTags';
import { importWordPressInto } from '../db/import/importWordPressInto';
import { parseWxr } from '../db/import/wxr';
import { STORY_TEXT_LIMITS } from '../lib/textLimits';

/*
 * Writing in the newsroom, as its staff would, and the result as readers see it. Its own project,
 * after the reader suites: a story published now leads the home page while it is up.
 */

test.describe.configure({ mode: 'serial' });

const HEADLINE = 'Newsroom test: Chennai metro opens its second line';
const SLUG = 'newsroom-test-chennai-metro-opens-its-second-line';
const JAPANESE_TOPIC = '日本語';

async function logInAs(page: Page, role: 'editor' | 'contributor', host: number) {
  await comeFrom(page, host);
  await submitLogin(page, demoAccount(role));
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
}

async function testImage(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d4f91' } }).png().toBuffer();
}

async function fillStory(page: Page, headline: string) {
  await page.getByLabel('Headline').fill(headline);
  await page.getByLabel('Standfirst').fill('Commuters in the south of the city get a direct line to the airport.');
  await page.getByLabel('Section').selectOption({ label: 'India & Russia' });
  await page.getByLabel('Topics').fill('Chennai, Transport');
  await page.getByLabel(/^Story/).fill('## What opens\n\nThe line runs **twelve** stations.\n\n<script>alert(1)</script>');
  await page.getByLabel('Description for readers who cannot see it (alt text)').fill('A blue test card');
  await page.getByLabel('Caption and credit').fill('Test credit');
}

test.afterAll(async () => {
  await writeAndRecordChange(
    storyChangeTags('relisted', { slug: SLUG, categorySlug: 'india-russia', authorSlug: 'ananya-rao', tagSlugs: ['chennai', 'transport', JAPANESE_TOPIC] }),
    async (sql) => {
      await sql.run(`delete from articles where slug like 'newsroom-test-%'`);
      await sql.run(`delete from tags where slug = ? and not exists (select 1 from article_tags where tag_id = tags.id)`, JAPANESE_TOPIC);
    },
  );
});

test('an editor writes a story with an image and publishes it; a phone reader sees it on the mobile home page within a second', async ({ page, browser }) => {
  await logInAs(page, 'editor', 21);
  await page.getByRole('link', { name: 'New story' }).click();
  await fillStory(page, HEADLINE);
  await page.getByLabel(/^Image/).setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: await testImage() });
  const phone = await browser.newContext({ userAgent: PHONE_USER_AGENT, viewport: { width: 390, height: 844 } });
  const reader = await phone.newPage();
  // A phone reader keeps reloading the mobile home page while the editor publishes.
  const firstSeen = (async () => {
    for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((resolve) => setTimeout(resolve, 50))) {
      if ((await (await reader.request.get(homePath('mobile'))).text()).includes(HEADLINE)) return Date.now();
    }
    return Number.POSITIVE_INFINITY;
  })();
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText(/^Published\. Left out of the story: HTML\.$/)).toBeVisible();
  const seenAt = await firstSeen;
  // From the moment the publication was committed (the story's modification time) to the reader seeing it.
  // Number() of SQLite's milliseconds, or of PostgreSQL's instant (a Date), is the time in milliseconds.
  const committedAt = await readDatabase(async (sql) => Number(await sql.value('select modified_at from articles where slug = ?', SLUG)));
  test.info().annotations.push({ type: 'publication to phone reader', description: `${seenAt - committedAt} ms` });
  expect(seenAt - committedAt).toBeLessThan(1000);
  await reader.goto(articlePath(SLUG, 'desktop'));
  await expect(reader).toHaveURL(new RegExp(`/m/article/${SLUG}$`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await expect(reader.getByRole('heading', { level: 2, name: 'What opens' })).toBeVisible();
  await expect(reader.locator('body')).not.toContainText('alert(1)');
  const image = reader.locator('main picture img').first();
  await expect(image).toHaveAttribute('alt', 'A blue test card');
  expect((await reader.request.get((await image.getAttribute('src'))!)).headers()['content-type']).toBe('image/jpeg');
  await reader.goto(categoryPath('india-russia', 'mobile'));
  await expect(reader.getByRole('link', { name: HEADLINE }).first()).toBeVisible();
  await phone.close();

  for (const path of [homePath('desktop'), categoryPath('india-russia', 'desktop')]) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: HEADLINE }).first()).toBeVisible();
  }
});

test('an editor changes the headline, sees who changed what, and restores the earlier version', async ({ page, request }) => {
  await logInAs(page, 'editor', 24);
  await page.getByRole('link', { name: HEADLINE }).click();
  await page.getByLabel('Headline').fill('Newsroom test: a headline changed in a hurry');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
  const latest = page.locator('.newsroom-history li').first();
  await expect(latest).toContainText(`${HEADLINE}`);
  await expect(latest).toContainText('by Ananya Rao, who changed the headline');
  await expect
    .poll(async () => (await (await request.get(articlePath(SLUG, 'desktop'))).text()).includes('changed in a hurry'), { timeout: 1000, intervals: [50] })
    .toBe(true);

  await latest.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByText('The earlier version is back; the one it replaced is in the history.')).toBeVisible();
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
  await expect
    .poll(async () => (await (await request.get(articlePath(SLUG, 'desktop'))).text()).includes('changed in a hurry'), { timeout: 1000, intervals: [50] })
    .toBe(false);
});

test('a refused save keeps everything typed, with the reason beside the field', async ({ page }) => {
  await logInAs(page, 'editor', 22);
  await page.goto('/newsroom/stories/new');
  await fillStory(page, '   ');
  await page.getByLabel(/^Image/).setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Write a headline.')).toBeVisible();
  await expect(page.getByLabel('Standfirst')).toHaveValue('Commuters in the south of the city get a direct line to the airport.');
  await expect(page.getByLabel('Topics')).toHaveValue('Chennai, Transport');
  await expect(page.getByLabel('Section').locator('option:checked')).toHaveText('India & Russia');

  await page.getByLabel('Headline').fill('Newsroom test: an image that is not one');
  await page.getByLabel(/^Image/).setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('That file is not an image we can read. Upload a JPEG, PNG, WebP, AVIF or GIF.')).toBeVisible();
  await expect(page.getByLabel(/^Story/)).toHaveValue(/twelve/);
});

test('a body nested too deep, or too long, is refused with the reason beside it, keeping everything typed', async ({ page }) => {
  await logInAs(page, 'editor', 25);
  await page.goto('/newsroom/stories/new');
  for (const [label, limit] of [
    ['Headline', STORY_TEXT_LIMITS.headline],
    ['Standfirst', STORY_TEXT_LIMITS.standfirst],
    [/^Story/, STORY_TEXT_LIMITS.body],
    ['Description for readers who cannot see it (alt text)', STORY_TEXT_LIMITS.imageAlt],
    ['Caption and credit', STORY_TEXT_LIMITS.imageCredit],
  ] as const) {
    await expect(page.getByLabel(label)).toHaveAttribute('maxlength', String(limit));
  }
  await fillStory(page, 'Newsroom test: a body too deep');
  const story = page.getByLabel(/^Story/);
  const tooDeep = Array.from({ length: 50 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n');
  await story.fill(tooDeep);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('#body-error')).toHaveText('Quotations and lists, and bold, italic and links, can be nested at most 8 deep.');
  await expect(story).toHaveAttribute('aria-describedby', 'body-error');
  await expect(story).toHaveValue(tooDeep);
  await expect(page.getByLabel('Headline')).toHaveValue('Newsroom test: a body too deep');
  await expect(page.getByLabel('Topics')).toHaveValue('Chennai, Transport');

  // The browser stops typing at the limit; a hand-made request does not, and is refused as well.
  const tooLong = Array.from({ length: 101 }, () => 'word '.repeat(199) + 'end.').join('\n\n');
  expect(tooLong.length).toBeGreaterThan(STORY_TEXT_LIMITS.body);
  await story.evaluate((field) => field.removeAttribute('maxlength'));
  await story.fill(tooLong);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('#body-error')).toHaveText('Keep the story within 100,000 characters.');
  await expect(page.getByLabel(/^Story/)).toHaveValue(tooLong);
});

test('a topic in Japanese leads to its topic page on desktop and phone; one with no letters is refused beside the topics', async ({ page, browser, request }) => {
  const headline = 'Newsroom test: first snow of the season in Tokyo';
  await logInAs(page, 'editor', 26);
  await page.goto('/newsroom/stories/new');
  await fillStory(page, headline);
  await page.getByLabel('Topics').fill(`${JAPANESE_TOPIC}, !!!`);
  await page.getByLabel(/^Image/).setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: await testImage() });
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.locator('#tags-error')).toHaveText('Give each topic a letter or a digit: “!!!” has none.');
  await expect(page.getByLabel('Topics')).toHaveValue(`${JAPANESE_TOPIC}, !!!`);

  await page.getByLabel('Topics').fill(JAPANESE_TOPIC);
  await page.getByLabel(/^Image/).setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: await testImage() });
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText(/^Published\./)).toBeVisible();
  const editorUrl = page.url();

  await page.goto(articlePath('newsroom-test-first-snow-of-the-season-in-tokyo', 'desktop'));
  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: JAPANESE_TOPIC }).click();
  await expect(page).toHaveURL(tagPath(JAPANESE_TOPIC, 'desktop'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JAPANESE_TOPIC);
  await expect(page.getByRole('link', { name: headline }).first()).toBeVisible();

  const phone = await browser.newContext({ userAgent: PHONE_USER_AGENT, viewport: { width: 390, height: 844 } });
  const reader = await phone.newPage();
  const response = await reader.goto(tagPath(JAPANESE_TOPIC, 'mobile'));
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(JAPANESE_TOPIC);
  await expect(reader.getByRole('link', { name: headline }).first()).toBeVisible();
  await phone.close();

  // Both topic pages are cached now; taking the story down drops them by the topic's tag.
  await page.goto(editorUrl);
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByText(/^Unpublished/)).toBeVisible();
  for (const path of [tagPath(JAPANESE_TOPIC, 'desktop'), tagPath(JAPANESE_TOPIC, 'mobile')]) {
    await expect.poll(async () => (await (await request.get(path)).text()).includes(headline), { timeout: 2_000, intervals: [100] }).toBe(false);
  }
});

test('a contributor saves a draft but cannot publish it, even by posting the publish button themselves', async ({ page, request }) => {
  await logInAs(page, 'contributor', 23);
  await page.goto('/newsroom/stories/new');
  await fillStory(page, 'Newsroom test: a contributor’s draft');
  await page.getByLabel(/^Image/).setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: await testImage() });
  await expect(page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
  const editorUrl = page.url();

  // Before anyone publishes it, both versions can be seen side by side.
  await page.getByRole('link', { name: 'Preview the desktop and mobile versions' }).click();
  for (const frame of ['Desktop version', 'Mobile version']) {
    await expect(page.frameLocator(`iframe[title="${frame}"]`).getByRole('heading', { level: 1 })).toHaveText('Newsroom test: a contributor’s draft');
  }
  await page.goto(editorUrl);

  // The page offers no publish button; add one and press it, as a hand-made request would.
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.type = 'submit';
    button.name = 'intent';
    button.value = 'publish';
    button.textContent = 'Forced publish';
    document.querySelector('form.newsroom-editor')?.append(button);
  });
  await page.getByRole('button', { name: 'Forced publish' }).click();
  await expect(page.getByText('Only an editor, or the story’s own author, can publish, schedule or unpublish it. Save it as a draft instead.')).toBeVisible();
  expect((await request.get(articlePath('newsroom-test-a-contributor-s-draft', 'desktop'))).status()).toBe(404);
});

test.describe('a WordPress archive brought along', () => {
  const fixture = path.join(import.meta.dirname, '..', 'db', 'import', 'fixtures', 'wordpress-export.xml');

  test.beforeAll(async () => {
    await withE2eStore((store) => importWordPressInto(parseWxr(readFileSync(fixture, 'utf8')), {}, store));
  });

  test.afterAll(async () => {
    await writeAndRecordChange([SITE_TAG], async (sql) => {
      await sql.run(`delete from articles where id in (select article_id from imported_stories)`);
      await sql.run(`delete from categories where slug = 'science' and not exists (select 1 from articles where category_id = categories.id)`);
      await sql.run(`delete from authors where slug in ('priya', 'desk') and not exists (select 1 from articles where author_id = authors.id)`);
    });
  });

  test('an old permalink answers 301 with the story’s new address, for desktops and phones', async ({ request, browser }) => {
    for (const oldPath of ['/2024/03/14/rosatom-fuel-deal/', '/2024/03/14/rosatom-fuel-deal']) {
      const response = await request.get(oldPath, { maxRedirects: 0 });
      expect(response.status(), oldPath).toBe(301);
      expect(response.headers().location, oldPath).toBe('/article/rosatom-fuel-deal');
    }
    const phone = await browser.newContext({ userAgent: PHONE_USER_AGENT });
    const page = await phone.newPage();
    await page.goto('/2024/03/14/rosatom-fuel-deal/');
    await expect(page).toHaveURL(/\/m\/article\/rosatom-fuel-deal$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rosatom and India sign fuel deal for Kudankulam units');
    await phone.close();
    // Old addresses of stories not yet published lead nowhere yet.
    expect((await request.get('/?p=103', { maxRedirects: 0 })).status()).toBe(200);
    expect((await request.get('/2031/01/15/summit-preview', { maxRedirects: 0 })).status()).toBe(404);
  });
});
