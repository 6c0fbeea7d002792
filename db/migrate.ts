import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase, type AppDatabase } from './client';
import { createAppSecrets, newAppSecretRows } from './newsroom/secrets';
import { appSecrets } from './schema';
import { migratePostgresDatabase } from './postgres/migrate';
import type { Store } from './store';

const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, 'migrations');

/** Applies every migration not yet applied, and creates the app's secrets; safe to run on each start. */
export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  db.insert(appSecrets).values(newAppSecretRows()).onConflictDoNothing().run();
}

/** Migrates the database at `file`, creating an empty one when there is none. */
export function migrateDatabaseAt(file: string): void {
  const { sqlite, db } = openDatabase(file);
  try {
    migrateDatabase(db);
  } finally {
    sqlite.close();
  }
}

/** Applies every migration of the store's engine not yet applied; safe to run on each start. */
export async function migrateStore(store: Store): Promise<void> {
  switch (store.engine) {
    case 'sqlite':
      migrateDatabase(store.writer);
      return;
    case 'postgres':
      await migratePostgresDatabase(store.database);
      await store.write((tx, t) => createAppSecrets(tx, t));
      return;
  }
}
