import { expect, test, type Page } from '@playwright/test';
import { toDesktopPath, toMobilePath } from '../lib/paths';
import { DESKTOP_USER_AGENT, gotoDesktopVersion, mobilePathOf, PUBLIC_ROUTES } from './routes';

const MOBILE_MEDIA = 'only screen and (max-width: 640px)';

async function expectCommonStructure(page: Page, heading: string | RegExp) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page.getByRole('banner').getByRole('link', { name: 'The Nation Express' })).toBeVisible();
  expect((await page.title()).length).toBeGreaterThan(10);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
}

async function expectCanonical(page: Page, desktopPath: string) {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical ?? '').pathname).toBe(desktopPath);
}

for (const route of PUBLIC_ROUTES) {
  test.describe(`${route.name} page`, () => {
    test('desktop version', async ({ page }) => {
      const response = await gotoDesktopVersion(page, route.desktopPath);
      expect(response?.status()).toBe(route.status);
      await expectCommonStructure(page, route.heading);
      await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
      if (route.indexable) {
        const mobileUrl = new URL(toMobilePath(route.desktopPath), page.url()).pathname;
        await expect(page.locator(`link[rel="alternate"][media="${MOBILE_MEDIA}"]`)).toHaveAttribute('href', new RegExp(`${mobileUrl}$`));
        await expectCanonical(page, route.desktopPath);
      }
      // The switch to the mobile version is offered only on narrow screens.
      const narrow = (page.viewportSize()?.width ?? 0) <= 640;
      await expect(page.getByRole('link', { name: 'Go to mobile version' })).toBeVisible({ visible: narrow });
    });

    test('mobile version', async ({ page }, testInfo) => {
      const onPhone = testInfo.project.name.startsWith('phone');
      // Phones open the desktop URL and are redirected; desktops may open the mobile URL directly.
      const response = await page.goto(onPhone ? route.desktopPath : mobilePathOf(route));
      expect(response?.status()).toBe(route.status);
      const landed = new URL(page.url());
      expect(`${landed.pathname}${landed.search}`).toBe(mobilePathOf(route));
      await expectCommonStructure(page, route.heading);

      // No script of ours or of the framework: only JSON data blocks would be allowed.
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
      await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
      await expect(page.locator('style')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
      if (route.indexable) {
        await expectCanonical(page, route.desktopPath);
      }

      // Links to pages inside the mobile version, its section menu's too, stay in it (a feed has one version).
      const hrefs = await page.locator('main a[href^="/"], nav a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href, href ?? '').toMatch(/^\/m([/#]|$)|^\/[^?#]*\.xml$/);

      await expect(page.getByRole('link', { name: 'Back to top' })).toHaveAttribute('href', '#top');
      const exit = page.getByRole('contentinfo').getByRole('link').last();
      await expect(exit).toHaveText('Exit mobile version');
      const exitTarget = new URL((await exit.getAttribute('href')) ?? '', page.url()).searchParams.get('to');
      expect(exitTarget).toBe(toDesktopPath(mobilePathOf(route)));
    });
  });
}

test('the desktop version offers the mobile version on a narrow screen only', async ({ page }) => {
  const article = PUBLIC_ROUTES[2]?.desktopPath ?? '/';
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoDesktopVersion(page, article);
  const goMobile = page.getByRole('link', { name: 'Go to mobile version' });
  await expect(goMobile).toBeVisible();
  await expect(goMobile).toHaveAttribute('href', `/go-mobile?to=${encodeURIComponent(`/m${article}`)}`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(goMobile).toBeHidden();
});

/*
 * A browser paints a page before it has all of it. What is shown of the masthead must not move
 * when the rest arrives: Lighthouse counted the brand moving as the search link came in below it.
 */
for (const [version, path] of [['desktop', '/'], ['mobile', '/m']] as const) {
  test(`the ${version} masthead's brand stays where it was painted when what follows it arrives`, async ({ page }) => {
    await (version === 'desktop' ? gotoDesktopVersion(page, path) : page.goto(path));
    const brand = page.getByRole('banner').getByRole('link', { name: 'The Nation Express' });
    const whole = await brand.boundingBox();
    // Leaves the page as the parser had it just after the brand: everything after it removed.
    await brand.evaluate((element) => {
      for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
        while (node.nextSibling) node.nextSibling.remove();
      }
    });
    expect(await brand.boundingBox()).toEqual(whole);
  });
}

test.describe('addresses that are not pages', () => {
  for (const path of [
    '/category/no-such-section',
    '/category/india-russia/page/0',
    '/category/india-russia/page/1',
    '/category/india-russia/page/2',
    '/category/india-russia/page/-3',
    '/category/india-russia/page/two',
    '/category/india-russia/page/1e3',
    '/category/india-russia/page/99999999999999999999',
    '/category/india-russia/pages/2',
    '/author/nobody',
    '/tag/russia/page/3',
    '/article/no-such-story',
    '/no/such/path',
  ]) {
    test(`${path} is a 404 in both versions`, async ({ request }) => {
      for (const candidate of [path, toMobilePath(path)]) {
        // A desktop browser, so that the phone projects see the desktop 404 too.
        const response = await request.get(candidate, { maxRedirects: 0, headers: { 'User-Agent': DESKTOP_USER_AGENT } });
        expect(response.status(), candidate).toBe(404);
        // Rendered on the server, inside the site's layout (not left for client-side script to draw).
        const html = await response.text();
        expect(html).toMatch(/<html lang="en"/);
        expect(html).toContain('<h1>We can’t find that page</h1>');
        expect(html).toMatch(/<a class="button-link" href="\/(m)?">Go to the home page<\/a>/);
      }
    });
  }
});
