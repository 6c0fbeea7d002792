import path from 'node:path';
import { resolveDatabasePath } from '../db/processDatabase';
import { describeSiteDatabase, prepareSiteDatabase, siteDatabase } from '../db/prepare';
import { databaseProblem } from '../db/startupCheck';
import { settingsOrExit } from '../lib/settings';
import { ensureFreshBuild } from './buildFingerprint';

/**
 * The site's database made ready to serve, on the engine the settings name (PostgreSQL at
 * DATABASE_URL, else the file at DATABASE_PATH): created (with the demo content on a local
 * SITE_URL) or migrated. Ends the process with the reason when it cannot be; returns the SQLite
 * file's path, which the server is then started with (unused on PostgreSQL).
 */
export async function prepareSiteDatabaseOrExit(): Promise<string> {
  const { siteUrl } = settingsOrExit();
  const database = siteDatabase();
  try {
    console.log(await prepareSiteDatabase(database, siteUrl));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Say what is wrong with the database and what to do, rather than print a stack trace.
    console.error(
      database.engine === 'sqlite'
        ? (databaseProblem(database.file) ?? `The database at ${database.file} could not be prepared: ${reason}`)
        : `${describeSiteDatabase(database)} could not be prepared: ${reason}`,
    );
    process.exit(1);
  }
  return resolveDatabasePath();
}

/**
 * What the site needs before it serves, as `npm start` and `npm run site:prepare` do it: the
 * database prepared (prepareSiteDatabaseOrExit) and a production build of these sources. Ends the
 * process with the reason when either fails; returns the SQLite database's path.
 */
export async function prepareSiteOrExit(root: string): Promise<string> {
  const databaseFile = await prepareSiteDatabaseOrExit();
  ensureFreshBuild(path.resolve(root), databaseFile);
  return databaseFile;
}
