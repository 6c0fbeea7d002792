import { expect, test, type Browser, type Page } from '@playwright/test';
import { homePath, tagPath } from '../lib/paths';
import { SITE_TAG } from '../lib/contentTags';
import { readDatabase, writeAndRecordChange } from '../db/testing/e2eDatabase';
import { comeFrom, originOf, submitLogin } from './newsroomLogin';
import { rawRequest } from './rawHttp';

/*
 * Running the newsroom: staff, sections, passwords, and every rule checked by the server itself.
 * Its own project, after the reader suites: a new section changes every page's navigation.
 */

test.describe.configure({ mode: 'serial' });

const NEW_MEMBER = { email: 'new.reporter@nationexpress.test', password: 'a first password for tests', name: 'New Reporter' };
const NEW_SECTION = 'Newsroom Test Section';

async function logIn(page: Page, email: string, password: string, host: number) {
  await comeFrom(page, host);
  await submitLogin(page, { email, password });
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test.afterAll(async () => {
  await writeAndRecordChange([SITE_TAG], async (sql) => {
    await sql.run('delete from staff where email = ?', NEW_MEMBER.email);
    await sql.run(`delete from categories where slug like 'newsroom-test-section%' or name like 'Newsroom Test%'`);
  });
});

test('an admin adds a reporter, who can log in; an author cannot manage staff, even by posting the form', async ({ browser }) => {
  const admin = await newPage(browser);
  await logIn(admin, 'admin@nationexpress.test', 'admin-demo-password', 31);
  await admin.getByRole('link', { name: 'Staff' }).click();
  await admin.getByLabel('Email').fill(NEW_MEMBER.email);
  await admin.getByLabel('Name').fill(NEW_MEMBER.name);
  await admin.locator('form.newsroom-form select[name="role"]').selectOption('author');
  await admin.locator('form.newsroom-form select[name="authorId"]').selectOption({ label: 'Arjun Menon' });
  await admin.getByLabel(/^First password/).fill(NEW_MEMBER.password);
  await admin.getByRole('button', { name: 'Add to staff' }).click();
  await expect(admin.getByText('The account is ready.')).toBeVisible();
  await expect(admin.getByRole('cell', { name: NEW_MEMBER.email })).toBeVisible();

  const reporter = await newPage(browser);
  await logIn(reporter, NEW_MEMBER.email, NEW_MEMBER.password, 32);
  await expect(reporter.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  await expect(reporter.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  await reporter.goto('/newsroom/staff');
  await expect(reporter.getByText('Only admins manage staff.')).toBeVisible();

  // The admin's form for the reporter's row, posted by the reporter to make themselves admin.
  const row = admin.getByRole('row').filter({ hasText: NEW_MEMBER.email });
  const fields = await row.locator('form').evaluate((form: HTMLFormElement) => [...new FormData(form)].map(([name, value]) => [name, String(value)]));
  const forged = Object.fromEntries(fields.map(([name, value]) => [name, name === 'role' ? 'admin' : value]));
  await reporter.request.post('/newsroom/staff', { multipart: forged, headers: originOf(reporter), maxRedirects: 0 });
  await admin.reload();
  await expect(admin.getByRole('combobox', { name: `Role of ${NEW_MEMBER.name}` })).toHaveValue('author');
});

test('a newsroom post with the admin’s session but without the site’s Origin gets a 403 and changes nothing', async ({ browser }) => {
  const admin = await newPage(browser);
  await logIn(admin, 'admin@nationexpress.test', 'admin-demo-password', 30);
  await admin.goto('/newsroom/sections');
  const fields = Object.fromEntries(
    await admin.locator('form.newsroom-form').evaluate((form: HTMLFormElement) => [...new FormData(form)].map(([name, value]) => [name, String(value)])),
  );
  const actionId = Object.keys(fields).find((name) => name.startsWith('$ACTION_ID_'))?.slice('$ACTION_ID_'.length);
  expect(actionId).toBeTruthy();
  const sectionNamed = (name: string) => readDatabase(async (sql) => Number(await sql.value('select count(*) from categories where name = ?', name)) === 1);
  const post = (name: string, headers: Record<string, string>) =>
    admin.request.post('/newsroom/sections', { multipart: { ...fields, name, description: '' }, headers, maxRedirects: 0 });

  for (const [label, origin] of [['none', undefined], ['foreign', 'https://attacker.example'], ['null', 'null']] as const) {
    // As the form posts without script, and as the page's script calls the action.
    for (const [kind, extra] of [['form', {}], ['action', { 'Next-Action': actionId ?? '' }]] as const) {
      const name = `Newsroom Test Origin ${label} ${kind}`;
      const response = await post(name, { ...(origin ? { Origin: origin } : {}), ...extra });
      expect(response.status(), name).toBe(403);
      expect(await response.text()).toContain('did not come from the newsroom’s own pages');
      expect(await sectionNamed(name), name).toBe(false);
    }
  }
  // However the address spells the newsroom, the post is the newsroom's and its origin is checked.
  const cookie = (await admin.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const port = Number(new URL(admin.url()).port);
  for (const target of ['/x/%2e%2e/newsroom/sections', '/newsroom//sections', '/m/../newsroom/sections']) {
    const name = `Newsroom Test Origin spelt ${target}`;
    const body = new URLSearchParams({ ...fields, name, description: '' }).toString();
    const response = await rawRequest(port, {
      method: 'POST',
      target,
      headers: [
        ['Host', `127.0.0.1:${port}`],
        ['Cookie', cookie],
        ['Next-Action', actionId ?? ''],
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['Content-Length', String(Buffer.byteLength(body))],
      ],
      body,
    });
    expect(response.status, target).toBe(403);
    expect(await sectionNamed(name), target).toBe(false);
  }
  // The same post from the site's own pages is carried out: the origin alone was refused.
  await post('Newsroom Test Origin own', originOf(admin));
  expect(await sectionNamed('Newsroom Test Origin own')).toBe(true);
});

test('an editor adds a section and renames it; readers see it in the navigation within a second', async ({ browser, request }) => {
  const editor = await newPage(browser);
  await logIn(editor, 'editor@nationexpress.test', 'editor-demo-password', 33);
  await editor.getByRole('link', { name: 'Sections' }).click();
  await editor.getByLabel('Name', { exact: true }).fill(NEW_SECTION);
  await editor.getByRole('button', { name: 'Add section' }).click();
  await expect(editor.getByText('The section is added to the site.')).toBeVisible();
  // The desktop masthead lists every section (the mobile version lists those with stories).
  const navigationHas = async (name: string) => (await (await request.get(homePath('desktop'))).text()).includes(name);
  await expect.poll(() => navigationHas(NEW_SECTION), { timeout: 1000, intervals: [50] }).toBe(true);

  await editor.getByLabel(`Name of ${NEW_SECTION}`).fill('Newsroom Test Renamed');
  await editor.getByRole('button', { name: `Rename ${NEW_SECTION}` }).click();
  await expect(editor.getByText('The section is renamed.')).toBeVisible();
  await expect.poll(() => navigationHas('Newsroom Test Renamed'), { timeout: 1000, intervals: [50] }).toBe(true);

  const author = await newPage(browser);
  await logIn(author, 'author@nationexpress.test', 'author-demo-password', 34);
  await author.goto('/newsroom/sections');
  await expect(author.getByText('Only editors and admins manage sections.')).toBeVisible();
});

test('changing a password ends every session of the account', async ({ browser }) => {
  const here = await newPage(browser);
  const elsewhere = await newPage(browser);
  await logIn(here, NEW_MEMBER.email, NEW_MEMBER.password, 35);
  await logIn(elsewhere, NEW_MEMBER.email, NEW_MEMBER.password, 36);
  await here.getByRole('link', { name: 'Your account' }).click();
  await here.getByLabel('Current password').fill(NEW_MEMBER.password);
  await here.getByLabel(/^New password \(/).fill('a second password for tests');
  await here.getByLabel('New password again').fill('a second password for tests');
  await here.getByRole('button', { name: 'Change password' }).click();
  await expect(here.getByText('Your password is changed, and every session has ended. Log in with the new one.')).toBeVisible();
  await elsewhere.goto('/newsroom');
  await expect(elsewhere).toHaveURL(/\/newsroom\/login$/);
  await logIn(here, NEW_MEMBER.email, 'a second password for tests', 35);
  await expect(here.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
});

test('an editor renames a topic, and readers see the new name within a second', async ({ browser, request }) => {
  const editor = await newPage(browser);
  await logIn(editor, 'editor@nationexpress.test', 'editor-demo-password', 37);
  await editor.getByRole('link', { name: 'Topics' }).click();
  const rename = async (from: string, to: string) => {
    await editor.getByLabel(`Name of the topic ${from}`).fill(to);
    await editor.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
    await expect(editor.getByText('The topic is renamed.')).toBeVisible();
  };
  const topicHeading = async () => /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await request.get(tagPath('russia', 'desktop'))).text())?.[1];
  await rename('Russia', 'Russian Federation');
  await expect.poll(topicHeading, { timeout: 1000, intervals: [50] }).toBe('Russian Federation');
  await rename('Russian Federation', 'Russia');
  await expect.poll(topicHeading, { timeout: 1000, intervals: [50] }).toBe('Russia');
});

test('an author cannot change someone else’s story, even by posting the editor’s own form', async ({ browser }) => {
  const story = await readDatabase(async (sql) => {
    const id = Number(
      await sql.value(`select a.id from articles a join authors b on b.id = a.author_id where b.slug = 'news-desk' and a.status = 'published' limit 1`),
    );
    return { id, headline: String(await sql.value('select headline from articles where id = ?', id)) };
  });

  const editor = await newPage(browser);
  await logIn(editor, 'editor@nationexpress.test', 'editor-demo-password', 38);
  await editor.goto(`/newsroom/stories/${story.id}`);
  await editor.getByLabel('Headline').fill('Changed by someone who may not');
  const fields = await editor.locator('form.newsroom-editor').evaluate((form: HTMLFormElement) =>
    [...new FormData(form)].filter(([, value]) => typeof value === 'string').map(([name, value]) => [name, String(value)]),
  );

  const author = await newPage(browser);
  await logIn(author, 'author@nationexpress.test', 'author-demo-password', 39);
  await author.goto(`/newsroom/stories/${story.id}`);
  await expect(author.getByText('You may not edit this story: it is someone else’s, or it has been published.')).toBeVisible();
  await author.request.post(`/newsroom/stories/${story.id}`, { multipart: Object.fromEntries(fields), headers: originOf(author), maxRedirects: 0 });
  expect(await readDatabase((sql) => sql.value('select headline from articles where id = ?', story.id))).toBe(story.headline);
});
