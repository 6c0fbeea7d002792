/*
 * Fills in nation-express.conf.template, for nginx in one of its two roles: the caching proxy in
 * front of the app processes, or the TLS edge in front of the cache tier (deploy/varnish/). Both
 * roles share one template, so the TLS profile, the compression and the forwarded headers are
 * written once. The phone pattern and the desktop-choice cookie are read from lib/deviceClass.ts,
 * the values the app's own redirect uses, so the proxy's decision to skip the cache cannot drift
 * from the redirect it protects.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DESKTOP_PREFERENCE_VALUE, PHONE_USER_AGENT_PATTERN, VIEW_PREFERENCE_COOKIE } from '../../lib/deviceClass';

export const NGINX_TEMPLATE_PATH = path.join(import.meta.dirname, 'nation-express.conf.template');

/** Where Debian's and Ubuntu's libnginx-mod-http-brotli-filter install the module. */
export const DEBIAN_BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

/** HTTPS on the main server's addresses, and a plain-HTTP server that only redirects to it. */
export interface TlsOptions {
  /** The certificate with its chain: Let's Encrypt's `fullchain.pem`. */
  certificate: string;
  /** Its private key: Let's Encrypt's `privkey.pem`. */
  certificateKey: string;
  /** Where the redirecting plain-HTTP server listens; `80` and `[::]:80` by default. */
  httpListen?: readonly string[];
}

/** What both roles have: where nginx listens for readers, its certificate, its own files. */
interface ReaderFacingOptions {
  /** What nginx listens on, one address or several: `127.0.0.1:8080`, `80`, `[::]:80`, `443`. */
  listen: string | readonly string[];
  /** Serve `listen` over HTTPS; plain HTTP on `tls.httpListen` then redirects there. */
  tls?: TlsOptions;
  /**
   * Served as /.well-known/acme-challenge/ over plain HTTP, for `certbot certonly --webroot`: by
   * the redirecting server with `tls`, by the main server without (to obtain the first certificate).
   */
  acmeWebroot?: string;
  /** Holds the pid file, the temporary files and logs/, which must exist before nginx starts. */
  prefix: string;
  /** `auto` (the default) starts one worker per core. */
  workerProcesses?: number | 'auto';
  /** The workers' user, for a master started as root. */
  user?: string;
  brotliModule?: string;
}

/** nginx as the cache, in front of the app processes: a site served from one machine. */
export interface CachingProxyOptions extends ReaderFacingOptions {
  /** One address per app process: `127.0.0.1:3201`, `10.0.0.5:3000`, `unix:/run/nx/app.sock`. */
  upstreams: readonly string[];
  cacheDir: string;
  /** Served as /static-ceiling/. */
  staticCeilingDir: string;
  /** Upper bound of the cache on disk, in nginx's units: `1g` (the default), `500m`. */
  cacheMaxSize?: string;
}

/** nginx as the TLS edge in front of the cache tier: TLS and compression, no cache of its own. */
export interface TlsEdgeOptions extends ReaderFacingOptions {
  /** One address per Varnish node: `127.0.0.1:6081`, `10.0.0.11:6081`. */
  cacheTier: readonly string[];
}

export type NginxConfigOptions = CachingProxyOptions | TlsEdgeOptions;

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

function file(label: string, value: string): string {
  return nginxArgument(label, path.resolve(value));
}

/** An app process on this machine: a loopback address or a Unix socket. */
function isLocalUpstream(address: string): boolean {
  return /^(127\.|\[::1\]|localhost(:|$)|unix:)/.test(address);
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

/** Mozilla's "intermediate" profile: TLS 1.2 and 1.3, forward-secret AEAD ciphers only. */
const TLS_PROFILE = [
  'ssl_protocols TLSv1.2 TLSv1.3;',
  'ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;',
  'ssl_prefer_server_ciphers off;',
  'ssl_session_cache shared:nation_express_tls:10m;',
  'ssl_session_timeout 1d;',
  'ssl_session_tickets off;',
];

/**
 * Compressed with gzip and brotli besides text/html, which always is: text, the feeds, SVG, and the
 * client router's payloads (text/x-component).
 */
const COMPRESSED_TYPES = [
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'text/xml',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'image/svg+xml',
  'application/manifest+json',
  'text/plain',
  'text/x-component',
];

const DEFAULT_HTTP_LISTEN = ['80', '[::]:80'] as const;

function listenAddresses(label: string, value: string | readonly string[]): string[] {
  const addresses = typeof value === 'string' ? [value] : [...value];
  if (addresses.length === 0) throw new Error(`${label} needs at least one address`);
  return addresses.map((address) => nginxArgument(label, address));
}

function acmeChallengeLocation(webroot: string): string {
  return [
    "# Let's Encrypt's HTTP-01 challenges, written here by `certbot certonly --webroot`.",
    'location ^~ /.well-known/acme-challenge/ {',
    `    root ${webroot};`,
    '    default_type text/plain;',
    '}',
  ].join('\n');
}

function httpsRedirectServer(listen: readonly string[], acmeWebroot: string | undefined): string {
  return [
    '# Plain HTTP only sends readers to the same address over HTTPS.',
    'server {',
    ...listen.map((address) => `    listen ${address};`),
    '    server_name _;',
    ...(acmeWebroot === undefined ? [] : acmeChallengeLocation(acmeWebroot).split('\n').map((line) => `    ${line}`)),
    '    location / {',
    '        return 301 https://$host$request_uri;',
    '    }',
    '}',
    '',
  ].join('\n');
}

/** Indents each non-empty line of a block placeholder's value as the placeholder was indented. */
function indentBlock(value: string, indent: string): string {
  return value
    .split('\n')
    .map((line) => (line === '' ? '' : `${indent}${line}`))
    .join('\n');
}

/** `server` lines: a server on this machine is never marked failed (see the template). */
function upstreamServers(label: string, addresses: readonly string[]): string {
  return addresses
    .map((address) => `server ${nginxArgument(label, address)}${isLocalUpstream(address) ? ' max_fails=0' : ''};`)
    .join('\n');
}

const ROLES = ['CACHING_PROXY', 'TLS_EDGE'] as const;
type Role = (typeof ROLES)[number];

/** The role's section of the template, and the values of the placeholders only the role has. */
function roleValues(options: NginxConfigOptions): { role: Role; values: Record<string, string> } {
  if ('cacheTier' in options) {
    if (options.cacheTier.length === 0) throw new Error('The TLS edge needs at least one Varnish node (cacheTier) to proxy to');
    return {
      role: 'TLS_EDGE',
      values: {
        UPSTREAM_SERVERS: upstreamServers('cacheTier', options.cacheTier),
        // The cache tier's own verdict, HIT, MISS or PASS (deploy/varnish/).
        CACHE_STATUS_VARIABLE: '$upstream_http_x_cache',
      },
    };
  }
  if (options.upstreams.length === 0) throw new Error('nginx needs at least one app process to proxy to');
  if (!/^\w+$/.test(VIEW_PREFERENCE_COOKIE)) {
    throw new Error(`The cookie name ${VIEW_PREFERENCE_COOKIE} cannot be read as an nginx $cookie_ variable`);
  }
  if (options.cacheMaxSize !== undefined && !/^\d+[kmg]?$/i.test(options.cacheMaxSize)) {
    throw new Error(`cacheMaxSize must be a size such as 1g or 500m, not ${options.cacheMaxSize}`);
  }
  return {
    role: 'CACHING_PROXY',
    values: {
      UPSTREAM_SERVERS: upstreamServers('upstream', options.upstreams),
      CACHE_STATUS_VARIABLE: '$upstream_cache_status',
      PHONE_USER_AGENT_PATTERN: nginxQuoted(PHONE_USER_AGENT_PATTERN),
      VIEW_PREFERENCE_COOKIE,
      DESKTOP_PREFERENCE_VALUE: nginxQuoted(regexLiteral(DESKTOP_PREFERENCE_VALUE)),
      CACHE_DIR: directory('cacheDir', options.cacheDir),
      CACHE_MAX_SIZE: options.cacheMaxSize ?? '1g',
      STATIC_CEILING_DIR: directory('staticCeilingDir', options.staticCeilingDir),
    },
  };
}

/** Keeps the lines of `role`'s sections (between `{{#ROLE}}` and `{{/ROLE}}` lines) and drops the others'. */
function keepSections(template: string, role: Role): string {
  return template.replace(/^\{\{#(\w+)\}\}\n([\s\S]*?)^\{\{\/\1\}\}\n/gm, (_section, name: string, body: string) => {
    if (!ROLES.some((known) => known === name)) throw new Error(`${NGINX_TEMPLATE_PATH} has a section for no role: ${name}`);
    return name === role ? body : '';
  });
}

/** The complete nginx.conf for the given role, addresses and directories. */
export function renderNginxConfig(options: NginxConfigOptions): string {
  const { role, values: ownValues } = roleValues(options);
  const tls = options.tls;
  const acmeWebroot = options.acmeWebroot === undefined ? undefined : directory('acmeWebroot', options.acmeWebroot);
  // `listen … http2` is the form nginx 1.22 (Debian 12) knows; from 1.25.1 it also warns and works.
  const listenSuffix = tls === undefined ? '' : ' ssl http2';
  const values: Record<string, string> = {
    ...ownValues,
    USER_DIRECTIVE: options.user === undefined ? '' : `user ${nginxArgument('user', options.user)};`,
    WORKER_PROCESSES: workerProcesses(options.workerProcesses ?? 'auto'),
    PREFIX: directory('prefix', options.prefix),
    BROTLI_MODULE: nginxArgument('brotliModule', options.brotliModule ?? DEBIAN_BROTLI_MODULE),
    COMPRESSED_TYPES: COMPRESSED_TYPES.join(' '),
    LISTEN_DIRECTIVES: listenAddresses('listen', options.listen)
      .map((address) => `listen ${address}${listenSuffix};`)
      .join('\n'),
    TLS_DIRECTIVES:
      tls === undefined
        ? ''
        : [
            '# Strict-Transport-Security is set by the app, which learns of HTTPS from X-Forwarded-Proto.',
            `ssl_certificate ${file('tls.certificate', tls.certificate)};`,
            `ssl_certificate_key ${file('tls.certificateKey', tls.certificateKey)};`,
            ...TLS_PROFILE,
          ].join('\n'),
    HTTPS_REDIRECT_SERVER:
      tls === undefined ? '' : httpsRedirectServer(listenAddresses('tls.httpListen', tls.httpListen ?? DEFAULT_HTTP_LISTEN), acmeWebroot),
    // With TLS the challenges are answered on plain HTTP, by the redirecting server.
    ACME_CHALLENGES: tls === undefined && acmeWebroot !== undefined ? acmeChallengeLocation(acmeWebroot) : '',
  };
  const valueOf = (placeholder: string, name: string): string => {
    const value = values[name];
    if (value === undefined) throw new Error(`${NGINX_TEMPLATE_PATH} has a placeholder nothing fills: ${placeholder}`);
    return value;
  };
  const config = keepSections(readFileSync(NGINX_TEMPLATE_PATH, 'utf8'), role)
    // A placeholder alone on its line: whole directives, indented as it is, or no line at all.
    .replace(/^([ \t]*)(\{\{(\w+)\}\})\n/gm, (_line, indent: string, placeholder: string, name: string) => {
      const value = valueOf(placeholder, name);
      return value === '' ? '' : `${indentBlock(value, indent)}\n`;
    })
    .replace(/\{\{(\w+)\}\}/g, valueOf);
  const unfilled = /\{\{[^}]*\}\}/.exec(config);
  if (unfilled) throw new Error(`${NGINX_TEMPLATE_PATH} has a marker left unfilled: ${unfilled[0]}`);
  return config;
}
