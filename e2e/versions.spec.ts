import { expect, test } from '@playwright/test';
import {
  ANCHOR_STORY,
  DESKTOP_USER_AGENT,
  IPAD_USER_AGENT,
  mobilePathOf,
  PHONE_USER_AGENT,
  PUBLIC_ROUTES,
  TABLET_USER_AGENT,
  withQuery,
} from './routes';

/* The server's answers that decide which version a reader gets, checked at the HTTP level. */

test.describe('phones are redirected to the mobile version', () => {
  for (const route of PUBLIC_ROUTES) {
    test(`${route.name}: ${route.desktopPath}`, async ({ request }) => {
      const response = await request.get(withQuery(route.desktopPath, 'utm_source=chat&x=1'), {
        headers: { 'User-Agent': PHONE_USER_AGENT },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(302);
      expect(response.headers()['location']).toBe(withQuery(mobilePathOf(route), 'utm_source=chat&x=1'));
      expect(response.headers()['cache-control']).toBe('private, no-store');
      expect(response.headers()['vary']).toMatch(/User-Agent, Cookie/);
    });
  }
});

test('the mobile URL never redirects a phone', async ({ request }) => {
  for (const route of PUBLIC_ROUTES) {
    const response = await request.get(mobilePathOf(route), { headers: { 'User-Agent': PHONE_USER_AGENT }, maxRedirects: 0 });
    expect(response.status(), route.name).toBe(route.status);
  }
});

for (const [device, userAgent] of [
  ['desktop', DESKTOP_USER_AGENT],
  ['Android tablet', TABLET_USER_AGENT],
  ['iPad', IPAD_USER_AGENT],
] as const) {
  test(`a ${device} is not redirected`, async ({ request }) => {
    const response = await request.get(`/article/${ANCHOR_STORY.slug}`, { headers: { 'User-Agent': userAgent }, maxRedirects: 0 });
    expect(response.status()).toBe(200);
  });
}

test('a phone that chose the desktop version is not redirected', async ({ request }) => {
  const response = await request.get('/', {
    headers: { 'User-Agent': PHONE_USER_AGENT, Cookie: 'nx_view=desktop' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);
});

test('static files and icons are never redirected', async ({ request }) => {
  for (const path of ['/icon.svg', '/favicon.ico', '/manifest.webmanifest', `/images/articles/${ANCHOR_STORY.slug}-800.webp`]) {
    const response = await request.get(path, { headers: { 'User-Agent': PHONE_USER_AGENT }, maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});

test.describe('the version switches stay on this site', () => {
  for (const [target, expected] of [
    ['https://evil.example/', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/m//evil.example', '/'],
    ['/.//evil.example', '/'],
    ['/a/..//evil.example', '/'],
    ['/m/category/world', '/category/world'],
    ['/category/world?ref=a', '/category/world?ref=a'],
  ] as const) {
    test(`exit-mobile to ${target}`, async ({ request }) => {
      const response = await request.get(`/exit-mobile?to=${encodeURIComponent(target)}`, { maxRedirects: 0 });
      expect(response.status()).toBe(302);
      expect(response.headers()['location']).toBe(expected);
      expect(response.headers()['cache-control']).toBe('private, no-store');
    });
  }

  test('exit-mobile without a target goes home', async ({ request }) => {
    const response = await request.get('/exit-mobile', { maxRedirects: 0 });
    expect(response.headers()['location']).toBe('/');
    expect(response.headers()['set-cookie']).toMatch(/nx_view=desktop;.*Max-Age=2592000.*HttpOnly.*SameSite=lax/i);
    expect(response.headers()['set-cookie']).not.toMatch(/Secure/);
  });

  test('the cookie is Secure when served over HTTPS', async ({ request }) => {
    const response = await request.get('/exit-mobile?to=/', { maxRedirects: 0, headers: { 'X-Forwarded-Proto': 'https' } });
    expect(response.headers()['set-cookie']).toMatch(/; Secure/);
  });

  for (const target of ['https://evil.example/', '/.//evil.example', '/a/..//evil.example']) {
    test(`go-mobile to ${target} clears the choice and stays on this site`, async ({ request }) => {
      const response = await request.get(`/go-mobile?to=${encodeURIComponent(target)}`, { maxRedirects: 0 });
      expect(response.headers()['location']).toBe('/m');
      expect(response.headers()['set-cookie']).toMatch(/nx_view=;.*Max-Age=0/);
    });
  }
});
