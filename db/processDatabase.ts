import { statSync } from 'node:fs';
import path from 'node:path';
import { settings } from '../lib/settings';
import { ANSWER_TIMEOUT_MS } from './postgres/client';
import { openPostgresStore } from './postgres/store';
import { openSqliteStore } from './sqliteStore';
import type { Store } from './store';

/*
 * This process's database: the one store (db/store.ts) every read and write of db/ goes through,
 * opened on first use. Code outside db/ never holds it; it may find its file, time it, check it and close it.
 */

/** The database file this process uses: `DATABASE_PATH`, or a file under db/data/. */
export function resolveDatabasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), settings().databasePath);
}

// One store per process, kept on globalThis so development reloads reuse it.
const globalForDatabase = globalThis as typeof globalThis & {
  /** The SQLite file the process's store opened: which one it is, to notice it replaced or gone. */
  __nationExpressDbFile?: { path: string; dev: number; ino: number };
  __nationExpressStatementTimer?: (seconds: number) => void;
  __nationExpressStore?: Promise<Store>;
};

/** Times every statement of the process's store, once it opens: the server's metrics. */
export function timeProcessDatabaseStatements(observe: (seconds: number) => void): void {
  globalForDatabase.__nationExpressStatementTimer = observe;
}

/**
 * This process's store (db/store.ts): PostgreSQL when `DATABASE_URL` is set, else the SQLite file
 * at `DATABASE_PATH`, which must exist. Opened on first use, so that `next build` never opens one;
 * a failed open is tried again by the next call.
 */
export function processStore(): Promise<Store> {
  globalForDatabase.__nationExpressStore ??= openProcessStore().catch((error: unknown) => {
    globalForDatabase.__nationExpressStore = undefined;
    throw error;
  });
  return globalForDatabase.__nationExpressStore;
}

async function openProcessStore(): Promise<Store> {
  const { databaseUrl } = settings();
  if (databaseUrl !== undefined) {
    return openPostgresStore(databaseUrl, { onStatementTime: globalForDatabase.__nationExpressStatementTimer, answerTimeoutMs: ANSWER_TIMEOUT_MS });
  }
  const file = resolveDatabasePath();
  try {
    const store = openSqliteStore(file, { onStatementTime: globalForDatabase.__nationExpressStatementTimer });
    const { dev, ino } = statSync(file);
    globalForDatabase.__nationExpressDbFile = { path: file, dev, ino };
    return store;
  } catch (error) {
    throw new Error(
      `Cannot open the database at ${file}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Run `npm start` (it creates and seeds a missing database) or set DATABASE_PATH.',
      { cause: error },
    );
  }
}

/** Makes `store` this process's store: for tests and tools that open their own. */
export function setProcessStore(store: Store | undefined): void {
  globalForDatabase.__nationExpressStore = store && Promise.resolve(store);
  globalForDatabase.__nationExpressDbFile = undefined;
}

/** Closes this process's store, if open. */
export async function closeProcessStore(): Promise<void> {
  const store = globalForDatabase.__nationExpressStore;
  globalForDatabase.__nationExpressStore = undefined;
  globalForDatabase.__nationExpressDbFile = undefined;
  // A store that failed to open has nothing to close.
  const opened = await store?.catch(() => undefined);
  await opened?.close();
}

/**
 * Whether the SQLite file the process's store opened is still the one at its path. A file
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
