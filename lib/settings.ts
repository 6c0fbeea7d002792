import { isIP } from 'node:net';
import nextEnv from '@next/env';
import { z } from 'zod';

/*
 * Every environment variable the site reads, with its default and its meaning, in one place.
 * The server, `npm start` and every script read their settings through `readSettings()`, so a
 * value that would break pages later (a time zone that does not exist, a port that is not a
 * number) stops the start instead, with one line naming it. The README's table and
 * `.env.example` are checked against SETTING_DEFINITIONS by a test.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

interface SettingDefinition<T> {
  /** What the variable is for, as the README's table says it. */
  meaning: string;
  /** The default as written in the README and `.env.example`; `undefined` when there is none. */
  defaultText: string | undefined;
  /** What is accepted, as told to an operator who set something else. */
  accepts: string;
  parse: z.ZodType<T, string>;
  /** A secret is taken as written (no trimming) and never repeated in a message. */
  secret?: boolean;
}

/** A DNS name: dot-separated labels of letters, digits and inner hyphens. */
const HOST_NAME = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

function setting<T>(definition: SettingDefinition<T>): SettingDefinition<T> {
  return definition;
}

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isPostgresUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'postgres:' || protocol === 'postgresql:';
  } catch {
    return false;
  }
}

/** An origin a browser can be sent to: http(s), a host, and nothing after it. */
function parseSiteOrigin(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
  return url;
}

/** `127.0.0.1`, `10.0.0.0/8`, `::1`, or the word `loopback`. */
function isProxyAddress(entry: string): boolean {
  if (entry === 'loopback') return true;
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d+$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

export const SETTING_DEFINITIONS = {
  PORT: setting({
    meaning: 'port to serve on',
    defaultText: '3000',
    accepts: 'a whole number from 0 to 65535',
    parse: wholeNumber(0, 65_535),
  }),
  HOST: setting({
    meaning: 'address to listen on (`127.0.0.1` behind a proxy on the same machine; `0.0.0.0` to show a local demo to other machines)',
    defaultText: '127.0.0.1 on a local SITE_URL, else all addresses',
    accepts: 'an IP address or a host name',
    parse: z.string().refine((value) => isIP(value) !== 0 || HOST_NAME.test(value)),
  }),
  DATABASE_PATH: setting({
    meaning: 'the SQLite file (created with demo content when missing, on a local `SITE_URL`)',
    defaultText: 'db/data/nation-express.sqlite',
    accepts: 'a file path',
    parse: z.string(),
  }),
  DATABASE_URL: setting({
    meaning: 'a PostgreSQL database to use instead of the SQLite file (created, migrated and seeded like it)',
    defaultText: undefined,
    accepts: 'a postgres:// or postgresql:// URL, such as postgres://user:password@host:5432/database',
    parse: z.string().refine(isPostgresUrl),
    secret: true,
  }),
  SITE_URL: setting({
    meaning: 'public origin, for canonical, alternate and feed links; a public one turns off the demo accounts',
    defaultText: 'http://localhost:$PORT',
    accepts: 'an http(s) origin such as https://news.example.org, with no path',
    parse: z.string().transform((value, context) => {
      const url = parseSiteOrigin(value);
      if (!url) {
        context.addIssue({ code: 'custom', message: 'not an origin' });
        return z.NEVER;
      }
      return url;
    }),
  }),
  SITE_TIME_ZONE: setting({
    meaning: "the newsroom's time zone, in which times are shown",
    defaultText: 'Asia/Kolkata',
    accepts: 'an IANA time zone such as Asia/Kolkata or Europe/Moscow',
    parse: z.string().refine(isTimeZone),
  }),
  PAGE_CACHE_MAX_MB: setting({
    meaning: 'memory for the page cache, per process; `0` turns it off',
    defaultText: '256',
    accepts: 'a whole number of megabytes from 0 to 65536',
    parse: wholeNumber(0, 65_536),
  }),
  UPLOADS_DIR: setting({
    meaning: 'images written by the file-based newsroom of earlier versions, for `npm run uploads:import` to move into the database',
    defaultText: 'db/data/uploads',
    accepts: 'a directory path',
    parse: z.string(),
  }),
  SHUTDOWN_GRACE_MS: setting({
    meaning: 'how long requests in flight may take to finish after SIGTERM',
    defaultText: '10000',
    accepts: 'a whole number of milliseconds from 0 to 600000',
    parse: wholeNumber(0, 600_000),
  }),
  MOST_READ_REFRESH_SECONDS: setting({
    meaning: 'how often this process works out the "Most read" list again from the reads counted (a changed list redraws the home page and every story page); `0` leaves it to the other processes',
    defaultText: '60',
    accepts: '0, or a whole number of seconds from 10 to 300',
    parse: wholeNumber(0, 300).refine((seconds) => seconds === 0 || seconds >= 10),
  }),
  TRUST_PROXY: setting({
    meaning: 'proxies whose `X-Forwarded-For`, `X-Forwarded-Proto` and `X-Request-Id` are believed: addresses, CIDR ranges or `loopback`, comma-separated',
    defaultText: 'none',
    accepts: 'a comma-separated list of IP addresses, CIDR ranges or the word loopback',
    parse: z
      .string()
      .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
      .refine((entries) => entries.every(isProxyAddress)),
  }),
  SHARED_CACHE_PURGE_URLS: setting({
    meaning: 'cache servers in front that purge by tag (Varnish with xkey, `deploy/varnish/`): each content change is purged there within a second, so public pages may stay there for hours',
    defaultText: 'none',
    accepts: 'a comma-separated list of http(s) origins such as http://127.0.0.1:6081',
    parse: z
      .string()
      .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
      .pipe(z.array(z.string().transform((entry, context) => parseSiteOrigin(entry) ?? (context.addIssue({ code: 'custom', message: 'not an origin' }), z.NEVER))).min(1)),
  }),
  LOG_LEVEL: setting({
    meaning: 'the least severe log lines written',
    defaultText: 'info',
    accepts: LOG_LEVELS.join(', '),
    parse: z.enum(LOG_LEVELS),
  }),
  METRICS_PORT: setting({
    meaning: 'serve Prometheus metrics on this port (a listener of its own); unset, none',
    defaultText: undefined,
    accepts: 'a whole number from 1 to 65535',
    parse: wholeNumber(1, 65_535),
  }),
  METRICS_HOST: setting({
    meaning: 'address the metrics listener binds to',
    defaultText: '127.0.0.1',
    accepts: 'an IP address',
    parse: z.string().refine((value) => isIP(value) !== 0),
  }),
  NEWSROOM_ADMIN_PASSWORD: setting({
    meaning: "`npm run newsroom:create-admin` only: the new admin's password, instead of asking",
    defaultText: undefined,
    accepts: 'a password of at least 12 characters',
    parse: z.string().min(12),
    secret: true,
  }),
} as const;

export type SettingName = keyof typeof SETTING_DEFINITIONS;
type Parsed<N extends SettingName> = z.output<(typeof SETTING_DEFINITIONS)[N]['parse']>;

export interface Settings {
  port: number;
  /** Undefined: every address. */
  host: string | undefined;
  databasePath: string;
  /** Set: PostgreSQL, and `databasePath` is unused. */
  databaseUrl: string | undefined;
  siteUrl: URL;
  siteTimeZone: string;
  pageCacheMaxMegabytes: number;
  uploadsDir: string;
  shutdownGraceMs: number;
  /** 0: this process leaves the list to others. */
  mostReadRefreshSeconds: number;
  trustProxy: readonly string[];
  /** Empty: no cache in front purges by tag. */
  sharedCachePurgeUrls: readonly URL[];
  logLevel: LogLevel;
  metricsPort: number | undefined;
  metricsHost: string;
  newsroomAdminPassword: string | undefined;
}

/** Every invalid setting, one line each, so the operator fixes them in one go. */
export class InvalidSettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'InvalidSettingsError';
  }
}

type Environment = Readonly<Record<string, string | undefined>>;

/** Parses the settings from `env`; throws InvalidSettingsError naming each bad one. */
export function readSettings(env: Environment = process.env): Settings {
  const problems: string[] = [];
  function read<N extends SettingName>(name: N): Parsed<N> | undefined {
    const raw = env[name];
    // An empty value, as `VAR=` in an environment file leaves it, means the default.
    if (raw === undefined || raw.trim() === '') return undefined;
    const definition: SettingDefinition<unknown> = SETTING_DEFINITIONS[name];
    const result = definition.parse.safeParse(definition.secret ? raw : raw.trim());
    if (result.success) return result.data as Parsed<N>;
    const shown = definition.secret ? '(hidden)' : JSON.stringify(raw);
    problems.push(`Setting ${name}=${shown} is not valid: expected ${definition.accepts}.`);
    return undefined;
  }
  const port = read('PORT') ?? 3000;
  const siteUrl = read('SITE_URL') ?? new URL(`http://localhost:${port}`);
  const values: Settings = {
    port,
    // A local site may hold the demo accounts: unless told otherwise, only this machine reaches it.
    host: read('HOST') ?? (isLocalOrigin(siteUrl) ? '127.0.0.1' : undefined),
    databasePath: read('DATABASE_PATH') ?? 'db/data/nation-express.sqlite',
    databaseUrl: read('DATABASE_URL'),
    siteUrl,
    siteTimeZone: read('SITE_TIME_ZONE') ?? 'Asia/Kolkata',
    pageCacheMaxMegabytes: read('PAGE_CACHE_MAX_MB') ?? 256,
    uploadsDir: read('UPLOADS_DIR') ?? 'db/data/uploads',
    shutdownGraceMs: read('SHUTDOWN_GRACE_MS') ?? 10_000,
    mostReadRefreshSeconds: read('MOST_READ_REFRESH_SECONDS') ?? 60,
    trustProxy: read('TRUST_PROXY') ?? [],
    sharedCachePurgeUrls: read('SHARED_CACHE_PURGE_URLS') ?? [],
    logLevel: read('LOG_LEVEL') ?? 'info',
    metricsPort: read('METRICS_PORT'),
    metricsHost: read('METRICS_HOST') ?? '127.0.0.1',
    newsroomAdminPassword: read('NEWSROOM_ADMIN_PASSWORD'),
  };
  if (problems.length > 0) throw new InvalidSettingsError(problems);
  return values;
}

let current: Settings | undefined;

/** This process's settings, read from its environment once. */
export function settings(): Settings {
  current ??= readSettings();
  return current;
}

/**
 * For entry points (the server, `npm start`, scripts): the settings, or the process ends with
 * one line for each invalid one and no stack trace. `.env` files are read first, the ones Next.js
 * reads and as it reads them (the environment wins over a file), so the values checked here are
 * the ones every part of the process sees.
 */
export function settingsOrExit(): Settings {
  // A CommonJS bundle: Node's ES module loader sees only its default export.
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV === 'development', { info: () => {}, error: console.error });
  try {
    return settings();
  } catch (error) {
    if (!(error instanceof InvalidSettingsError)) throw error;
    for (const problem of error.problems) console.error(problem);
    process.exit(1);
  }
}

/**
 * Whether a host name reaches only this machine: `localhost` and its subdomains, 127.0.0.0/8 and
 * `::1` (with or without the brackets a URL puts around it).
 */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || name === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(name);
}

/**
 * Whether the site is served only to this machine. On a local origin the demo accounts, whose
 * passwords are in the README, may exist; on any other they must not.
 */
export function isLocalOrigin(siteUrl: URL): boolean {
  return isLoopbackHostname(siteUrl.hostname);
}
