import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { newsroomContentSecurityPolicy } from './newsroomResponse';
import { desktopPagePolicy, mobilePagePolicy } from './pageSecurityPolicy';
import { applySecurityHeaders, developmentPagePolicy } from './securityHeaders';
import { NOT_A_PAGE_POLICY, SECURITY_HEADERS } from '../lib/securityHeaderValues';

const PAGE_POLICY = "default-src 'self'";

async function answer(respond: (response: ServerResponse) => void, options: { dev?: boolean } = {}): Promise<Response> {
  const server = createServer((request, response) => {
    applySecurityHeaders(request, response, options);
    respond(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { redirect: 'manual' });
  await response.arrayBuffer();
  await new Promise((resolve) => server.close(resolve));
  return response;
}

describe('applySecurityHeaders', () => {
  it('gives every response the security headers', async () => {
    const response = await answer((response) => response.end('x'));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    // Served over plain HTTP, to a site whose origin is not HTTPS: no HSTS.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('gives a response that is not a page the policy that runs and loads nothing, however its headers are sent', async () => {
    const responses = await Promise.all([
      answer((response) => {
        response.setHeader('Content-Type', 'application/rss+xml');
        response.end('<rss/>');
      }),
      answer((response) => response.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Content-Security-Policy': PAGE_POLICY }).end('<svg/>')),
      answer((response) => response.writeHead(200, 'OK', ['Content-Type', 'image/png']).end('png')),
      answer((response) => response.writeHead(308, { Location: '/elsewhere' }).end()),
      answer((response) => {
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.flushHeaders();
        response.end('Not found');
      }),
    ]);
    for (const response of responses) expect(response.headers.get('content-security-policy'), response.headers.get('content-type') ?? '').toBe(NOT_A_PAGE_POLICY);
    expect(responses[2]?.headers.get('content-type')).toBe('image/png');
    expect(responses[3]?.status).toBe(308);
    // Nothing loads, nothing runs.
    expect(NOT_A_PAGE_POLICY).toMatch(/^default-src 'none';/);
    expect(NOT_A_PAGE_POLICY).not.toMatch(/script-src|img-src|font-src|connect-src/);
    expect(NOT_A_PAGE_POLICY).toMatch(/; sandbox$/);
  });

  it('leaves a page its own policy', async () => {
    const response = await answer((response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Content-Security-Policy', PAGE_POLICY);
      response.end('<p>x</p>');
    });
    expect(response.headers.get('content-security-policy')).toBe(PAGE_POLICY);
  });

  it('sends no policy with a 304, which a browser would put on the page it revalidated', async () => {
    const response = await answer((response) => {
      response.setHeader('Content-Security-Policy', PAGE_POLICY);
      response.writeHead(304).end();
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

/** A policy's directives by name, each with its sources. */
const directivesOf = (policy: string) => Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

describe('developmentPagePolicy', () => {
  const desktop = desktopPagePolicy(Buffer.from('<script>(self.__next_f=self.__next_f||[]).push([0])</script>'));

  it('adds to a page that runs scripts eval() for React’s development build and inline <style> elements for the dev tools, and nothing else', () => {
    const production = directivesOf(desktop);
    expect(directivesOf(developmentPagePolicy(desktop))).toEqual({
      ...production,
      'script-src': [...(production['script-src'] ?? []), "'unsafe-eval'"],
      'style-src-elem': ["'self'", "'unsafe-inline'"],
    });
    const newsroom = directivesOf(newsroomContentSecurityPolicy('bm9uY2U='));
    expect(directivesOf(developmentPagePolicy(newsroomContentSecurityPolicy('bm9uY2U=')))).toEqual({
      ...newsroom,
      'script-src': ["'nonce-bm9uY2U='", "'strict-dynamic'", "'unsafe-eval'"],
      'style-src-elem': ["'self'", "'unsafe-inline'"],
    });
  });

  it('keeps style attributes and inline scripts blocked as in production', () => {
    const policy = directivesOf(developmentPagePolicy(desktop));
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
  });

  it('leaves a page that runs no script as it is: the mobile pages load no dev tools', () => {
    const mobile = mobilePagePolicy(Buffer.from('<style>p{}</style>'));
    expect(developmentPagePolicy(mobile)).toBe(mobile);
    expect(developmentPagePolicy(NOT_A_PAGE_POLICY)).toBe(NOT_A_PAGE_POLICY);
  });

  it('is what applySecurityHeaders sends with a page in development mode, and only then', async () => {
    const page = (response: ServerResponse) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Content-Security-Policy', desktop);
      response.end('<p>x</p>');
    };
    const feed = (response: ServerResponse) => {
      response.setHeader('Content-Type', 'application/rss+xml');
      response.end('<rss/>');
    };
    expect((await answer(page, { dev: true })).headers.get('content-security-policy')).toBe(developmentPagePolicy(desktop));
    expect((await answer(page)).headers.get('content-security-policy')).toBe(desktop);
    expect((await answer(feed, { dev: true })).headers.get('content-security-policy')).toBe(NOT_A_PAGE_POLICY);
  });
});
