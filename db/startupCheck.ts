import { accessSync, constants, existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Why the database at `file` cannot serve the site, in words for whoever starts it (naming the
 * file and what to do), or null when it can.
 */
export function databaseProblem(file: string): string | null {
  if (!existsSync(file)) {
    return `There is no database at ${file}. Run \`npm start\` to create one with the demo content, restore a backup with \`npm run restore -- <backup>\`, or set DATABASE_PATH.`;
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    return `The database at ${file} cannot be read and written by this user. Give the server's user read and write access to it and its directory.`;
  }
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    sqlite.pragma('busy_timeout = 5000');
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `The database at ${file} is damaged (${String(check)}). Restore it from a backup: \`npm run restore -- <backup>\`.`;
    if (!sqlite.prepare(`select 1 from sqlite_schema where name = 'articles'`).get()) {
      return `${file} is a database, but not this site's (it has no stories table). Check DATABASE_PATH.`;
    }
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `The database at ${file} cannot be opened (${reason}). If it is damaged, restore it from a backup: \`npm run restore -- <backup>\`.`;
  } finally {
    sqlite?.close();
  }
}
