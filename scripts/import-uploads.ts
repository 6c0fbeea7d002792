/*
 * Stores in the database the newsroom's uploaded images that a site kept as files before they
 * moved into the database (in UPLOADS_DIR, or the directory given), on PostgreSQL when
 * DATABASE_URL is set, else in the SQLite file at DATABASE_PATH. Safe to run again:
 *
 *   npm run uploads:import [-- --from <directory>]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importUploadedImageFiles } from '../db/newsroom/uploadedImages';
import { closeProcessStore } from '../db/processDatabase';
import { settingsOrExit } from '../lib/settings';

const settings = settingsOrExit();
const { values } = parseArgs({ options: { from: { type: 'string' } } });
const directory = path.resolve(values.from ?? settings.uploadsDir);
try {
  const imported = await importUploadedImageFiles(directory);
  console.log(`Stored ${imported} image file${imported === 1 ? '' : 's'} from ${directory} in the database.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await closeProcessStore();
}
