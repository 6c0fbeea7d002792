import { expect, test } from '@playwright/test';
import { storyChangeTags } from '../lib/contentTags';
import { insertTestStory, oneParagraphBody, writeAndRecordChange } from '../db/testing/e2eDatabase';

/*
 * A story whose stored body is corrupt (written around the validating write path) must give
 * readers the site's error page with a 500, in both versions, and never a stack trace.
 */

// One worker for the file: its setup and clean-up must not interleave with each other.
test.describe.configure({ mode: 'serial' });

const SLUG = 'fault-injected-corrupt-story';
const CHANGED = storyChangeTags('relisted', { slug: SLUG, categorySlug: 'world', authorSlug: 'fault-injection', tagSlugs: [] });

test.beforeAll(async () => {
  await writeAndRecordChange(CHANGED, async (sql) => {
    await sql.run(`insert into authors (slug, name, bio) values ('fault-injection', 'Fault Injection', 'Test author.') on conflict do nothing`);
    await insertTestStory(sql, {
      slug: SLUG,
      headline: 'Corrupt story',
      standfirst: 'Its body is not valid.',
      body: '[{"type":"html","html":"<script>alert(1)</script>"}]',
      publishedAt: Date.UTC(1990, 0, 1),
      categorySlug: 'world',
      authorSlug: 'fault-injection',
    });
  });
});

test.afterAll(async () => {
  await writeAndRecordChange(CHANGED, async (sql) => {
    await sql.run('delete from articles where slug = ?', SLUG);
    await sql.run(`delete from authors where slug = 'fault-injection'`);
  });
});

test('a corrupt story shows the error page on desktop', async ({ page }) => {
  const response = await page.goto(`/article/${SLUG}`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong on our side');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('alert(1)');
  await expect(page.locator('body')).not.toContainText(/ZodError|at .*\.js:\d+/);
});

test('a corrupt story shows the error page on mobile, without script', async ({ request }) => {
  const response = await request.get(`/m/article/${SLUG}`);
  expect(response.status()).toBe(500);
  const html = await response.text();
  expect(html).toContain('<h1>Something went wrong on our side</h1>');
  expect(html).toContain('Exit mobile version');
  expect(html).not.toContain('<script');
  expect(html).not.toMatch(/ZodError|alert\(1\)/);
});

test('once the story is repaired, both versions show it: an error page is never cached', async ({ request }) => {
  await writeAndRecordChange(storyChangeTags('edited', { slug: SLUG, categorySlug: 'world', authorSlug: 'fault-injection', tagSlugs: [] }), async (sql) => {
    await sql.run('update articles set body = ? where slug = ?', oneParagraphBody('Repaired.'), SLUG);
  });
  for (const path of [`/article/${SLUG}`, `/m/article/${SLUG}`]) {
    await expect.poll(async () => (await request.get(path)).status(), { message: path, timeout: 1000, intervals: [50] }).toBe(200);
  }
});
