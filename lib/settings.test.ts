import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidSettingsError, isLocalOrigin, readSettings } from './settings';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    readSettings(env);
  } catch (error) {
    if (error instanceof InvalidSettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('readSettings', () => {
  it('has a default for everything, and SITE_URL follows PORT', () => {
    const defaults = readSettings({});
    expect(defaults.port).toBe(3000);
    expect(defaults.siteUrl.href).toBe('http://localhost:3000/');
    expect(defaults.trustProxy).toEqual([]);
    expect(defaults.metricsPort).toBeUndefined();
    expect(defaults.metricsHost).toBe('127.0.0.1');
    expect(readSettings({ PORT: '4000' }).siteUrl.href).toBe('http://localhost:4000/');
  });

  it('treats an empty value as unset', () => {
    expect(readSettings({ PORT: '', SITE_URL: ' ' }).port).toBe(3000);
  });

  it.each([
    ['SITE_TIME_ZONE', 'Mars/Base'],
    ['SITE_URL', 'javascript:alert(1)'],
    ['SITE_URL', 'https://news.example.org/path'],
    ['SITE_URL', 'ftp://news.example.org'],
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['SHUTDOWN_GRACE_MS', 'x'],
    ['MOST_READ_REFRESH_SECONDS', '5'],
    ['MOST_READ_REFRESH_SECONDS', '301'],
    ['PAGE_CACHE_MAX_MB', '-5'],
    ['TRUST_PROXY', '127.0.0.1, not-an-address'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['SHARED_CACHE_PURGE_URLS', 'http://127.0.0.1:6081, varnish-2'],
    ['SHARED_CACHE_PURGE_URLS', 'http://127.0.0.1:6081/purge'],
    ['SHARED_CACHE_PURGE_URLS', ','],
    ['LOG_LEVEL', 'loud'],
    ['METRICS_PORT', '0'],
    ['METRICS_HOST', 'everywhere'],
    ['HOST', '-'],
    ['HOST', '...'],
  ])('refuses %s=%s with one line naming it, its value and what is accepted', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${name}=${JSON.stringify(value)}`);
    expect(problems[0]).toMatch(/expected .+\.$/);
    expect(problems[0]).not.toContain('\n');
  });

  it('never repeats a secret, and takes it as written', () => {
    const problems = problemsOf({ NEWSROOM_ADMIN_PASSWORD: 'short' });
    expect(problems).toEqual(['Setting NEWSROOM_ADMIN_PASSWORD=(hidden) is not valid: expected a password of at least 12 characters.']);
    expect(readSettings({ NEWSROOM_ADMIN_PASSWORD: '  padded password  ' }).newsroomAdminPassword).toBe('  padded password  ');
  });

  it('listens on loopback alone for a local site unless told otherwise', () => {
    expect(readSettings({}).host).toBe('127.0.0.1');
    expect(readSettings({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(readSettings({ SITE_URL: 'https://news.example.org' }).host).toBeUndefined();
    expect(readSettings({ HOST: 'app-1.internal' }).host).toBe('app-1.internal');
  });

  it('names every invalid setting at once', () => {
    expect(problemsOf({ PORT: 'abc', SITE_TIME_ZONE: 'Mars/Base' })).toHaveLength(2);
  });

  it('accepts what the README says is accepted', () => {
    const parsed = readSettings({
      PORT: '8080',
      SITE_URL: 'https://news.example.org',
      SITE_TIME_ZONE: 'Europe/Moscow',
      TRUST_PROXY: 'loopback, 10.0.0.0/8, ::1',
      LOG_LEVEL: 'debug',
      METRICS_PORT: '9464',
      METRICS_HOST: '::1',
      PAGE_CACHE_MAX_MB: '0',
      SHARED_CACHE_PURGE_URLS: 'http://127.0.0.1:6081, http://cache-2.internal:6081',
    });
    expect(parsed.sharedCachePurgeUrls.map((url) => url.origin)).toEqual(['http://127.0.0.1:6081', 'http://cache-2.internal:6081']);
    expect(parsed.siteUrl.origin).toBe('https://news.example.org');
    expect(parsed.trustProxy).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(parsed.pageCacheMaxMegabytes).toBe(0);
    expect(parsed.metricsPort).toBe(9464);
  });
});

describe('isLocalOrigin', () => {
  it.each([
    ['http://localhost:3000', true],
    ['http://127.0.0.1:3100', true],
    ['http://[::1]:3000', true],
    ['http://newsroom.localhost', true],
    ['https://news.example.org', false],
    ['http://192.168.1.20:3000', false],
    ['http://localhost.example.org', false],
  ])('%s is local: %s', (origin, local) => {
    expect(isLocalOrigin(new URL(origin))).toBe(local);
  });
});

describe('settingsOrExit', () => {
  const settingsModule = path.resolve(import.meta.dirname, 'settings.ts');
  const printPort = `import('${settingsModule}').then((m) => console.log(m.settingsOrExit().port))`;

  function run(directory: string, env: Record<string, string>) {
    return spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), '-e', printPort], {
      cwd: directory,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
      encoding: 'utf8',
    });
  }

  it('reads a .env file in the working directory, the environment winning over it', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-settings-'));
    try {
      writeFileSync(path.join(directory, '.env'), 'PORT=4321\n');
      expect(run(directory, {}).stdout.trim()).toBe('4321');
      expect(run(directory, { PORT: '4000' }).stdout.trim()).toBe('4000');
      writeFileSync(path.join(directory, '.env'), 'PORT=many\n');
      const refused = run(directory, {});
      expect(refused.status).toBe(1);
      expect(refused.stderr.trim()).toBe('Setting PORT="many" is not valid: expected a whole number from 0 to 65535.');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
