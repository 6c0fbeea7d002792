import { eq } from 'drizzle-orm';
import { MAX_STAFF_NAME_LENGTH } from '../../lib/textLimits';
import { isCleanText, typedTextWithin } from '../../lib/typedText';
import { WRITE_TRANSACTION } from '../client';
import { getDatabase } from '../processDatabase';
import type { StaffRole } from '../../lib/newsroom/permissions';
import { staff, staffSessions } from '../schema';
import { Refused, type Refusal } from '../../lib/newsroom/refusals';
import { passwordProblem } from '../../lib/newsroom/passwordRules';
import { isPublishedDemoPassword } from './demoAccounts';
import { hashPassword } from './passwords';

export interface StaffMember {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  authorId: number | null;
}

const STAFF_COLUMNS = { id: staff.id, email: staff.email, name: staff.name, role: staff.role, authorId: staff.authorId };

/** Emails are compared without regard to case or surrounding space. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface NewStaffMember {
  email: string;
  name: string;
  role: StaffRole;
  password: string;
  authorId?: number | null;
}

/** Why a new password is refused: too short or long, or one of the demo accounts' (they are in the README). */
function newPasswordProblem(password: string): Refusal | null {
  return passwordProblem(password) ?? (isPublishedDemoPassword(password) ? 'password-published' : null);
}

/** Creates an account; throws Refused for a weak password, a malformed or a taken email. */
export async function createStaffMember(member: NewStaffMember, now = new Date()): Promise<StaffMember> {
  const problem = newPasswordProblem(member.password);
  if (problem) throw new Refused(problem);
  const email = normalizeEmail(member.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || !isCleanText(email)) throw new Refused('not-an-email');
  // Shown in the newsroom beside every change they make: cleaned of control characters and the like.
  const name = typedTextWithin(member.name, 'line', MAX_STAFF_NAME_LENGTH);
  if (!name) throw new Refused('staff-name');
  const passwordHash = await hashPassword(member.password);
  // The check and the insert in one transaction: two admins adding the same email at once get one account and one refusal.
  return getDatabase().transaction((tx) => {
    if (tx.select({ id: staff.id }).from(staff).where(eq(staff.email, email)).get()) throw new Refused('email-taken');
    return tx
      .insert(staff)
      .values({
        email,
        name,
        role: member.role,
        passwordHash,
        passwordChangedAt: now,
        authorId: member.authorId ?? null,
        createdAt: now,
      })
      .returning(STAFF_COLUMNS)
      .get();
  }, WRITE_TRANSACTION);
}

/** The account and its password hash, for logging in. */
export function findStaffForLogin(email: string): (StaffMember & { passwordHash: string }) | undefined {
  return getDatabase()
    .select({ ...STAFF_COLUMNS, passwordHash: staff.passwordHash })
    .from(staff)
    .where(eq(staff.email, normalizeEmail(email)))
    .get();
}

/** Sets a new password and ends every session of the account, all in one transaction; throws Refused for a weak one. */
export async function changePassword(staffId: number, password: string, now = new Date()): Promise<void> {
  const problem = newPasswordProblem(password);
  if (problem) throw new Refused(problem);
  const passwordHash = await hashPassword(password);
  getDatabase().transaction((tx) => {
    tx.update(staff).set({ passwordHash, passwordChangedAt: now }).where(eq(staff.id, staffId)).run();
    tx.delete(staffSessions).where(eq(staffSessions.staffId, staffId)).run();
  }, WRITE_TRANSACTION);
}

/** Every staff member, by name. */
export function listStaff(): StaffMember[] {
  return getDatabase().select(STAFF_COLUMNS).from(staff).orderBy(staff.name).all();
}

/** Changes a member's role; their sessions go on, with the new role from their next request. */
export function setStaffRole(staffId: number, role: StaffRole): void {
  getDatabase().update(staff).set({ role }).where(eq(staff.id, staffId)).run();
}
