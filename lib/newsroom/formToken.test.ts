import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidFormToken, issueFormToken } from './formToken';

const secret = randomBytes(32);
const NOW = Date.UTC(2026, 10, 28, 9);

describe('form tokens', () => {
  it('are valid for their form until they expire', () => {
    const token = issueFormToken(secret, 'login', NOW);
    expect(isValidFormToken(secret, 'login', token, NOW + 1000)).toBe(true);
    expect(isValidFormToken(secret, 'login', token, NOW + 3 * 60 * 60 * 1000)).toBe(false);
  });

  it('cannot be moved to another form, signed with another secret, or altered', () => {
    const token = issueFormToken(secret, 'login', NOW);
    expect(isValidFormToken(secret, 'logout', token, NOW)).toBe(false);
    expect(isValidFormToken(randomBytes(32), 'login', token, NOW)).toBe(false);
    const [expiry, signature] = token.split('.');
    expect(isValidFormToken(secret, 'login', `${Number(expiry) + 1}.${signature}`, NOW)).toBe(false);
    for (const bad of [undefined, '', 'x', '1.2.3', `${expiry}.`, 42]) expect(isValidFormToken(secret, 'login', bad, NOW)).toBe(false);
  });
});
