import { expect, test, type Browser, type Page } from '@playwright/test';
import { SITE_TAG } from '../lib/contentTags';
import { saveStory } from '../db/newsroom/stories';
import type { StaffRole } from '../lib/newsroom/permissions';
import { readDatabase, withE2eProcessStore, writeAndRecordChange, writeDatabase } from '../db/testing/e2eDatabase';
import { comeFrom, demoAccount, originOf, submitLogin } from './newsroomLogin';

/*
 * Every role rule, tested against the server itself: for each rule and each role, the form of
 * someone allowed is posted with the session of the role under test, and the database says
 * whether the change was made. What the pages show or hide plays no part.
 */

test.describe.configure({ mode: 'serial' });

const ROLES: readonly StaffRole[] = ['contributor', 'author', 'editor', 'admin'];
const MARK = 'Role test';

interface StoryCase {
  name: string;
  byline: string;
  status: 'draft' | 'published';
  intent: 'save' | 'publish';
  allowed: StaffRole[];
}

const STORY_CASES: StoryCase[] = [
  { name: "edit the contributor's draft", byline: 'meera-kulkarni', status: 'draft', intent: 'save', allowed: ['contributor', 'editor', 'admin'] },
  { name: "edit the contributor's published story", byline: 'meera-kulkarni', status: 'published', intent: 'save', allowed: ['editor', 'admin'] },
  { name: "edit the author's published story", byline: 'vikram-sethi', status: 'published', intent: 'save', allowed: ['author', 'editor', 'admin'] },
  { name: "publish the contributor's draft", byline: 'meera-kulkarni', status: 'draft', intent: 'publish', allowed: ['editor', 'admin'] },
  { name: "publish the author's draft", byline: 'vikram-sethi', status: 'draft', intent: 'publish', allowed: ['author', 'editor', 'admin'] },
  { name: "edit a draft under another byline (the editor's)", byline: 'ananya-rao', status: 'draft', intent: 'save', allowed: ['editor', 'admin'] },
];

/** A story for one (rule, role) cell, so that no cell's outcome changes another's. */
async function storyFor(storyCase: StoryCase, role: StaffRole): Promise<number> {
  const { categoryId, authorId } = await readDatabase(async (sql) => ({
    categoryId: Number(await sql.value(`select id from categories where slug = 'world'`)),
    authorId: Number(await sql.value('select id from authors where slug = ?', storyCase.byline)),
  }));
  return withE2eProcessStore(async () => {
    const slug = `role-test-${STORY_CASES.indexOf(storyCase)}-${role}`;
    const saved = await saveStory(
      {
        headline: `${MARK}: ${storyCase.name}, tried by the ${role}`,
        standfirst: 'A story for the role tests.',
        slug,
        body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }],
        categoryId,
        authorId,
        tagNames: [],
        image: { path: 'articles/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack', width: 1600, height: 900, alt: 'Test', credit: 'Test' },
        sourceName: null,
        sourceUrl: null,
        disclaimer: null,
        status: storyCase.status,
        publishedAt: storyCase.status === 'published' ? new Date(Date.UTC(2002, 0, 1)) : null,
      },
      null,
    );
    return saved.id;
  });
}

async function logInAs(browser: Browser, role: StaffRole, host: number): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await comeFrom(page, host);
  await submitLogin(page, demoAccount(role));
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  return page;
}

/** The text fields of the first form matching `selector`, as the browser would post them. */
async function formFields(page: Page, selector: string): Promise<Record<string, string>> {
  const fields = await page.locator(selector).first().evaluate((form: HTMLFormElement) =>
    [...new FormData(form)].filter(([, value]) => typeof value === 'string').map(([name, value]) => [name, String(value)]),
  );
  return Object.fromEntries(fields);
}

let pages: Record<StaffRole, Page>;

test.beforeAll(async ({ browser }) => {
  pages = {
    contributor: await logInAs(browser, 'contributor', 41),
    author: await logInAs(browser, 'author', 42),
    editor: await logInAs(browser, 'editor', 43),
    admin: await logInAs(browser, 'admin', 44),
  };
});

test.afterAll(async () => {
  await writeAndRecordChange([SITE_TAG], async (sql) => {
    await sql.run(`delete from articles where slug like 'role-test-%'`);
    await sql.run(`delete from categories where slug like 'role-test-section-%'`);
    await sql.run(`update staff set role = 'contributor' where email = 'contributor@nationexpress.test'`);
  });
});

for (const storyCase of STORY_CASES) {
  test(`${storyCase.name}: ${storyCase.allowed.join(', ')}`, async () => {
    const outcomes: StaffRole[] = [];
    for (const role of ROLES) {
      const id = await storyFor(storyCase, role);
      // The admin may do everything, so the admin's page has the form with every field.
      await pages.admin.goto(`/newsroom/stories/${id}`);
      const fields = await formFields(pages.admin, 'form.newsroom-editor');
      const changedHeadline = `${fields.headline} (changed)`;
      await pages[role].request.post(`/newsroom/stories/${id}`, {
        multipart: { ...fields, headline: changedHeadline, intent: storyCase.intent },
        headers: originOf(pages[role]),
        maxRedirects: 0,
      });
      const made = await readDatabase(async (sql) =>
        storyCase.intent === 'publish'
          ? (await sql.value('select status from articles where id = ?', id)) === 'published'
          : (await sql.value('select headline from articles where id = ?', id)) === changedHeadline,
      );
      if (made) outcomes.push(role);
    }
    expect(outcomes).toEqual(storyCase.allowed);
  });
}

test('add a section: editor, admin', async () => {
  await pages.editor.goto('/newsroom/sections');
  const fields = await formFields(pages.editor, 'form.newsroom-form');
  const outcomes: StaffRole[] = [];
  for (const role of ROLES) {
    const name = `Role Test Section ${role}`;
    await pages[role].request.post('/newsroom/sections', { multipart: { ...fields, name, description: '' }, headers: originOf(pages[role]), maxRedirects: 0 });
    if (await readDatabase((sql) => sql.value('select 1 from categories where name = ?', name))) outcomes.push(role);
  }
  expect(outcomes).toEqual(['editor', 'admin']);
});

test('change a role: admin', async () => {
  await pages.admin.goto('/newsroom/staff');
  const row = pages.admin.getByRole('row').filter({ hasText: 'contributor@nationexpress.test' });
  const fields = await formFields(pages.admin, `tr:has-text("contributor@nationexpress.test") form`);
  expect(fields.staffId).toBeTruthy();
  await expect(row).toHaveCount(1);
  const outcomes: StaffRole[] = [];
  for (const role of ROLES) {
    await writeDatabase(async (sql) => {
      await sql.run(`update staff set role = 'contributor' where email = 'contributor@nationexpress.test'`);
    });
    // Each role posts the admin's form that would make the contributor an author.
    await pages[role].request.post('/newsroom/staff', {
      multipart: { ...fields, role: 'author' },
      headers: originOf(pages[role]),
      maxRedirects: 0,
    });
    const changed = await readDatabase((sql) => sql.value(`select role from staff where email = 'contributor@nationexpress.test'`));
    if (changed === 'author') outcomes.push(role);
  }
  expect(outcomes).toEqual(['admin']);
});
