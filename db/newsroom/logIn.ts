import { findStaffForLogin, type StaffMember } from './accounts';
import { checkPassword, newDeviceToken } from './passwordCheck';
import { startSession } from './sessions';

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
  attempt: { email: string; password: string; address: string; deviceToken: string | undefined },
  now = new Date(),
): Promise<LoginOutcome> {
  const check = await checkPassword({ ...attempt, account: await findStaffForLogin(attempt.email) }, now);
  switch (check.kind) {
    case 'throttled':
      return check;
    case 'wrong':
      return { kind: 'refused' };
    case 'right': {
      const { id, email, name, role, authorId } = check.account;
      const session = await startSession(id, now);
      return { kind: 'signed-in', staff: { id, email, name, role, authorId }, ...session, deviceToken: await newDeviceToken(id) };
    }
  }
}
