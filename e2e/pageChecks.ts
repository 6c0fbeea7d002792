import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/* What several suites check of a page: axe, the W3C Nu HTML Checker, and what the page loads. */

/** axe's serious and critical violations of the page as it is now, each as `rule: targets`. */
export async function blockingAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

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

/** The errors the Nu HTML Checker (vnu.jar, run here) finds in each document, as `name.html:line message`. */
export function htmlCheckerErrors(documents: readonly { name: string; html: string }[]): string[] {
  const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-html-'));
  try {
    const files = documents.map(({ name, html }) => {
      const file = path.join(directory, `${name.replace(/\s+/g, '-')}.html`);
      writeFileSync(file, html);
      return file;
    });
    let output: string;
    try {
      output = execFileSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], { encoding: 'utf8' });
    } catch (error) {
      // vnu exits non-zero when it finds errors; its report is still on stdout.
      output = (error as { stdout?: string }).stdout ?? '';
      if (!output) throw error;
    }
    const report = JSON.parse(output) as { messages: VnuMessage[] };
    return report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .filter((message) => !CHECKER_GAPS.includes(message.message))
      .map((message) => `${path.basename(message.url)}:${message.lastLine ?? '?'} ${message.message}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The mobile version's budget for a page's HTML and CSS, uncompressed. */
export const MOBILE_HTML_AND_CSS_BUDGET = 30 * 1024;

export interface Loaded {
  url: string;
  resourceType: string;
  bytes: number;
}

/** Opens `path` and lists what the first view loaded, with each body's uncompressed size. */
export async function loadAndWeigh(page: Page, path: string): Promise<Loaded[]> {
  const responses: Promise<Loaded>[] = [];
  page.on('response', (response) => {
    if (response.status() >= 300) return;
    responses.push(
      response.body().then((body) => ({ url: response.url(), resourceType: response.request().resourceType(), bytes: body.length })),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return Promise.all(responses);
}

/** The bytes of HTML and CSS among what a page loaded. */
export function htmlAndCssBytes(loaded: readonly Loaded[]): number {
  return loaded.filter((resource) => resource.resourceType === 'document' || resource.resourceType === 'stylesheet').reduce((sum, resource) => sum + resource.bytes, 0);
}
