/**
 * The id of a stored thing (a story, a revision, a section, a member of staff) as a form or an
 * address gives it, or null when the text is not one: digits only, few enough for SQLite's integers.
 */
export function parseStoredId(text: unknown): number | null {
  return typeof text === 'string' && /^\d{1,9}$/.test(text) ? Number(text) : null;
}
