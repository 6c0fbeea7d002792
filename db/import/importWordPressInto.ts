import { SITE_TAG } from '../../lib/contentTags';
import { openDatabase } from '../client';
import { recordContentChange } from '../contentChanges';
import { migrateDatabase } from '../migrate';
import { importWordPress, type ImportSummary } from './importWordPress';
import type { WxrSite } from './wxr';

/**
 * Imports a WordPress export into the database at `file` (which must exist), after applying
 * pending migrations, as `npm run import:wordpress` does. All of it or, on failure, nothing.
 */
export function importWordPressInto(
  file: string,
  site: WxrSite,
  options: { onProgress?: (done: number, total: number) => void } = {},
): ImportSummary {
  const { sqlite, db } = openDatabase(file, { fileMustExist: true });
  try {
    migrateDatabase(db);
    const summary = importWordPress(db, site, options);
    // New sections and bylines appear in every page's navigation and listings.
    if (summary.imported.length + summary.updated.length > 0) recordContentChange(db, [SITE_TAG]);
    return summary;
  } finally {
    sqlite.close();
  }
}
