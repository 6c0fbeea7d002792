import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { changePassword, createStaffMember, findStaffForLogin, listStaff, setStaffRole } from './accounts';
import { hashPassword, verifyPassword } from './passwords';
import { endSession, SESSION_LIFETIME_MS, staffForSession, startSession } from './sessions';

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

describe.each(TEST_ENGINES)('the newsroom’s staff on %s', (engine) => {
  const testStore = setUpTestStore(engine, { seed: false });

  describe('staff accounts', () => {
    it('are found by email whatever its case, and store only a hash', async () => {
      const member = await createStaffMember({ email: ' Asha@Example.IN ', name: 'Asha Rao', role: 'editor', password: PASSWORD });
      expect(member).toMatchObject({ email: 'asha@example.in', role: 'editor' });
      const found = await findStaffForLogin('ASHA@example.in');
      expect(found?.id).toBe(member.id);
      expect(found?.passwordHash).not.toContain(PASSWORD);
      expect(await findStaffForLogin('nobody@example.in')).toBeNull();
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

    it('give two admins adding the same email at once one account and one refusal', async () => {
      const outcomes = await Promise.allSettled(
        ['Twin@example.in', 'twin@example.in'].map((email) => createStaffMember({ email, name: 'Twin', role: 'author', password: PASSWORD })),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({ reason: { refusal: 'email-taken' } });
    });

    it('are listed by name, and change role', async () => {
      const ravi = await findStaffForLogin('ravi@example.in');
      if (!ravi) throw new Error('Ravi is missing');
      await setStaffRole(ravi.id, 'editor');
      const listed = await listStaff();
      expect(listed.map((member) => member.email)).toEqual(['asha@example.in', 'ravi@example.in', 'twin@example.in']);
      expect(listed.find((member) => member.id === ravi.id)).toEqual({ id: ravi.id, email: 'ravi@example.in', name: 'Ravi Kumar', role: 'editor', authorId: null });
    });
  });

  describe('sessions', () => {
    it('name their staff member until they expire or are ended', async () => {
      const start = new Date('2026-11-28T09:00:00Z');
      const member = await createStaffMember({ email: 'vikram@example.in', name: 'Vikram', role: 'author', password: PASSWORD }, CREATED);
      const { token, expiresAt } = await startSession(member.id, start);
      expect(expiresAt.getTime() - start.getTime()).toBe(SESSION_LIFETIME_MS);
      expect((await staffForSession(token, new Date(start.getTime() + 1000)))?.id).toBe(member.id);
      expect(await staffForSession(token, expiresAt)).toBeNull();
      expect(await staffForSession('not-a-token', start)).toBeNull();
      // Only the token's hash is stored.
      const { read, tables: t } = testStore().store;
      const stored = await read.select({ tokenHash: t.staffSessions.tokenHash }).from(t.staffSessions).where(eq(t.staffSessions.staffId, member.id));
      expect(stored).toHaveLength(1);
      expect(stored.map((row) => row.tokenHash)).not.toContain(token);
      await endSession(token);
      expect(await staffForSession(token, start)).toBeNull();
    });

    it('all end when the password changes', async () => {
      const member = await createStaffMember({ email: 'meera@example.in', name: 'Meera', role: 'contributor', password: PASSWORD }, CREATED);
      const start = new Date('2026-11-28T09:00:00Z');
      const first = await startSession(member.id, start);
      const second = await startSession(member.id, start);
      // Both sessions are good until the password changes.
      expect((await staffForSession(first.token, new Date(start.getTime() + 1000)))?.id).toBe(member.id);
      await changePassword(member.id, 'a different long passphrase', new Date(start.getTime() + 60_000));
      expect(await staffForSession(first.token, new Date(start.getTime() + 120_000))).toBeNull();
      expect(await staffForSession(second.token, new Date(start.getTime() + 120_000))).toBeNull();
    });
  });
});
