import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStaffMember } from '../../../db/newsroom/accounts';
import { startSession } from '../../../db/newsroom/sessions';
import { TEST_ENGINES, setUpTestStore } from '../../../db/testing/testStore';

/** The request's cookies, as next/headers gives them to pages, Server Actions and route handlers alike. */
const requestCookies = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (requestCookies.has(name) ? { name, value: requestCookies.get(name) } : undefined) }),
}));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect to ${to}`);
  },
}));

const { currentStaff, endCurrentSession, requireStaff, requireStaffAllowed, SESSION_COOKIE } = await import('./session');

const PASSWORD = 'correct horse battery staple';

beforeEach(() => requestCookies.clear());

describe.each(TEST_ENGINES)('the session check on %s', (engine) => {
  setUpTestStore(engine, { seed: false });

  it('knows the staff member whose session the cookie names, and no one else', async () => {
    const author = await createStaffMember({ email: 'asha@example.in', name: 'Asha', role: 'author', password: PASSWORD });
    expect(await currentStaff()).toBeNull();
    requestCookies.set(SESSION_COOKIE, 'not-a-session');
    expect(await currentStaff()).toBeNull();
    await expect(requireStaff()).rejects.toThrow(/^redirect to \/newsroom\/login$/);
    requestCookies.set(SESSION_COOKIE, (await startSession(author.id)).token);
    expect(await currentStaff()).toMatchObject({ id: author.id, role: 'author' });
    expect(await requireStaff()).toMatchObject({ id: author.id });
  });

  it('sends someone not allowed an action back to the story list, and anyone signed out to the login page', async () => {
    const contributor = await createStaffMember({ email: 'vikram@example.in', name: 'Vikram', role: 'contributor', password: PASSWORD });
    await expect(requireStaffAllowed({ kind: 'manage-taxonomy' })).rejects.toThrow(/^redirect to \/newsroom\/login$/);
    requestCookies.set(SESSION_COOKIE, (await startSession(contributor.id)).token);
    await expect(requireStaffAllowed({ kind: 'manage-taxonomy' })).rejects.toThrow(/^redirect to \/newsroom$/);
    expect(await requireStaffAllowed({ kind: 'create-story' })).toMatchObject({ id: contributor.id });
  });

  it('ends the session the cookie names, on the server', async () => {
    const editor = await createStaffMember({ email: 'meera@example.in', name: 'Meera', role: 'editor', password: PASSWORD });
    requestCookies.set(SESSION_COOKIE, (await startSession(editor.id)).token);
    await endCurrentSession();
    expect(await currentStaff()).toBeNull();
  });
});
