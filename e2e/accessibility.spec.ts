import { expect, test } from '@playwright/test';
import { blockingAxeViolations } from './pageChecks';
import { gotoDesktopVersion, mobilePathOf, PUBLIC_ROUTES } from './routes';

/* axe on every page type, in both versions, in light and dark colour schemes. */

for (const route of PUBLIC_ROUTES) {
  for (const version of ['desktop', 'mobile'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${route.name}, ${version} version, ${colorScheme}: no serious or critical violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        if (version === 'desktop') await gotoDesktopVersion(page, route.desktopPath);
        else await page.goto(mobilePathOf(route));
        expect(await blockingAxeViolations(page)).toEqual([]);
      });
    }
  }
}
