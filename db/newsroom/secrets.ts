import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { processStore } from '../processDatabase';
import type { Tables, WriteHandle } from '../store';

/** The keys the app signs with: form tokens, and the cookies that mark a known device. */
export const APP_SECRET_NAMES = ['newsroom-form-tokens', 'newsroom-devices'] as const;
export type AppSecretName = (typeof APP_SECRET_NAMES)[number];

/** A new random value for each of `names`, as rows of app_secrets. */
export function newAppSecretRows(names: readonly AppSecretName[] = APP_SECRET_NAMES): { name: AppSecretName; value: string }[] {
  return names.map((name) => ({ name, value: randomBytes(32).toString('base64') }));
}

/**
 * Creates, at random, each secret the database lacks, in the transaction `tx`. Run with the
 * migrations, so that pages which sign something (the login page's form) only read.
 */
export async function createAppSecrets(tx: WriteHandle, t: Tables): Promise<void> {
  await tx.insert(t.appSecrets).values(newAppSecretRows()).onConflictDoNothing();
}

/**
 * The secret called `name`. Stored in the database so that every app process (several may serve
 * behind a proxy, on several machines) signs and checks with the same one; one missing (a
 * database not migrated since the secret was added) is created once, here: the first process to
 * insert it wins, and every process reads the winner's.
 */
export async function appSecret(name: AppSecretName): Promise<Buffer> {
  const store = await processStore();
  const t = store.tables;
  const read = async () => {
    const [row] = await store.read.select({ value: t.appSecrets.value }).from(t.appSecrets).where(eq(t.appSecrets.name, name)).limit(1);
    return row;
  };
  let row = await read();
  if (!row) {
    await store.write(async (tx) => {
      await tx.insert(t.appSecrets).values(newAppSecretRows([name])).onConflictDoNothing();
    });
    row = await read();
  }
  if (!row) throw new Error(`The secret ${name} could not be stored.`);
  return Buffer.from(row.value, 'base64');
}
