/*
 * A Server Action's arguments come back from the browser: what the page bound into its form, the
 * state the form showed, and the form itself. A hand-made request may send anything in their
 * places, so each is read as any posted value is, never trusted to be what the page gave.
 */

/** The posted form; anything else reads as an empty form, which every action refuses as incomplete. */
export function postedForm(form: unknown): FormData {
  return form instanceof FormData ? form : new FormData();
}

/** A posted field as text; a missing field, or a file, is empty. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** The number of the refusal after the state a form showed: from 1 when what came back is not such a state. */
export function nextAttempt(previous: unknown): number {
  const attempt = typeof previous === 'object' && previous !== null && 'attempt' in previous ? previous.attempt : null;
  return typeof attempt === 'number' && Number.isSafeInteger(attempt) && attempt >= 0 ? attempt + 1 : 1;
}
