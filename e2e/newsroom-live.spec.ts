import { expect, test, type Browser, type Page } from '@playwright/test';
import { insertTestStory, oneParagraphBody, readDatabase, writeAndRecordChange } from '../db/testing/e2eDatabase';
import { storyChangeTags } from '../lib/contentTags';
import type { StaffRole } from '../lib/newsroom/permissions';
import { articlePath } from '../lib/paths';
import { comeFrom, demoAccount, originOf, submitLogin } from './newsroomLogin';
import { blockingAxeViolations } from './pageChecks';

/*
 * The live desk as the newsroom meets it: an editor opens a story's coverage, posts in one field
 * and one click, edits a post, marks key events, pins and unpins, removes and closes; someone who
 * may not edit the story may not post to it, whatever they send; and the desk works without
 * script. On stories of the spec's own, written in before and taken out after, so that no other
 * suite's live coverage or story meets these posts.
 */

test.describe.configure({ mode: 'serial' });

// Under a byline no demo account writes as: the editor may keep its coverage, the author may not.
const BYLINE = 'elena-sokolova';
const STORY = { slug: 'live-desk-test-the-city-counts-its-votes', headline: 'Live desk test: the city counts its votes', categorySlug: 'world', authorSlug: BYLINE, tagSlugs: [] };
const QUIET_STORY = { slug: 'live-desk-test-a-storm-passes-the-coast', headline: 'Live desk test: a storm passes the coast', categorySlug: 'world', authorSlug: BYLINE, tagSlugs: [] };

const storyId = (slug: string) => readDatabase(async (sql) => Number(await sql.value('select id from articles where slug = ?', slug)));
const deskOf = async (slug: string) => `/newsroom/stories/${await storyId(slug)}/live`;

test.beforeAll(async () => {
  for (const story of [STORY, QUIET_STORY]) {
    await writeAndRecordChange(storyChangeTags('relisted', story), async (sql) => {
      // Dated 2001: at the end of its listings, away from the pages the other suites read.
      await insertTestStory(sql, { ...story, standfirst: 'A story for the live desk test.', body: oneParagraphBody('Body.'), publishedAt: Date.UTC(2001, 0, 1) });
    });
  }
});

test.afterAll(async () => {
  for (const story of [STORY, QUIET_STORY]) {
    await writeAndRecordChange(storyChangeTags('relisted', story), async (sql) => {
      const id = await storyId(story.slug);
      // The coverage first: it names its pinned post.
      await sql.run('delete from live_coverage where article_id = ?', id);
      await sql.run('delete from live_posts where article_id = ?', id);
      await sql.run('delete from articles where id = ?', id);
    });
  }
});

async function logIn(browser: Browser, role: StaffRole, host: number, { javaScriptEnabled = true } = {}): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled })).newPage();
  await comeFrom(page, host);
  await submitLogin(page, demoAccount(role));
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  return page;
}

const notice = (page: Page) => page.getByRole('status');
const newPost = (page: Page) => page.getByRole('region', { name: 'New post' });
const posts = (page: Page) => page.getByRole('region', { name: 'Posts, newest first' }).getByRole('listitem').filter({ has: page.locator('time') });
const postSaying = (page: Page, text: string) => posts(page).filter({ hasText: text });

const FIRST = 'Live desk test: polling stations open across the city at seven.';
const FIRST_EDITED = 'Live desk test: polling stations opened across the city at seven, on time.';
const SECOND = 'Live desk test: turnout passes forty per cent by noon.';

test('an editor opens coverage, posts in one field and one click, edits, marks key events, pins and unpins, and removes', async ({ browser }) => {
  const editor = await logIn(browser, 'editor', 91);
  await editor.goto(`/newsroom/stories/${await storyId(STORY.slug)}`);
  await editor.getByRole('link', { name: 'Live desk' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: 'Live desk' })).toBeVisible();
  await expect(editor.getByRole('link', { name: articlePath(STORY.slug, 'desktop') })).toHaveAttribute('href', articlePath(STORY.slug, 'desktop'));

  await editor.getByLabel('Summary (one point a line)').fill('Polls are open.\n\nCounting starts at six.');
  await editor.getByRole('button', { name: 'Open live coverage' }).click();
  await expect(notice(editor)).toHaveText('Live coverage is open: post the first update.');
  await expect(editor.locator('.newsroom-live__summary li')).toHaveText(['Polls are open.', 'Counting starts at six.']);
  await expect(editor.getByText('No posts yet.')).toBeVisible();

  // One field, one click.
  await newPost(editor).getByLabel('What happened').fill(FIRST);
  await newPost(editor).getByRole('button', { name: 'Post', exact: true }).click();
  await expect(notice(editor)).toHaveText('Posted.');
  await expect(posts(editor)).toHaveCount(1);
  await expect(postSaying(editor, FIRST)).toContainText('by Ananya Rao');
  await expect(newPost(editor).getByLabel('What happened')).toHaveValue('');

  // A key event from the start: its line filled as it is posted.
  await newPost(editor).getByLabel('What happened').fill(SECOND);
  await newPost(editor).getByLabel(/^Key event/).fill('Turnout passes 40%');
  await newPost(editor).getByRole('button', { name: 'Post', exact: true }).click();
  await expect(notice(editor)).toHaveText('Posted.');
  await expect(posts(editor)).toHaveCount(2);
  await expect(posts(editor).first()).toContainText(SECOND);
  await expect(posts(editor).first()).toContainText('Key event Turnout passes 40%');

  // An edit keeps the post's time and place, shows when it was edited, and here makes it a key event.
  const first = postSaying(editor, FIRST);
  await first.getByText('Edit', { exact: true }).click();
  await first.getByLabel('Text').fill(FIRST_EDITED);
  await first.getByLabel(/^Key event/).fill('Polls open');
  await first.getByRole('button', { name: 'Save the post' }).click();
  await expect(notice(editor)).toHaveText('The post is changed; it shows when it was edited.');
  const edited = postSaying(editor, FIRST_EDITED);
  await expect(edited).toContainText('edited');
  await expect(edited).toContainText('Key event Polls open');
  await expect(posts(editor).last()).toContainText(FIRST_EDITED);
  const firstId = await readDatabase(async (sql) => Number(await sql.value('select id from live_posts where key_event = ?', 'Polls open')));
  await expect(edited).toHaveAttribute('id', `post-${firstId}`);
  await expect(edited.getByRole('link', { name: 'On the story’s page' })).toHaveAttribute('href', `${articlePath(STORY.slug, 'desktop')}#post-${firstId}`);

  // Pin, then unpin.
  const pinned = () => readDatabase((sql) => sql.value('select pinned_post_id from live_coverage where article_id = (select id from articles where slug = ?)', STORY.slug));
  await edited.getByRole('button', { name: 'Pin' }).click();
  await expect(notice(editor)).toHaveText('The post is pinned above the newest.');
  await expect(postSaying(editor, FIRST_EDITED)).toContainText('Pinned');
  expect(Number(await pinned())).toBe(firstId);
  await postSaying(editor, FIRST_EDITED).getByRole('button', { name: 'Unpin' }).click();
  await expect(notice(editor)).toHaveText('No post is pinned now.');
  await expect(postSaying(editor, FIRST_EDITED)).not.toContainText('Pinned');
  expect(await pinned()).toBeNull();

  // Removing asks for the box to be ticked first.
  const second = postSaying(editor, SECOND);
  await second.getByText('Remove', { exact: true }).click();
  await second.getByRole('button', { name: 'Remove the post' }).click();
  await expect(posts(editor)).toHaveCount(2);
  await second.getByRole('checkbox', { name: 'Yes, remove this post' }).check();
  await second.getByRole('button', { name: 'Remove the post' }).click();
  await expect(notice(editor)).toHaveText('The post is removed.');
  await expect(posts(editor)).toHaveCount(1);
  await expect(postSaying(editor, SECOND)).toHaveCount(0);

  // The summary kept current.
  await editor.getByLabel('Summary (one point a line)').fill('Polls are open.\nTurnout is high.');
  await editor.getByRole('button', { name: 'Change the summary' }).click();
  await expect(notice(editor)).toHaveText('The summary is changed.');
  await expect(editor.locator('.newsroom-live__summary li')).toHaveText(['Polls are open.', 'Turnout is high.']);
  await expect(editor.getByLabel('Summary (one point a line)')).toHaveValue('Polls are open.\nTurnout is high.');

  expect(await blockingAxeViolations(editor)).toEqual([]);
  await editor.screenshot({ path: 'test-results/screenshots/newsroom-live-desk.png', fullPage: true });
});

test('someone who may not edit the story may not post to it, whatever the page showed them', async ({ browser }) => {
  const desk = await deskOf(STORY.slug);
  const editor = await logIn(browser, 'editor', 92);
  await editor.goto(desk);
  const forged = 'Live desk test: a post from someone not allowed to post.';
  const fields = Object.fromEntries(
    await editor
      .locator('form.newsroom-live-post-form')
      .first()
      .evaluate((form: HTMLFormElement) => [...new FormData(form)].filter(([, value]) => typeof value === 'string').map(([name, value]) => [name, String(value)])),
  );

  for (const [role, host] of [
    ['author', 93],
    ['contributor', 94],
  ] as const) {
    const page = await logIn(browser, role, host);
    await page.goto(desk);
    await expect(page.getByText('You may not keep this story’s live coverage: it is someone else’s, or it has been published.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Post', exact: true })).toHaveCount(0);
    // The editor's own form, posted with this session: the server asks again.
    await page.request.post(desk, { multipart: { ...fields, text: forged, keyEvent: '' }, headers: originOf(page), maxRedirects: 0 });
  }
  expect(Number(await readDatabase((sql) => sql.value('select count(*) from live_posts where body like ?', `%${forged}%`)))).toBe(0);
  // Not for lack of a working form: the same post with the editor's session goes through.
  await editor.request.post(desk, { multipart: { ...fields, text: forged, keyEvent: '' }, headers: originOf(editor), maxRedirects: 0 });
  expect(Number(await readDatabase((sql) => sql.value('select count(*) from live_posts where body like ?', `%${forged}%`)))).toBe(1);

  // What the page bound into the form (the story, the state the form showed) comes back from the
  // browser too: sent otherwise, signed out or in, it is read as any posted value, never a failure.
  const storyIdText = String(await storyId(STORY.slug));
  const bound = Object.keys(fields).find((name) => /^\$ACTION_\d+:\d+$/.test(name) && (fields[name] ?? '').startsWith(`[${storyIdText}`));
  expect(bound, Object.keys(fields).join(', ')).toBeDefined();
  const signedOut = await browser.newContext();
  await comeFrom(await signedOut.newPage(), 97);
  const tampered = 'Live desk test: a post with its bound arguments changed.';
  for (const [request, headers, args] of [
    [signedOut.request, originOf(editor), `[${storyIdText}]`],
    [signedOut.request, originOf(editor), `[${storyIdText},null]`],
    [editor.request, originOf(editor), `[${storyIdText}]`],
    [editor.request, originOf(editor), `["x",{"attempt":"many"}]`],
  ] as const) {
    const response = await request.post(desk, { multipart: { ...fields, [bound ?? '']: args, text: tampered, keyEvent: '' }, headers, maxRedirects: 0 });
    expect(response.status(), args).toBeLessThan(500);
  }
  await signedOut.close();
  expect(Number(await readDatabase((sql) => sql.value('select count(*) from live_posts where body like ?', `%${tampered}%`)))).toBe(0);
});

test('closed, the coverage takes no more posts and the desk offers no post form', async ({ browser }) => {
  const editor = await logIn(browser, 'editor', 95);
  await editor.goto(await deskOf(STORY.slug));
  await editor.getByRole('button', { name: 'Close coverage' }).click();
  // The box is ticked first: the browser does not send the form without it.
  await expect(newPost(editor).getByRole('button', { name: 'Post', exact: true })).toBeVisible();
  await editor.getByRole('checkbox', { name: /^Yes, close it/ }).check();
  await editor.getByRole('button', { name: 'Close coverage' }).click();
  await expect(notice(editor)).toHaveText('The coverage is closed: its posts stay on the story’s page.');
  await expect(editor.getByText(/^Closed at /)).toBeVisible();
  await expect(newPost(editor).getByRole('button', { name: 'Post', exact: true })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Close coverage' })).toHaveCount(0);
  expect(await readDatabase((sql) => sql.value('select ended_at from live_coverage where article_id = (select id from articles where slug = ?)', STORY.slug))).not.toBeNull();
  await expect(posts(editor)).toHaveCount(2);
});

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });

  test('the desk opens coverage, posts, keeps a refused post as typed, and removes a post once confirmed', async ({ browser }) => {
    const editor = await logIn(browser, 'editor', 96, { javaScriptEnabled: false });
    await editor.goto(await deskOf(QUIET_STORY.slug));
    await editor.getByLabel('Summary (one point a line)').fill('The storm is passing.');
    await editor.getByRole('button', { name: 'Open live coverage' }).click();
    await expect(notice(editor)).toHaveText('Live coverage is open: post the first update.');

    const text = 'Live desk test: the wind drops along the coast.';
    await newPost(editor).getByLabel('What happened').fill(text);
    await newPost(editor).getByRole('button', { name: 'Post', exact: true }).click();
    await expect(notice(editor)).toHaveText('Posted.');
    await expect(postSaying(editor, text)).toContainText('by Ananya Rao');

    // Spaces alone pass the browser's check, not the server's: the key-event line comes back as typed.
    await newPost(editor).getByLabel('What happened').fill('   ');
    await newPost(editor).getByLabel(/^Key event/).fill('Wind drops');
    await newPost(editor).getByRole('button', { name: 'Post', exact: true }).click();
    await expect(editor.getByRole('alert')).toHaveText('Write the post, in up to 10,000 characters.');
    await expect(newPost(editor).getByLabel(/^Key event/)).toHaveValue('Wind drops');
    await expect(posts(editor)).toHaveCount(1);

    // Folded controls open without script; the box confirms the removal.
    const post = postSaying(editor, text);
    await post.getByText('Remove', { exact: true }).click();
    await post.getByRole('checkbox', { name: 'Yes, remove this post' }).check();
    await post.getByRole('button', { name: 'Remove the post' }).click();
    await expect(notice(editor)).toHaveText('The post is removed.');
    await expect(editor.getByText('No posts yet.')).toBeVisible();
  });
});
