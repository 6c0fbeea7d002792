import type { NextRequest } from 'next/server';
import { logIn } from '../../../db/newsroom/logIn';
import { CLIENT_ADDRESS_HEADER } from '../../../lib/forwardedRequest';
import { isSecureRequest, LOGIN_FORM, readTrustedForm, seeOther } from '../../_lib/newsroom/formPost';
import { noticeQuery, type PageRefusal } from '../../../lib/newsroom/notices';
import { refusalToShow } from '../../_lib/newsroom/refusal';
import { DEVICE_COOKIE, deviceCookie, NEWSROOM_LOGIN_PATH, sessionCookie } from '../../_lib/newsroom/session';
import { NEWSROOM_PREFIX } from '../../../lib/paths';

const loginPageWith = (problem: PageRefusal<'login'>) => seeOther(`${NEWSROOM_LOGIN_PATH}${noticeQuery('login', { problem })}`);

function tooManyAttempts(retryAfterSeconds: number): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const wait = minutes === 1 ? 'a minute' : `${minutes} minutes`;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many attempts · The Nation Express newsroom</title></head><body><main><h1>Too many login attempts</h1><p>For your account's safety, logging in is paused after several wrong passwords. Try again in ${wait}. A browser that has logged in to the account before is not held up.</p><p><a href="${NEWSROOM_LOGIN_PATH}">Back to the login page</a></p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'private, no-store' },
  });
}

/** Logging in: the login form posts here. A failure (not a refusal) is logged, and the login page says so. */
export async function POST(request: NextRequest): Promise<Response> {
  try {
    return await logInFromForm(request);
  } catch (error) {
    return loginPageWith(refusalToShow('login', error));
  }
}

async function logInFromForm(request: NextRequest): Promise<Response> {
  const fields = await readTrustedForm(request, LOGIN_FORM);
  if (!fields) return loginPageWith('expired');
  const email = fields.get('email');
  const password = fields.get('password');
  if (typeof email !== 'string' || typeof password !== 'string' || email === '' || password === '') {
    return loginPageWith('login-refused');
  }
  const outcome = await logIn({
    email,
    password,
    address: request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
    deviceToken: request.cookies.get(DEVICE_COOKIE)?.value,
  });
  switch (outcome.kind) {
    case 'throttled':
      return tooManyAttempts(outcome.retryAfterSeconds);
    case 'refused':
      return loginPageWith('login-refused');
    case 'signed-in': {
      const response = seeOther(NEWSROOM_PREFIX);
      response.cookies.set(sessionCookie(outcome.token, outcome.expiresAt, isSecureRequest(request)));
      response.cookies.set(deviceCookie(outcome.deviceToken, isSecureRequest(request)));
      return response;
    }
  }
}
