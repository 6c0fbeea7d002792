import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '../../../db/processDatabase';
import type { StaffMember } from '../../../db/newsroom/accounts';
import { staffForSession } from '../../../db/newsroom/sessions';
import { NEWSROOM_PREFIX } from '../../../lib/paths';

export const SESSION_COOKIE = 'nx_session';
/** Marks a browser that has logged in to an account before (./passwordCheck.ts). */
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

/** The signed-in staff member, or null. */
export async function currentStaff(): Promise<StaffMember | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? staffForSession(getDatabase(), token) : null;
}

/** The signed-in staff member; anyone else is sent to the login page. */
export async function requireStaff(): Promise<StaffMember> {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  return staff;
}
