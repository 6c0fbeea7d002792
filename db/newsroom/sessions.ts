import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import { WRITE_TRANSACTION } from '../client';
import { getDatabase } from '../processDatabase';
import { staff, staffSessions } from '../schema';
import type { StaffMember } from './accounts';

/** A working day and then some: a newsroom shift, not a month-long login. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session and returns its token, for the cookie; only its hash is stored. */
export function startSession(staffId: number, now = new Date()): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  getDatabase().transaction((tx) => {
    tx.insert(staffSessions).values({ tokenHash: hashToken(token), staffId, createdAt: now, expiresAt }).run();
    // Expired sessions of anyone are of no use: drop them while here.
    tx.delete(staffSessions).where(lt(staffSessions.expiresAt, now)).run();
  }, WRITE_TRANSACTION);
  return { token, expiresAt };
}

/**
 * The staff member whose session `token` names, or null when there is no such session, it has
 * expired, or the password changed after it began.
 */
export function staffForSession(token: string, now = new Date()): StaffMember | null {
  const row = getDatabase()
    .select({
      id: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      authorId: staff.authorId,
      passwordChangedAt: staff.passwordChangedAt,
      createdAt: staffSessions.createdAt,
    })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(and(eq(staffSessions.tokenHash, hashToken(token)), gt(staffSessions.expiresAt, now)))
    .get();
  if (!row || row.createdAt < row.passwordChangedAt) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, authorId: row.authorId };
}

/** Ends the session `token` names (logging out); unknown tokens are ignored. */
export function endSession(token: string): void {
  getDatabase().delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token))).run();
}
