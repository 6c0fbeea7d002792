import { execFileSync } from 'node:child_process';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/*
 * The checks every page is held to, in one place for the suites that run them on every page type
 * (accessibility, HTML validity, budgets) and for those that check a page in a state of its own.
 */

/** axe's serious and critical violations on the page as it stands, one line each. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
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

/** The W3C Nu HTML Checker's errors (vnu.jar, run locally) in the HTML files given, one line each. */
export function htmlErrors(files: readonly string[]): string[] {
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
}

/** The mobile version's weight: HTML and CSS together, uncompressed. */
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
    responses.push(response.body().then((body) => ({ url: response.url(), resourceType: response.request().resourceType(), bytes: body.length })));
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return Promise.all(responses);
}

/** The bytes of HTML and CSS among what a page loaded. */
export function htmlAndCssBytes(loaded: readonly Loaded[]): number {
  return loaded.filter((resource) => resource.resourceType === 'document' || resource.resourceType === 'stylesheet').reduce((sum, resource) => sum + resource.bytes, 0);
}
