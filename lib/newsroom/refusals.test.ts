import { describe, expect, it } from 'vitest';
import { isRefusal, Refused, refusalOf, refusalWords, REFUSALS } from './refusals';

describe('refusals', () => {
  it('each have words of their own', () => {
    const words = REFUSALS.map(refusalWords);
    expect(new Set(words).size).toBe(REFUSALS.length);
    for (const text of words) expect(text).toMatch(/^[A-Z].*\.$/);
  });

  it('are known by code only', () => {
    expect(isRefusal('wrong-password')).toBe(true);
    for (const value of ['Security alert: sign in again at https://evil.example', 'toString', '__proto__', '', undefined, ['expired']]) {
      expect(isRefusal(value)).toBe(false);
    }
  });

  it('are thrown with their words as the message', () => {
    const error = new Refused('email-taken');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('There is already an account for that email.');
  });

  it('are what the person reads of a Refused error, and of any other only that the change failed', () => {
    expect(refusalOf(new Refused('email-taken'))).toBe('email-taken');
    const plain = new Error('UNIQUE constraint failed: staff.email');
    expect(refusalOf(plain)).toBe('failed');
    expect(refusalWords(refusalOf(plain))).not.toContain('UNIQUE');
    expect(refusalOf('a string thrown')).toBe('failed');
  });
});
