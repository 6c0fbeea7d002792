import { isLocalOrigin } from '../../lib/settings';
import { SITE_URL } from '../../lib/site';
import { deviceIdFor, issueDeviceToken } from '../../lib/newsroom/deviceToken';
import { Refused } from '../../lib/newsroom/refusals';
import { changePassword, findStaffForLogin, normalizeEmail, type StaffMember } from './accounts';
import { isPublishedDemoPassword } from './demoAccounts';
import { accountKey, addressKey, clearPasswordFailures, deviceKey, passwordWaitMs, recordPasswordFailure } from './passwordThrottle';
import { verifyAgainstStandIn, verifyPassword } from './passwords';
import { appSecret } from './secrets';

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
 *   (./passwordThrottle.ts). An attempt that comes too soon is refused without the
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
  /** The account whose password is tried; null for an email that has none. */
  account: A | null;
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
export async function checkPassword<A extends Account>(attempt: PasswordAttempt<A>, now = new Date()): Promise<PasswordCheck<A>> {
  const { account } = attempt;
  // Read whether or not the account exists, so that an unknown email costs the same.
  const secret = await appSecret(DEVICE_SECRET);
  const deviceId = account ? deviceIdFor(secret, account.id, attempt.deviceToken) : null;
  const keys =
    account && deviceId ? [deviceKey(account.id, deviceId)] : [accountKey(normalizeEmail(attempt.email)), addressKey(attempt.address)];
  const wait = await passwordWaitMs(keys, now);
  if (wait > 0) return { kind: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
  const verified = account ? await verifyPassword(account.passwordHash, attempt.password) : await verifyAgainstStandIn(attempt.password);
  // A demo password opens nothing on a public site, whatever put the account there (a seed run
  // against it, a copied demo database): it is checked all the same, so the answer costs the same.
  const right = verified && (isLocalOrigin(SITE_URL) || !isPublishedDemoPassword(attempt.password));
  if (!account || !right) {
    await recordPasswordFailure(keys, now);
    return { kind: 'wrong' };
  }
  if (deviceId) await clearPasswordFailures(keys);
  return { kind: 'right', account };
}

/** A new device token for a browser that has just logged in to `staffId`'s account. */
export async function newDeviceToken(staffId: number): Promise<string> {
  return issueDeviceToken(await appSecret(DEVICE_SECRET), staffId);
}

/** Changing one's own password: who, from where, and the fields of the form. */
export interface OwnPasswordChange {
  staff: StaffMember;
  current: string;
  password: string;
  repeat: string;
  deviceToken: string | undefined;
  address: string;
}

/**
 * Changes one's own password once the current one is right, checked under the same throttle as
 * logging in (a session alone does not let anyone guess it); every session of the account ends.
 * Throws Refused for a current password that is wrong or tried too often, two new ones that
 * differ, or a new one that will not do.
 */
export async function changeOwnPassword(change: OwnPasswordChange, now = new Date()): Promise<void> {
  const { staff } = change;
  const check = await checkPassword(
    { account: await findStaffForLogin(staff.email), email: staff.email, password: change.current, deviceToken: change.deviceToken, address: change.address },
    now,
  );
  if (check.kind === 'throttled') throw new Refused('too-many-attempts');
  if (check.kind === 'wrong') throw new Refused('wrong-password');
  if (change.password !== change.repeat) throw new Refused('passwords-differ');
  await changePassword(staff.id, change.password, now);
}
