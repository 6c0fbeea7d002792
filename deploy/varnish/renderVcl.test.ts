import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPhoneUserAgent, PHONE_USER_AGENT_PATTERN } from '../../lib/deviceClass';
import { NOT_A_PAGE_POLICY, SECURITY_HEADERS } from '../../lib/securityHeaderValues';
import type { ManagedProcess } from '../localProcesses';
import { startVarnish, varnishProblem } from './clusterStack';
import { renderVcl } from './renderVcl';

/*
 * The cache tier's configuration, run: a real Varnish with the rendered VCL in front of small
 * stand-in app processes that record what reaches them and answer as the app does.
 */

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
const PUBLIC_PAGE = {
  'Cache-Control': 'public, max-age=0, s-maxage=1, stale-while-revalidate=600, stale-if-error=86400',
  'Surrogate-Control': 'max-age=21600, stale-while-revalidate=600, stale-if-error=86400',
  'Content-Type': 'text/html; charset=utf-8',
};

interface Arrival {
  url: string;
  headers: IncomingHttpHeaders;
}

/** A stand-in app process: answers with `answer`, records each request but its health checks. */
async function standIn(answer: (request: http.IncomingMessage, response: http.ServerResponse) => void) {
  const arrivals: Arrival[] = [];
  const server = http.createServer((request, response) => {
    if (request.url === '/livez') {
      response.end('ok\n');
      return;
    }
    arrivals.push({ url: request.url ?? '', headers: request.headers });
    answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, arrivals, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

const skipReason = varnishProblem();

describe.skipIf(skipReason !== null)('the cache tier (Varnish with deploy/varnish/nation-express.vcl.template)', () => {
  const directories: string[] = [];
  const stops: (() => Promise<unknown>)[] = [];

  async function startTier(backendPorts: number[], options: { purgers?: string[] } = {}): Promise<string> {
    const workDir = mkdtempSync(path.join(os.tmpdir(), 'nation-express-varnish-test-'));
    directories.push(workDir);
    const vclFile = path.join(workDir, 'test.vcl');
    writeFileSync(vclFile, renderVcl({ backends: backendPorts.map((port) => `127.0.0.1:${port}`), ...options }));
    const port = await freePort();
    const varnish: ManagedProcess = await startVarnish({ port, vclFile, instanceDir: path.join(workDir, 'instance'), storage: '32m' });
    stops.push(() => varnish.stop());
    return `http://127.0.0.1:${port}`;
  }

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    for (const directory of directories) rmSync(directory, { recursive: true, force: true });
  });

  describe('in front of a healthy app', () => {
    let tier: string;
    let app: Awaited<ReturnType<typeof standIn>>;
    let failing = false;
    beforeAll(async () => {
      app = await standIn((request, response) => {
        const url = request.url ?? '';
        // As the app does: a phone without the desktop choice asking for a desktop page is redirected.
        if (!url.startsWith('/m/') && isPhoneUserAgent(request.headers['user-agent']) && !/(^|;\s*)nx_view=desktop(;|$)/.test(request.headers.cookie ?? '')) {
          response.writeHead(302, { Location: `/m${url}`, 'Cache-Control': 'private, no-store', Vary: 'User-Agent, Cookie' }).end();
          return;
        }
        if (url.startsWith('/slow')) {
          setTimeout(() => response.writeHead(200, { ...PUBLIC_PAGE, xkey: 'site story:slow' }).end('slow page'), 500);
        } else if (url.startsWith('/unavailable')) {
          response.writeHead(503, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store', 'Retry-After': '30' }).end('the app says: briefly unavailable');
        } else if (url.startsWith('/broken')) {
          response.writeHead(500, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('error');
        } else if (url.startsWith('/expiring')) {
          if (failing) response.writeHead(503, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('database unreachable');
          else response.writeHead(200, { ...PUBLIC_PAGE, 'Surrogate-Control': 'max-age=1, stale-while-revalidate=600, stale-if-error=86400', xkey: 'site' }).end('good copy');
        } else if (url.startsWith('/search')) {
          response.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(`results ${Date.now()}`);
        } else {
          const story = url.split('/').pop() || 'home';
          response.writeHead(200, { ...PUBLIC_PAGE, xkey: `site story:${story}`, 'Surrogate-Key': `site story:${story}`, 'Cache-Tag': `site,story:${story}` });
          response.end(`page ${url} rendered ${arrivals().length}`);
        }
      });
      tier = await startTier([app.port]);
      stops.push(app.close);
    });
    const arrivals = () => app.arrivals;
    const arrivalsFor = (url: string) => app.arrivals.filter((arrival) => arrival.url === url).length;

    it('keeps a public page for as long as its Surrogate-Control says, and shows readers no tags', async () => {
      const first = await get(`${tier}/article/a`, { 'User-Agent': DESKTOP });
      expect(first.headers['x-cache']).toBe('MISS');
      // s-maxage is 1 s; the Surrogate-Control lifetime (hours) is the one that counts here.
      await delay(2_100);
      const second = await get(`${tier}/article/a`, { 'User-Agent': DESKTOP });
      expect(second.headers['x-cache']).toBe('HIT');
      expect(second.body).toBe(first.body);
      expect(arrivalsFor('/article/a')).toBe(1);
      for (const header of ['xkey', 'surrogate-key', 'cache-tag', 'surrogate-control', 'x-varnish', 'via']) expect(second.headers[header], header).toBeUndefined();
      // Browsers still check back every time.
      expect(second.headers['cache-control']).toBe(PUBLIC_PAGE['Cache-Control']);
    });

    it('purges by tag exactly the pages that carry it', async () => {
      await get(`${tier}/article/b`);
      await get(`${tier}/article/c`);
      const purge = await get(`${tier}/`, { 'xkey-purge': 'story:b' }, 'PURGE');
      expect(purge.status).toBe(200);
      expect(purge.body).toMatch(/^Invalidated 1 objects/);
      expect((await get(`${tier}/article/b`)).headers['x-cache']).toBe('MISS');
      expect((await get(`${tier}/article/c`)).headers['x-cache']).toBe('HIT');
      expect(arrivalsFor('/article/b')).toBe(2);
      expect(arrivalsFor('/article/c')).toBe(1);
    });

    it('refuses a purge naming no tags', async () => {
      expect((await get(`${tier}/`, {}, 'PURGE')).status).toBe(400);
    });

    it('keeps the redirect of a phone without the desktop choice apart, and shares it among such phones', async () => {
      expect(new RegExp(`^${PHONE_USER_AGENT_PATTERN}$`).test(IPHONE)).toBe(true);
      const first = await get(`${tier}/article/phone`, { 'User-Agent': IPHONE });
      expect(first.status).toBe(302);
      expect(first.headers.location).toBe('/m/article/phone');
      const second = await get(`${tier}/article/phone`, { 'User-Agent': IPHONE, Cookie: 'other=1' });
      expect([second.status, second.headers['x-cache']]).toEqual([302, 'HIT']);
      // Readers' browsers and other caches still see an answer that is theirs alone.
      expect(second.headers['cache-control']).toBe('private, no-store');
      expect(second.headers.vary).toBe('User-Agent, Cookie');
      // A desktop reader gets the page, not the redirect; so do phones on mobile pages.
      const desktop = await get(`${tier}/article/phone`, { 'User-Agent': DESKTOP });
      expect([desktop.status, desktop.body]).toEqual([200, expect.stringContaining('page /article/phone')]);
      await get(`${tier}/m/article/phone`, { 'User-Agent': IPHONE });
      expect((await get(`${tier}/m/article/phone`, { 'User-Agent': DESKTOP })).headers['x-cache']).toBe('HIT');
      expect(arrivalsFor('/article/phone')).toBe(2);
      expect(arrivalsFor('/m/article/phone')).toBe(1);
    });

    it('gives a phone that chose the desktop version the desktop page, cached or not', async () => {
      const chosen = { 'User-Agent': IPHONE, Cookie: 'other=1; nx_view=desktop' };
      const uncached = await get(`${tier}/article/chosen`, chosen);
      expect([uncached.status, uncached.headers['x-cache']]).toEqual([200, 'MISS']);
      expect(app.arrivals.find((arrival) => arrival.url === '/article/chosen')?.headers.cookie).toBe('nx_view=desktop');
      expect((await get(`${tier}/article/chosen`, { 'User-Agent': DESKTOP })).headers['x-cache']).toBe('HIT');
      const cached = await get(`${tier}/article/a`, chosen);
      expect([cached.status, cached.headers['x-cache']]).toEqual([200, 'HIT']);
    });

    it('lets no cookie reach the app with a shared page, and replaces what readers claim about themselves', async () => {
      await get(`${tier}/article/cookie`, { Cookie: 'nx_session=secret', 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'https', 'X-Request-Id': 'forged' });
      const arrival = app.arrivals.find((candidate) => candidate.url === '/article/cookie');
      expect(arrival?.headers.cookie).toBeUndefined();
      expect(arrival?.headers['x-forwarded-for']).toBe('127.0.0.1');
      expect(arrival?.headers['x-forwarded-proto']).toBe('http');
      expect(arrival?.headers['x-request-id']).toBeUndefined();
    });

    it('sends concurrent misses for one page to the app once', async () => {
      const answers = await Promise.all(Array.from({ length: 20 }, () => get(`${tier}/slow/page`)));
      expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
      expect(arrivalsFor('/slow/page')).toBe(1);
    });

    it('keeps nothing the app marks no-store, nor an error', async () => {
      await get(`${tier}/search?q=x`);
      expect((await get(`${tier}/search?q=x`)).headers['x-cache']).toBe('PASS');
      expect(arrivalsFor('/search?q=x')).toBe(2);
      expect((await get(`${tier}/broken`)).status).toBe(500);
      expect((await get(`${tier}/broken`)).status).toBe(500);
      // Each fetched twice: once, then again after looking for a stale copy (the next test).
      expect(arrivalsFor('/broken')).toBe(4);
    });

    it('looks for a stale copy when the app fails a page it has none of, then passes on the app’s own answer', async () => {
      const answer = await get(`${tier}/unavailable/page`);
      expect(answer.status).toBe(503);
      expect(answer.body).toBe('the app says: briefly unavailable');
      expect(answer.headers['retry-after']).toBe('30');
      expect(arrivalsFor('/unavailable/page')).toBe(2);
      expect(app.arrivals.filter((arrival) => arrival.url === '/unavailable/page').map((arrival) => arrival.headers['x-stale-lookup'])).toEqual([undefined, '1']);
    });

    it('serves the last good copy while the app fails, and keeps trying to refresh it', async () => {
      expect((await get(`${tier}/expiring`)).body).toBe('good copy');
      failing = true;
      await delay(1_500);
      // Past its lifetime: served stale while a refresh is tried; the failed refresh keeps the copy.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const answer = await get(`${tier}/expiring`);
        expect(answer.status).toBe(200);
        expect(answer.body).toBe('good copy');
        await delay(200);
      }
      expect(arrivalsFor('/expiring')).toBeGreaterThan(1);
      failing = false;
    });
  });

  it('retries a fetch on another app process when one cannot be reached, and says clearly when none can', async () => {
    const app = await standIn((_request, response) => {
      response.writeHead(200, { ...PUBLIC_PAGE, xkey: 'site' }).end('from the live process');
    });
    stops.push(app.close);
    const deadPort = await freePort();
    const tier = await startTier([deadPort, app.port]);
    // Round robin sends every other fetch to the dead process, before its probes mark it down.
    const answers = await Promise.all(Array.from({ length: 6 }, (_, index) => get(`${tier}/page/${index}`)));
    expect(answers.map((answer) => answer.body)).toEqual(Array(6).fill('from the live process'));

    const none = await startTier([deadPort]);
    const unavailable = await get(`${none}/article/x`);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers['retry-after']).toBe('30');
    expect(unavailable.headers['cache-control']).toBe('no-store');
    expect(unavailable.body).toContain('is briefly unavailable');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(unavailable.headers[name.toLowerCase()], name).toBe(value);
    expect(unavailable.headers['content-security-policy']).toBe(NOT_A_PAGE_POLICY);
  });

  it('refuses purges from addresses that are not the app processes’', async () => {
    const app = await standIn((_request, response) => response.end('x'));
    stops.push(app.close);
    const tier = await startTier([app.port], { purgers: ['192.0.2.10'] });
    const refused = await get(`${tier}/`, { 'xkey-purge': 'site' }, 'PURGE');
    expect(refused.status).toBe(403);
    expect(refused.headers['content-security-policy']).toBe(NOT_A_PAGE_POLICY);
  });
});

describe('renderVcl', () => {
  it('refuses addresses it cannot write into VCL', () => {
    expect(() => renderVcl({ backends: [] })).toThrow(/at least one app process/);
    expect(() => renderVcl({ backends: ['127.0.0.1'] })).toThrow(/host:port/);
    expect(() => renderVcl({ backends: ['"evil";}:80'] })).toThrow(/host:port/);
    expect(() => renderVcl({ backends: ['127.0.0.1:3000'], purgers: ['everyone'] })).toThrow(/IP address or CIDR/);
    expect(() => renderVcl({ backends: ['127.0.0.1:3000'], tlsEdges: ['10.0.0.0/33'] })).toThrow(/IP address or CIDR/);
  });

  it('believes forwarded headers only from the TLS edge, when there is one', () => {
    const withEdge = renderVcl({ backends: ['10.0.0.5:3000'], tlsEdges: ['10.0.0.2'] });
    expect(withEdge).toContain('acl tls_edges {\n    "10.0.0.2";\n}');
    expect(withEdge).toContain('if (client.ip !~ tls_edges) {');
    expect(renderVcl({ backends: ['10.0.0.5:3000'] })).not.toContain('tls_edges');
  });
});
