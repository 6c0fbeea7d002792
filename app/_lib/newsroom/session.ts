import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { StaffMember } from '../../../db/newsroom/accounts';
import { endSession, staffForSession } from '../../../db/newsroom/sessions';
import { can, type NewsroomAction } from '../../../lib/newsroom/permissions';
import { NEWSROOM_PREFIX } from '../../../lib/paths';

/*
 * The one check of who is signed in, for every newsroom page, Server Action and route handler:
 * each reads the request's session cookie through next/headers, and the database says whose
 * session it is (db/newsroom/sessions.ts).
 */

export const SESSION_COOKIE = 'nx_session';
/** Marks a browser that has logged in to an account before (db/newsroom/passwordCheck.ts). */
export const DEVICE_COOKIE = 'nx_device';
export const NEWSROOM_LOGIN_PATH = `${NEWSROOM_PREFIX}/login`;
/** A device stays known for a year after its last login. */
const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The cookie holding a session token: sent only to the newsroom, never readable by script. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean) {
  return { name: SESSION_COOKIE, value: token, httpOnly: true, sameSite: 'lax' as const, secure, path: NEWSROOM_PREFIX, expires: expiresAt };
}

/** The device cookie, sent only to the newsroom and never readable by script; it outlives sessions. */
export function deviceCookie(token: string, secure: boolean) {
  return { name: DEVICE_COOKIE, value: token, httpOnly: true, sameSite: 'lax' as const, secure, path: NEWSROOM_PREFIX, maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS };
}

async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** The signed-in staff member, or null. */
export async function currentStaff(): Promise<StaffMember | null> {
  const token = await sessionToken();
  return token ? staffForSession(token) : null;
}

/** The signed-in staff member; anyone else is sent to the login page. */
export async function requireStaff(): Promise<StaffMember> {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  return staff;
}

/**
 * The signed-in staff member, when they may do `action` whatever the page showed them: for Server
 * Actions. Anyone signed out is sent to the login page, anyone else back to the story list.
 */
export async function requireStaffAllowed(action: NewsroomAction): Promise<StaffMember> {
  const staff = await requireStaff();
  if (!can(staff, action)) redirect(NEWSROOM_PREFIX);
  return staff;
}

/** Ends this browser's session on the server, when it has one (logging out). */
export async function endCurrentSession(): Promise<void> {
  const token = await sessionToken();
  if (token) await endSession(token);
}

/** Takes the session cookie from the browser: for a Server Action, after every session of the account ended. */
export async function forgetSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE, path: NEWSROOM_PREFIX });
}
