/*
 * Processes of the portal's local stacks (deploy/nginx/proxyStack.ts, deploy/varnish/clusterStack.ts):
 * production app processes, and the proxies and servers around them, started as children of this
 * process, watched until they answer, and stopped with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import type { SiteDatabase } from '../db/prepare';

const root = path.resolve(import.meta.dirname, '..');
const serverScript = path.join(root, 'scripts', 'serve.ts');

const APP_READY_TIMEOUT_MS = 60_000;
const PROBE_TIMEOUT_MS = 10_000;
const POLL_INTERVAL_MS = 250;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_CHARS = 16_000;

export interface AppServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface ManagedProcess {
  pid: number;
  hasExited(): boolean;
  /** The last of what the process printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

// Children still running when this process exits (an uncaught error, say) would keep their ports.
const runningChildren = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of runningChildren) child.kill('SIGKILL');
});

/** Starts a child that prints its stderr here, labelled, and keeps the tail of all its output. */
export async function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; label: string },
): Promise<ManagedProcess> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) {
    const [error] = await once(child, 'error');
    throw error;
  }
  const pid = child.pid;
  runningChildren.add(child);
  let tail = '';
  const keep = (line: string) => {
    tail = `${tail}${line}\n`.slice(-OUTPUT_TAIL_CHARS);
  };
  createInterface({ input: child.stdout }).on('line', keep);
  createInterface({ input: child.stderr }).on('line', (line) => {
    keep(line);
    process.stderr.write(`[${options.label}] ${line}\n`);
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      runningChildren.delete(child);
      resolve();
    });
  });
  return {
    pid,
    hasExited: () => exited,
    output: () => tail,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exit;
      clearTimeout(kill);
    },
  };
}

/** True once anything answers HTTP at `url`, whatever the status. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: PROBE_TIMEOUT_MS }, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

export async function waitUntilAnswering(
  url: string,
  child: ManagedProcess,
  what: string,
  timeoutMs: number,
  describeOutput: () => string = child.output,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.hasExited()) {
      throw new Error(`${what} stopped before it answered ${url}. Its output:\n${describeOutput()}`);
    }
    if (await answers(url)) return;
    await delay(POLL_INTERVAL_MS);
  }
  await child.stop();
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s. Its output:\n${describeOutput()}`);
}

// Checked first because otherwise another server on the port would answer the readiness probe.
export function ensurePortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => {
      reject(new Error(`Port ${port}, wanted for ${what}, is not free: ${error.message}`));
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}

export function readIfPresent(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * One production app process (scripts/serve.ts) on `port`, ready once it answers `/`; `env` adds
 * to its environment (the benchmark turns the page cache off with `PAGE_CACHE_MAX_MB: '0'`).
 */
export async function startAppServer(options: { port: number; database: SiteDatabase; env?: Record<string, string> }): Promise<AppServer> {
  const { port, database } = options;
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('There is no production build in .next/: run `npm start` or `npx next build` first.');
  }
  const databaseEnv: Record<string, string> =
    database.engine === 'postgres' ? { DATABASE_URL: database.url } : { DATABASE_PATH: path.resolve(database.file), DATABASE_URL: '' };
  if (database.engine === 'sqlite' && !existsSync(databaseEnv.DATABASE_PATH!)) {
    throw new Error(`There is no database at ${databaseEnv.DATABASE_PATH}: run \`npm start\` once to create it.`);
  }
  await ensurePortFree(port, 'an app server');
  const app = await startProcess(process.execPath, ['--conditions=react-server', '--import', 'tsx', serverScript], {
    cwd: root,
    env: { ...process.env, ...options.env, ...databaseEnv, NODE_ENV: 'production', PORT: String(port) },
    label: `app :${port}`,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${url}/`, app, `The app server on port ${port}`, APP_READY_TIMEOUT_MS);
  return { url, pid: app.pid, stop: app.stop };
}

