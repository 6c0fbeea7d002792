import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * The token of a device cookie: proof that a browser once logged in to an account. It names the
 * account and a random id for the device, signed with the app's secret, so it cannot be forged
 * or moved to another account. db/newsroom/passwordCheck.ts says what it is for.
 */

const DEVICE_ID = /^[\w-]{22}$/;

function sign(secret: Buffer, staffId: number, deviceId: string): string {
  return createHmac('sha256', secret).update(`device\n${staffId}\n${deviceId}`).digest('base64url');
}

export function issueDeviceToken(secret: Buffer, staffId: number): string {
  const deviceId = randomBytes(16).toString('base64url');
  return `${staffId}.${deviceId}.${sign(secret, staffId, deviceId)}`;
}

/** The device id of `token` when it is a genuine token for the account `staffId`; null otherwise. */
export function deviceIdFor(secret: Buffer, staffId: number, token: unknown): string | null {
  if (typeof token !== 'string') return null;
  const [account, deviceId, signature, ...rest] = token.split('.');
  if (rest.length > 0 || account !== String(staffId) || !deviceId || !DEVICE_ID.test(deviceId) || !signature) return null;
  const expected = Buffer.from(sign(secret, staffId, deviceId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}
