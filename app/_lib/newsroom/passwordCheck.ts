import type { AppDatabase } from '../../../db/client';
import { normalizeEmail } from '../../../db/newsroom/accounts';
import {
  accountKey,
  addressKey,
  clearPasswordFailures,
  deviceKey,
  passwordWaitMs,
  recordPasswordFailure,
} from '../../../db/newsroom/passwordThrottle';
import { verifyAgainstStandIn, verifyPassword } from '../../../db/newsroom/passwords';
import { isPublishedDemoPassword } from '../../../db/newsroom/demoAccounts';
import { appSecret } from '../../../db/newsroom/secrets';
import { isLocalOrigin } from '../../../lib/settings';
import { SITE_URL } from '../../../lib/site';
import { deviceIdFor, issueDeviceToken } from '../../../lib/newsroom/deviceToken';

/*
 * Every check of a staff password (logging in, changing one's password) goes through here, under
 * one throttle that a stranger cannot use to lock a member of staff out (OWASP's "device cookies"):
 * - A browser that logs in gets a device cookie: the account's id and a random id, signed.
 * - From a known device (a genuine cookie for the account tried), failures count against that
 *   device alone. Strangers' failures never touch its allowance, wherever it connects from.
 * - From anywhere else, failures count against the account and against the client's address, and
 *   either being throttled refuses the attempt: guessing one account, or many from one address,
 *   is slowed, while the account's own devices go on logging in.
 * - Each count allows five failures, then waits 30 s, 1 min, 2 min, … up to an hour
 *   (db/newsroom/passwordThrottle.ts). An attempt that comes too soon is refused without the
 *   password being checked. A right password forgets its device's failures; the counts of an
 *   account or an address are shared with strangers and are not forgotten by one person's success.
 * - An unknown email is checked against a stand-in hash, at the cost of a real one.
 * - On a public SITE_URL a password published with the demo content is always wrong.
 */

const DEVICE_SECRET = 'newsroom-devices';

interface Account {
  id: number;
  passwordHash: string;
}

export interface PasswordAttempt<A extends Account> {
  /** The account whose password is tried; undefined for an email that has none. */
  account: A | undefined;
  /** The email as given, whose count an unknown account's failures go to. */
  email: string;
  password: string;
  /** The device cookie the browser sent, if any. */
  deviceToken: string | undefined;
  /** The client's address, as the HTTP server found it. */
  address: string;
}

export type PasswordCheck<A extends Account> = { kind: 'right'; account: A } | { kind: 'wrong' } | { kind: 'throttled'; retryAfterSeconds: number };

/** Checks a password under the throttle. */
export async function checkPassword<A extends Account>(db: AppDatabase, attempt: PasswordAttempt<A>, now = new Date()): Promise<PasswordCheck<A>> {
  const { account } = attempt;
  // Read whether or not the account exists, so that an unknown email costs the same.
  const secret = appSecret(db, DEVICE_SECRET);
  const deviceId = account ? deviceIdFor(secret, account.id, attempt.deviceToken) : null;
  const keys =
    account && deviceId ? [deviceKey(account.id, deviceId)] : [accountKey(normalizeEmail(attempt.email)), addressKey(attempt.address)];
  const wait = passwordWaitMs(db, keys, now);
  if (wait > 0) return { kind: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
  const verified = account ? await verifyPassword(account.passwordHash, attempt.password) : await verifyAgainstStandIn(attempt.password);
  // A demo password opens nothing on a public site, whatever put the account there (a seed run
  // against it, a copied demo database): it is checked all the same, so the answer costs the same.
  const right = verified && (isLocalOrigin(SITE_URL) || !isPublishedDemoPassword(attempt.password));
  if (!account || !right) {
    recordPasswordFailure(db, keys, now);
    return { kind: 'wrong' };
  }
  if (deviceId) clearPasswordFailures(db, keys);
  return { kind: 'right', account };
}

/** A new device token for a browser that has just logged in to `staffId`'s account. */
export function newDeviceToken(db: AppDatabase, staffId: number): string {
  return issueDeviceToken(appSecret(db, DEVICE_SECRET), staffId);
}
