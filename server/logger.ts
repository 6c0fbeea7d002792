import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from '../lib/settings';

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
