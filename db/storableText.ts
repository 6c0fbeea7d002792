/**
 * Whether a text column could hold `text` on either engine. PostgreSQL's text cannot hold the NUL
 * character (U+0000) and fails a statement that sends one; SQLite's could, but the site never
 * writes one. So text holding NUL names nothing stored: a lookup by it (a reader's address, a
 * typed email) finds nothing without asking the database.
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000');
}
