import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { isPhoneUserAgent, PHONE_USER_AGENT_PATTERN } from '../../app/_lib/deviceClass';
import {
  DEBIAN_BROTLI_MODULE,
  renderNginxConfig,
  workerUserForLocalRun,
  type NginxConfigOptions,
} from './renderConfig';

const NGINX = '/usr/sbin/nginx';
const NGINX_MISSING = !existsSync(NGINX) || !existsSync(DEBIAN_BROTLI_MODULE);

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';

// Covers the parts of the pattern nginx could misread: `;` and spaces, and case.
const USER_AGENTS = [
  IPHONE,
  DESKTOP,
  'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0',
  'Mozilla/5.0 (Android 14; Tablet; rv:125.0) Gecko/125.0 Firefox/125.0',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Opera/9.80 (J2ME/MIDP; Opera Mini/9.80 (S60; SymbOS; Opera Mobi/23.348; U; en) Presto/2.5.25 Version/10.54',
  'Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
  'mozilla/5.0 (iphone; cpu iphone os 17_0 like mac os x)',
];

const temporaryDirectories: string[] = [];

function temporaryPrefix(): string {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'nation-express-nginx-'));
  temporaryDirectories.push(prefix);
  mkdirSync(path.join(prefix, 'logs'));
  mkdirSync(path.join(prefix, 'static-ceiling'));
  return prefix;
}

function optionsFor(prefix: string, overrides: Partial<NginxConfigOptions> = {}): NginxConfigOptions {
  return {
    listen: '127.0.0.1:8080',
    upstreams: ['127.0.0.1:3201', '127.0.0.1:3202'],
    prefix,
    cacheDir: path.join(prefix, 'cache'),
    staticCeilingDir: path.join(prefix, 'static-ceiling'),
    user: workerUserForLocalRun(),
    ...overrides,
  };
}

function writeConfig(prefix: string, options: NginxConfigOptions): string {
  const file = path.join(prefix, 'nginx.conf');
  writeFileSync(file, renderNginxConfig(options));
  return file;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      })
      .on('error', reject);
  });
}

async function listenOnFreePort(server: http.Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return address.port;
}

async function freePort(): Promise<number> {
  const probe = http.createServer();
  const port = await listenOnFreePort(probe);
  probe.close();
  await once(probe, 'close');
  return port;
}

afterEach(() => {
  for (const directory of temporaryDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('renderNginxConfig', () => {
  it('fills every placeholder', () => {
    const prefix = temporaryPrefix();
    const config = renderNginxConfig(optionsFor(prefix));

    expect(config).not.toMatch(/\{\{|\}\}/);
    expect(config).toContain('listen 127.0.0.1:8080;');
    expect(config).toContain('server 127.0.0.1:3201;\n        server 127.0.0.1:3202;');
    expect(config).toContain(`pid ${prefix}/nginx.pid;`);
    expect(config).toContain(`proxy_cache_path ${prefix}/cache `);
    expect(config).toContain(`alias ${prefix}/static-ceiling/;`);
    expect(config).toContain('worker_processes auto;');
    expect(config).toContain('map $cookie_nx_view $nx_desktop_choice');
  });

  it('writes the app’s phone pattern, anchored as the app anchors it', () => {
    const config = renderNginxConfig(optionsFor(temporaryPrefix()));
    const quoted = /map \$http_user_agent \$nx_phone \{\s+default 0;\s+"~((?:[^"\\]|\\.)*)" 1;/.exec(config)?.[1];

    expect(quoted?.replace(/\\(.)/g, '$1')).toBe(`^${PHONE_USER_AGENT_PATTERN}$`);
  });

  it('refuses values nginx would read differently', () => {
    const prefix = temporaryPrefix();

    const render = (overrides: Partial<NginxConfigOptions>) => () => renderNginxConfig(optionsFor(prefix, overrides));

    expect(render({ staticCeilingDir: '/tmp/two words' })).toThrow(/staticCeilingDir/);
    expect(render({ upstreams: ['127.0.0.1:3201; deny all'] })).toThrow(/upstream/);
    expect(render({ upstreams: [] })).toThrow(/at least one/);
    expect(render({ workerProcesses: 0 })).toThrow(/workerProcesses/);
  });

  it.skipIf(NGINX_MISSING)('is accepted by nginx -t', () => {
    const prefix = temporaryPrefix();
    const file = writeConfig(prefix, optionsFor(prefix, { workerProcesses: 2 }));

    const result = spawnSync(NGINX, ['-t', '-c', file, '-p', prefix], { encoding: 'utf8' });

    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });

  it.skipIf(NGINX_MISSING)(
    'caches desktop pages, passes phones to the app, and compresses what it caches uncompressed',
    async () => {
      const prefix = temporaryPrefix();
      const upstreamEncodings = new Set<string | undefined>();
      const app = http.createServer((request, response) => {
        upstreamEncodings.add(request.headers['accept-encoding']);
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'public, max-age=0, s-maxage=60',
        });
        response.end(`<!doctype html><title>Story</title>${'<p>The story so far.</p>'.repeat(100)}`);
      });
      const appPort = await listenOnFreePort(app);
      const proxyPort = await freePort();
      const file = writeConfig(
        prefix,
        optionsFor(prefix, {
          listen: `127.0.0.1:${proxyPort}`,
          upstreams: [`127.0.0.1:${appPort}`],
          workerProcesses: 1,
        }),
      );
      const nginx = spawn(NGINX, ['-c', file, '-p', prefix], { stdio: 'ignore' });
      const page = `http://127.0.0.1:${proxyPort}/article/a-story`;
      const cacheStatus = async (headers: Record<string, string>, url = page) =>
        (await get(url, headers)).headers['x-cache-status'];
      try {
        for (let attempt = 0; ; attempt++) {
          const answered = await get(page, { 'User-Agent': DESKTOP }).then(
            () => true,
            () => false,
          );
          if (answered) break;
          if (attempt > 50) throw new Error('nginx did not start');
          await delay(100);
        }

        expect(await cacheStatus({ 'User-Agent': DESKTOP })).toBe('HIT');
        for (const userAgent of USER_AGENTS) {
          expect([userAgent, await cacheStatus({ 'User-Agent': userAgent })]).toEqual([
            userAgent,
            isPhoneUserAgent(userAgent) ? 'BYPASS' : 'HIT',
          ]);
        }
        expect(await cacheStatus({ 'User-Agent': IPHONE, Cookie: 'theme=dark; nx_view=desktop' })).toBe('HIT');
        expect(await cacheStatus({ 'User-Agent': IPHONE, Cookie: 'nx_view=Desktop' })).toBe('BYPASS');
        const mobilePage = `http://127.0.0.1:${proxyPort}/m/article/a-story`;
        expect(await cacheStatus({ 'User-Agent': IPHONE }, mobilePage)).toBe('MISS');
        expect(await cacheStatus({ 'User-Agent': IPHONE }, mobilePage)).toBe('HIT');

        const brotli = await get(page, { 'User-Agent': DESKTOP, 'Accept-Encoding': 'br' });
        const gzip = await get(page, { 'User-Agent': DESKTOP, 'Accept-Encoding': 'gzip' });
        expect(brotli.headers['content-encoding']).toBe('br');
        expect(gzip.headers['content-encoding']).toBe('gzip');
        expect([...upstreamEncodings]).toEqual([undefined]);
      } finally {
        nginx.kill('SIGTERM');
        if (nginx.exitCode === null) await once(nginx, 'exit');
        app.close();
      }
    },
    20_000,
  );
});
