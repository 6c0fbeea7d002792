/*
 * The portal as a cluster on one machine: a throwaway PostgreSQL server, several stateless app
 * processes on it, and Varnish in front with deploy/varnish's configuration, purged by tag by the
 * app processes. Run by `npm run serve:cluster`, the failure tests (e2e/cache-tier.spec.ts) and
 * `npm run bench:cluster`. Needs a production build in .next/.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { prepareSiteDatabase } from '../../db/prepare';
import { startPostgresServer, type PostgresServer } from '../../db/testing/postgresServer';
import { ensurePortFree, readIfPresent, startAppServer, startProcess, waitUntilAnswering, type AppServer, type ManagedProcess } from '../localProcesses';
import { renderVcl } from './renderVcl';

const run = promisify(execFile);

export const VARNISH_INSTALL_COMMAND = 'apt-get install varnish varnish-modules';
/** Where Debian's varnish-modules installs the xkey module: /usr/lib/<architecture>/varnish/vmods/. */
function xkeyModuleInstalled(): boolean {
  const architectures = existsSync('/usr/lib') ? readdirSync('/usr/lib') : [];
  return ['', ...architectures].some((directory) => existsSync(path.join('/usr/lib', directory, 'varnish', 'vmods', 'libvmod_xkey.so')));
}
const CACHE_READY_TIMEOUT_MS = 20_000;

export interface ClusterOptions {
  /** How many app processes. */
  nodes: number;
  /** Where Varnish listens for readers, on 127.0.0.1. */
  cachePort: number;
  /** The app processes' ports: this one and the next `nodes - 1`. */
  firstAppPort: number;
  /** Receives the VCL and Varnish's working directory. */
  workDir: string;
  /** An existing PostgreSQL database; without it, a throwaway server is started. */
  databaseUrl?: string;
  /** Memory for cached objects, in Varnish's units: `256m` by default. */
  cacheStorage?: string;
  /** Added to every app process's environment. */
  appEnv?: Record<string, string>;
  /** Each app process serves its metrics (METRICS_PORT) on this port plus its index; none without it. */
  firstMetricsPort?: number;
}

export interface ClusterProcess {
  pid: number;
  port: number;
}

/** Varnish's counters (varnishstat), those that say where requests were answered. */
export interface CacheCounters {
  clientRequests: number;
  hits: number;
  misses: number;
  passes: number;
  backendRequests: number;
  /** Requests sent to each app process, in the order of `nodes`. */
  nodeRequests: number[];
}

export interface Cluster {
  /** Where readers go: Varnish. */
  url: string;
  database: string;
  cache: ClusterProcess;
  nodes: ClusterProcess[];
  /** The throwaway server, when the cluster started one. */
  postgres: PostgresServer | undefined;
  /** Ends app process `index` with `signal` (SIGKILL: as a crash) and waits until it is gone. */
  stopNode(index: number, signal?: NodeJS.Signals): Promise<void>;
  /** Starts app process `index` again, on its port. */
  startNode(index: number): Promise<void>;
  /** Stops Varnish and starts it again: an empty cache. */
  restartCache(): Promise<void>;
  cacheCounters(): Promise<CacheCounters>;
  stop(): Promise<void>;
}

function findExecutable(name: string): string | undefined {
  const directories = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/bin'];
  for (const directory of directories.filter(Boolean)) {
    const candidate = path.join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

/** Why Varnish cannot run here, or null when it can. */
export function varnishProblem(): string | null {
  if (!findExecutable('varnishd')) return `Varnish is not installed. On Debian or Ubuntu: \`${VARNISH_INSTALL_COMMAND}\`.`;
  if (!xkeyModuleInstalled()) return `Varnish's xkey module is missing. Install it: \`${VARNISH_INSTALL_COMMAND}\`.`;
  return null;
}

/** Varnish in the foreground with the rendered configuration, ready once it answers. */
export async function startVarnish(options: { port: number; vclFile: string; instanceDir: string; storage: string }): Promise<ManagedProcess> {
  await ensurePortFree(options.port, 'Varnish');
  mkdirSync(options.instanceDir, { recursive: true });
  const varnish = await startProcess(
    findExecutable('varnishd') ?? 'varnishd',
    // -j none: no privilege separation, so it runs as whoever starts the cluster and can read its files.
    ['-F', '-j', 'none', '-a', `127.0.0.1:${options.port}`, '-f', options.vclFile, '-n', options.instanceDir, '-s', `malloc,${options.storage}`, '-T', 'none'],
    { cwd: options.instanceDir, label: 'varnish' },
  );
  await waitUntilAnswering(`http://127.0.0.1:${options.port}/healthz`, varnish, 'Varnish', CACHE_READY_TIMEOUT_MS, () => `${varnish.output()}${readIfPresent(options.vclFile)}`);
  return varnish;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const problem = varnishProblem();
  if (problem) throw new Error(problem);
  if (!Number.isInteger(options.nodes) || options.nodes < 1) throw new Error(`A cluster needs at least one app process, not ${options.nodes}.`);
  const url = `http://127.0.0.1:${options.cachePort}`;
  const appPorts = Array.from({ length: options.nodes }, (_, index) => options.firstAppPort + index);
  const workDir = path.resolve(options.workDir);
  const instanceDir = path.join(workDir, 'varnish');
  const vclFile = path.join(workDir, 'nation-express.vcl');
  mkdirSync(workDir, { recursive: true });
  writeFileSync(vclFile, renderVcl({ backends: appPorts.map((port) => `127.0.0.1:${port}`) }));
  await ensurePortFree(options.cachePort, 'Varnish');

  const postgres = options.databaseUrl === undefined ? await startPostgresServer() : undefined;
  const database = options.databaseUrl ?? postgres!.url;
  const apps: (AppServer | undefined)[] = appPorts.map(() => undefined);
  let varnish: ManagedProcess | undefined;
  const stopAll = async () => {
    await varnish?.stop();
    await Promise.all(apps.map((app) => app?.stop()));
    postgres?.stop();
  };
  // Readers come through Varnish: its address is the site's, in canonical links and previews.
  const appEnv = { SITE_URL: url, TRUST_PROXY: 'loopback', SHARED_CACHE_PURGE_URLS: url, ...options.appEnv };
  const startNode = async (index: number) => {
    const metrics: Record<string, string> = options.firstMetricsPort === undefined ? {} : { METRICS_PORT: String(options.firstMetricsPort + index) };
    apps[index] = await startAppServer({ port: appPorts[index]!, database: { engine: 'postgres', url: database }, env: { ...appEnv, ...metrics } });
  };
  try {
    // As `npm start` does: create the tables, and the demo content in an empty database.
    await prepareSiteDatabase({ engine: 'postgres', url: database }, new URL(url));
    // One after another: several starting at once on a small machine can keep each other's first
    // connection to the database past the app's start-up deadline.
    for (const index of appPorts.keys()) await startNode(index);
    const storage = options.cacheStorage ?? '256m';
    varnish = await startVarnish({ port: options.cachePort, vclFile, instanceDir, storage });

    let stopping: Promise<void> | undefined;
    return {
      url,
      database,
      get cache() {
        return { pid: varnish!.pid, port: options.cachePort };
      },
      get nodes() {
        return apps.map((app, index) => ({ pid: app?.pid ?? 0, port: appPorts[index]! }));
      },
      postgres,
      async stopNode(index, signal = 'SIGTERM') {
        const app = apps[index];
        apps[index] = undefined;
        if (!app) return;
        if (signal === 'SIGTERM') {
          await app.stop();
          return;
        }
        process.kill(app.pid, signal);
        await app.stop();
      },
      startNode,
      async restartCache() {
        await varnish?.stop();
        varnish = await startVarnish({ port: options.cachePort, vclFile, instanceDir, storage });
      },
      async cacheCounters() {
        const { stdout } = await run(findExecutable('varnishstat') ?? 'varnishstat', ['-n', instanceDir, '-1', '-j']);
        const counters = (JSON.parse(stdout) as { counters: Record<string, { value: number }> }).counters;
        const value = (name: string) => counters[name]?.value ?? 0;
        return {
          clientRequests: value('MAIN.client_req'),
          hits: value('MAIN.cache_hit'),
          misses: value('MAIN.cache_miss'),
          passes: value('MAIN.s_pass'),
          backendRequests: value('MAIN.backend_req'),
          // VBE.<configuration>.app_<n>.req, summed over configurations (renderVcl names the backends).
          nodeRequests: appPorts.map((_, index) =>
            Object.entries(counters)
              .filter(([name]) => name.startsWith('VBE.') && name.endsWith(`.app_${index + 1}.req`))
              .reduce((sum, [, counter]) => sum + counter.value, 0),
          ),
        };
      },
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
