/*
 * The portal as deployed behind a caching reverse proxy, on loopback: several production app
 * processes sharing one database, and nginx in front with deploy/nginx's configuration. Used by
 * the benchmarks, and run directly by `npm run serve:proxy`. Needs a production build in .next/.
 */
import { accessSync, constants, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteDatabase } from '../../db/prepare';
import { ensurePortFree, readIfPresent, startAppServer, startProcess, waitUntilAnswering, type ManagedProcess } from '../localProcesses';
import {
  DEBIAN_BROTLI_MODULE,
  renderNginxConfig,
  workerUserForLocalRun,
  type NginxConfigOptions,
} from './renderConfig';

const PROXY_READY_TIMEOUT_MS = 15_000;
const NGINX_INSTALL_COMMAND = 'apt-get install nginx libnginx-mod-http-brotli-filter';

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
  database: SiteDatabase;
  /** Receives nginx.conf, the cache, logs/ and nginx's temporary files. */
  workDir: string;
  /** Served by nginx as /static-ceiling/. */
  staticCeilingDir: string;
  /** Added to the app processes' environment. */
  appEnv?: Record<string, string>;
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

export interface NginxProxyOptions {
  /** The app processes on this machine, by port. */
  appPorts: readonly number[];
  proxyPort: number;
  /** Receives nginx.conf, the cache, logs/ and nginx's temporary files. */
  workDir: string;
  /** Served by nginx as /static-ceiling/. */
  staticCeilingDir: string;
}

/** nginx with deploy/nginx's configuration on `proxyPort`, in front of app processes already running. */
export async function startNginxProxy(options: NginxProxyOptions): Promise<ManagedProcess> {
  const nginxBinary = findNginx();
  if (!existsSync(DEBIAN_BROTLI_MODULE)) {
    throw new Error(`nginx's brotli module is missing (${DEBIAN_BROTLI_MODULE}). Install it: \`${NGINX_INSTALL_COMMAND}\`.`);
  }
  if (options.appPorts.length === 0) throw new Error('nginx needs at least one app port.');
  const workDir = path.resolve(options.workDir);
  const cacheDir = path.join(workDir, 'cache');
  for (const directory of [path.join(workDir, 'logs'), cacheDir, options.staticCeilingDir]) {
    mkdirSync(directory, { recursive: true });
  }
  await ensurePortFree(options.proxyPort, 'nginx');
  return startNginx(nginxBinary, {
    listen: `127.0.0.1:${options.proxyPort}`,
    upstreams: options.appPorts.map((port) => `127.0.0.1:${port}`),
    prefix: workDir,
    cacheDir,
    staticCeilingDir: options.staticCeilingDir,
    user: workerUserForLocalRun(),
  });
}

/** App processes on `appPorts` behind nginx on `proxyPort`, all on loopback. */
export async function startProxyStack(options: ProxyStackOptions): Promise<ProxyStack> {
  if (options.appPorts.length === 0) throw new Error('The stack needs at least one app port.');
  await ensurePortFree(options.proxyPort, 'nginx');
  const started = await Promise.allSettled(
    // nginx on this machine tells the apps each reader's address and scheme.
    options.appPorts.map((port) => startAppServer({ port, database: options.database, env: { TRUST_PROXY: 'loopback', ...options.appEnv } })),
  );
  const apps = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stopApps = () => Promise.all(apps.map((app) => app.stop()));
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await stopApps();
    throw failure.reason;
  }

  const nginx = await startNginxProxy(options).catch(async (error: unknown) => {
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
