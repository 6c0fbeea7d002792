/*
 * Fills in nation-express.conf.template. The phone pattern and the desktop-choice cookie are read
 * from app/_lib/deviceClass.ts, the values the app's own redirect uses, so the proxy's decision to
 * skip the cache cannot drift from the redirect it protects.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DESKTOP_PREFERENCE_VALUE, PHONE_USER_AGENT_PATTERN, VIEW_PREFERENCE_COOKIE } from '../../app/_lib/deviceClass';

export const NGINX_TEMPLATE_PATH = path.join(import.meta.dirname, 'nation-express.conf.template');

/** Where Debian's and Ubuntu's libnginx-mod-http-brotli-filter install the module. */
export const DEBIAN_BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

export interface NginxConfigOptions {
  /** What nginx listens on: `127.0.0.1:8080`, `80`, `[::]:80`. */
  listen: string;
  /** One address per app process: `127.0.0.1:3201`, `10.0.0.5:3000`, `unix:/run/nx/app.sock`. */
  upstreams: readonly string[];
  /** Holds the pid file, the temporary files and logs/, which must exist before nginx starts. */
  prefix: string;
  cacheDir: string;
  /** Served as /static-ceiling/. */
  staticCeilingDir: string;
  /** `auto` (the default) starts one worker per core. */
  workerProcesses?: number | 'auto';
  /** Upper bound of the cache on disk, in nginx's units: `1g` (the default), `500m`. */
  cacheMaxSize?: string;
  /** The workers' user, for a master started as root. */
  user?: string;
  brotliModule?: string;
}

// Characters that end or change an unquoted nginx argument, or name a variable.
const NGINX_ARGUMENT_BREAKERS = /[\s"'\\$;{}#]/;

function nginxArgument(label: string, value: string): string {
  if (value === '' || NGINX_ARGUMENT_BREAKERS.test(value)) {
    throw new Error(`${label} cannot be written into nginx.conf as it is: ${JSON.stringify(value)}`);
  }
  return value;
}

function directory(label: string, value: string): string {
  const absolute = path.resolve(value);
  return nginxArgument(label, absolute.length > 1 ? absolute.replace(/\/+$/, '') : absolute);
}

/** Inside a double-quoted nginx string only `\` and `"` need escaping. */
function nginxQuoted(value: string): string {
  return value.replace(/[\\"]/g, '\\$&');
}

function regexLiteral(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function workerProcesses(value: number | 'auto'): string {
  if (value !== 'auto' && !(Number.isInteger(value) && value > 0)) {
    throw new Error(`workerProcesses must be 'auto' or a positive whole number, not ${value}`);
  }
  return String(value);
}

/**
 * The worker user for a stack started by this machine's user: as root, root itself, so workers can
 * read the private temporary directories the stack lives in; otherwise none (nginx keeps the user).
 */
export function workerUserForLocalRun(): string | undefined {
  return process.getuid?.() === 0 ? 'root' : undefined;
}

/** The complete nginx.conf for the given addresses and directories. */
export function renderNginxConfig(options: NginxConfigOptions): string {
  if (options.upstreams.length === 0) throw new Error('nginx needs at least one app process to proxy to');
  if (!/^\w+$/.test(VIEW_PREFERENCE_COOKIE)) {
    throw new Error(`The cookie name ${VIEW_PREFERENCE_COOKIE} cannot be read as an nginx $cookie_ variable`);
  }
  if (options.cacheMaxSize !== undefined && !/^\d+[kmg]?$/i.test(options.cacheMaxSize)) {
    throw new Error(`cacheMaxSize must be a size such as 1g or 500m, not ${options.cacheMaxSize}`);
  }
  const values: Record<string, string> = {
    USER_DIRECTIVE: options.user === undefined ? '' : `user ${nginxArgument('user', options.user)};`,
    WORKER_PROCESSES: workerProcesses(options.workerProcesses ?? 'auto'),
    PREFIX: directory('prefix', options.prefix),
    BROTLI_MODULE: nginxArgument('brotliModule', options.brotliModule ?? DEBIAN_BROTLI_MODULE),
    PHONE_USER_AGENT_PATTERN: nginxQuoted(PHONE_USER_AGENT_PATTERN),
    VIEW_PREFERENCE_COOKIE,
    DESKTOP_PREFERENCE_VALUE: nginxQuoted(regexLiteral(DESKTOP_PREFERENCE_VALUE)),
    CACHE_DIR: directory('cacheDir', options.cacheDir),
    CACHE_MAX_SIZE: options.cacheMaxSize ?? '1g',
    UPSTREAM_SERVERS: options.upstreams
      .map((address) => `server ${nginxArgument('upstream', address)};`)
      .join('\n        '),
    LISTEN: nginxArgument('listen', options.listen),
    STATIC_CEILING_DIR: directory('staticCeilingDir', options.staticCeilingDir),
  };
  return readFileSync(NGINX_TEMPLATE_PATH, 'utf8').replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${NGINX_TEMPLATE_PATH} has a placeholder nothing fills: ${placeholder}`);
    return value;
  });
}
