import { formatWithOptions } from 'node:util';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import { isLoopbackHostname, type LogLevel, type Settings } from '../lib/settings';

/*
 * The server's log: one JSON object per line on stdout, which journald, Docker and log shippers
 * read as they are; in a terminal the same lines are shown readable (pino-pretty) instead.
 */

export type { Logger };

export function createLogger(level: LogLevel, destination: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout): Logger {
  const options = { level, base: { service: 'nation-express' }, timestamp: pino.stdTimeFunctions.isoTime };
  if (destination.isTTY) return pino(options, pretty({ destination, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'service' }));
  return pino(options, destination);
}

/**
 * Sends what anything writes to the console (Next.js's own error reports among it) through
 * `logger`, as one JSON line each: text a request put there, newlines included, stays inside a
 * string and cannot pass for a line of its own.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const toLine = (...parts: unknown[]) => formatWithOptions({ colors: false }, ...parts);
  console.error = (...parts: unknown[]) => logger.error(toLine(...parts));
  console.warn = (...parts: unknown[]) => logger.warn(toLine(...parts));
  console.log = (...parts: unknown[]) => logger.info(toLine(...parts));
  console.info = (...parts: unknown[]) => logger.info(toLine(...parts));
  console.debug = (...parts: unknown[]) => logger.debug(toLine(...parts));
}

/** Settings that work but expose more than an operator may mean to, said once at start. */
export function riskySettingWarnings(settings: Pick<Settings, 'metricsPort' | 'metricsHost' | 'trustProxy'>): string[] {
  const warnings: string[] = [];
  if (settings.metricsPort !== undefined && !isLoopbackHostname(settings.metricsHost)) {
    warnings.push(`METRICS_HOST=${settings.metricsHost}: the metrics listener can be reached from other machines; keep it behind a firewall.`);
  }
  if (settings.trustProxy.some((entry) => /\/0$/.test(entry))) {
    warnings.push('TRUST_PROXY names a range that holds every address: any client can say where it came from and by which scheme.');
  }
  return warnings;
}
