import { resolveDatabasePath } from '../db/processDatabase';
import { migrateDatabaseAt } from '../db/migrate';
import { settingsOrExit } from '../lib/settings';

settingsOrExit();
const file = resolveDatabasePath();
migrateDatabaseAt(file);
console.log(`Migrated ${file}.`);
