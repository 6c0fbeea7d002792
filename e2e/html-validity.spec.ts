import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlErrors } from './pageChecks';
import { mobilePathOf, PUBLIC_ROUTES } from './routes';

/* The W3C Nu HTML Checker (vnu.jar, run locally) on every page type in both versions. */

test('every page type is valid HTML in both versions', async ({ request }) => {
  test.setTimeout(120_000);
  const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-html-'));
  try {
    const files: string[] = [];
    for (const route of PUBLIC_ROUTES) {
      for (const [version, pagePath] of [
        ['desktop', route.desktopPath],
        ['mobile', mobilePathOf(route)],
      ] as const) {
        const response = await request.get(pagePath);
        const file = path.join(directory, `${version}-${route.name.replace(/\s+/g, '-')}.html`);
        writeFileSync(file, await response.text());
        files.push(file);
      }
    }
    const errors = htmlErrors(files);
    expect(errors).toEqual([]);
    expect(files).toHaveLength(PUBLIC_ROUTES.length * 2);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
