import { statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { settings } from '../lib/settings';
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

/** The database file this process uses: `DATABASE_PATH`, or a file under db/data/. */
export function resolveDatabasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), settings().databasePath);
}

interface OpenOptions {
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

// One connection per process, kept on globalThis so development reloads reuse it.
const globalForDatabase = globalThis as typeof globalThis & {
  __nationExpressDb?: AppDatabase;
  /** The file the process-wide connection opened: which one it is, to notice it replaced or gone. */
  __nationExpressDbFile?: { path: string; dev: number; ino: number };
  __nationExpressStatementTimer?: (seconds: number) => void;
};

/** Times every statement of the process-wide connection, once it opens: the server's metrics. */
export function timeProcessDatabaseStatements(observe: (seconds: number) => void): void {
  globalForDatabase.__nationExpressStatementTimer = observe;
}

/** The process-wide connection, opened on first use so that `next build` never creates a file. */
export function getDatabase(): AppDatabase {
  if (!globalForDatabase.__nationExpressDb) {
    const file = resolveDatabasePath();
    try {
      globalForDatabase.__nationExpressDb = openDatabase(file, {
        fileMustExist: true,
        onStatementTime: globalForDatabase.__nationExpressStatementTimer,
      }).db;
      const { dev, ino } = statSync(file);
      globalForDatabase.__nationExpressDbFile = { path: file, dev, ino };
    } catch (error) {
      throw new Error(
        `Cannot open the database at ${file}: ${error instanceof Error ? error.message : String(error)}. ` +
          'Run `npm start` (it creates and seeds a missing database) or set DATABASE_PATH.',
        { cause: error },
      );
    }
  }
  return globalForDatabase.__nationExpressDb;
}

/**
 * Whether the file the process-wide connection opened is still the one at its path. A file
 * deleted, or replaced by another (a restore renamed into place), goes on being read through the
 * open connection, unseen by every other process and by backups: the process must be restarted.
 */
export function isProcessDatabaseFileInPlace(): boolean {
  const opened = globalForDatabase.__nationExpressDbFile;
  if (!opened) return true;
  try {
    const { dev, ino } = statSync(opened.path);
    return dev === opened.dev && ino === opened.ino;
  } catch {
    return false;
  }
}

/** Closes the process-wide connection, if open, checkpointing its WAL into the database file. */
export function closeDatabase(): void {
  globalForDatabase.__nationExpressDb?.$client.close();
  globalForDatabase.__nationExpressDb = undefined;
  globalForDatabase.__nationExpressDbFile = undefined;
}

/** Makes `db` the process-wide connection: for tests and tools that open their own. */
export function setProcessDatabase(db: AppDatabase | undefined): void {
  globalForDatabase.__nationExpressDb = db;
  globalForDatabase.__nationExpressDbFile = undefined;
}
