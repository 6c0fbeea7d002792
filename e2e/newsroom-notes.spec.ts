import { expect, test, type Browser, type Page } from '@playwright/test';
import { articlePath, CORRECTIONS_RSS_PATH, correctionsPath } from '../lib/paths';
import { storyNoteTags } from '../lib/contentTags';
import { readDatabase, writeAndRecordChange } from '../db/testing/e2eDatabase';
import { comeFrom, demoAccount, submitLogin } from './newsroomLogin';
import { PHONE_USER_AGENT } from './routes';

/*
 * An editor appends a correction to a published story, and puts it right with a later note; readers
 * see each on both versions of the story, in its structured data, on the corrections page and in
 * its feed, through the page cache. Its own project, after the reader suites.
 */

test.describe.configure({ mode: 'serial' });

const STORY = {
  slug: 'indian-students-keep-choosing-russian-medical-schools-despite-war-and-distance',
  category: { slug: 'india-russia', name: 'India & Russia' },
};
const CORRECTION = 'Newsroom test: an earlier version of this story put the number of students at 30,000. It is about 20,000.';
const REPLACEMENT = 'Newsroom test: an earlier version of this story put the number of students at 30,000. It is about 19,000, by the ministry’s count.';
const REFUSED = 'Newsroom test: this note comes back when it is refused.';

const storyId = () => readDatabase(async (sql) => Number(await sql.value('select id from articles where slug = ?', STORY.slug)));

test.afterAll(async () => {
  await writeAndRecordChange(storyNoteTags({ slug: STORY.slug, categorySlug: STORY.category.slug, authorSlug: '', tagSlugs: [] }), async (sql) => {
    const id = await storyId();
    // Notes have no way out through the site; the test's own are taken out here, newest first (each may name an earlier one).
    await sql.run('delete from story_notes where article_id = ? and supersedes is not null', id);
    await sql.run('delete from story_notes where article_id = ?', id);
    await sql.run('update articles set updated_at = null where id = ?', id);
  });
});

async function editorPage(browser: Browser, { javaScriptEnabled }: { javaScriptEnabled: boolean }): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await comeFrom(page, javaScriptEnabled ? 41 : 42);
  await submitLogin(page, demoAccount('editor'));
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  return page;
}

/** The reader's pages that show a story's notes, in the states readers would have cached them. */
async function readerPages(browser: Browser) {
  const desktop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext({ userAgent: PHONE_USER_AGENT, viewport: { width: 390, height: 844 }, javaScriptEnabled: false })).newPage();
  return {
    /** The notes at the end of the story, on the desktop and on the mobile version. */
    async notesShown(): Promise<string[][]> {
      const shown: string[][] = [];
      for (const [page, path] of [
        [desktop, articlePath(STORY.slug, 'desktop')],
        [phone, articlePath(STORY.slug, 'mobile')],
      ] as const) {
        await page.goto(path);
        shown.push(await page.locator('.story-notes .story-note__text').allTextContents());
      }
      return shown;
    },
    async correctionsListed(): Promise<string[][]> {
      const listed: string[][] = [];
      for (const [page, path] of [
        [desktop, correctionsPath('desktop')],
        [phone, correctionsPath('mobile')],
      ] as const) {
        await page.goto(path);
        listed.push(await page.locator('.correction-list__item .story-note__text').allTextContents());
      }
      return listed;
    },
    async structuredCorrections(): Promise<string[]> {
      await desktop.goto(articlePath(STORY.slug, 'desktop'));
      const data = (await desktop.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as { '@type': string; correction?: { text: string }[] });
      return (data.find((entry) => entry['@type'] === 'NewsArticle')?.correction ?? []).map((note) => note.text);
    },
  };
}

test('an editor’s correction reaches both versions of the story, its structured data, the corrections page and feed, cached before it', async ({ browser, request }) => {
  const readers = await readerPages(browser);
  // Cached before the note: each must be dropped for it.
  expect(await readers.notesShown()).toEqual([[], []]);
  await readers.correctionsListed();
  await request.get(CORRECTIONS_RSS_PATH);

  const editor = await editorPage(browser, { javaScriptEnabled: true });
  await editor.goto(`/newsroom/stories/${await storyId()}`);
  const panel = editor.getByRole('region', { name: 'Corrections and updates' });
  await expect(panel.getByText('No notes yet.')).toBeVisible();
  await panel.getByRole('radio', { name: 'Correction' }).check();
  await panel.getByLabel('What readers are told').fill(CORRECTION);
  await panel.getByRole('button', { name: 'Add the note' }).click();
  await expect(editor.getByText('The note is added at the end of the story and on the corrections page.')).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem').first()).toContainText('Correction');
  await expect(panel.getByRole('listitem').first()).toContainText('by Ananya Rao');

  // The page cache's own timing is caching.spec.ts's to hold; here, that the note reaches every cached page showing it.
  await expect.poll(() => readers.notesShown(), { timeout: 5_000, intervals: [100] }).toEqual([[CORRECTION], [CORRECTION]]);
  expect((await readers.correctionsListed()).map((texts) => texts[0])).toEqual([CORRECTION, CORRECTION]);
  expect(await readers.structuredCorrections()).toEqual([CORRECTION]);
  const feed = await (await request.get(CORRECTIONS_RSS_PATH)).text();
  expect(feed).toContain(`<title><![CDATA[Correction: `);
  expect(feed).toContain(CORRECTION);
});

test('without script, a note that replaces the correction is refused once the correction is replaced already, keeping what was typed', async ({ browser }) => {
  const noScript = await editorPage(browser, { javaScriptEnabled: false });
  const withScript = await editorPage(browser, { javaScriptEnabled: true });
  const address = `/newsroom/stories/${await storyId()}`;
  // Both open the story with the correction in force, and both set out to replace it.
  await noScript.goto(address);
  await withScript.goto(address);

  const firstPanel = withScript.getByRole('region', { name: 'Corrections and updates' });
  await firstPanel.getByRole('radio', { name: 'Correction' }).check();
  await firstPanel.getByLabel('What readers are told').fill(REPLACEMENT);
  await firstPanel.getByLabel('Replaces').selectOption({ index: 1 });
  await firstPanel.getByRole('button', { name: 'Add the note' }).click();
  await expect(withScript.getByText('The note is added at the end of the story and on the corrections page.')).toBeVisible();

  const secondPanel = noScript.getByRole('region', { name: 'Corrections and updates' });
  await secondPanel.getByRole('radio', { name: 'Update' }).check();
  await secondPanel.getByLabel('What readers are told').fill(REFUSED);
  await secondPanel.getByLabel('Replaces').selectOption({ index: 1 });
  await secondPanel.getByRole('button', { name: 'Add the note' }).click();
  await expect(noScript.getByRole('alert')).toHaveText('That note has been replaced already: choose the note that replaced it.');
  await expect(secondPanel.getByLabel('What readers are told')).toHaveValue(REFUSED);
  await expect(secondPanel.getByRole('radio', { name: 'Update' })).toBeChecked();

  // Readers see the replacement alone (how soon is the first test's to time); the newsroom keeps both, the earlier marked as replaced.
  const readers = await readerPages(browser);
  await expect.poll(() => readers.notesShown(), { timeout: 10_000 }).toEqual([[REPLACEMENT], [REPLACEMENT]]);
  expect((await readers.correctionsListed()).flat()).not.toContain(CORRECTION);
  expect(await readers.structuredCorrections()).toEqual([REPLACEMENT]);
  await noScript.goto(address);
  const record = noScript.getByRole('region', { name: 'Corrections and updates' }).getByRole('listitem');
  await expect(record).toHaveCount(2);
  await expect(record.nth(1)).toContainText('(replaced by a later note; no longer shown)');
  await expect(record.nth(0)).not.toContainText('replaced by a later note');
});
