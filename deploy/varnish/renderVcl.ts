/*
 * Fills in nation-express.vcl.template. The phone pattern and the desktop-choice cookie come from
 * lib/deviceClass.ts, the values the app's own redirect uses; the grace periods from
 * lib/publicPageLifetimes.ts, the values of the app's Cache-Control; the headers of the answers
 * Varnish makes itself from lib/securityHeaderValues.ts, those of the app's.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { DESKTOP_PREFERENCE_VALUE, PHONE_USER_AGENT_PATTERN, VIEW_PREFERENCE_COOKIE } from '../../lib/deviceClass';
import { PUBLIC_PAGE_LIFETIMES } from '../../lib/publicPageLifetimes';
import { NOT_A_PAGE_POLICY, SECURITY_HEADERS } from '../../lib/securityHeaderValues';
import { SITE_NAME } from '../../lib/siteIdentity';

export const VCL_TEMPLATE_PATH = path.join(import.meta.dirname, 'nation-express.vcl.template');

export interface VclOptions {
  /** One `host:port` per app process: `127.0.0.1:3201`, `10.0.0.5:3000`. */
  backends: readonly string[];
  /** Addresses or CIDR ranges allowed to purge; by default the app processes' hosts. */
  purgers?: readonly string[];
  /**
   * The TLS edge in front (nginx), whose X-Forwarded-For, X-Forwarded-Proto and X-Request-Id are
   * passed on; from anyone else they are replaced. None: readers reach Varnish directly, over HTTP.
   */
  tlsEdges?: readonly string[];
}

const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

function parseBackend(address: string): { host: string; port: number } {
  const match = /^(\[[0-9A-Fa-f:.]+\]|[^:\s]+):(\d{1,5})$/.exec(address);
  const host = match?.[1]?.replace(/^\[|\]$/g, '');
  const port = Number(match?.[2]);
  if (!match || !host || !(isIP(host) !== 0 || HOST_NAME.test(host)) || !(port >= 1 && port <= 65_535)) {
    throw new Error(`A backend must be host:port, such as 127.0.0.1:3201, not ${JSON.stringify(address)}`);
  }
  return { host, port };
}

/** An ACL entry: `"10.0.0.5";` or `"10.0.0.0"/8;`. */
function aclEntry(entry: string): string {
  const [address = '', bits, extra] = entry.split('/');
  const family = isIP(address);
  const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  if (family === 0 || extra !== undefined || !validBits) {
    throw new Error(`An address allowed to purge or forward must be an IP address or CIDR range, not ${JSON.stringify(entry)}`);
  }
  return bits === undefined ? `    "${address}";` : `    "${address}"/${bits};`;
}

function seconds(value: number): string {
  return `${value}s`;
}

/** `set <target>.http.<name> = "<value>";` for each header every answer carries. */
function securityHeaderLines(target: 'beresp' | 'resp'): string {
  const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': NOT_A_PAGE_POLICY };
  return Object.entries(headers)
    .map(([name, value]) => `    set ${target}.http.${name} = "${value}";`)
    .join('\n');
}

function forwardedHeaders(tlsEdges: readonly string[]): string {
  const replace = [
    '        set req.http.X-Forwarded-For = client.ip;',
    '        set req.http.X-Forwarded-Proto = "http";',
    '        unset req.http.X-Request-Id;',
  ];
  if (tlsEdges.length === 0) {
    return ['    # Readers reach this cache directly, over HTTP: what they claim about themselves is replaced.', ...replace.map((line) => line.slice(4))].join('\n');
  }
  return [
    '    # Only the TLS edge says who the reader is and how they connected.',
    '    if (client.ip !~ tls_edges) {',
    ...replace,
    '    }',
  ].join('\n');
}

const UNAVAILABLE_PAGE = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  `<title>Briefly unavailable · ${SITE_NAME}</title>`,
  '<style>body{font:1.125rem/1.5 Georgia,serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.75rem}</style>',
  `</head><body><h1>${SITE_NAME} is briefly unavailable</h1>`,
  '<p>This page cannot be shown just now. Please try again in a minute.</p></body></html>',
].join('');

export function renderVcl(options: VclOptions, template = readFileSync(VCL_TEMPLATE_PATH, 'utf8')): string {
  if (options.backends.length === 0) throw new Error('The cache tier needs at least one app process (backend).');
  const backends = options.backends.map(parseBackend);
  const purgers = options.purgers ?? [...new Set(backends.map((backend) => backend.host))];
  const tlsEdges = options.tlsEdges ?? [];
  const definitions = backends.map(
    ({ host, port }, index) =>
      `backend app_${index + 1} {\n    .host = "${host}";\n    .port = "${port}";\n    .probe = app_health;\n    .connect_timeout = 1s;\n    .first_byte_timeout = 30s;\n    .between_bytes_timeout = 10s;\n}`,
  );
  const acls = tlsEdges.length > 0 ? `\nacl tls_edges {\n${tlsEdges.map(aclEntry).join('\n')}\n}` : '';
  const values: Record<string, string> = {
    BACKENDS: definitions.join('\n\n') + acls,
    PURGERS: purgers.map(aclEntry).join('\n'),
    DIRECTOR_MEMBERS: backends.map((_, index) => `    app.add_backend(app_${index + 1});`).join('\n'),
    PHONE_REDIRECT_TTL: seconds(PUBLIC_PAGE_LIFETIMES.purgedSeconds),
    FORWARDED_HEADERS: forwardedHeaders(tlsEdges),
    PHONE_USER_AGENT_PATTERN,
    VIEW_PREFERENCE_COOKIE,
    DESKTOP_PREFERENCE_VALUE,
    STALE_WHILE_REVALIDATE: seconds(PUBLIC_PAGE_LIFETIMES.staleWhileRevalidateSeconds),
    STALE_IF_ERROR: seconds(PUBLIC_PAGE_LIFETIMES.staleIfErrorSeconds),
    // Each retry goes to the next process of the address's shard: every other process once, within
    // Varnish's default max_retries (4).
    MAX_RETRIES: String(Math.max(1, Math.min(4, backends.length - 1))),
    SYNTHETIC_HEADERS_BERESP: securityHeaderLines('beresp'),
    SYNTHETIC_HEADERS_RESP: securityHeaderLines('resp'),
    UNAVAILABLE_PAGE,
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The VCL template has an unknown placeholder ${placeholder}`);
    return value;
  });
}
