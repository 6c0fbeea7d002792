import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { gotoDesktopVersion, mobilePathOf, PUBLIC_ROUTES } from './routes';

/* axe on every page type, in both versions, in light and dark colour schemes. */

for (const route of PUBLIC_ROUTES) {
  for (const version of ['desktop', 'mobile'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${route.name}, ${version} version, ${colorScheme}: no serious or critical violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        if (version === 'desktop') await gotoDesktopVersion(page, route.desktopPath);
        else await page.goto(mobilePathOf(route));
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const blocking = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(blocking).toEqual([]);
      });
    }
  }
}
