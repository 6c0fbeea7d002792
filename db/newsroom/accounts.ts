import { eq } from 'drizzle-orm';
import { MAX_STAFF_NAME_LENGTH } from '../../lib/textLimits';
import { isCleanText, typedTextWithin } from '../../lib/typedText';
import { processStore } from '../processDatabase';
import { isStorableText } from '../storableText';
import type { Tables } from '../store';
import type { StaffRole } from '../../lib/newsroom/permissions';
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

const staffColumns = (t: Tables) => ({ id: t.staff.id, email: t.staff.email, name: t.staff.name, role: t.staff.role, authorId: t.staff.authorId });

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
  const store = await processStore();
  // The email's uniqueness decides, in the insert itself: two admins adding the same email at
  // once, through any processes, get one account and one refusal.
  const [created] = await store.write((tx, t) =>
    tx
      .insert(t.staff)
      .values({ email, name, role: member.role, passwordHash, passwordChangedAt: now, authorId: member.authorId ?? null, createdAt: now })
      .onConflictDoNothing({ target: t.staff.email })
      .returning(staffColumns(t)),
  );
  if (!created) throw new Refused('email-taken');
  return created;
}

/** The account and its password hash, for logging in. */
export async function findStaffForLogin(email: string): Promise<(StaffMember & { passwordHash: string }) | null> {
  if (!isStorableText(email)) return null;
  const { read, tables: t } = await processStore();
  const [member] = await read
    .select({ ...staffColumns(t), passwordHash: t.staff.passwordHash })
    .from(t.staff)
    .where(eq(t.staff.email, normalizeEmail(email)))
    .limit(1);
  return member ?? null;
}

/** Sets a new password and ends every session of the account, all in one transaction; throws Refused for a weak one. */
export async function changePassword(staffId: number, password: string, now = new Date()): Promise<void> {
  const problem = newPasswordProblem(password);
  if (problem) throw new Refused(problem);
  const passwordHash = await hashPassword(password);
  const store = await processStore();
  await store.write(async (tx, t) => {
    await tx.update(t.staff).set({ passwordHash, passwordChangedAt: now }).where(eq(t.staff.id, staffId));
    await tx.delete(t.staffSessions).where(eq(t.staffSessions.staffId, staffId));
  });
}

/** Every staff member, by name. */
export async function listStaff(): Promise<StaffMember[]> {
  const { read, tables: t } = await processStore();
  return read.select(staffColumns(t)).from(t.staff).orderBy(t.staff.name, t.staff.id);
}

/** Changes a member's role; their sessions go on, with the new role from their next request. */
export async function setStaffRole(staffId: number, role: StaffRole): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    await tx.update(t.staff).set({ role }).where(eq(t.staff.id, staffId));
  });
}
