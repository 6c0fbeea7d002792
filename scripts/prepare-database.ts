import { resolveDatabasePath } from '../db/client';
import { prepareDatabase } from '../db/prepare';

const file = resolveDatabasePath();
const outcome = prepareDatabase(file);
console.log(outcome === 'created' ? `Created ${file} with the demo content.` : `Database ${file} is up to date.`);
