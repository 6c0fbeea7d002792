import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordRules';

describe('passwordProblem', () => {
  it('asks for 12 to 1,024 characters, counting what a person sees as one', () => {
    expect(passwordProblem('short')).toBe('password-too-short');
    expect(passwordProblem('🙂'.repeat(11))).toBe('password-too-short');
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('x'.repeat(1024))).toBeNull();
    expect(passwordProblem('x'.repeat(1025))).toBe('password-too-long');
  });
});
