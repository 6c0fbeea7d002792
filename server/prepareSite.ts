import path from 'node:path';
import { resolveDatabasePath } from '../db/processDatabase';
import { prepareSiteDatabase } from '../db/prepare';
import { databaseProblem } from '../db/startupCheck';
import { settingsOrExit } from '../lib/settings';
import { ensureFreshBuild } from './buildFingerprint';

/**
 * The database at DATABASE_PATH made ready to serve: created (with the demo content on a local
 * SITE_URL) or migrated. Ends the process with the reason when it cannot be; returns its path.
 */
export function prepareSiteDatabaseOrExit(): string {
  const { siteUrl } = settingsOrExit();
  const databaseFile = resolveDatabasePath();
  try {
    console.log(prepareSiteDatabase(databaseFile, siteUrl));
  } catch (error) {
    // Say what is wrong with the file and what to do, rather than print a stack trace.
    console.error(databaseProblem(databaseFile) ?? `The database at ${databaseFile} could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  return databaseFile;
}

/**
 * What the site needs before it serves, as `npm start` and `npm run site:prepare` do it: the
 * database prepared (prepareSiteDatabaseOrExit) and a production build of these sources. Ends the
 * process with the reason when either fails; returns the database's path.
 */
export function prepareSiteOrExit(root: string): string {
  const databaseFile = prepareSiteDatabaseOrExit();
  ensureFreshBuild(path.resolve(root), databaseFile);
  return databaseFile;
}
