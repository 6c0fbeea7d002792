import { expect, test } from '@playwright/test';
import { ANCHOR_STORY, DESKTOP_USER_AGENT } from './routes';

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
  await expect(story.getByText(/^[1-9]\d* min read$/)).toBeVisible();

  const figure = story.locator('figure').first();
  await expect(figure.getByRole('img', { name: 'India & Russia' })).toBeVisible();
  await expect(figure.locator('figcaption')).toHaveText('Courtesy : India & Russia');
  const image = figure.locator('img');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  await expect(story.locator('.article-body > p')).toHaveCount(9);
  await expect(story.getByText(/^Disclaimer:/)).toBeVisible();
  await expect(story.getByText('Source: IndianDefenseNews')).toBeVisible();
  await expect(story.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'Kashmir' })).toBeVisible();

  // Sharing is plain links to each service, carrying the story's canonical address; they load nothing.
  const share = story.getByRole('navigation', { name: 'Share this story' }).getByRole('link');
  await expect(share).toHaveText(['WhatsApp', 'Telegram', 'X', 'Facebook', 'Email']);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  expect(canonical).toMatch(new RegExp(`/article/${ANCHOR_STORY.slug}$`));
  for (const href of await share.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
    expect([...new URL(href).searchParams.values()].join(' ')).toContain(canonical);
  }
});

/*
 * The mobile version, on any screen and with JavaScript on or off: its section menu reaches every
 * section the desktop's does, and its articles end with more from their section.
 */
test('the mobile section menu reaches every section, and a mobile story leads to more from its section', async ({ page, request }) => {
  const desktopHome = await (await request.get('/', { headers: { 'user-agent': DESKTOP_USER_AGENT } })).text();
  const desktopMenu = /<nav class="site-nav" aria-label="Sections">(.*?)<\/nav>/s.exec(desktopHome)?.[1] ?? '';
  const sections = [...desktopMenu.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((match) => (match[1] ?? '').replaceAll('&amp;', '&')).slice(1);
  expect(sections[0]).toBe('India & Russia');

  await page.goto('/m');
  const menu = page.getByRole('navigation', { name: 'Sections', exact: true });
  await expect(menu.getByRole('link')).toHaveText(['Home', ...sections]);
  await expect(menu.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  for (const section of sections) {
    await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: section, exact: true }).click();
    await expect(page).toHaveURL(/\/m\/category\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section);
    await expect(page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: section, exact: true })).toHaveAttribute('aria-current', 'page');
  }

  await page.goto(`/m/article/${ANCHOR_STORY.slug}`);
  const more = page.getByRole('complementary', { name: 'More from India & Russia' });
  const stories = more.getByRole('link');
  expect(await stories.count()).toBeGreaterThanOrEqual(3);
  for (const href of await stories.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toMatch(/^\/m\/article\/[a-z0-9-]+$/);
  await stories.first().click();
  await expect(page).toHaveURL(/\/m\/article\/[a-z0-9-]+$/);
});

test('a story prints alone, with the address it came from, in both versions', async ({ page }) => {
  for (const path of [`/article/${ANCHOR_STORY.slug}`, `/m/article/${ANCHOR_STORY.slug}`]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ANCHOR_STORY.headline);
    await expect(page.getByRole('article').getByRole('link', { name: 'News Desk' })).toBeVisible();
    await expect(page.getByRole('article').locator('time').first()).toBeVisible();
    await expect(page.getByText(new RegExp(`^https?://[^ ]+/article/${ANCHOR_STORY.slug}$`))).toBeVisible();
    for (const name of ['Sections', 'Share this story', 'Topics']) await expect(page.getByRole('navigation', { name, exact: true })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText(new RegExp(`^https?://[^ ]+/article/${ANCHOR_STORY.slug}$`))).toBeHidden();
  }
});

/*
 * Corrections are visible where readers look: at the end of the story, from every page's footer on
 * the corrections page, and to search engines in the story's structured data.
 */
test('a reader finds every correction from the footer, and each at the end of its story with its time', async ({ page }, testInfo) => {
  const onPhone = testInfo.project.name.startsWith('phone');
  const prefix = onPhone ? '/m' : '';
  await page.goto(`${prefix}/article/${ANCHOR_STORY.slug}`);
  await page.getByRole('contentinfo').getByRole('link', { name: /^Corrections/ }).click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/corrections$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections and updates');

  // Newest first: the demo content's update, clarification, then its correction of a figure.
  const entries = page.locator('.correction-list__item');
  await expect(entries.locator('.story-note__when strong')).toHaveText(['Update', 'Clarification', 'Correction']);
  const correction = entries.nth(2);
  await expect(correction.getByText(/little over \$14 billion.*The figure is a little over \$4 billion\./)).toBeVisible();
  await expect(correction.locator('time')).toHaveAttribute('datetime', '2025-04-09T10:05:00+05:30');

  await correction.getByRole('link', { name: 'Rupee-Rouble Payments Remain a Work in Progress as Banks Tread Carefully' }).click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/article/rupee-rouble-payments-remain-a-work-in-progress-as-banks-tread-carefully#note-\\d+$`));
  const notes = page.getByRole('region', { name: 'Corrections and updates' });
  await expect(notes).toBeInViewport();
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await expect(notes.getByRole('listitem').first()).toContainText('Correction, 9 April 2025');
  // The correction sets the story's "Updated" time, in the byline.
  await expect(page.locator('.byline time').nth(1)).toHaveAttribute('datetime', '2025-04-09T10:05:00+05:30');

  await page.goto(`${prefix}/article/${ANCHOR_STORY.slug}`);
  const structured = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = structured.map((text) => JSON.parse(text) as Record<string, unknown>).find((data) => data['@type'] === 'NewsArticle');
  expect(article?.correction).toEqual([expect.objectContaining({ '@type': 'CorrectionComment', datePublished: '2025-05-04T12:10:00+05:30' })]);
  expect(article?.dateModified).toBe('2025-05-10T21:30:00+05:30');
  await expect(page.getByRole('region', { name: 'Corrections and updates' }).locator('.story-note__when strong')).toHaveText(['Clarification', 'Update']);
});
