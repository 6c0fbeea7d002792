import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultBackupPath } from '../../db/backup';
import { defaultPostgresBackupPath } from '../../db/postgres/backup';
import { isLocalOrigin, readSettings, SETTING_DEFINITIONS } from '../../lib/settings';
import { varnishProblem } from '../varnish/clusterStack';
import { renderVcl } from '../varnish/renderVcl';

const UNITS_DIRECTORY = import.meta.dirname;
const UNIT_FILES = readdirSync(UNITS_DIRECTORY)
  .filter((name) => /\.(service|timer)$/.test(name))
  .sort();
const APP_UNIT = 'nation-express@.service';
const VARNISH_UNIT = 'nation-express-varnish.service';
const ENV_FILE = '/etc/nation-express/env';
const ENV_EXAMPLE = readFileSync(path.join(UNITS_DIRECTORY, 'nation-express.env.example'), 'utf8');

const SYSTEMD_ANALYZE = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((file) => existsSync(file));
const NO_SYSTEMD_ANALYZE = 'systemd-analyze is not installed here (Debian: apt-get install systemd)';
// Said once where the run's output shows it, not only in the skipped tests' notes.
if (!SYSTEMD_ANALYZE) console.warn(`Skipping the systemd-analyze verify tests: ${NO_SYSTEMD_ANALYZE}.`);

// The programs the units may run. The verification root holds a stand-in for each, so a unit
// naming any other path (a typo, a program Debian keeps elsewhere) fails as it would on a server.
const PROGRAMS = ['/usr/bin/node', '/usr/bin/curl', '/usr/bin/find', '/usr/sbin/nginx', '/bin/kill', '/usr/sbin/varnishd', '/usr/share/varnish/varnishreload'];
// Units of the system the project's units name. systemd-analyze only insists on those a unit
// requires, so a misspelt Wants= or After= is caught by the test below that checks names.
const SYSTEM_UNITS = ['sysinit.target', 'network.target', 'network-online.target', 'multi-user.target', 'timers.target', 'nginx.service', 'varnish.service'];
// Variables for the runtime rather than the site; every other name must be a site setting.
const RUNTIME_VARIABLES = new Set(['NODE_ENV', 'NEXT_TELEMETRY_DISABLED']);
// Set per instance by the app unit: in the environment file they would override the unit's values.
const INSTANCE_SETTINGS = ['PORT', 'METRICS_PORT'];

interface UnitEntry {
  section: string;
  key: string;
  value: string;
}

/** A unit file's assignments, in order. Refuses continuation lines, which this reading would get wrong. */
function parseUnit(text: string): UnitEntry[] {
  const entries: UnitEntry[] = [];
  let section = '';
  for (const [index, line] of text.split('\n').entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    if (trimmed.endsWith('\\')) throw new Error(`line ${index + 1} continues onto the next; write it on one line`);
    const header = /^\[(\w+)\]$/.exec(trimmed);
    if (header?.[1]) {
      section = header[1];
      continue;
    }
    const assignment = /^([A-Za-z]+)=(.*)$/.exec(trimmed);
    if (!assignment?.[1] || assignment[2] === undefined) throw new Error(`line ${index + 1} is not KEY=value: ${line}`);
    entries.push({ section, key: assignment[1], value: assignment[2] });
  }
  return entries;
}

const UNITS = new Map(UNIT_FILES.map((name) => [name, parseUnit(readFileSync(path.join(UNITS_DIRECTORY, name), 'utf8'))]));

function valuesOf(unit: string, key: string): string[] {
  const entries = UNITS.get(unit);
  if (!entries) throw new Error(`no unit ${unit}`);
  return entries.filter((entry) => entry.key === key).map((entry) => entry.value);
}

function valueOf(unit: string, key: string): string | undefined {
  return valuesOf(unit, key).at(-1);
}

/** NAME=value pairs of the Environment= lines (written without quotes), %i as `instance`. */
function unitEnvironment(unit: string, instance = '3001'): Record<string, string> {
  const assignments = valuesOf(unit, 'Environment').flatMap((value) => value.split(/\s+/));
  return Object.fromEntries(
    assignments.map((assignment) => {
      const [name = '', ...rest] = assignment.split('=');
      return [name, rest.join('=').replaceAll('%i', instance)];
    }),
  );
}

/** The example environment file's NAME=value pairs; throws on a line systemd and sh could read differently. */
function parseEnvironmentFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const assignment = /^([A-Z][A-Z0-9_]*)=([^\s'"$`\\]*)$/.exec(line);
    if (!assignment?.[1] || assignment[2] === undefined) throw new Error(`line ${index + 1} is not NAME=value without quotes or spaces: ${line}`);
    values[assignment[1]] = assignment[2];
  }
  return values;
}

const EXAMPLE = parseEnvironmentFile(ENV_EXAMPLE);
/** The example's lines for an app node behind the cache tier, written commented out (`#NAME=value`). */
const CACHE_TIER_EXAMPLE = parseEnvironmentFile(
  ENV_EXAMPLE.split('\n')
    .filter((line) => /^#[A-Z]/.test(line))
    .map((line) => line.slice(1))
    .join('\n'),
);

/** Units that run the site's code with node. */
const NODE_UNITS = UNIT_FILES.filter((name) => valuesOf(name, 'ExecStart').some((command) => command.startsWith('/usr/bin/node ')));

function seconds(duration: string): number {
  const match = /^(\d+)(s|min)?$/.exec(duration);
  if (!match?.[1]) throw new Error(`cannot read the duration ${duration}`);
  return Number(match[1]) * (match[2] === 'min' ? 60 : 1);
}

const temporaryDirectories: string[] = [];
function temporaryDirectory(label: string): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), `nation-express-${label}-`));
  temporaryDirectories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of temporaryDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

interface Verification {
  status: number | null;
  output: string;
}

/**
 * `systemd-analyze verify` of `unit` in a root of its own, holding the given unit files, stand-ins
 * for the programs and systemd's sysinit.target, which every unit is ordered after by default.
 */
function verify(unit: string, unitFiles: Record<string, string>): Verification {
  if (!SYSTEMD_ANALYZE) throw new Error('systemd-analyze is not installed');
  const root = temporaryDirectory('units');
  const unitDirectory = path.join(root, 'etc', 'systemd', 'system');
  mkdirSync(unitDirectory, { recursive: true });
  for (const [name, text] of Object.entries(unitFiles)) writeFileSync(path.join(unitDirectory, name), text);
  writeFileSync(path.join(unitDirectory, 'sysinit.target'), '[Unit]\nDescription=System initialisation\n');
  for (const program of PROGRAMS) {
    mkdirSync(path.join(root, path.dirname(program)), { recursive: true });
    writeFileSync(path.join(root, program), '#!/bin/sh\n');
    chmodSync(path.join(root, program), 0o755);
  }
  const result = spawnSync(SYSTEMD_ANALYZE, ['verify', '--man=no', `--root=${root}`, unit], { encoding: 'utf8' });
  // Paths in the messages name the temporary root; what matters is the rest.
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replaceAll(root, '') };
}

function projectUnitFiles(): Record<string, string> {
  return Object.fromEntries(UNIT_FILES.map((name) => [name, readFileSync(path.join(UNITS_DIRECTORY, name), 'utf8')]));
}

/** The unit to verify for a file: a template is verified as an instance of it. */
function verifiable(name: string): string {
  return name.replace('@.', '@3001.');
}

describe('the systemd units', () => {
  it('are the app template, its preparation, nginx, Varnish, and the nightly backup', () => {
    expect(UNIT_FILES).toEqual([
      'nation-express-backup.service',
      'nation-express-backup.timer',
      'nation-express-nginx.service',
      'nation-express-prepare.service',
      VARNISH_UNIT,
      APP_UNIT,
    ]);
  });

  it.for(UNIT_FILES)('%s passes systemd-analyze verify, with nothing to say', (name, { skip }) => {
    skip(!SYSTEMD_ANALYZE, NO_SYSTEMD_ANALYZE);
    // verify exits 0 on an unknown key or a value it cannot parse, and only says so: both count.
    expect(verify(verifiable(name), projectUnitFiles())).toEqual({ status: 0, output: '' });
  });

  it('would fail on a misspelt directive, a bad value, a missing program or a missing unit', ({ skip }) => {
    skip(!SYSTEMD_ANALYZE, NO_SYSTEMD_ANALYZE);
    const app = readFileSync(path.join(UNITS_DIRECTORY, APP_UNIT), 'utf8');
    const withApp = (edit: (text: string) => string) => ({ ...projectUnitFiles(), [APP_UNIT]: edit(app) });
    const failures = [
      withApp((text) => text.replace('ProtectSystem=strict', 'ProtectSytem=strict')),
      withApp((text) => text.replace('TimeoutStopSec=30s', 'TimeoutStopSec=30x')),
      withApp((text) => text.replace('ExecStart=/usr/bin/node', 'ExecStart=/usr/local/bin/node')),
      withApp((text) => text.replace('Wants=nation-express-prepare.service', 'Requires=nation-express-prepair.service')),
    ].map((files) => verify('nation-express@3001.service', files));

    for (const failure of failures) expect(failure).not.toEqual({ status: 0, output: '' });
    expect(failures.map((failure) => failure.output).join('\n')).toMatch(
      /Unknown key 'ProtectSytem'[\s\S]*Failed to parse time value[\s\S]*\/usr\/local\/bin\/node is not executable[\s\S]*nation-express-prepair.service not found/,
    );
  });

  it('name only units that exist, here or in the system', () => {
    const known = new Set([...UNIT_FILES, ...SYSTEM_UNITS]);
    for (const name of UNIT_FILES) {
      const named = ['Wants', 'Requires', 'After', 'Before', 'Conflicts', 'PartOf', 'BindsTo', 'WantedBy', 'Unit']
        .flatMap((key) => valuesOf(name, key))
        .flatMap((value) => value.split(/\s+/));
      expect([name, named.filter((unit) => !known.has(unit))]).toEqual([name, []]);
    }
  });

  it('order the app instances after the preparation, without restarting them all when it restarts', () => {
    expect(valuesOf(APP_UNIT, 'Wants')).toContain('nation-express-prepare.service');
    expect(valueOf(APP_UNIT, 'After')).toMatch(/\bnation-express-prepare\.service\b/);
    expect(valuesOf(APP_UNIT, 'Requires')).toEqual([]);
    expect(valueOf('nation-express-prepare.service', 'Type')).toBe('oneshot');
    expect(valueOf('nation-express-prepare.service', 'RemainAfterExit')).toBe('yes');
  });

  it('run the site as its own user, in the checkout, with the shared environment file, sandboxed', () => {
    expect(NODE_UNITS).toEqual(['nation-express-backup.service', 'nation-express-prepare.service', APP_UNIT]);
    for (const name of NODE_UNITS) {
      const setting = (key: string) => [name, key, valueOf(name, key)];
      expect(setting('User')).toEqual([name, 'User', 'nation-express']);
      expect(setting('WorkingDirectory')).toEqual([name, 'WorkingDirectory', '/srv/nation-express']);
      expect(setting('EnvironmentFile')).toEqual([name, 'EnvironmentFile', ENV_FILE]);
      expect(setting('StateDirectory')).toEqual([name, 'StateDirectory', 'nation-express']);
      expect(setting('ProtectSystem')).toEqual([name, 'ProtectSystem', 'strict']);
      expect(setting('CapabilityBoundingSet')).toEqual([name, 'CapabilityBoundingSet', '']);
      expect(setting('RestrictAddressFamilies')).toEqual([name, 'RestrictAddressFamilies', 'AF_INET AF_INET6 AF_UNIX']);
      expect(valuesOf(name, 'SystemCallFilter')).toContain('@system-service');
      for (const key of ['NoNewPrivileges', 'ProtectHome', 'PrivateTmp', 'PrivateDevices', 'LockPersonality', 'RestrictNamespaces']) {
        expect(setting(key)).toEqual([name, key, 'yes']);
      }
      // V8 compiles JavaScript to machine code in memory it then executes.
      expect(setting('MemoryDenyWriteExecute')).toEqual([name, 'MemoryDenyWriteExecute', undefined]);
    }
  });

  it('run the production server as npm start does, and stop it after its grace period, not before', () => {
    expect(valueOf(APP_UNIT, 'ExecStart')).toBe('/usr/bin/node --conditions=react-server --import tsx scripts/serve.ts');
    expect(unitEnvironment(APP_UNIT).NODE_ENV).toBe('production');
    expect(valueOf(APP_UNIT, 'KillSignal')).toBe('SIGTERM');
    expect(valueOf(APP_UNIT, 'Restart')).toBe('on-failure');
    const grace = readSettings(EXAMPLE).shutdownGraceMs;
    expect(seconds(valueOf(APP_UNIT, 'TimeoutStopSec') ?? '')).toBeGreaterThan(grace / 1000);
  });

  it('set only known settings, and each instance’s ports from its name', () => {
    for (const name of UNIT_FILES) {
      const unknown = Object.keys(unitEnvironment(name)).filter((variable) => !(variable in SETTING_DEFINITIONS) && !RUNTIME_VARIABLES.has(variable));
      expect([name, unknown]).toEqual([name, []]);
    }
    for (const [instance, metricsPort] of [
      ['3001', 13_001],
      ['1000', 11_000],
      ['9999', 19_999],
    ] as const) {
      const settings = readSettings({ ...EXAMPLE, ...unitEnvironment(APP_UNIT, instance) });
      expect([settings.port, settings.metricsPort]).toEqual([Number(instance), metricsPort]);
    }
  });

  it('start the nightly backup with a timer that makes up a missed night', () => {
    expect(valueOf('nation-express-backup.timer', 'Persistent')).toBe('true');
    expect(valueOf('nation-express-backup.timer', 'OnCalendar')).toMatch(/^\*-\*-\* \d\d:\d\d:00$/);
    expect(valueOf('nation-express-backup.service', 'ExecStart')).toBe('/usr/bin/node --import tsx scripts/backup.ts');
  });

  it('keep 14 days of backups, of SQLite and of PostgreSQL, and remove nothing else', ({ skip }) => {
    skip(!existsSync('/usr/bin/find'), '/usr/bin/find, which the unit runs, is not here');
    const prunes = valuesOf('nation-express-backup.service', 'ExecStartPost').map((command) => command.split(' '));
    const exampleDatabase = EXAMPLE.DATABASE_PATH ?? '';
    const exampleUrl = CACHE_TIER_EXAMPLE.DATABASE_URL ?? '';
    const backups = path.dirname(defaultBackupPath(exampleDatabase, new Date()));
    expect(path.dirname(defaultPostgresBackupPath(path.dirname(exampleDatabase), exampleUrl, new Date()))).toBe(backups);
    for (const prune of prunes) expect(prune.slice(0, 2)).toEqual(['/usr/bin/find', backups]);

    // The unit's own commands, pointed at a directory of backups of different ages.
    const directory = temporaryDirectory('backups');
    const database = path.join(directory, path.basename(exampleDatabase));
    const day = 24 * 60 * 60 * 1000;
    const now = Date.now();
    const files = [0.5, 13.5, 14.5, 30].flatMap((ageInDays) => {
      const takenAt = new Date(now - ageInDays * day);
      return [defaultBackupPath(database, takenAt), defaultPostgresBackupPath(directory, exampleUrl, takenAt)].map((file) => ({ ageInDays, file, takenAt }));
    });
    const others = ['notes.txt', 'other-20250101T000000Z.sqlite', 'other-20250101T000000Z.dump'].map((name) => path.join(directory, 'backups', name));
    mkdirSync(path.join(directory, 'backups'));
    for (const { file, takenAt } of files) {
      writeFileSync(file, '');
      utimesSync(file, takenAt, takenAt);
    }
    for (const file of others) {
      writeFileSync(file, '');
      utimesSync(file, new Date(now - 60 * day), new Date(now - 60 * day));
    }
    for (const prune of prunes) {
      const [command = '', ...args] = prune.map((argument) => (argument === backups ? path.join(directory, 'backups') : argument));
      expect(spawnSync(command, args, { encoding: 'utf8' }).status).toBe(0);
    }

    expect(files.map(({ ageInDays, file }) => [ageInDays, path.extname(file), existsSync(file)])).toEqual([
      [0.5, '.sqlite', true],
      [0.5, '.dump', true],
      [13.5, '.sqlite', true],
      [13.5, '.dump', true],
      [14.5, '.sqlite', false],
      [14.5, '.dump', false],
      [30, '.sqlite', false],
      [30, '.dump', false],
    ]);
    expect(others.every((file) => existsSync(file))).toBe(true);
  });
});

/** The Varnish unit's command line, as words (it is written without quotes). */
function varnishCommand(): string[] {
  return (valueOf(VARNISH_UNIT, 'ExecStart') ?? '').split(' ');
}

/** The value after `flag` in the Varnish unit's command line. */
function varnishArgument(flag: string): string | undefined {
  const words = varnishCommand();
  const index = words.indexOf(flag);
  return index < 0 ? undefined : words[index + 1];
}

async function freePort(): Promise<number> {
  const probe = http.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return address.port;
}

function statusOf(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
      .on('error', () => resolve(undefined));
  });
}

describe('the Varnish unit', () => {
  it('runs Debian’s varnishd in the foreground, jailed as Debian runs it, with the rendered configuration', () => {
    const [program, ...args] = varnishCommand();

    expect(program).toBe('/usr/sbin/varnishd');
    expect(args).toContain('-F');
    expect(varnishArgument('-j')).toBe('unix,user=vcache');
    expect(varnishArgument('-f')).toBe('/etc/nation-express/nation-express.vcl');
    expect(varnishArgument('-a')).toBe(':6081');
    expect(varnishArgument('-s')).toMatch(/^malloc,\d+[gm]$/);
    // The edge asks for identity bodies; Varnish must not turn them into gzip copies.
    expect(varnishArgument('-p')).toBe('http_gzip_support=off');
    expect(valueOf(VARNISH_UNIT, 'ExecReload')).toBe(`/usr/share/varnish/varnishreload ${varnishArgument('-f') ?? ''}`);
    expect(valueOf(VARNISH_UNIT, 'Conflicts')).toBe('varnish.service');
  });

  it('is the cache the app nodes purge, on the port they are told', () => {
    const port = varnishArgument('-a')?.split(':').at(-1);
    const purged = readSettings({ ...EXAMPLE, ...CACHE_TIER_EXAMPLE }).sharedCachePurgeUrls;

    expect(purged.length).toBeGreaterThan(0);
    for (const cache of purged) expect([cache.origin, cache.port]).toEqual([cache.origin, port]);
  });

  it('starts Varnish with its own command line, answering with the identity bodies it was asked for', async ({ skip }) => {
    const problem = varnishProblem();
    skip(problem !== null, problem ?? '');
    const directory = temporaryDirectory('varnish');
    // The jailed cache process (vcache) must reach its working directory inside this one.
    chmodSync(directory, 0o755);
    const secret = path.join(directory, 'secret');
    writeFileSync(secret, 'a secret for this test only\n', { mode: 0o600 });
    const vcl = path.join(directory, 'nation-express.vcl');
    writeFileSync(vcl, renderVcl({ backends: [`127.0.0.1:${await freePort()}`] }));
    const [port, adminPort] = [await freePort(), await freePort()];
    const replacements: Record<string, string> = {
      '-a': `127.0.0.1:${port}`,
      '-T': `localhost:${adminPort}`,
      '-S': secret,
      '-f': vcl,
      // -j unix needs root, as the unit has; run by anyone else, the cache process stays unjailed.
      ...(process.getuid?.() === 0 ? {} : { '-j': 'none' }),
    };
    const [program = '', ...args] = varnishCommand();
    const command = [...args.map((word, index) => replacements[args[index - 1] ?? ''] ?? word), '-n', path.join(directory, 'instance')];

    const varnish = spawn(program, command, { stdio: 'ignore' });
    try {
      let status: number | undefined;
      for (let attempt = 0; status === undefined && attempt < 100 && varnish.exitCode === null; attempt++) {
        await delay(100);
        status = await statusOf(`http://127.0.0.1:${port}/healthz`);
      }
      // No app behind it: Varnish's own page for that.
      expect(status).toBe(503);
      const shown = spawnSync('varnishadm', ['-T', `localhost:${adminPort}`, '-S', secret, 'param.show', 'http_gzip_support'], { encoding: 'utf8' });
      expect(shown.stdout).toMatch(/Value is: off/);
    } finally {
      varnish.kill('SIGTERM');
      if (varnish.exitCode === null) await once(varnish, 'exit');
    }
  }, 30_000);
});

describe('the example environment file', () => {
  it('names only settings the site reads', () => {
    expect(Object.keys(EXAMPLE).filter((name) => !(name in SETTING_DEFINITIONS))).toEqual([]);
  });

  it('leaves the per-instance ports to the app unit, and passwords out', () => {
    for (const name of [...INSTANCE_SETTINGS, 'NEWSROOM_ADMIN_PASSWORD']) expect(Object.keys(EXAMPLE)).not.toContain(name);
    expect(ENV_EXAMPLE).toMatch(/^# PORT and METRICS_PORT are not set here/m);
  });

  it('is a valid public site behind nginx on this machine', () => {
    const settings = readSettings({ ...EXAMPLE, ...unitEnvironment(APP_UNIT) });
    expect(settings.siteUrl.protocol).toBe('https:');
    expect(isLocalOrigin(settings.siteUrl)).toBe(false);
    expect(settings.host).toBe('127.0.0.1');
    expect(settings.trustProxy).toEqual(['loopback']);
    expect(settings.metricsHost).toBe('127.0.0.1');
  });

  it('names, commented out, the settings of an app node behind the cache tier, which make a valid node', () => {
    expect(Object.keys(CACHE_TIER_EXAMPLE).sort()).toEqual(['DATABASE_URL', 'HOST', 'SHARED_CACHE_PURGE_URLS', 'TRUST_PROXY']);
    const settings = readSettings({ ...EXAMPLE, ...CACHE_TIER_EXAMPLE, ...unitEnvironment(APP_UNIT) });
    // Reached by Varnish on other machines, and by the unit's start check on 127.0.0.1.
    expect(valueOf(APP_UNIT, 'ExecStartPost')).toContain('http://127.0.0.1:%i/healthz');
    expect(settings.host).toBe('0.0.0.0');
    expect(settings.databaseUrl).toMatch(/^postgres:\/\//);
    // The caches it purges are the proxies whose forwarded headers it believes, with the edge
    // each passes on from its loopback.
    expect(settings.trustProxy).toEqual([...settings.sharedCachePurgeUrls.map((cache) => cache.hostname), 'loopback']);
  });

  it('keeps the database and uploads in the one directory the units may write', () => {
    const writable = `/var/lib/${valueOf(APP_UNIT, 'StateDirectory') ?? ''}/`;
    for (const name of ['DATABASE_PATH', 'UPLOADS_DIR']) {
      expect([name, EXAMPLE[name]?.startsWith(writable)]).toEqual([name, true]);
    }
  });
});
