/*
 * The portal as deployed behind a caching reverse proxy, on loopback: several production app
 * processes sharing one database, and nginx in front with deploy/nginx's configuration. Used by
 * the benchmarks, and run directly by `npm run serve:proxy`. Needs a production build in .next/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import {
  DEBIAN_BROTLI_MODULE,
  renderNginxConfig,
  workerUserForLocalRun,
  type NginxConfigOptions,
} from './renderConfig';

const root = path.resolve(import.meta.dirname, '..', '..');
const serverScript = path.join(root, 'scripts', 'serve.ts');

const APP_READY_TIMEOUT_MS = 60_000;
const PROXY_READY_TIMEOUT_MS = 15_000;
const PROBE_TIMEOUT_MS = 10_000;
const POLL_INTERVAL_MS = 250;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_CHARS = 16_000;
const NGINX_INSTALL_COMMAND = 'apt-get install nginx libnginx-mod-http-brotli-filter';

export interface AppServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface ProxyStack {
  /** nginx, the address readers would use. */
  url: string;
  /** The app processes behind it, for comparing with and without the proxy. */
  appUrls: string[];
  appPids: number[];
  stop(): Promise<void>;
}

export interface ProxyStackOptions {
  appPorts: number[];
  proxyPort: number;
  databasePath: string;
  /** Receives nginx.conf, the cache, logs/ and nginx's temporary files. */
  workDir: string;
  /** Served by nginx as /static-ceiling/. */
  staticCeilingDir: string;
  /** Added to the app processes' environment. */
  appEnv?: Record<string, string>;
}

interface ManagedProcess {
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
async function startProcess(
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

async function waitUntilAnswering(
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
function ensurePortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => {
      reject(new Error(`Port ${port}, wanted for ${what}, is not free: ${error.message}`));
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}

function findNginx(): string {
  const directories = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const directory of directories.filter(Boolean)) {
    const candidate = path.join(directory, 'nginx');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  throw new Error(`nginx is not installed. On Debian or Ubuntu: \`${NGINX_INSTALL_COMMAND}\`.`);
}

function readIfPresent(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * One production app process (scripts/serve.ts) on `port`, ready once it answers `/`; `env` adds
 * to its environment (the benchmark turns the page cache off with `PAGE_CACHE_MAX_MB: '0'`).
 */
export async function startAppServer(options: {
  port: number;
  databasePath: string;
  env?: Record<string, string>;
}): Promise<AppServer> {
  const { port, databasePath } = options;
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('There is no production build in .next/: run `npm start` or `npx next build` first.');
  }
  const database = path.resolve(databasePath);
  if (!existsSync(database)) {
    throw new Error(`There is no database at ${database}: run \`npm start\` once to create it.`);
  }
  await ensurePortFree(port, 'an app server');
  const app = await startProcess(process.execPath, ['--conditions=react-server', '--import', 'tsx', serverScript], {
    cwd: root,
    env: { ...process.env, ...options.env, NODE_ENV: 'production', PORT: String(port), DATABASE_PATH: database },
    label: `app :${port}`,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${url}/`, app, `The app server on port ${port}`, APP_READY_TIMEOUT_MS);
  return { url, pid: app.pid, stop: app.stop };
}

/** nginx in the foreground with the rendered configuration, ready once it answers `/`. */
async function startNginx(binary: string, config: NginxConfigOptions): Promise<ManagedProcess> {
  const configFile = path.join(config.prefix, 'nginx.conf');
  writeFileSync(configFile, renderNginxConfig(config));
  const nginx = await startProcess(binary, ['-c', configFile, '-p', config.prefix], {
    cwd: config.prefix,
    label: 'nginx',
  });
  // Once nginx has read its configuration, it reports problems to its error log rather than stderr.
  const errorLog = path.join(config.prefix, 'logs', 'error.log');
  await waitUntilAnswering(`http://${config.listen}/`, nginx, 'nginx', PROXY_READY_TIMEOUT_MS, () => {
    return `${nginx.output()}${readIfPresent(errorLog)}`;
  });
  return nginx;
}

/** App processes on `appPorts` behind nginx on `proxyPort`, all on loopback. */
export async function startProxyStack(options: ProxyStackOptions): Promise<ProxyStack> {
  const nginxBinary = findNginx();
  if (!existsSync(DEBIAN_BROTLI_MODULE)) {
    throw new Error(`nginx's brotli module is missing (${DEBIAN_BROTLI_MODULE}). Install it: \`${NGINX_INSTALL_COMMAND}\`.`);
  }
  if (options.appPorts.length === 0) throw new Error('The stack needs at least one app port.');
  const workDir = path.resolve(options.workDir);
  const cacheDir = path.join(workDir, 'cache');
  for (const directory of [path.join(workDir, 'logs'), cacheDir, options.staticCeilingDir]) {
    mkdirSync(directory, { recursive: true });
  }
  await ensurePortFree(options.proxyPort, 'nginx');

  const started = await Promise.allSettled(
    // nginx on this machine tells the apps each reader's address and scheme.
    options.appPorts.map((port) => startAppServer({ port, databasePath: options.databasePath, env: { TRUST_PROXY: 'loopback', ...options.appEnv } })),
  );
  const apps = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stopApps = () => Promise.all(apps.map((app) => app.stop()));
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await stopApps();
    throw failure.reason;
  }

  const nginx = await startNginx(nginxBinary, {
    listen: `127.0.0.1:${options.proxyPort}`,
    upstreams: options.appPorts.map((port) => `127.0.0.1:${port}`),
    prefix: workDir,
    cacheDir,
    staticCeilingDir: options.staticCeilingDir,
    user: workerUserForLocalRun(),
  }).catch(async (error: unknown) => {
    await stopApps();
    throw error;
  });

  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${options.proxyPort}`,
    appUrls: apps.map((app) => app.url),
    appPids: apps.map((app) => app.pid),
    stop: () =>
      (stopping ??= (async () => {
        await nginx.stop();
        await stopApps();
      })()),
  };
}
