import { AsyncLocalStorage } from 'node:async_hooks';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { AppDatabase } from './client';
import type { PostgresDatabase } from './postgres/client';
import type * as tables from './postgres/schema';

/*
 * The one data-access interface of db/: the site's queries are written once against it and run
 * on either engine. Drizzle types every table and query builder by dialect, so one of the two must
 * name the types: PostgreSQL's, whose builders are asynchronous already. SQLite's builders have the
 * same methods for everything these handles allow and are awaited the same way; what only
 * PostgreSQL has (row locks, DISTINCT ON) compiles but fails on SQLite, which is why every query's
 * tests run on both engines. Where the engines truly differ (search, backups, locks), each has its
 * own implementation, reached by narrowing `Store` on `engine`.
 */

export type DatabaseEngine = 'sqlite' | 'postgres';

/** The tables the queries name: the engine's own at run time, typed as PostgreSQL's. */
export type Tables = typeof tables;

type CommonDatabase = NodePgDatabase<Tables>;
type CommonTransaction = Parameters<Parameters<CommonDatabase['transaction']>[0]>[0];

/** What reads may do: select. Writes go through `Store.write`, in a transaction. */
export type ReadHandle = Pick<CommonDatabase, 'select' | 'selectDistinct' | '$count'>;

/** What a write transaction may do. */
export type WriteHandle = Pick<CommonTransaction, 'select' | 'selectDistinct' | '$count' | 'insert' | 'update' | 'delete'>;

interface StoreBase {
  readonly tables: Tables;
  /** Reads outside a transaction. */
  readonly read: ReadHandle;
  /**
   * Runs `work` in one transaction, which commits what it wrote when `work` returns and nothing
   * when it throws. Must not be called from inside `work`: what writes as part of a larger change
   * takes the transaction and the tables as arguments.
   */
  write<T>(work: (tx: WriteHandle, t: Tables) => Promise<T>): Promise<T>;
  /** Closes the connections. */
  close(): Promise<void>;
}

export interface SqliteStore extends StoreBase {
  readonly engine: 'sqlite';
  /** The database file. */
  readonly file: string;
  /** The connection reads go through, for what only SQLite has (FTS5, pragmas). */
  readonly reader: AppDatabase;
  /** The connection transactions write through, one at a time. */
  readonly writer: AppDatabase;
}

export interface PostgresStore extends StoreBase {
  readonly engine: 'postgres';
  /** The pool, for what only PostgreSQL has (full-text search, advisory locks, LISTEN). */
  readonly database: PostgresDatabase;
}

export type Store = SqliteStore | PostgresStore;

const insideWrite = new AsyncLocalStorage<true>();

/**
 * Runs `transaction` unless it is called from inside another write of this process, which would
 * wait for itself forever on SQLite (one writer at a time) and write outside the outer
 * transaction on PostgreSQL. A function that writes as part of a larger change takes a WriteHandle.
 */
export function runOutsideWrites<T>(transaction: () => Promise<T>): Promise<T> {
  if (insideWrite.getStore()) {
    return Promise.reject(new Error('A write was started inside another: pass the transaction (WriteHandle) instead.'));
  }
  return insideWrite.run(true, transaction);
}
