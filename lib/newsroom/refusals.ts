import { MAXIMUM_PASSWORD_LENGTH, MINIMUM_PASSWORD_LENGTH } from './passwordRules';
import { MAX_STAFF_NAME_LENGTH, MAX_TOPIC_LENGTH, SECTION_TEXT_LIMITS } from '../textLimits';

/*
 * Everything the newsroom refuses and tells the person why. A refusal travels as its code (in an
 * error, in the query string of a redirect) and its words are written only here, so no page shows
 * words a link made up.
 */

export const REFUSALS = [
  'login-refused',
  'expired',
  'wrong-password',
  'too-many-attempts',
  'passwords-differ',
  'password-too-short',
  'password-too-long',
  'password-published',
  'not-an-email',
  'email-taken',
  'staff-name',
  'no-role',
  'own-role',
  'section-unnamed',
  'section-name-too-long',
  'section-description-too-long',
  'section-no-letters',
  'section-address-taken',
  'section-gone',
  'topic-name',
  'topic-no-letters',
  'topic-gone',
  'restore-address-taken',
] as const;
export type Refusal = (typeof REFUSALS)[number];

const REFUSAL_SET: ReadonlySet<string> = new Set(REFUSALS);

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'string' && REFUSAL_SET.has(value);
}

export function refusalWords(refusal: Refusal): string {
  switch (refusal) {
    case 'login-refused':
      // One answer for a wrong email and a wrong password: which one is not told.
      return 'The email or the password is not right.';
    case 'expired':
      return 'The form had expired. Please try again.';
    case 'wrong-password':
      return 'Your current password is not right.';
    case 'too-many-attempts':
      return 'Too many wrong passwords in a row: password checks are paused for a while (up to an hour). Try again later.';
    case 'passwords-differ':
      return 'The two new passwords differ.';
    case 'password-too-short':
      return `The password is too weak. Use at least ${MINIMUM_PASSWORD_LENGTH} characters.`;
    case 'password-too-long':
      return `The password is too long. Use at most ${MAXIMUM_PASSWORD_LENGTH.toLocaleString('en')} characters.`;
    case 'password-published':
      return 'That password is published with the demo content, so anyone could use it: choose your own.';
    case 'not-an-email':
      return 'That is not an email address.';
    case 'email-taken':
      return 'There is already an account for that email.';
    case 'no-role':
      return 'Choose a role.';
    case 'own-role':
      return 'You cannot change your own role; ask another admin.';
    case 'staff-name':
      return `Give a name of up to ${MAX_STAFF_NAME_LENGTH} characters.`;
    case 'section-unnamed':
      return 'Give the section a name.';
    case 'section-name-too-long':
      return `Keep the section’s name within ${SECTION_TEXT_LIMITS.name} characters.`;
    case 'section-description-too-long':
      return `Keep the section’s description within ${SECTION_TEXT_LIMITS.description} characters.`;
    case 'section-no-letters':
      return 'Give the section a name with a letter or a digit in it: its address is made from them.';
    case 'section-address-taken':
      return 'There is already a section at that address: choose another name.';
    case 'section-gone':
      return 'That section no longer exists.';
    case 'topic-name':
      return `Give the topic a name of up to ${MAX_TOPIC_LENGTH} characters.`;
    case 'topic-no-letters':
      return 'Give the topic a name with a letter or a digit in it.';
    case 'topic-gone':
      return 'That topic no longer exists.';
    case 'restore-address-taken':
      return 'That version cannot come back: another story now has its address.';
  }
}

/** Thrown where a change is refused for a reason the person should read. */
export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusalWords(refusal));
    this.name = 'Refused';
  }
}
