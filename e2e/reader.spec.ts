import { expect, test } from '@playwright/test';
import { ANCHOR_STORY } from './routes';

/*
 * A newcomer finds and reads the India & Russia story from the home page within two clicks,
 * on a desktop and on a phone, with JavaScript on and off (the project decides which).
 */
test('finds and reads the India & Russia story from the home page', async ({ page }, testInfo) => {
  const onPhone = testInfo.project.name.startsWith('phone');
  await page.goto('/');
  await expect(page).toHaveURL(onPhone ? /\/m$/ : /\/$/);

  // Click one: the section. Desktop readers use the navigation; the mobile home has section headings.
  const section = onPhone
    ? page.getByRole('heading', { name: 'India & Russia' }).getByRole('link')
    : page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'India & Russia' });
  await section.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('India & Russia');

  // Click two: the story.
  await page.getByRole('link', { name: ANCHOR_STORY.headline }).click();
  await expect(page).toHaveURL(new RegExp(`${onPhone ? '/m' : ''}/article/${ANCHOR_STORY.slug}$`));

  const story = page.getByRole('article').first();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ANCHOR_STORY.headline);
  await expect(story.getByRole('link', { name: 'India & Russia' }).first()).toBeVisible();
  await expect(story.getByRole('link', { name: 'News Desk' })).toBeVisible();
  await expect(story.locator('time').first()).toHaveAttribute('datetime', /^2025-05-03T09:30:00\+05:30$/);

  const figure = story.locator('figure').first();
  await expect(figure.getByRole('img', { name: 'India & Russia' })).toBeVisible();
  await expect(figure.locator('figcaption')).toHaveText('Courtesy : India & Russia');
  const image = figure.locator('img');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  await expect(story.locator('.article-body > p')).toHaveCount(9);
  await expect(story.getByText(/^Disclaimer:/)).toBeVisible();
  await expect(story.getByText('Source: IndianDefenseNews')).toBeVisible();
  await expect(story.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'Kashmir' })).toBeVisible();
});
