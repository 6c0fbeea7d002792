import type { NextRequest } from 'next/server';
import { isSecureRequest, LOGOUT_FORM, readTrustedForm, seeOther } from '../../_lib/newsroom/formPost';
import { noticeQuery } from '../../../lib/newsroom/notices';
import { refusalToShow } from '../../_lib/newsroom/refusal';
import { endCurrentSession, NEWSROOM_LOGIN_PATH, sessionCookie } from '../../_lib/newsroom/session';

/**
 * Logging out ends the session on the server, not only in the browser. A failure (not a refusal)
 * is logged, and the login page says the change was not made.
 */
export async function POST(request: NextRequest): Promise<Response> {
  try {
    const fields = await readTrustedForm(request, LOGOUT_FORM);
    const response = seeOther(`${NEWSROOM_LOGIN_PATH}${noticeQuery('login', fields ? { done: 'signed-out' } : { problem: 'expired' })}`);
    if (!fields) return response;
    await endCurrentSession();
    response.cookies.set({ ...sessionCookie('', new Date(0), isSecureRequest(request)), maxAge: 0 });
    return response;
  } catch (error) {
    return seeOther(`${NEWSROOM_LOGIN_PATH}${noticeQuery('login', { problem: refusalToShow('login', error) })}`);
  }
}
