import { expect, test, type APIResponse } from '@playwright/test';
import { NOT_A_PAGE_POLICY, SECURITY_HEADERS } from '../lib/securityHeaderValues';
import { articlePath } from '../lib/paths';
import { comeFrom, demoAccount, submitLogin } from './newsroomLogin';
import { rawRequest } from './rawHttp';
import { ANCHOR_STORY, mobilePathOf, PHONE_USER_AGENT, PUBLIC_ROUTES } from './routes';

/*
 * The headers every response carries, checked on every kind of route, answered by whatever
 * route, and on what Node answers itself. Each also gets the Content-Security-Policy that fits
 * what it is: a public page's, the newsroom's, or, for anything that is not a page, one that
 * loads nothing.
 */

const OTHER_ADDRESSES = [
  '/feed.xml',
  '/atom.xml',
  '/category/india-russia/feed.xml',
  '/category/no-such-section/feed.xml',
  '/sitemap.xml',
  '/sitemaps/pages.xml',
  '/news-sitemap.xml',
  '/robots.txt',
  '/manifest.webmanifest',
  '/icon.svg',
  '/favicon.ico',
  '/apple-touch-icon.png',
  '/images/articles/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack-800.webp',
  '/images/uploads/no-such-image.webp',
  '/og/site.png',
  '/exit-mobile?to=/',
  '/go-mobile?to=/',
  '/article/no-such-story/',
  '/newsroom',
  '/newsroom/login',
  '/newsroom/logout',
  '/healthz',
  '/livez',
  '/no/such/page',
];

const HASH = "'sha256-[\\w+/=]+'";

/** The policy an answer must carry, from what it is and where. */
function expectedPolicy(address: string, headers: Record<string, string>): string | RegExp {
  const type = headers['content-type'] ?? '';
  if (!type.startsWith('text/html')) return NOT_A_PAGE_POLICY;
  if (address.startsWith('/newsroom')) return /^default-src 'self'; script-src 'nonce-[\w+/=]+' 'strict-dynamic'; .*frame-ancestors 'none'$/;
  if (address === '/m' || address.startsWith('/m/')) return new RegExp(`^default-src 'none'; script-src 'none'; style-src ${HASH}; .*frame-ancestors 'none'$`);
  return new RegExp(`^default-src 'self'; script-src 'self'( ${HASH})*; style-src 'self'; .*frame-ancestors 'none'$`);
}

/** Checks an answer's headers: the ones every answer carries, and the policy for what it is. */
function expectHeaders(address: string, label: string, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (address.startsWith('/newsroom') && name === 'Referrer-Policy') expect(headers['referrer-policy'], label).toBe('same-origin');
    else expect(headers[name.toLowerCase()], `${label} ${name}`).toBe(value);
  }
  expect(headers['x-powered-by'], label).toBeUndefined();
  // Served over plain HTTP here: no HSTS, which a browser would refuse anyway.
  expect(headers['strict-transport-security'], label).toBeUndefined();
  const policy = expectedPolicy(address, headers);
  if (typeof policy === 'string') expect(headers['content-security-policy'], label).toBe(policy);
  else expect(headers['content-security-policy'], label).toMatch(policy);
}

const labelOf = (address: string, response: APIResponse) => `${address}: ${response.status()} ${response.headers()['content-type'] ?? ''}`;

test('every response carries the security headers and the policy for what it is, and none says what serves it', async ({ request }) => {
  const home = await (await request.get('/')).text();
  const buildFile = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
  const article = await (await request.get(articlePath(ANCHOR_STORY.slug, 'desktop'))).text();
  const previewImage = /<meta property="og:image" content="https?:\/\/[^/]+([^"]+)"/.exec(article)?.[1]?.replaceAll('&amp;', '&');
  expect([buildFile, stylesheet, previewImage]).not.toContain(undefined);

  const addresses = [...PUBLIC_ROUTES.flatMap((route) => [route.desktopPath, mobilePathOf(route)]), ...OTHER_ADDRESSES, buildFile!, stylesheet!, previewImage!];
  const kinds = new Set<string>();
  for (const address of addresses) {
    for (const userAgent of [undefined, PHONE_USER_AGENT]) {
      const response = await request.get(address, { headers: userAgent ? { 'User-Agent': userAgent } : {}, maxRedirects: 0 });
      const label = `${labelOf(address, response)}${userAgent ? ' (phone)' : ''}`;
      expectHeaders(address, label, response.headers());
      kinds.add(`${response.status()} ${(response.headers()['content-type'] ?? 'none').split(';')[0]}`);
      // Readers get one cookie, and only from the version switches: their choice of version.
      if (!/^\/(?:exit|go)-mobile/.test(address)) expect(response.headers()['set-cookie'], label).toBeUndefined();
    }
  }
  // The desktop pages allow the framework's inline scripts by their hashes.
  for (const route of PUBLIC_ROUTES) {
    expect((await request.get(route.desktopPath)).headers()['content-security-policy'], route.desktopPath).toMatch(new RegExp(`script-src 'self' ${HASH}`));
  }
  // The router's own payload for a page, fetched by its script.
  const payload = await request.get('/', { headers: { RSC: '1' } });
  expectHeaders('/', labelOf('/ (RSC)', payload), payload.headers());
  expect(payload.headers()['content-type']).toContain('text/x-component');
  // Every kind of answer was among them: pages, 404s, redirects, feeds, images, scripts, text.
  for (const kind of [
    '200 text/html',
    '404 text/html',
    '302 none',
    '405 none',
    '200 application/rss+xml',
    '200 application/xml',
    '200 application/manifest+json',
    '200 image/webp',
    '200 image/png',
    '200 image/svg+xml',
    '200 application/javascript',
    '200 text/css',
    '200 text/plain',
    '404 text/plain',
  ]) {
    expect([...kinds], kind).toContain(kind);
  }

  // A 304 carries no policy: the browser would put it on the page it revalidated.
  const mobileHome = await request.get('/m');
  const revalidated = await request.get('/m', { headers: { 'If-None-Match': mobileHome.headers().etag ?? '' } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()['content-security-policy']).toBeUndefined();
  expect(revalidated.headers()['x-content-type-options']).toBe('nosniff');

  // Behind a proxy that terminates TLS, pages say to keep to HTTPS.
  const overHttps = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
});

test('what Node answers itself, and refused requests, carry the headers too', async ({ baseURL }) => {
  const port = Number(new URL(baseURL ?? '').port);
  // Headers beyond Node's limit, and a request that is not HTTP: answered before any route sees them.
  const tooLarge = await rawRequest(port, { method: 'GET', target: '/', headers: [['Cookie', `nx_view=${'x'.repeat(20_000)}`]] });
  expect(tooLarge.status).toBe(431);
  expect(tooLarge.body.toString()).toContain('clear this site’s cookies');
  const malformed = await rawRequest(port, { method: 'GET', target: '/', headers: [['Bad Header', 'x']] });
  expect(malformed.status).toBe(400);
  for (const answer of [tooLarge, malformed]) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers[name.toLowerCase()], `${answer.status} ${name}`).toBe(value);
    expect(answer.headers['content-security-policy'], String(answer.status)).toBe(NOT_A_PAGE_POLICY);
  }
  // Refused by the server from the request line: a readable page, with the headers of any page.
  for (const target of ['/article/%', `/search?${'q=a&'.repeat(100)}`, 'http://evil.example/category/world']) {
    const refused = await rawRequest(port, { method: 'GET', target });
    expect(refused.status, target).toBe(400);
    expectHeaders('/', `${target}: refused`, refused.headers);
  }
});

test('the newsroom is told apart by its normalised path, however the address spells it', async ({ baseURL }) => {
  const port = Number(new URL(baseURL ?? '').port);
  for (const target of ['/x/%2e%2e/newsroom/login', '/x/../newsroom/login', '/x/.%2E/newsroom/login?next=1', '/m/%2e%2e/newsroom/login']) {
    const response = await rawRequest(port, { method: 'GET', target });
    // The router shows the login page: it gets the newsroom's policy and is stored by no cache.
    expect(response.status, target).toBe(200);
    expect(response.body.toString(), target).toContain('Log in to the newsroom</h1>');
    expect(response.headers['content-security-policy'], target).toMatch(/script-src 'nonce-[\w+/=]+' 'strict-dynamic';/);
    expect(response.headers['cache-control'], target).toBe('private, no-store');
  }
});

test('the health check answers 200 while the database is reachable, never from a cache', async ({ request }) => {
  for (const userAgent of [undefined, PHONE_USER_AGENT]) {
    const response = await request.get('/healthz', { headers: userAgent ? { 'User-Agent': userAgent } : {}, maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe('ok\n');
    expect(response.headers()['cache-control']).toBe('no-store');
  }
});

declare global {
  interface Window {
    policyViolations?: string[];
    injectedScriptRan?: boolean;
    next?: unknown;
  }
}

test('public pages run their own scripts under their policy, and a script injected into them does not run', async ({ page }) => {
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.policyViolations?.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const route of PUBLIC_ROUTES) {
    for (const address of [route.desktopPath, mobilePathOf(route)]) {
      const response = await page.goto(address);
      const policy = response?.headers()['content-security-policy'] ?? '';
      expect(policy, address).toContain("frame-ancestors 'none'");
      if (address === route.desktopPath) {
        // The App Router started: its inline page data and scripts were allowed.
        await page.waitForFunction(() => window.next !== undefined);
      } else {
        expect(policy, address).toContain("script-src 'none'");
        // The inline stylesheet applied: the body lost the browser's default margin.
        expect(await page.evaluate(() => getComputedStyle(document.body).marginTop), address).toBe('0px');
      }
      expect(await page.evaluate(() => window.policyViolations), address).toEqual([]);

      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injectedScriptRan = true;';
        document.body.append(script);
      });
      expect(await page.evaluate(() => window.injectedScriptRan), address).toBeUndefined();
      expect(await page.evaluate(() => window.policyViolations), address).toEqual(['script-src-elem inline']);
    }
  }
});

test('images, feeds and sitemaps opened on their own display under their policy, which runs nothing', async ({ page }) => {
  // A sandboxed document runs no script, this test's included: the browser reports what it refused.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(`${page.url()} ${message.text()}`);
  });
  for (const address of ['/icon.svg', '/og/site.png', '/images/articles/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack-800.webp']) {
    const response = await page.goto(address);
    expect(response?.headers()['content-security-policy'], address).toBe(NOT_A_PAGE_POLICY);
    if (address.endsWith('.svg')) {
      expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().width), address).toBe(64);
    } else {
      // The browser's own page around an image: the image loaded, centred by the browser's style.
      expect(await page.evaluate(() => document.images[0]?.naturalWidth ?? 0), address).toBeGreaterThan(0);
      expect(await page.evaluate(() => (document.images[0] ? getComputedStyle(document.images[0]).display : '')), address).toBe('block');
    }
  }
  // A feed is shown as text, wrapped by the browser's style.
  const feed = await page.goto('/feed.xml');
  expect(feed?.headers()['content-security-policy']).toBe(NOT_A_PAGE_POLICY);
  await expect(page.getByText(ANCHOR_STORY.headline).first()).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('pre') ?? document.body).whiteSpace)).toBe('pre-wrap');
  // A sitemap is shown as the browser's XML tree, in its own style (its folding script does not run).
  const sitemap = await page.goto('/sitemap.xml');
  expect(sitemap?.headers()['content-security-policy']).toBe(NOT_A_PAGE_POLICY);
  await expect(page.getByText('The document tree is shown below.')).toBeVisible();
  expect(refused.filter((message) => /inline style/i.test(message))).toEqual([]);
  expect(refused.filter((message) => !message.includes('/sitemap.xml'))).toEqual([]);
});

test('the story preview’s mobile frame is drawn with its stylesheet under the newsroom’s policy', async ({ page }) => {
  await comeFrom(page, 60);
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.policyViolations?.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await submitLogin(page, demoAccount('editor'));
  await page.getByRole('link', { name: ANCHOR_STORY.headline }).click();
  await page.getByRole('link', { name: 'Preview the desktop and mobile versions' }).click();
  const mobileFrame = page.frameLocator('iframe[title="Mobile version"]');
  await expect(mobileFrame.getByRole('heading', { level: 1 })).toHaveText(ANCHOR_STORY.headline);
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/preview/mobile'));
  expect(frame).toBeDefined();
  // The mobile stylesheet applied: the body lost the browser's default margin.
  expect(await frame!.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
  for (const each of page.frames()) expect(await each.evaluate(() => window.policyViolations ?? []), each.url()).toEqual([]);
});
