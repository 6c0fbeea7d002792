import { expect, test } from '@playwright/test';
import { mobilePathOf, PUBLIC_ROUTES } from './routes';

/*
 * Full-page screenshots of every page type for a person to look at (test-results/screenshots).
 * Each also checks that the page has no horizontal overflow and that its images have loaded.
 */

for (const route of PUBLIC_ROUTES) {
  test(`screenshot: ${route.name}`, async ({ page }, testInfo) => {
    const onPhone = testInfo.project.name.startsWith('phone');
    await page.goto(onPhone ? mobilePathOf(route) : route.desktopPath);
    await page.evaluate(async () => {
      // Lazy images load as they scroll into view.
      for (const img of Array.from(document.images)) img.loading = 'eager';
      await Promise.all(Array.from(document.images).map((img) => (img.complete ? null : img.decode().catch(() => null))));
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const broken = await page.evaluate(() => Array.from(document.images).filter((img) => img.naturalWidth === 0).map((img) => img.src));
    expect(broken).toEqual([]);
    await page.screenshot({
      path: `test-results/screenshots/${testInfo.project.name}-${route.name.replace(/\s+/g, '-')}.png`,
      fullPage: true,
    });
  });
}
