import { accessSync, constants, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describePostgresUrl } from './postgres/client';
import { openPostgresStore } from './postgres/store';
import type { PostgresStore } from './store';

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

/**
 * Why the PostgreSQL database at `url` cannot serve the site, in words for whoever starts it (where
 * it was looked for, never the password, and what to do), or null when it can.
 */
export async function postgresProblem(url: string): Promise<string | null> {
  let store: PostgresStore;
  try {
    store = await openPostgresStore(url, { maxConnections: 1 });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  try {
    const { host, port, database } = describePostgresUrl(url);
    const { rows } = await store.database.$client.query<{ found: string | null; encoding: string; ctype: string }>(
      `select to_regclass('public.articles')::text as found, pg_encoding_to_char(encoding) as encoding, datctype as ctype
         from pg_database where datname = current_database()`,
    );
    const [facts] = rows;
    // Under the C or POSIX character type, full-text search takes every non-ASCII character for a
    // letter: "India’s" is one word, and a search for "india" misses it.
    if (facts && (facts.encoding !== 'UTF8' || /^(C|POSIX)$/i.test(facts.ctype))) {
      return `The PostgreSQL database "${database}" at ${host}:${port} has encoding ${facts.encoding} and character type ${facts.ctype}: search needs UTF8 with a UTF-8 character type. Create it with \`createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0\` (see the README), and move the site with \`npm run db:copy\` or a backup.`;
    }
    if (facts?.found) return null;
    return `The PostgreSQL database "${database}" at ${host}:${port} has no stories table: it is not this site's, or not migrated yet. Run \`npm start\` (it migrates, and seeds a new local site) or \`npm run db:migrate\`, or check DATABASE_URL.`;
  } finally {
    await store.close();
  }
}
