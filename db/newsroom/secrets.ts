import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../client';
import { appSecrets } from '../schema';

/**
 * The secret called `name`, created at random on first use. Stored in the database so that every
 * app process (several may serve behind a proxy) signs and checks with the same one.
 */
export function appSecret(db: AppDatabase, name: string): Buffer {
  db.insert(appSecrets).values({ name, value: randomBytes(32).toString('base64') }).onConflictDoNothing().run();
  const row = db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name)).get();
  if (!row) throw new Error(`The secret ${name} could not be stored.`);
  return Buffer.from(row.value, 'base64');
}
