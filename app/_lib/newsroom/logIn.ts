import type { AppDatabase } from '../../../db/client';
import { findStaffForLogin, type StaffMember } from '../../../db/newsroom/accounts';
import { startSession } from '../../../db/newsroom/sessions';
import { checkPassword, newDeviceToken } from './passwordCheck';

export type LoginOutcome =
  | { kind: 'signed-in'; staff: StaffMember; token: string; expiresAt: Date; deviceToken: string }
  /** Wrong email or wrong password: the reader is not told which. */
  | { kind: 'refused' }
  | { kind: 'throttled'; retryAfterSeconds: number };

/**
 * Checks a login under the password throttle (./passwordCheck.ts); a successful one starts a
 * session and gives the browser a new device token.
 */
export async function logIn(
  db: AppDatabase,
  attempt: { email: string; password: string; address: string; deviceToken: string | undefined },
  now = new Date(),
): Promise<LoginOutcome> {
  const check = await checkPassword(db, { ...attempt, account: findStaffForLogin(db, attempt.email) }, now);
  switch (check.kind) {
    case 'throttled':
      return check;
    case 'wrong':
      return { kind: 'refused' };
    case 'right': {
      const { id, email, name, role, authorId } = check.account;
      return { kind: 'signed-in', staff: { id, email, name, role, authorId }, ...startSession(db, id, now), deviceToken: newDeviceToken(db, id) };
    }
  }
}
