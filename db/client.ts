import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/**
 * For transactions that write: take the write lock at BEGIN. A deferred transaction that reads
 * first can find another writer committed meanwhile, and then fails at once instead of waiting.
 */
export const WRITE_TRANSACTION = { behavior: 'immediate' } as const;

/** The handle a `db.transaction()` callback receives. */
export type AppTransaction = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Refuse to create a missing file: the site must not serve from an empty database. */
  fileMustExist?: boolean;
  /** Called with every statement Drizzle runs (tests use it to check query plans). */
  onQuery?: (query: string, params: unknown[]) => void;
  /** Called with how long each statement took to run, in seconds (the server's metrics). */
  onStatementTime?: (seconds: number) => void;
}

const TIMED_METHODS = ['run', 'get', 'all'] as const;

/** Makes every statement prepared on `sqlite` report how long each run of it took. */
function timeStatements(sqlite: Database.Database, observe: (seconds: number) => void): void {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of TIMED_METHODS) {
      const untimed = statement[method].bind(statement) as (...parameters: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...parameters: unknown[]) => {
          const started = performance.now();
          try {
            return untimed(...parameters);
          } finally {
            observe((performance.now() - started) / 1000);
          }
        },
      });
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/** Opens a connection with the settings every process needs (WAL, foreign keys, busy timeout). */
export function openDatabase(file: string, options: OpenOptions = {}): { sqlite: Database.Database; db: AppDatabase } {
  const sqlite = new Database(file, { fileMustExist: options.fileMustExist ?? false });
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL makes NORMAL durable against application crashes and much cheaper than FULL.
  sqlite.pragma('synchronous = NORMAL');
  if (options.onStatementTime) timeStatements(sqlite, options.onStatementTime);
  const logger = options.onQuery ? { logQuery: options.onQuery } : undefined;
  return { sqlite, db: drizzle(sqlite, { schema, logger }) };
}
