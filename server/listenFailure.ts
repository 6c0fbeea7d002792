/*
 * Why the server could not take its address, in one line naming the setting to change: a port in
 * use or an address this machine does not have is an operator's mistake, not a crash to report.
 */

const REASONS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'is already in use by another process',
  EACCES: 'may not be used by this user (ports below 1024 need privileges)',
  EADDRNOTAVAIL: 'is not an address of this machine',
  ENOTFOUND: 'is not a name this machine can resolve',
  EAI_AGAIN: 'could not be resolved just now',
};

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** E.g. `Cannot listen on 127.0.0.1:3000 (PORT, HOST): the port is already in use by another process.` */
export function listenFailure(error: unknown, address: { host: string | undefined; port: number; settings: string }): string {
  const code = codeOf(error);
  const reason = (code && REASONS[code]) ?? `failed (${code ?? (error instanceof Error ? error.message : String(error))})`;
  const where = `${address.host ?? 'all addresses'}:${address.port}`;
  return `Cannot listen on ${where} (${address.settings}): the address ${reason}.`;
}
