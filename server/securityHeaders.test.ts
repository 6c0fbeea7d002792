import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, NOT_A_PAGE_POLICY, SECURITY_HEADERS } from './securityHeaders';

const PAGE_POLICY = "default-src 'self'";

async function answer(respond: (response: ServerResponse) => void): Promise<Response> {
  const server = createServer((request, response) => {
    applySecurityHeaders(request, response);
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
