import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { isPhoneUserAgent, PHONE_USER_AGENT_PATTERN } from '../../lib/deviceClass';
import {
  DEBIAN_BROTLI_MODULE,
  renderNginxConfig,
  workerUserForLocalRun,
  type CachingProxyOptions,
  type NginxConfigOptions,
  type TlsEdgeOptions,
} from './renderConfig';

const NGINX = '/usr/sbin/nginx';
const NGINX_MISSING = !existsSync(NGINX) || !existsSync(DEBIAN_BROTLI_MODULE);
const OPENSSL_MISSING = spawnSync('openssl', ['version']).status !== 0;

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

function optionsFor(prefix: string, overrides: Partial<CachingProxyOptions> = {}): CachingProxyOptions {
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

function edgeOptionsFor(prefix: string, overrides: Partial<TlsEdgeOptions> = {}): TlsEdgeOptions {
  return {
    listen: '127.0.0.1:8443',
    cacheTier: ['127.0.0.1:6081'],
    prefix,
    user: workerUserForLocalRun(),
    ...overrides,
  };
}

/** The lines of `config` that start with one of `directives`, as written. */
function directiveLines(config: string, directives: readonly string[]): string[] {
  return config
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => directives.some((directive) => line.startsWith(`${directive} `)));
}

function writeConfig(prefix: string, options: NginxConfigOptions): string {
  const file = path.join(prefix, 'nginx.conf');
  writeFileSync(file, renderNginxConfig(options));
  return file;
}

/** A self-signed certificate for news.example.org, made with openssl in `directory`. */
function selfSignedCertificate(directory: string): { certificate: string; certificateKey: string } {
  const certificate = path.join(directory, 'fullchain.pem');
  const certificateKey = path.join(directory, 'privkey.pem');
  const result = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=news.example.org', '-keyout', certificateKey, '-out', certificate],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl could not make a certificate: ${result.stderr}`);
  return { certificate, certificateKey };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body as it arrived, compressed or not. */
  bytes: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  // The test's certificate is self-signed; what is checked is nginx's handling, not the chain.
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    client
      .get(url, { headers, agent: false, rejectUnauthorized: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: bytes.toString('utf8'), bytes });
        });
      })
      .on('error', reject);
  });
}

/** Polls `url` until nginx answers it. */
async function waitForNginx(url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const answered = await get(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    if (attempt > 50) throw new Error('nginx did not start');
    await delay(100);
  }
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
    expect(config).toContain('server 127.0.0.1:3201 max_fails=0;\n        server 127.0.0.1:3202 max_fails=0;');
    expect(config).toContain(`pid ${prefix}/nginx.pid;`);
    expect(config).toContain(`proxy_cache_path ${prefix}/cache `);
    expect(config).toContain(`alias ${prefix}/static-ceiling/;`);
    expect(config).toContain('worker_processes auto;');
    expect(config).toContain('map $cookie_nx_view $nx_desktop_choice');
  });

  it('never marks a process on this machine failed, and keeps nginx’s marking for other machines', () => {
    const config = renderNginxConfig(
      optionsFor(temporaryPrefix(), { upstreams: ['127.0.0.1:3001', '[::1]:3002', 'unix:/run/nx/app.sock', '10.0.0.5:3000'] }),
    );

    expect(config).toContain(
      'server 127.0.0.1:3001 max_fails=0;\n        server [::1]:3002 max_fails=0;\n        server unix:/run/nx/app.sock max_fails=0;\n        server 10.0.0.5:3000;',
    );
  });

  it('writes the app’s phone pattern, anchored as the app anchors it', () => {
    const config = renderNginxConfig(optionsFor(temporaryPrefix()));
    const quoted = /map \$http_user_agent \$nx_phone \{\s+default 0;\s+"~((?:[^"\\]|\\.)*)" 1;/.exec(config)?.[1];

    expect(quoted?.replace(/\\(.)/g, '$1')).toBe(`^${PHONE_USER_AGENT_PATTERN}$`);
  });

  it('refuses values nginx would read differently', () => {
    const prefix = temporaryPrefix();

    const render = (overrides: Partial<CachingProxyOptions>) => () => renderNginxConfig(optionsFor(prefix, overrides));

    expect(render({ staticCeilingDir: '/tmp/two words' })).toThrow(/staticCeilingDir/);
    expect(render({ upstreams: ['127.0.0.1:3201; deny all'] })).toThrow(/upstream/);
    expect(render({ upstreams: [] })).toThrow(/at least one/);
    expect(render({ workerProcesses: 0 })).toThrow(/workerProcesses/);
  });

  it('serves HTTPS on the given addresses and only redirects on plain HTTP', () => {
    const config = renderNginxConfig(
      optionsFor(temporaryPrefix(), {
        listen: ['443', '[::]:443'],
        tls: { certificate: '/etc/letsencrypt/live/news.example.org/fullchain.pem', certificateKey: '/etc/letsencrypt/live/news.example.org/privkey.pem' },
        acmeWebroot: '/var/www/acme',
      }),
    );
    const [redirectServer, mainServer] = config.split(/^ {4}server \{$/m).slice(1);

    expect(redirectServer).toContain('listen 80;\n        listen [::]:80;');
    expect(redirectServer).toMatch(/location \/ \{\s+return 301 https:\/\/\$host\$request_uri;\s+\}/);
    expect(redirectServer).toMatch(/location \^~ \/\.well-known\/acme-challenge\/ \{\s+root \/var\/www\/acme;/);
    expect(redirectServer).not.toContain('proxy_pass');
    expect(mainServer).toContain('listen 443 ssl http2;\n        listen [::]:443 ssl http2;');
    expect(mainServer).toContain('ssl_certificate /etc/letsencrypt/live/news.example.org/fullchain.pem;');
    expect(mainServer).toContain('ssl_certificate_key /etc/letsencrypt/live/news.example.org/privkey.pem;');
    expect(mainServer).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(mainServer).not.toContain('acme-challenge');
    // The app sets HSTS itself, from X-Forwarded-Proto.
    expect(mainServer).toContain('proxy_set_header X-Forwarded-Proto $scheme;');
    expect(config).not.toMatch(/add_header Strict-Transport-Security/i);
  });

  it('answers ACME challenges on the only server when there is no certificate yet', () => {
    const prefix = temporaryPrefix();
    const plain = renderNginxConfig(optionsFor(prefix, { listen: ['80', '[::]:80'], acmeWebroot: '/var/www/acme' }));

    expect(plain.match(/^ {4}server \{$/gm)).toHaveLength(1);
    expect(plain).toContain('listen 80;\n        listen [::]:80;');
    expect(plain).toContain('root /var/www/acme;');
    expect(plain).not.toMatch(/ssl|return 301/);
    expect(renderNginxConfig(optionsFor(prefix))).not.toContain('acme-challenge');
  });

  it('refuses TLS and listen values nginx would read differently', () => {
    const prefix = temporaryPrefix();
    const render = (overrides: Partial<CachingProxyOptions>) => () => renderNginxConfig(optionsFor(prefix, overrides));

    expect(render({ listen: [] })).toThrow(/listen needs at least one/);
    expect(render({ tls: { certificate: '/etc/tls/my cert.pem', certificateKey: '/etc/tls/key.pem' } })).toThrow(/tls.certificate/);
    expect(render({ tls: { certificate: '/etc/tls/cert.pem', certificateKey: '/etc/tls/key.pem', httpListen: [] } })).toThrow(/tls.httpListen/);
    expect(render({ acmeWebroot: '/var/www/$acme' })).toThrow(/acmeWebroot/);
  });

  it.skipIf(NGINX_MISSING)('is accepted by nginx -t', () => {
    const prefix = temporaryPrefix();
    const file = writeConfig(prefix, optionsFor(prefix, { workerProcesses: 2 }));

    const result = spawnSync(NGINX, ['-t', '-c', file, '-p', prefix], { encoding: 'utf8' });

    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });

  it.skipIf(NGINX_MISSING)(
    'keeps answering through a rolling restart: the process back from its restart takes over at once',
    async () => {
      const prefix = temporaryPrefix();
      const app = (name: string) =>
        http.createServer((_request, response) => {
          response.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
          response.end(name);
        });
      const first = app('first');
      const second = app('second');
      const [firstPort, secondPort] = [await listenOnFreePort(first), await listenOnFreePort(second)];
      const stop = async (server: http.Server) => {
        server.close();
        server.closeAllConnections();
        await once(server, 'close');
      };
      const proxyPort = await freePort();
      const file = writeConfig(
        prefix,
        optionsFor(prefix, {
          listen: `127.0.0.1:${proxyPort}`,
          upstreams: [`127.0.0.1:${firstPort}`, `127.0.0.1:${secondPort}`],
          workerProcesses: 1,
        }),
      );
      const nginx = spawn(NGINX, ['-c', file, '-p', prefix], { stdio: 'ignore' });
      const page = `http://127.0.0.1:${proxyPort}/search?q=india`;
      const answers = async () => Promise.all([1, 2, 3].map(async () => (await get(page)).status));
      try {
        await waitForNginx(page);

        // The first process restarts: the second answers meanwhile.
        await stop(first);
        expect(await answers()).toEqual([200, 200, 200]);
        first.listen(firstPort, '127.0.0.1');
        await once(first, 'listening');
        // At once the second restarts: only the first, back a moment ago, is there to answer.
        await stop(second);
        const during = await Promise.all([1, 2, 3].map(async () => get(page)));
        expect(during.map((answer) => [answer.status, answer.body])).toEqual([
          [200, 'first'],
          [200, 'first'],
          [200, 'first'],
        ]);
      } finally {
        nginx.kill('SIGTERM');
        if (nginx.exitCode === null) await once(nginx, 'exit');
        first.close();
        second.close();
      }
    },
    20_000,
  );

  it.skipIf(NGINX_MISSING || OPENSSL_MISSING)('is accepted by nginx -t with TLS on the production addresses', () => {
    const prefix = temporaryPrefix();
    const file = writeConfig(
      prefix,
      optionsFor(prefix, {
        // nginx -t reads the certificate and key but binds nothing, so 80 and 443 need not be free.
        listen: ['443', '[::]:443'],
        tls: selfSignedCertificate(prefix),
        acmeWebroot: path.join(prefix, 'acme'),
        user: 'www-data',
      }),
    );

    const result = spawnSync(NGINX, ['-t', '-c', file, '-p', prefix], { encoding: 'utf8' });

    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });

  it.skipIf(NGINX_MISSING || OPENSSL_MISSING)(
    'proxies HTTPS with X-Forwarded-Proto https, redirects HTTP and answers ACME challenges over it',
    async () => {
      const prefix = temporaryPrefix();
      const forwardedProtos = new Set<string | string[] | undefined>();
      const requestIds = new Set<string | string[] | undefined>();
      const app = http.createServer((request, response) => {
        forwardedProtos.add(request.headers['x-forwarded-proto']);
        requestIds.add(request.headers['x-request-id']);
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60' });
        response.end('<!doctype html><title>Story</title>');
      });
      const appPort = await listenOnFreePort(app);
      const [httpsPort, httpPort] = [await freePort(), await freePort()];
      const webroot = path.join(prefix, 'acme');
      mkdirSync(path.join(webroot, '.well-known', 'acme-challenge'), { recursive: true });
      writeFileSync(path.join(webroot, '.well-known', 'acme-challenge', 'token-1'), 'token-1.key');
      const file = writeConfig(
        prefix,
        optionsFor(prefix, {
          listen: `127.0.0.1:${httpsPort}`,
          upstreams: [`127.0.0.1:${appPort}`],
          workerProcesses: 1,
          tls: { ...selfSignedCertificate(prefix), httpListen: [`127.0.0.1:${httpPort}`] },
          acmeWebroot: webroot,
        }),
      );
      const nginx = spawn(NGINX, ['-c', file, '-p', prefix], { stdio: 'ignore' });
      try {
        const page = `https://127.0.0.1:${httpsPort}/article/a-story`;
        await waitForNginx(page);

        const story = await get(page, { 'User-Agent': DESKTOP });
        expect(story.status).toBe(200);
        expect(story.body).toContain('<title>Story</title>');
        expect([...forwardedProtos]).toEqual(['https']);
        expect([...requestIds]).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/)]);

        const plain = await get(`http://127.0.0.1:${httpPort}/article/a-story?page=2`, { Host: 'news.example.org' });
        expect(plain.status).toBe(301);
        expect(plain.headers.location).toBe('https://news.example.org/article/a-story?page=2');

        const challenge = await get(`http://127.0.0.1:${httpPort}/.well-known/acme-challenge/token-1`, { Host: 'news.example.org' });
        expect([challenge.status, challenge.body]).toEqual([200, 'token-1.key']);
        const missing = await get(`http://127.0.0.1:${httpPort}/.well-known/acme-challenge/token-2`);
        expect(missing.status).toBe(404);
      } finally {
        nginx.kill('SIGTERM');
        if (nginx.exitCode === null) await once(nginx, 'exit');
        app.close();
      }
    },
    20_000,
  );

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
        await waitForNginx(page);

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

describe('renderNginxConfig as the TLS edge in front of the cache tier', () => {
  const CERTIFICATE = { certificate: '/etc/letsencrypt/live/news.example.org/fullchain.pem', certificateKey: '/etc/letsencrypt/live/news.example.org/privkey.pem' };

  it('proxies everything to the Varnish nodes and keeps no cache, nor the phone rule the cache tier applies', () => {
    const config = renderNginxConfig(
      edgeOptionsFor(temporaryPrefix(), { listen: ['443', '[::]:443'], tls: CERTIFICATE, cacheTier: ['127.0.0.1:6081', '10.0.0.12:6081'] }),
    );
    const mainServer = config.split(/^ {4}server \{$/m).at(-1) ?? '';

    expect(config).not.toMatch(/\{\{|\}\}/);
    expect(config).toContain('server 127.0.0.1:6081 max_fails=0;\n        server 10.0.0.12:6081;');
    expect(config).not.toMatch(/proxy_cache|proxy_no_cache|static-ceiling|\$nx_|X-Cache-Status/);
    expect(mainServer.match(/^\s*location /gm)).toEqual(['        location ']);
    expect(mainServer).toMatch(/location \/ \{\s+proxy_pass http:\/\/nation_express;\s+\}/);
    expect(config).toContain("'cache=$upstream_http_x_cache upstream=$upstream_addr '");
  });

  it('shares the caching proxy’s TLS profile, redirect, compression and forwarded headers', () => {
    const prefix = temporaryPrefix();
    const reader = { listen: ['443', '[::]:443'], tls: CERTIFICATE, acmeWebroot: '/var/www/acme' };
    const edge = renderNginxConfig(edgeOptionsFor(prefix, reader));
    const cachingProxy = renderNginxConfig(optionsFor(prefix, reader));
    const shared = ['listen', 'ssl_protocols', 'ssl_ciphers', 'ssl_prefer_server_ciphers', 'ssl_session_cache', 'ssl_session_tickets', 'return', 'root',
      'gzip', 'gzip_comp_level', 'gzip_proxied', 'gzip_vary', 'gzip_types', 'brotli', 'brotli_comp_level', 'brotli_types', 'proxy_set_header', 'keepalive_timeout'];

    expect(directiveLines(edge, shared)).toEqual(directiveLines(cachingProxy, shared));
    expect(directiveLines(edge, ['proxy_set_header'])).toContain('proxy_set_header Accept-Encoding "";');
    expect(directiveLines(edge, ['brotli_types'])).toEqual([directiveLines(edge, ['gzip_types'])[0]?.replace('gzip_types', 'brotli_types')]);
  });

  it('refuses an edge with nothing behind it, or an address nginx would read differently', () => {
    const prefix = temporaryPrefix();

    expect(() => renderNginxConfig(edgeOptionsFor(prefix, { cacheTier: [] }))).toThrow(/at least one Varnish node/);
    expect(() => renderNginxConfig(edgeOptionsFor(prefix, { cacheTier: ['127.0.0.1:6081 backup'] }))).toThrow(/cacheTier/);
  });

  it.skipIf(NGINX_MISSING || OPENSSL_MISSING)('is accepted by nginx -t, with and without TLS', () => {
    const prefix = temporaryPrefix();
    for (const options of [
      edgeOptionsFor(prefix, { listen: ['443', '[::]:443'], tls: selfSignedCertificate(prefix), acmeWebroot: path.join(prefix, 'acme'), user: 'www-data' }),
      edgeOptionsFor(prefix, { listen: ['80', '[::]:80'], acmeWebroot: path.join(prefix, 'acme'), workerProcesses: 2 }),
    ]) {
      const result = spawnSync(NGINX, ['-t', '-c', writeConfig(prefix, options), '-p', prefix], { encoding: 'utf8' });

      expect(result.stderr).toContain('test is successful');
      expect(result.status).toBe(0);
    }
  });

  it.skipIf(NGINX_MISSING || OPENSSL_MISSING)(
    'forwards every request to the cache tier with identity bodies asked for, and compresses its answers',
    async () => {
      const prefix = temporaryPrefix();
      const page = `<!doctype html><title>Story</title>${'<p>The story so far.</p>'.repeat(100)}`;
      const received: http.IncomingHttpHeaders[] = [];
      // Stands in for Varnish: answers as the cache tier does, with a page a cache may keep.
      const cacheTier = http.createServer((request, response) => {
        received.push(request.headers);
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'public, max-age=0, s-maxage=60',
          'X-Cache': 'HIT',
        });
        response.end(page);
      });
      const cacheTierPort = await listenOnFreePort(cacheTier);
      const [httpsPort, httpPort] = [await freePort(), await freePort()];
      const file = writeConfig(
        prefix,
        edgeOptionsFor(prefix, {
          listen: `127.0.0.1:${httpsPort}`,
          cacheTier: [`127.0.0.1:${cacheTierPort}`],
          workerProcesses: 1,
          tls: { ...selfSignedCertificate(prefix), httpListen: [`127.0.0.1:${httpPort}`] },
        }),
      );
      const nginx = spawn(NGINX, ['-c', file, '-p', prefix], { stdio: 'ignore' });
      const story = `https://127.0.0.1:${httpsPort}/article/a-story`;
      try {
        await waitForNginx(story);
        received.splice(0);

        const brotli = await get(story, { 'User-Agent': DESKTOP, 'Accept-Encoding': 'gzip, deflate, br' });
        const gzip = await get(story, { 'User-Agent': IPHONE, 'Accept-Encoding': 'gzip' });

        expect([brotli.status, brotli.headers['content-encoding'], brotli.headers['x-cache']]).toEqual([200, 'br', 'HIT']);
        expect(brotliDecompressSync(brotli.bytes).toString('utf8')).toBe(page);
        expect(gzip.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(gzip.bytes).toString('utf8')).toBe(page);
        // Both reached the cache tier: the edge kept no copy, and left the phone to it.
        expect(received).toHaveLength(2);
        for (const headers of received) {
          expect(headers['accept-encoding']).toBeUndefined();
          expect(headers['x-forwarded-proto']).toBe('https');
          expect(headers['x-forwarded-for']).toBe('127.0.0.1');
          expect(headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
        }
        expect(received.map((headers) => headers['user-agent'])).toEqual([DESKTOP, IPHONE]);

        const plain = await get(`http://127.0.0.1:${httpPort}/article/a-story`, { Host: 'news.example.org' });
        expect([plain.status, plain.headers.location]).toEqual([301, 'https://news.example.org/article/a-story']);
        expect(received).toHaveLength(2);
      } finally {
        nginx.kill('SIGTERM');
        if (nginx.exitCode === null) await once(nginx, 'exit');
        cacheTier.close();
      }
    },
    20_000,
  );
});
