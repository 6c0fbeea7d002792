/*
 * The command line of `npm run nginx:config` (scripts/render-nginx-config.ts), read into the
 * options of renderNginxConfig: nginx as the caching proxy in front of the app processes
 * (--upstream), or as the TLS edge in front of the cache tier's Varnish nodes (--cache-tier).
 * Production listens on 80 and 443 of every address; the defaults say so, and everything else is
 * named on the command line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { NginxConfigOptions } from './renderConfig';

export const NGINX_CONFIG_USAGE = `Usage: npm run nginx:config -- --prefix <directory> [options], and one of
    --upstream <address> [--upstream <address> ...]      nginx caches, in front of these app processes
        [--cache-max-size <size>]
        [--cache-dir <directory>]           default <prefix>/cache
        [--static-ceiling-dir <directory>]  default <prefix>/static-ceiling
    --cache-tier <address> [--cache-tier <address> ...]  nginx is the TLS edge in front of these Varnish nodes
Options of both:
    [--listen <address> ...]            default 80 and [::]:80, or with TLS 443 and [::]:443
    [--tls-certificate <fullchain.pem> --tls-certificate-key <privkey.pem>]
    [--http-listen <address> ...]       with TLS, where HTTP redirects to HTTPS; default 80 and [::]:80
    [--acme-webroot <directory>]        served as /.well-known/acme-challenge/ over HTTP
    [--user <name>] [--worker-processes <n>|auto]
    [--out <file>]                      default: print it`;

export interface NginxConfigCommand {
  options: NginxConfigOptions;
  /** Where to write the file; undefined: print it. */
  out: string | undefined;
}

function workerProcessesArgument(value: string | undefined): number | 'auto' | undefined {
  if (value === undefined || value === 'auto') return value;
  if (!/^\d+$/.test(value)) throw new Error(`--worker-processes must be auto or a whole number, not ${value}`);
  return Number(value);
}

/** Reads the arguments after `--`; throws with the reason when they do not make a configuration. */
export function readNginxConfigArguments(args: readonly string[]): NginxConfigCommand {
  const { values, positionals } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      upstream: { type: 'string', multiple: true },
      'cache-tier': { type: 'string', multiple: true },
      listen: { type: 'string', multiple: true },
      prefix: { type: 'string' },
      'cache-dir': { type: 'string' },
      'static-ceiling-dir': { type: 'string' },
      user: { type: 'string' },
      'worker-processes': { type: 'string' },
      'cache-max-size': { type: 'string' },
      'tls-certificate': { type: 'string' },
      'tls-certificate-key': { type: 'string' },
      'http-listen': { type: 'string', multiple: true },
      'acme-webroot': { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument: ${positionals[0]}`);
  const upstreams = values.upstream ?? [];
  const cacheTier = values['cache-tier'] ?? [];
  if (upstreams.length > 0 && cacheTier.length > 0) {
    throw new Error('Name the app processes (--upstream) or the cache tier in front of them (--cache-tier), not both.');
  }
  if (upstreams.length === 0 && cacheTier.length === 0) {
    throw new Error('Name at least one app process with --upstream (127.0.0.1:3001), or a Varnish node with --cache-tier (127.0.0.1:6081).');
  }
  if (values.prefix === undefined) throw new Error('Name nginx’s working directory with --prefix.');
  const certificate = values['tls-certificate'];
  const certificateKey = values['tls-certificate-key'];
  if ((certificate === undefined) !== (certificateKey === undefined)) {
    throw new Error('--tls-certificate and --tls-certificate-key go together.');
  }
  const tls = certificate !== undefined && certificateKey !== undefined;
  if (!tls && values['http-listen'] !== undefined) throw new Error('--http-listen is for the redirect to HTTPS: it needs --tls-certificate.');
  const prefix = path.resolve(values.prefix);
  const readerFacing = {
    listen: values.listen ?? (tls ? ['443', '[::]:443'] : ['80', '[::]:80']),
    prefix,
    user: values.user,
    workerProcesses: workerProcessesArgument(values['worker-processes']),
    tls: tls ? { certificate, certificateKey, httpListen: values['http-listen'] } : undefined,
    acmeWebroot: values['acme-webroot'],
  };
  if (cacheTier.length > 0) {
    const cacheOnly = (['cache-dir', 'cache-max-size', 'static-ceiling-dir'] as const).filter((name) => values[name] !== undefined);
    if (cacheOnly.length > 0) throw new Error(`--${cacheOnly[0]} is for nginx as the cache: the TLS edge (--cache-tier) keeps no cache.`);
    return { options: { ...readerFacing, cacheTier }, out: values.out };
  }
  return {
    options: {
      ...readerFacing,
      upstreams,
      cacheDir: values['cache-dir'] ?? path.join(prefix, 'cache'),
      staticCeilingDir: values['static-ceiling-dir'] ?? path.join(prefix, 'static-ceiling'),
      cacheMaxSize: values['cache-max-size'],
    },
    out: values.out,
  };
}
