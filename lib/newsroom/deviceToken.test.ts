import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deviceIdFor, issueDeviceToken } from './deviceToken';

const secret = randomBytes(32);

describe('device tokens', () => {
  it('name a device of their own account, a new one each time', () => {
    const first = issueDeviceToken(secret, 7);
    const second = issueDeviceToken(secret, 7);
    expect(deviceIdFor(secret, 7, first)).toMatch(/^[\w-]{22}$/);
    expect(deviceIdFor(secret, 7, second)).not.toBe(deviceIdFor(secret, 7, first));
  });

  it('cannot be moved to another account, signed with another secret, or altered', () => {
    const token = issueDeviceToken(secret, 7);
    const [, deviceId, signature] = token.split('.');
    expect(deviceIdFor(secret, 8, token)).toBeNull();
    expect(deviceIdFor(randomBytes(32), 7, token)).toBeNull();
    expect(deviceIdFor(secret, 8, `8.${deviceId}.${signature}`)).toBeNull();
    expect(deviceIdFor(secret, 7, `7.${deviceId?.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}.${signature}`)).toBeNull();
    for (const bad of [undefined, 7, '', '7', '7..', `7.${deviceId}.`, `7.${deviceId}.${signature}.x`, `07.${deviceId}.${signature}`]) {
      expect(deviceIdFor(secret, 7, bad), String(bad)).toBeNull();
    }
  });
});
