import { inArray, lt, sql } from 'drizzle-orm';
import { WRITE_TRANSACTION } from '../client';
import { getDatabase } from '../processDatabase';
import { loginFailures } from '../schema';

/*
 * Failed password checks, counted under keys (./passwordCheck.ts chooses which).
 * Five failures in a row are free; after that each attempt must wait, twice as long each time
 * (30 s, 1 min, 2 min, … up to an hour), and one that comes too soon is refused unchecked.
 */

export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60 * 1000;
/** Failures older than this are forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export const accountKey = (normalizedEmail: string) => `account:${normalizedEmail}`;
export const addressKey = (address: string) => `address:${address}`;
export const deviceKey = (staffId: number, deviceId: string) => `device:${staffId}:${deviceId}`;

function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES));
}

/** How long (ms) before any of `keys` may try again; 0 when all may try now. */
export function passwordWaitMs(keys: readonly string[], now = new Date()): number {
  const rows = getDatabase().select().from(loginFailures).where(inArray(loginFailures.key, [...keys])).all();
  let wait = 0;
  for (const row of rows) {
    const elapsed = now.getTime() - row.lastFailureAt.getTime();
    if (elapsed > FORGET_AFTER_MS) continue;
    wait = Math.max(wait, waitAfter(row.failures) - elapsed);
  }
  return Math.max(0, wait);
}

/** Counts a failed check against every key, and drops counts old enough to be forgotten. */
export function recordPasswordFailure(keys: readonly string[], now = new Date()): void {
  getDatabase().transaction((tx) => {
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
    // Each address an attacker tries from leaves a row: they go once forgotten.
    tx.delete(loginFailures).where(lt(loginFailures.lastFailureAt, new Date(now.getTime() - FORGET_AFTER_MS))).run();
  }, WRITE_TRANSACTION);
}

/** Forgets the failures of `keys` (after a right password). */
export function clearPasswordFailures(keys: readonly string[]): void {
  getDatabase().delete(loginFailures).where(inArray(loginFailures.key, [...keys])).run();
}
