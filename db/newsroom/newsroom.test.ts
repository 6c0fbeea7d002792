import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { staffSessions } from '../schema';
import { setUpTestDatabase } from '../testing/testDatabase';
import { changePassword, createStaffMember, findStaffForLogin } from './accounts';
import { hashPassword, verifyPassword } from './passwords';
import { endSession, SESSION_LIFETIME_MS, staffForSession, startSession } from './sessions';

const testDb = setUpTestDatabase({ seed: false });
const PASSWORD = 'correct horse battery staple';
/** Accounts are made before the sessions in these tests begin. */
const CREATED = new Date('2026-11-28T08:00:00Z');

describe('passwords', () => {
  it('are hashed with Argon2id at OWASP parameters, and verified', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, `${PASSWORD}!`)).toBe(false);
    expect(await verifyPassword('not a hash', PASSWORD)).toBe(false);
  });

});

describe('staff accounts', () => {
  it('are found by email whatever its case, and store only a hash', async () => {
    const member = await createStaffMember({ email: ' Asha@Example.IN ', name: 'Asha Rao', role: 'editor', password: PASSWORD });
    expect(member).toMatchObject({ email: 'asha@example.in', role: 'editor' });
    const found = findStaffForLogin('ASHA@example.in');
    expect(found?.id).toBe(member.id);
    expect(found?.passwordHash).not.toContain(PASSWORD);
  });

  it('keep a name without control characters, and refuse one too long or an email with them', async () => {
    const member = await createStaffMember({ email: 'ravi@example.in', name: 'Ravi\u0000 \u202EKumar', role: 'author', password: PASSWORD });
    expect(member.name).toBe('Ravi Kumar');
    await expect(createStaffMember({ email: 'long@example.in', name: 'a'.repeat(101), role: 'author', password: PASSWORD })).rejects.toThrow(/up to 100 characters/);
    await expect(createStaffMember({ email: 'esc\u001B@example.in', name: 'Esc', role: 'author', password: PASSWORD })).rejects.toThrow(/not an email address/);
  });

  it('refuse a taken email and a weak password', async () => {
    await expect(createStaffMember({ email: 'asha@example.in', name: 'Again', role: 'author', password: PASSWORD })).rejects.toMatchObject({
      refusal: 'email-taken',
    });
    await expect(createStaffMember({ email: 'new@example.in', name: 'New', role: 'author', password: 'weak' })).rejects.toMatchObject({
      refusal: 'password-too-short',
      message: 'The password is too weak. Use at least 12 characters.',
    });
    await expect(createStaffMember({ email: 'not an email', name: 'New', role: 'author', password: PASSWORD })).rejects.toMatchObject({
      refusal: 'not-an-email',
    });
  });
});

describe('sessions', () => {
  it('name their staff member until they expire or are ended', async () => {
    const start = new Date('2026-11-28T09:00:00Z');
    const member = await createStaffMember({ email: 'vikram@example.in', name: 'Vikram', role: 'author', password: PASSWORD }, CREATED);
    const { token, expiresAt } = startSession(member.id, start);
    expect(expiresAt.getTime() - start.getTime()).toBe(SESSION_LIFETIME_MS);
    expect(staffForSession(token, new Date(start.getTime() + 1000))?.id).toBe(member.id);
    expect(staffForSession(token, expiresAt)).toBeNull();
    expect(staffForSession('not-a-token', start)).toBeNull();
    // Only the token's hash is stored.
    const stored = testDb().db.select().from(staffSessions).where(eq(staffSessions.staffId, member.id)).all();
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);
    endSession(token);
    expect(staffForSession(token, start)).toBeNull();
  });

  it('all end when the password changes', async () => {
    const member = await createStaffMember({ email: 'meera@example.in', name: 'Meera', role: 'contributor', password: PASSWORD }, CREATED);
    const start = new Date('2026-11-28T09:00:00Z');
    const first = startSession(member.id, start);
    const second = startSession(member.id, start);
    // Both sessions are good until the password changes.
    expect(staffForSession(first.token, new Date(start.getTime() + 1000))?.id).toBe(member.id);
    await changePassword(member.id, 'a different long passphrase', new Date(start.getTime() + 60_000));
    expect(staffForSession(first.token, new Date(start.getTime() + 120_000))).toBeNull();
    expect(staffForSession(second.token, new Date(start.getTime() + 120_000))).toBeNull();
  });
});
