import { execFile, execFileSync, spawn } from 'node:child_process';
import { accessSync, appendFileSync, chownSync, constants, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';
const SUPERUSER = 'postgres';
const DATABASE = 'nation_express_test';
const MISSING_BINARIES =
  'PostgreSQL is not installed (no initdb and pg_ctl on PATH or in /usr/lib/postgresql/<version>/bin): run scripts/ensure-test-tools.sh, or install Debian\'s postgresql package';

/** The URL of the test database on a test server listening on `port` of this machine. */
export function testPostgresUrl(port: number): string {
  return `postgres://${SUPERUSER}@127.0.0.1:${port}/${DATABASE}`;
}

export interface PostgresServer {
  /** A database of its own on the server, reached over TCP with the superuser. */
  url: string;
  /** The server's own directory: data, unix socket and log; gone after `stop()`. */
  directory: string;
  port: number;
  /** Stops the server and keeps its data, as an outage would; `resume()` starts it again. */
  pause: () => Promise<void>;
  /** Starts a paused server again on the same port, with its data. */
  resume: () => Promise<void>;
  /** Stops the server and removes its directory; later calls do nothing. */
  stop: () => void;
}

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
}

/** The directory holding initdb and pg_ctl: PATH first, then Debian's versioned directories, highest version first. */
export function findPostgresBinaries({
  searchPath = process.env.PATH ?? '',
  debianRoot = DEBIAN_POSTGRES_ROOT,
}: { searchPath?: string; debianRoot?: string } = {}): PostgresBinaries {
  const fromPath = searchPath.split(path.delimiter).filter(Boolean);
  const debian = existsSync(debianRoot)
    ? readdirSync(debianRoot)
        .filter((name) => /^\d+(\.\d+)?$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join(debianRoot, version, 'bin'))
    : [];
  for (const directory of [...fromPath, ...debian]) {
    const binaries = { initdb: path.join(directory, 'initdb'), pgCtl: path.join(directory, 'pg_ctl') };
    if (isExecutable(binaries.initdb) && isExecutable(binaries.pgCtl)) return binaries;
  }
  throw new Error(MISSING_BINARIES);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** PostgreSQL refuses to run as root, so under root the server runs as the `postgres` user. */
function serverOwner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: '-u' | '-g'): number => {
    let output: string;
    try {
      output = execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      throw new Error(
        `PostgreSQL will not run as root and there is no ${SUPERUSER} user to run it as: run scripts/ensure-test-tools.sh (Debian's postgresql package creates the user), or run the tests as another user`,
      );
    }
    const value = Number(output.trim());
    if (!Number.isInteger(value)) throw new Error(`id ${flag} ${SUPERUSER} printed ${JSON.stringify(output)}, not a number`);
    return value;
  };
  return { uid: id('-u'), gid: id('-g') };
}

async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not read the port of a probe socket');
  return address.port;
}

/** A setting's value in postgresql.conf quotes, with the quote itself doubled. */
const quoted = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/**
 * Starts a throwaway PostgreSQL server in a fresh temporary directory: trust authentication on a unix
 * socket in that directory and on 127.0.0.1 at `port` or a free one, durability off for speed, with one empty
 * database. The server never outlives this process: `stop()` ends it, so does process exit, and a
 * watchdog process stops it and removes its directory if this process dies without either.
 */
export async function startPostgresServer({ port: fixedPort }: { port?: number } = {}): Promise<PostgresServer> {
  const { initdb, pgCtl } = findPostgresBinaries();
  const owner = serverOwner();
  const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-postgres-'));
  const dataDirectory = path.join(directory, 'data');
  const logFile = path.join(directory, 'server.log');
  // The cwd is the server's own directory: the postgres user may not be able to enter the caller's.
  const asOwner: { cwd: string; uid?: number; gid?: number } = { cwd: directory, ...owner };
  let started = false;
  let stopped = false;
  let watchdog: ReturnType<typeof spawn> | undefined;

  const serverRunning = (): boolean => {
    try {
      execFileSync(pgCtl, ['-D', dataDirectory, 'status'], { ...asOwner, stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    try {
      if (started) {
        try {
          execFileSync(pgCtl, ['-D', dataDirectory, 'stop', '-m', 'fast', '-w', '-t', '30'], { ...asOwner, stdio: 'pipe' });
        } catch (error) {
          if (serverRunning()) throw new Error(`pg_ctl could not stop the test server in ${dataDirectory}: ${failureText(error)}`);
        }
      }
    } finally {
      if (watchdog?.pid !== undefined && watchdog.exitCode === null) watchdog.kill();
      rmSync(directory, { recursive: true, force: true });
    }
  };
  process.on('exit', stop);

  try {
    if (owner) chownSync(directory, owner.uid, owner.gid);
    watchdog = startWatchdog(pgCtl, dataDirectory, directory, owner);
    // C.UTF-8 sorts by code point, as SQLite's default BINARY collation does, and classes characters
    // by Unicode, as full-text search needs (db/startupCheck.ts); --no-sync: the cluster is thrown away.
    await run(
      initdb,
      ['-D', dataDirectory, '--auth=trust', `--username=${SUPERUSER}`, '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'],
      asOwner,
    );

    appendFileSync(
      path.join(dataDirectory, 'postgresql.conf'),
      [
        '',
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = ${quoted(directory)}`,
        // Nothing here needs to survive a crash: skip the work that makes writes durable.
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        "max_wal_size = '1GB'",
        '',
      ].join('\n'),
    );

    // Another process may take the free port before the server binds it; then try another.
    let port = 0;
    for (let attempt = 1; !started; attempt++) {
      port = fixedPort ?? (await findFreePort());
      try {
        await run(pgCtl, ['-D', dataDirectory, '-l', logFile, '-o', `-p ${port}`, 'start', '-w', '-t', '30'], asOwner);
        started = true;
      } catch (error) {
        if (attempt === 3 || fixedPort !== undefined || serverRunning()) throw new Error(`pg_ctl could not start the test server: ${failureText(error)}\n${readLog(logFile)}`);
      }
    }

    const client = new pg.Client({ connectionString: `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres` });
    await client.connect();
    try {
      await client.query(`create database ${DATABASE}`);
    } finally {
      await client.end();
    }
    const pause = async (): Promise<void> => {
      await run(pgCtl, ['-D', dataDirectory, 'stop', '-m', 'fast', '-w', '-t', '30'], asOwner);
    };
    const resume = async (): Promise<void> => {
      await run(pgCtl, ['-D', dataDirectory, '-l', logFile, '-o', `-p ${port}`, 'start', '-w', '-t', '30'], asOwner);
    };
    return { url: testPostgresUrl(port), directory, port, pause, resume, stop };
  } catch (error) {
    started ||= serverRunning();
    stop();
    throw error;
  }
}

/**
 * A shell that waits for its stdin to close, which happens when this process ends however it ends
 * (even killed), then stops the server and removes its directory. It runs detached, so a Ctrl-C to
 * the terminal reaches it only through this process's end.
 */
function startWatchdog(
  pgCtl: string,
  dataDirectory: string,
  directory: string,
  owner: { uid: number; gid: number } | undefined,
): ReturnType<typeof spawn> {
  const script = 'read _; "$0" -D "$1" stop -m immediate >/dev/null 2>&1; rm -rf "$2"';
  const watchdog = spawn('sh', ['-c', script, pgCtl, dataDirectory, directory], {
    cwd: directory,
    ...owner,
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.unref();
  // The open pipe is the point; it must not keep this process's event loop alive.
  if (watchdog.stdin instanceof Socket) watchdog.stdin.unref();
  return watchdog;
}

function failureText(error: unknown): string {
  if (error instanceof Error) {
    const stderr = 'stderr' in error && typeof error.stderr === 'string' ? error.stderr.trim() : '';
    return stderr ? `${error.message}\n${stderr}` : error.message;
  }
  return String(error);
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '(no server log)';
  }
}

/** A fresh, empty database on the test server, for a test file that wants one of its own. */
export async function createDatabase(serverUrl: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`database name ${JSON.stringify(name)} must be lower-case letters, digits and underscores`);
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: admin.href });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
