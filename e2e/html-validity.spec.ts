import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { mobilePathOf, PUBLIC_ROUTES } from './routes';

/* The W3C Nu HTML Checker (vnu.jar, run locally) on every page type in both versions. */

const VNU_JAR = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  url: string;
  lastLine?: number;
}

/*
 * The HTML standard allows `blocking="render"` on `<link rel="expect">` (app/layout.tsx holds the
 * first paint until the content is parsed); this checker still allows it on stylesheets alone.
 */
const CHECKER_GAPS = ['A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.'];

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
    let output: string;
    try {
      output = execFileSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], {
        encoding: 'utf8',
      });
    } catch (error) {
      // vnu exits non-zero when it finds errors; its report is still on stdout.
      output = (error as { stdout?: string }).stdout ?? '';
      if (!output) throw error;
    }
    const report = JSON.parse(output) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .filter((message) => !CHECKER_GAPS.includes(message.message))
      .map((message) => `${path.basename(message.url)}:${message.lastLine ?? '?'} ${message.message}`);
    expect(errors).toEqual([]);
    expect(files).toHaveLength(PUBLIC_ROUTES.length * 2);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
