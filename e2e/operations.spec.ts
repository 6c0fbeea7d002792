import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { verifyPassword } from '../db/newsroom/passwords';
import { SEED_STAFF } from '../db/seed/staff';
import { E2E_DATABASE, readDatabase, withFreshSiteDatabase } from '../db/testing/e2eDatabase';
import { SUITE_DATABASE_SERVER_SETTINGS } from '../db/testing/suiteServerSettings';

/*
 * What an operator meets: settings checked at start, links that follow the port, metrics on a
 * listener of their own, and no demo account on a public site. Each test starts its own server
 * process on the build the suite already made.
 */

const BASE_PORT = Number(process.env.E2E_PORT || 3100) + 60;

interface RunningServer {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(env: Record<string, string>): RunningServer {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, NODE_ENV: 'production', SITE_URL: '', TRUST_PROXY: '', METRICS_PORT: '', LOG_LEVEL: 'info', ...SUITE_DATABASE_SERVER_SETTINGS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function stopServer(server: RunningServer): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

async function waitUntilServing(url: string): Promise<void> {
  await expect.poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
}

function portAccepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function requestsCounted(text: string, route: string): number {
  const family = parsePrometheusTextFormat(text).find((metric) => metric.name === 'http_requests_total');
  return (family?.metrics ?? [])
    .filter((sample) => sample.labels?.route === route)
    .reduce((sum, sample) => sum + Number(sample.value), 0);
}

test.describe('settings', () => {
  for (const [name, value] of [
    ['SITE_TIME_ZONE', 'Mars/Base'],
    ['SITE_URL', 'javascript:alert(1)'],
    ['PORT', 'abc'],
    ['SHUTDOWN_GRACE_MS', 'x'],
    ['PAGE_CACHE_MAX_MB', '-5'],
    ['TRUST_PROXY', 'everyone'],
  ] as const) {
    test(`${name}=${value} stops npm start with one line naming it`, () => {
      const result = spawnSync('npm', ['start', '--silent'], { env: { ...process.env, [name]: value }, encoding: 'utf8', timeout: 60_000 });
      expect(result.status).not.toBe(0);
      const lines = result.stderr.trim().split('\n');
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]).toContain(`${name}=${JSON.stringify(value)}`);
      expect(lines[0]).toMatch(/expected /);
      expect(result.stdout).not.toContain('serving');
    });
  }

  test('without SITE_URL, links name the port the site is served on', async () => {
    const port = BASE_PORT + 1;
    const server = startServer({ PORT: String(port), DATABASE_PATH: E2E_DATABASE });
    try {
      await waitUntilServing(`http://127.0.0.1:${port}/healthz`);
      const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(home).toContain(`<link rel="canonical" href="http://localhost:${port}"/>`);
      const feed = await (await fetch(`http://127.0.0.1:${port}/feed.xml`)).text();
      expect(feed).toContain(`<link>http://localhost:${port}/</link>`);
    } finally {
      await stopServer(server);
    }
  });
});

test.describe('listening', () => {
  test('a local site listens on loopback alone', async () => {
    const port = BASE_PORT + 6;
    const server = startServer({ PORT: String(port), DATABASE_PATH: E2E_DATABASE });
    try {
      await waitUntilServing(`http://127.0.0.1:${port}/healthz`);
      const external = Object.values(networkInterfaces())
        .flat()
        .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
      test.skip(!external, 'this machine has no address but loopback');
      if (external) expect(await portAccepts(external.address, port)).toBe(false);
    } finally {
      await stopServer(server);
    }
  });

  test('a port already taken stops the start with one line naming it, and a failing exit', async () => {
    const port = BASE_PORT + 7;
    const holder = startServer({ PORT: String(port), DATABASE_PATH: E2E_DATABASE });
    try {
      await waitUntilServing(`http://127.0.0.1:${port}/healthz`);
      const second = startServer({ PORT: String(port), DATABASE_PATH: E2E_DATABASE });
      expect(await second.exited).toBe(1);
      const lines = second.output().trim().split('\n');
      expect(lines.at(-1)).toBe(`Cannot listen on 127.0.0.1:${port} (PORT, HOST): the address is already in use by another process.`);
      expect(second.output()).not.toMatch(/\n\s+at /);
    } finally {
      await stopServer(holder);
    }
  });
});

test.describe('metrics', () => {
  test('are served on METRICS_PORT on loopback only, parse, and count requests as they come', async () => {
    const port = BASE_PORT + 2;
    const metricsPort = BASE_PORT + 3;
    // HOST=0.0.0.0: the site itself on every address, so that only the metrics' own binding keeps them off.
    const server = startServer({ PORT: String(port), HOST: '0.0.0.0', METRICS_PORT: String(metricsPort), DATABASE_PATH: E2E_DATABASE });
    try {
      await waitUntilServing(`http://127.0.0.1:${port}/healthz`);
      const scrape = async () => {
        const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
        return response.text();
      };
      const before = await scrape();
      const families = new Map(parsePrometheusTextFormat(before).map((family) => [family.name, family.type]));
      for (const [name, type] of [
        ['http_requests_total', 'COUNTER'],
        ['http_request_duration_seconds', 'HISTOGRAM'],
        ['page_cache_bytes', 'GAUGE'],
        ['content_change_lag_seconds', 'HISTOGRAM'],
        ['database_statement_duration_seconds', 'HISTOGRAM'],
        ['nodejs_eventloop_lag_p99_seconds', 'GAUGE'],
        ['process_resident_memory_bytes', 'GAUGE'],
      ] as const) {
        expect(families.get(name), name).toBe(type);
      }
      for (let request = 0; request < 3; request += 1) expect((await fetch(`http://127.0.0.1:${port}/article/no-such-story-${request}`)).status).toBe(404);
      // A request is counted when its answer has been handed to the socket, which may come a moment after the client has read it.
      await expect
        .poll(async () => requestsCounted(await scrape(), '/article/:slug') - requestsCounted(before, '/article/:slug'), { timeout: 5_000 })
        .toBe(3);
      // Not on the site's own port, and not on any address but loopback.
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
      const external = Object.values(networkInterfaces())
        .flat()
        .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
      test.skip(!external, 'this machine has no address but loopback');
      if (external) {
        expect(await portAccepts(external.address, port)).toBe(true);
        expect(await portAccepts(external.address, metricsPort)).toBe(false);
      }
    } finally {
      await stopServer(server);
    }
  });
});

test.describe('a public site', () => {
  test('starts from a new database with no account that opens with a password from the repository', async () => {
    const port = BASE_PORT + 4;
    await withFreshSiteDatabase('public_site', async ({ database, env }) => {
      const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-database.ts'], {
        env: { ...process.env, ...env, SITE_URL: 'https://news.example.org' },
        encoding: 'utf8',
      });
      expect(prepared.status, prepared.stderr).toBe(0);
      expect(prepared.stdout).toContain('npm run newsroom:create-admin');
      const passwordHashes = await readDatabase((sql) => sql.column('select password_hash from staff'), database);
      for (const passwordHash of passwordHashes) {
        for (const member of SEED_STAFF) expect(await verifyPassword(String(passwordHash), member.password)).toBe(false);
      }
      expect(passwordHashes).toEqual([]);

      // The first admin, made as the start told: into this database, not the default one. A SQLite
      // file is named in the command; a PostgreSQL URL, which may hold a password, is left to the
      // operator's environment, as the start says.
      const told = /Create the first newsroom admin with: (.+?)(?:, with this start's DATABASE_URL set\.)?$/m.exec(prepared.stdout)?.[1];
      expect(told, prepared.stdout).toBeTruthy();
      const created = spawnSync('bash', ['-c', (told ?? '').replace('<address>', 'ops@example.org')], {
        env: { ...process.env, DATABASE_PATH: '', DATABASE_URL: env.DATABASE_URL, SITE_URL: '', NEWSROOM_ADMIN_PASSWORD: 'an operator password' },
        encoding: 'utf8',
      });
      expect(created.status, created.stderr).toBe(0);
      expect(await readDatabase((sql) => sql.column('select email from staff'), database)).toEqual(['ops@example.org']);

      const server = startServer({ PORT: String(port), ...env, SITE_URL: 'https://news.example.org' });
      try {
        await waitUntilServing(`http://127.0.0.1:${port}/healthz`);
        expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      } finally {
        await stopServer(server);
      }
    });
  });

  test('refuses to start while an account still has a demo password', async () => {
    const server = startServer({ PORT: String(BASE_PORT + 5), DATABASE_PATH: E2E_DATABASE, SITE_URL: 'https://news.example.org' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('still have the demo passwords');
    expect(server.output()).toContain('admin@nationexpress.test');
    expect(await portAccepts('127.0.0.1', BASE_PORT + 5)).toBe(false);
  });
});
