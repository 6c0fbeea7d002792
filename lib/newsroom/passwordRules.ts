import type { Refusal } from './refusals';

export const MINIMUM_PASSWORD_LENGTH = 12;
export const MAXIMUM_PASSWORD_LENGTH = 1024;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): Extract<Refusal, 'password-too-short' | 'password-too-long'> | null {
  if ([...password].length < MINIMUM_PASSWORD_LENGTH) return 'password-too-short';
  if (password.length > MAXIMUM_PASSWORD_LENGTH) return 'password-too-long';
  return null;
}
