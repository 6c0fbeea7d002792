import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../app/_lib/securityHeaders';
import { mobilePathOf, PHONE_USER_AGENT, PUBLIC_ROUTES } from './routes';

/* The headers every response carries, checked on every kind of route, answered by whatever route. */

const OTHER_ADDRESSES = [
  '/feed.xml',
  '/atom.xml',
  '/category/india-russia/feed.xml',
  '/sitemap.xml',
  '/sitemaps/pages.xml',
  '/news-sitemap.xml',
  '/robots.txt',
  '/manifest.webmanifest',
  '/icon.svg',
  '/images/articles/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack-800.webp',
  '/og/site.png',
  '/exit-mobile?to=/',
  '/go-mobile?to=/',
  '/newsroom/login',
  '/healthz',
  '/no/such/page',
];

test('every response carries the security headers, and none says what serves it', async ({ request }) => {
  const addresses = [...PUBLIC_ROUTES.flatMap((route) => [route.desktopPath, mobilePathOf(route)]), ...OTHER_ADDRESSES];
  for (const address of addresses) {
    for (const userAgent of [undefined, PHONE_USER_AGENT]) {
      const response = await request.get(address, { headers: userAgent ? { 'User-Agent': userAgent } : {}, maxRedirects: 0 });
      const headers = response.headers();
      const label = `${address}${userAgent ? ' (phone)' : ''}: ${response.status()}`;
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        if (address.startsWith('/newsroom') && name === 'Referrer-Policy') expect(headers['referrer-policy'], label).toBe('same-origin');
        else expect(headers[name.toLowerCase()], `${label} ${name}`).toBe(value);
      }
      expect(headers['x-powered-by'], label).toBeUndefined();
      // Readers get one cookie, and only from the version switches: their choice of version.
      if (!/^\/(?:exit|go)-mobile/.test(address)) expect(headers['set-cookie'], label).toBeUndefined();
      // Served over plain HTTP here: no HSTS, which a browser would refuse anyway.
      expect(headers['strict-transport-security'], label).toBeUndefined();
    }
  }
  // Behind a proxy that terminates TLS, pages say to keep to HTTPS.
  const overHttps = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
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
