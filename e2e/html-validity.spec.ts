import { expect, test } from '@playwright/test';
import { htmlCheckerErrors } from './pageChecks';
import { mobilePathOf, PUBLIC_ROUTES } from './routes';

/* The W3C Nu HTML Checker (vnu.jar, run locally) on every page type in both versions. */

test('every page type is valid HTML in both versions', async ({ request }) => {
  test.setTimeout(120_000);
  const documents: { name: string; html: string }[] = [];
  for (const route of PUBLIC_ROUTES) {
    for (const [version, pagePath] of [
      ['desktop', route.desktopPath],
      ['mobile', mobilePathOf(route)],
    ] as const) {
      const response = await request.get(pagePath);
      documents.push({ name: `${version}-${route.name}`, html: await response.text() });
    }
  }
  expect(htmlCheckerErrors(documents)).toEqual([]);
  expect(documents).toHaveLength(PUBLIC_ROUTES.length * 2);
});
