import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import sharp from 'sharp';
import { z } from 'zod';
import { homePath } from '../lib/paths';
import { SECURITY_HEADERS } from '../lib/securityHeaderValues';
import type { SiteDatabase } from '../db/prepare';
import { instantFromMilliseconds, oneParagraphBody, withFreshSiteDatabase, writeDatabase } from '../db/testing/e2eDatabase';
import { demoAccount, submitLogin } from './newsroomLogin';

/*
 * `npm run dev` serves through the same server as production, with Next.js's development mode
 * inside (scripts/dev.ts). Started here on a port of its own, creating a database of its own, it
 * must send the home page with production's security headers and Content-Security-Policy, apart
 * from the two additions its dev tools need (server/securityHeaders.ts), run the page under that
 * policy with nothing blocked, show a story published in the newsroom and one whose scheduled time
 * came without a restart, follow the change log, and stop cleanly when told to, a page with its
 * hot-reload websocket still open. Pages compile on their first request: each step allows for it.
 */

const PORT = Number(process.env.E2E_PORT || 3100) + 58;
const METRICS_PORT = PORT + 1;
// Next.js's development server answers its dev resources (the hot-reload websocket among them)
// only to pages from localhost, unless told of other hosts.
const SITE = `http://localhost:${PORT}`;
// Requests from this process go to the address the server listens on.
const DIRECT = `http://127.0.0.1:${PORT}`;
const COMPILE_TIMEOUT_MS = 90_000;

const HEADLINE = 'Development test: published in the newsroom under npm run dev';
const SCHEDULED_HEADLINE = 'Development test: its scheduled time came under npm run dev';

/**
 * The command `npm run dev` runs, to be started without npm and a shell in between (a shell does
 * not pass a signal on), so that the signal and the exit code are the server's own.
 */
function developmentCommand(): string[] {
  const { scripts } = z.object({ scripts: z.object({ dev: z.string() }) }).parse(JSON.parse(readFileSync('package.json', 'utf8')));
  const [program, ...args] = scripts.dev.split(' ');
  expect(program, scripts.dev).toBe('node');
  return args;
}

/** A policy's directives by name, each with its sources, leaving out the per-page script hashes. */
function directivesOf(policy: string | undefined | null): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '').split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources.filter((source) => !source.startsWith("'sha256-") || name !== 'script-src')];
    }),
  );
}

function securityHeadersOf(headers: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries([...Object.keys(SECURITY_HEADERS), 'Strict-Transport-Security'].map((name) => [name, headers[name.toLowerCase()]]));
}

async function headersOf(response: Response | APIResponse): Promise<Record<string, string>> {
  if (response instanceof Response) {
    await response.arrayBuffer();
    return Object.fromEntries(response.headers.entries());
  }
  return response.headers();
}

/** How many changes the server's change follower has dropped from its page cache (its metrics). */
async function changesFollowed(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`)).text();
  const lag = parsePrometheusTextFormat(text).find((family) => family.name === 'content_change_lag_seconds');
  return Number(lag?.metrics[0]?.count ?? 0);
}

/** A story due now, written as the newsroom's Schedule button leaves it: the server's scheduler publishes it. */
async function scheduleStoryDueNow(database: SiteDatabase): Promise<void> {
  await writeDatabase(async (sql) => {
    await sql.run(
      `insert into articles (slug, headline, standfirst, body, status, published_at, category_id, author_id,
           image_path, image_width, image_height, image_alt, image_credit)
         values (@slug, @headline, 'Published by the scheduler.', @body, 'scheduled', ${instantFromMilliseconds(sql, '@publishedAt')},
           (select id from categories where slug = 'india-russia'), (select id from authors where slug = 'ananya-rao'),
           'articles/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack', 1600, 900,
           'Test illustration', 'Test credit')`,
      { slug: 'development-test-scheduled', headline: SCHEDULED_HEADLINE, body: oneParagraphBody('Due now.'), publishedAt: Date.now() },
    );
  }, database);
}

async function publishInTheNewsroom(page: Page): Promise<void> {
  await submitLogin(page, demoAccount('editor'));
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible({ timeout: COMPILE_TIMEOUT_MS });
  await page.goto('/newsroom/stories/new');
  await page.getByLabel('Headline').fill(HEADLINE);
  await page.getByLabel('Standfirst').fill('The development server shows it at once.');
  await page.getByLabel('Section').selectOption({ label: 'India & Russia' });
  await page.getByLabel(/^Story/).fill('Written and published while the development server ran.');
  const image = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d4f91' } }).png().toBuffer();
  await page.getByLabel(/^Image/).setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: image });
  await page.getByLabel('Description for readers who cannot see it (alt text)').fill('A blue test card');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText(/^Published\./)).toBeVisible({ timeout: COMPILE_TIMEOUT_MS });
}

test('npm run dev serves through the production server, with its headers and policy, and shows what is published at once', async ({ browser, request }) => {
  test.setTimeout(180_000);
  // A database of its own, on the engine under test: the development server creates and seeds it.
  await withFreshSiteDatabase('development', async ({ database, env }) => {
    const server = spawn(process.execPath, developmentCommand(), {
      env: { ...process.env, ...env, PORT: String(PORT), SITE_URL: SITE, METRICS_PORT: String(METRICS_PORT), TRUST_PROXY: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    const context = await browser.newContext({ baseURL: SITE });
    try {
      await expect.poll(async () => (await fetch(`${DIRECT}/healthz`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
      await scheduleStoryDueNow(database);

      // The home page: production's headers and policy, from a page compiled on this request.
      const [development, production] = await Promise.all([fetch(`${DIRECT}${homePath('desktop')}`), request.get(homePath('desktop'))]);
      expect(development.status, output).toBe(200);
      const [developmentHeaders, productionHeaders] = await Promise.all([headersOf(development), headersOf(production)]);
      expect(securityHeadersOf(developmentHeaders)).toEqual(securityHeadersOf(productionHeaders));
      expect(securityHeadersOf(developmentHeaders)).toEqual({ ...SECURITY_HEADERS, 'Strict-Transport-Security': undefined });
      const productionPolicy = directivesOf(productionHeaders['content-security-policy']);
      expect(directivesOf(developmentHeaders['content-security-policy'])).toEqual({
        ...productionPolicy,
        'script-src': [...(productionPolicy['script-src'] ?? []), "'unsafe-eval'"],
        'style-src-elem': ["'self'", "'unsafe-inline'"],
      });
      // The mobile home page runs no script and loads no dev tools: its policy is production's exactly.
      const [developmentMobile, productionMobile] = await Promise.all([fetch(`${DIRECT}${homePath('mobile')}`), request.get(homePath('mobile'))]);
      expect((await headersOf(developmentMobile))['content-security-policy']).toBe(productionMobile.headers()['content-security-policy']);

      // In a browser, under that policy: nothing blocked, no error, and the hot-reload websocket answered through the server.
      const reader = await context.newPage();
      const problems: string[] = [];
      reader.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      reader.on('pageerror', (error) => problems.push(error.message));
      let hotReloadAnswered = false;
      reader.on('websocket', (socket) => {
        if (new URL(socket.url()).pathname.startsWith('/_next/')) socket.once('framereceived', () => (hotReloadAnswered = true));
      });
      await reader.goto(homePath('desktop'));
      await expect.poll(() => hotReloadAnswered, { timeout: 30_000 }).toBe(true);
      expect(problems).toEqual([]);

      // Published in the newsroom, then on the home page, with no restart in between.
      const editor = await context.newPage();
      await publishInTheNewsroom(editor);
      await editor.goto(homePath('desktop'));
      for (const headline of [HEADLINE, SCHEDULED_HEADLINE]) await expect(editor.getByRole('link', { name: headline }).first()).toBeVisible();
      await expect.poll(changesFollowed, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
      expect(server.exitCode).toBeNull();

      // Stopped with a reader's page still open on its hot-reload websocket: a clean exit, not the grace period's.
      const signalledAt = performance.now();
      server.kill('SIGTERM');
      expect(await exited, output).toBe(0);
      expect(performance.now() - signalledAt).toBeLessThan(8000);
    } finally {
      await context.close();
      server.kill('SIGKILL');
    }
  });
});
