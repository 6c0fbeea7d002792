import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../client';
import { getDatabase } from '../processDatabase';
import { appSecrets } from '../schema';

/** The keys the app signs with: form tokens, and the cookies that mark a known device. */
export const APP_SECRET_NAMES = ['newsroom-form-tokens', 'newsroom-devices'] as const;
export type AppSecretName = (typeof APP_SECRET_NAMES)[number];

function insertMissingSecret(db: AppDatabase, name: AppSecretName): void {
  db.insert(appSecrets).values({ name, value: randomBytes(32).toString('base64') }).onConflictDoNothing().run();
}

/**
 * Creates, at random, each secret the database `db` lacks. Run with the migrations (on the
 * connection they migrate), so that pages which sign something (the login page's form) only read.
 */
export function createAppSecrets(db: AppDatabase): void {
  for (const name of APP_SECRET_NAMES) insertMissingSecret(db, name);
}

/**
 * The secret called `name`. Stored in the database so that every app process (several may serve
 * behind a proxy) signs and checks with the same one; one missing (a database not migrated since
 * the secret was added) is created once, here.
 */
export function appSecret(name: AppSecretName): Buffer {
  const db = getDatabase();
  const read = () => db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name)).get();
  let row = read();
  if (!row) {
    insertMissingSecret(db, name);
    row = read();
  }
  if (!row) throw new Error(`The secret ${name} could not be stored.`);
  return Buffer.from(row.value, 'base64');
}
