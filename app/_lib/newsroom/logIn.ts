import type { AppDatabase } from '../../../db/client';
import { findStaffForLogin, normalizeEmail, type StaffMember } from '../../../db/newsroom/accounts';
import { accountKey, addressKey, clearLoginFailures, loginWaitMs, recordLoginFailure } from '../../../db/newsroom/loginThrottle';
import { verifyAgainstStandIn, verifyPassword } from '../../../db/newsroom/passwords';
import { startSession } from '../../../db/newsroom/sessions';

export type LoginOutcome =
  | { kind: 'signed-in'; staff: StaffMember; token: string; expiresAt: Date }
  /** Wrong email or wrong password: the reader is not told which. */
  | { kind: 'refused' }
  | { kind: 'throttled'; retryAfterSeconds: number };

/**
 * Checks a login. Throttled attempts are refused before the password is looked at; an unknown
 * email is checked against a stand-in hash, so it costs what a wrong password does.
 */
export async function logIn(
  db: AppDatabase,
  attempt: { email: string; password: string; address: string },
  now = new Date(),
): Promise<LoginOutcome> {
  const keys = [accountKey(normalizeEmail(attempt.email)), addressKey(attempt.address)];
  const wait = loginWaitMs(db, keys, now);
  if (wait > 0) return { kind: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
  const account = findStaffForLogin(db, attempt.email);
  const matches = account ? await verifyPassword(account.passwordHash, attempt.password) : await verifyAgainstStandIn(attempt.password);
  if (!account || !matches) {
    recordLoginFailure(db, keys, now);
    return { kind: 'refused' };
  }
  clearLoginFailures(db, keys);
  const staff = { id: account.id, email: account.email, name: account.name, role: account.role, authorId: account.authorId };
  return { kind: 'signed-in', staff, ...startSession(db, staff.id, now) };
}
