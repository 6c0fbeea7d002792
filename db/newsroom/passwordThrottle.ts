import { inArray, lt, sql } from 'drizzle-orm';
import { processStore } from '../processDatabase';

/*
 * Failed password checks, counted under keys (./passwordCheck.ts chooses which) in the database,
 * so that every app process, on any machine, counts against the same allowance.
 * Five failures in a row are free; after that each attempt must wait, twice as long each time
 * (30 s, 1 min, 2 min, … up to an hour), and one that comes too soon is refused unchecked.
 */

export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60 * 1000;
/** Failures older than this are forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

// A typed email may hold NUL, which no key can (db/storableText.ts): U+FFFD stands in for it.
export const accountKey = (normalizedEmail: string) => `account:${normalizedEmail.replaceAll('\u0000', '\uFFFD')}`;
export const addressKey = (address: string) => `address:${address}`;
export const deviceKey = (staffId: number, deviceId: string) => `device:${staffId}:${deviceId}`;

function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES));
}

/** How long (ms) before any of `keys` may try again; 0 when all may try now. */
export async function passwordWaitMs(keys: readonly string[], now = new Date()): Promise<number> {
  const { read, tables: t } = await processStore();
  const rows = await read
    .select({ failures: t.loginFailures.failures, lastFailureAt: t.loginFailures.lastFailureAt })
    .from(t.loginFailures)
    .where(inArray(t.loginFailures.key, [...keys]));
  let wait = 0;
  for (const row of rows) {
    const elapsed = now.getTime() - row.lastFailureAt.getTime();
    if (elapsed > FORGET_AFTER_MS) continue;
    wait = Math.max(wait, waitAfter(row.failures) - elapsed);
  }
  return Math.max(0, wait);
}

/**
 * Counts a failed check against every key, and drops counts old enough to be forgotten. Each
 * count is one upsert that adds to the row as it stands when written, so failures arriving at
 * once through several processes are each counted. Each is its own transaction, and so is the
 * clean-up: a transaction holding one row's lock never waits for another's, so concurrent
 * failures cannot deadlock on PostgreSQL.
 */
export async function recordPasswordFailure(keys: readonly string[], now = new Date()): Promise<void> {
  const store = await processStore();
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  for (const key of keys) {
    await store.write(async (tx, t) => {
      await tx
        .insert(t.loginFailures)
        .values({ key, failures: 1, lastFailureAt: now })
        .onConflictDoUpdate({
          target: t.loginFailures.key,
          // A failure a day after the last starts the count again.
          set: {
            failures: sql`case when ${lt(t.loginFailures.lastFailureAt, forgetBefore)} then 1 else ${t.loginFailures.failures} + 1 end`,
            lastFailureAt: now,
          },
        });
    });
  }
  // Each address an attacker tries from leaves a row: they go once forgotten.
  await store.write(async (tx, t) => {
    await tx.delete(t.loginFailures).where(lt(t.loginFailures.lastFailureAt, forgetBefore));
  });
}

/** Forgets the failures of `keys` (after a right password). */
export async function clearPasswordFailures(keys: readonly string[]): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    await tx.delete(t.loginFailures).where(inArray(t.loginFailures.key, [...keys]));
  });
}
