import { expect, test } from '@playwright/test';
import { ANCHOR_STORY, DESKTOP_USER_AGENT } from './routes';

/* Search, as a reader uses it: from the masthead on desktop, from the Search link on mobile. */

test('finds the India & Russia story by a word from its body', async ({ page }, testInfo) => {
  const onPhone = testInfo.project.name.startsWith('phone');
  await page.goto('/');
  if (onPhone) await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the news' }).first().fill('Lavrov');
  await page.getByRole('button', { name: 'Search' }).first().click();

  await expect(page).toHaveURL(new RegExp(`${onPhone ? '/m' : ''}/search\\?q=Lavrov$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search: Lavrov');
  await expect(page.getByRole('status')).toContainText(/match/);
  const result = page.getByRole('link', { name: ANCHOR_STORY.headline });
  await expect(result).toBeVisible();
  await expect(page.locator('mark').first()).toHaveText(/Lavrov/i);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ANCHOR_STORY.headline);
});

test('says so when nothing matches, and offers a way on', async ({ page }, testInfo) => {
  const prefix = testInfo.project.name.startsWith('phone') ? '/m' : '';
  await page.goto(`${prefix}/search?q=zzqxv`);
  await expect(page.getByRole('status')).toContainText('Nothing matched “zzqxv”');
  await expect(page.getByRole('link', { name: 'India & Russia' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
});

test.describe('hostile input never breaks search', () => {
  const HOSTILE = [
    '"',
    '"unbalanced',
    '((( NEAR(a b',
    'AND OR NOT',
    'headline:Lavrov',
    '* ^ : { } + -',
    "'; drop table articles; --",
    '<script>alert(1)</script>',
    '🇮🇳🇷🇺',
    'भारत रूस',
    'x'.repeat(2000),
    '\u0000\u0007',
  ];
  for (const query of HOSTILE) {
    test(`q=${JSON.stringify(query.slice(0, 40))}`, async ({ request }) => {
      for (const prefix of ['', '/m']) {
        const response = await request.get(`${prefix}/search?q=${encodeURIComponent(query)}`, {
          headers: { 'User-Agent': DESKTOP_USER_AGENT },
        });
        expect(response.status(), prefix).toBe(200);
        const html = await response.text();
        expect(html).not.toContain('<script>alert(1)</script>');
      }
    });
  }

  test('a malformed or out-of-range page number is a 404', async ({ request }) => {
    for (const path of ['/search?q=Lavrov&page=abc', '/search?q=Lavrov&page=0', '/search?q=Lavrov&page=999', '/search?page=2']) {
      for (const prefix of ['', '/m']) {
        const response = await request.get(`${prefix}${path}`, { headers: { 'User-Agent': DESKTOP_USER_AGENT } });
        expect(response.status(), `${prefix}${path}`).toBe(404);
        expect(await response.text()).toContain('<h1>We can’t find that page</h1>');
      }
    }
  });
});
