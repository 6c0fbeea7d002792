import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import { processStore } from '../processDatabase';
import type { StaffMember } from './accounts';

/*
 * Sessions live in the database, so a session begun through one app process is valid through
 * every other, on this machine or another, and ends everywhere at once.
 */

/** A working day and then some: a newsroom shift, not a month-long login. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session and returns its token, for the cookie; only its hash is stored. */
export async function startSession(staffId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const store = await processStore();
  await store.write(async (tx, t) => {
    await tx.insert(t.staffSessions).values({ tokenHash: hashToken(token), staffId, createdAt: now, expiresAt });
    // Expired sessions of anyone are of no use: drop them while here.
    await tx.delete(t.staffSessions).where(lt(t.staffSessions.expiresAt, now));
  });
  return { token, expiresAt };
}

/**
 * The staff member whose session `token` names, or null when there is no such session, it has
 * expired, or the password changed after it began.
 */
export async function staffForSession(token: string, now = new Date()): Promise<StaffMember | null> {
  const { read, tables: t } = await processStore();
  const [row] = await read
    .select({
      id: t.staff.id,
      email: t.staff.email,
      name: t.staff.name,
      role: t.staff.role,
      authorId: t.staff.authorId,
      passwordChangedAt: t.staff.passwordChangedAt,
      createdAt: t.staffSessions.createdAt,
    })
    .from(t.staffSessions)
    .innerJoin(t.staff, eq(t.staff.id, t.staffSessions.staffId))
    .where(and(eq(t.staffSessions.tokenHash, hashToken(token)), gt(t.staffSessions.expiresAt, now)))
    .limit(1);
  if (!row || row.createdAt < row.passwordChangedAt) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, authorId: row.authorId };
}

/** Ends the session `token` names (logging out); unknown tokens are ignored. */
export async function endSession(token: string): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    await tx.delete(t.staffSessions).where(eq(t.staffSessions.tokenHash, hashToken(token)));
  });
}
