import { inArray, sql } from 'drizzle-orm';
import { type AppDatabase, WRITE_TRANSACTION } from '../client';
import { loginFailures } from '../schema';

/*
 * Logins are throttled per account and per address. Five failures in a row are free; after that
 * each attempt must wait, twice as long each time (30 s, 1 min, 2 min, … up to an hour), and an
 * attempt that comes too soon is refused without checking the password.
 */

export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60 * 1000;
/** Failures older than this are forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export const accountKey = (normalizedEmail: string) => `account:${normalizedEmail}`;
export const addressKey = (address: string) => `address:${address}`;

function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES));
}

/** How long (ms) before any of `keys` may try again; 0 when all may try now. */
export function loginWaitMs(db: AppDatabase, keys: readonly string[], now = new Date()): number {
  const rows = db.select().from(loginFailures).where(inArray(loginFailures.key, [...keys])).all();
  let wait = 0;
  for (const row of rows) {
    const elapsed = now.getTime() - row.lastFailureAt.getTime();
    if (elapsed > FORGET_AFTER_MS) continue;
    wait = Math.max(wait, waitAfter(row.failures) - elapsed);
  }
  return Math.max(0, wait);
}

/** Counts a failed attempt against every key. */
export function recordLoginFailure(db: AppDatabase, keys: readonly string[], now = new Date()): void {
  db.transaction((tx) => {
    for (const key of keys) {
      tx.insert(loginFailures)
        .values({ key, failures: 1, lastFailureAt: now })
        .onConflictDoUpdate({
          target: loginFailures.key,
          // A failure a day after the last starts the count again.
          set: {
            failures: sql`case when ${now.getTime()} - ${loginFailures.lastFailureAt} > ${FORGET_AFTER_MS} then 1 else ${loginFailures.failures} + 1 end`,
            lastFailureAt: now,
          },
        })
        .run();
    }
  }, WRITE_TRANSACTION);
}

/** Forgets the failures of `keys` (after a successful login). */
export function clearLoginFailures(db: AppDatabase, keys: readonly string[]): void {
  db.delete(loginFailures).where(inArray(loginFailures.key, [...keys])).run();
}
