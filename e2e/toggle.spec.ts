import { expect, test } from '@playwright/test';
import { ANCHOR_STORY } from './routes';

/* Runs on a phone, with JavaScript on and off: both links are plain anchors answered by the server. */

const ARTICLE = `/article/${ANCHOR_STORY.slug}`;

test('Exit mobile version and Go to mobile version round trip, remembered across pages', async ({ page, context }) => {
  await page.goto(ARTICLE);
  await expect(page).toHaveURL(new RegExp(`/m${ARTICLE}$`));

  await page.getByRole('link', { name: 'Exit mobile version' }).click();
  await expect(page).toHaveURL(new RegExp(`[^m]${ARTICLE}$`));
  // The desktop version: its stylesheet is a file, where the mobile version's is inline.
  await expect(page.locator('link[rel="stylesheet"]').first()).toBeAttached();

  const [preference] = (await context.cookies()).filter((cookie) => cookie.name === 'nx_view');
  expect(preference).toMatchObject({ value: 'desktop', httpOnly: true, sameSite: 'Lax', path: '/' });
  const daysLeft = ((preference?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
  expect(daysLeft).toBeGreaterThan(29);
  expect(daysLeft).toBeLessThanOrEqual(30);

  // Following links keeps the desktop version.
  await page.getByRole('article').getByRole('link', { name: 'India & Russia' }).first().click();
  await expect(page).toHaveURL(/\/category\/india-russia$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);

  // The narrow desktop page offers the way back, which clears the choice.
  await page.getByRole('link', { name: 'Go to mobile version' }).click();
  await expect(page).toHaveURL(/\/m$/);
  expect((await context.cookies()).filter((cookie) => cookie.name === 'nx_view' && cookie.value)).toEqual([]);

  // Redirection resumes.
  await page.goto(ARTICLE);
  await expect(page).toHaveURL(new RegExp(`/m${ARTICLE}$`));
});
