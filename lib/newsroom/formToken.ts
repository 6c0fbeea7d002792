import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * Tokens for forms posted to route handlers (the login and logout forms). A token names the form it
 * was issued for and when it expires, signed with the app's secret, so it cannot be forged or moved
 * to another form; the request's origin is checked too (./postOrigin.ts).
 */

const TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1000;

function sign(secret: Buffer, form: string, expiresAt: number): string {
  return createHmac('sha256', secret).update(`${form}\n${expiresAt}`).digest('base64url');
}

export function issueFormToken(secret: Buffer, form: string, now = Date.now()): string {
  const expiresAt = now + TOKEN_LIFETIME_MS;
  return `${expiresAt}.${sign(secret, form, expiresAt)}`;
}

export function isValidFormToken(secret: Buffer, form: string, token: unknown, now = Date.now()): boolean {
  if (typeof token !== 'string') return false;
  const [expiry, signature, ...rest] = token.split('.');
  const expiresAt = Number(expiry);
  if (rest.length > 0 || !signature || !Number.isSafeInteger(expiresAt) || expiresAt <= now) return false;
  const expected = Buffer.from(sign(secret, form, expiresAt));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
