import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { openDatabase } from '../client';
import { copySiteToPostgres } from '../copyToPostgres';
import { migrateStore } from '../migrate';
import { CONNECT_TIMEOUT_MS } from '../postgres/client';
import * as postgresSchema from '../postgres/schema';
import { openPostgresStore, postgresStoreOn } from '../postgres/store';
import { setProcessStore } from '../processDatabase';
import { prepareDatabase } from '../prepare';
import { openSqliteStore } from '../sqliteStore';
import type { DatabaseEngine, Store } from '../store';
import { createDatabase } from './postgresServer';

/** The engines every query's tests run on. */
export const TEST_ENGINES: readonly DatabaseEngine[] = ['sqlite', 'postgres'];

export interface TestStore {
  store: Store;
  /** Every statement run through Drizzle since the last test began. */
  statements: { query: string; params: unknown[] }[];
  /** Opens another store on the same database, as another process would; the caller closes it. */
  openAnother(): Promise<Store>;
}

let databasesMade = 0;

/** A PostgreSQL database name no other test file of this run uses. */
function freshDatabaseName(): string {
  databasesMade += 1;
  return `test_${process.pid}_${databasesMade}_${Date.now().toString(36)}`;
}

/**
 * Gives the tests of one file (or describe block) a fresh store on `engine`, installed as the
 * process's store: prepared exactly as `npm start` prepares a database (migrations, and the demo
 * content unless `seed` is false). On PostgreSQL the content is the SQLite demo site copied over,
 * as `npm run db:copy` moves a site.
 */
export function setUpTestStore(engine: DatabaseEngine, { seed = true }: { seed?: boolean } = {}): () => TestStore {
  let testStore: TestStore | undefined;
  const cleanUps: (() => Promise<void> | void)[] = [];
  beforeAll(async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-test-'));
    cleanUps.push(() => rmSync(directory, { recursive: true, force: true }));
    const file = path.join(directory, 'test.sqlite');
    await prepareDatabase(file, { demoContent: seed });
    const statements: TestStore['statements'] = [];
    const onQuery = (query: string, params: unknown[]) => statements.push({ query, params });
    let store: Store;
    let openAnother: () => Promise<Store>;
    switch (engine) {
      case 'sqlite': {
        store = openSqliteStore(file, { onQuery });
        openAnother = async () => openSqliteStore(file);
        break;
      }
      case 'postgres': {
        const database = await createDatabase(inject('postgresUrl'), freshDatabaseName());
        cleanUps.push(database.drop);
        store = await openPostgresStore(database.url, { onQuery });
        openAnother = () => openPostgresStore(database.url);
        await migrateStore(store);
        if (seed) {
          const { sqlite, db } = openDatabase(file, { fileMustExist: true });
          try {
            await copySiteToPostgres(db, store.database);
          } finally {
            sqlite.close();
          }
        }
        break;
      }
    }
    cleanUps.push(() => store.close());
    setProcessStore(store);
    testStore = { store, statements, openAnother };
  });
  afterAll(async () => {
    setProcessStore(undefined);
    for (const cleanUp of cleanUps.reverse()) await cleanUp();
  });
  beforeEach(() => {
    if (testStore) testStore.statements.length = 0;
  });
  return () => {
    if (!testStore) throw new Error('The test store exists only while tests run');
    return testStore;
  };
}

/** A port on this machine on which nothing listens: a probe socket's, closed again. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not read the port of a probe socket');
  return address.port;
}

/**
 * Gives the tests of one file (or describe block), as the process's store, one on a PostgreSQL
 * server that cannot be reached: nothing listens where it points, as while the server is stopped.
 * Every read and write through it fails as it would during an outage.
 */
export function setUpUnreachableStore(): void {
  let store: Store | undefined;
  beforeAll(async () => {
    const pool = new pg.Pool({ connectionString: `postgres://site@127.0.0.1:${await closedPort()}/site`, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    store = postgresStoreOn(drizzle({ client: pool, schema: postgresSchema }));
    setProcessStore(store);
  });
  afterAll(async () => {
    setProcessStore(undefined);
    await store?.close();
  });
}
