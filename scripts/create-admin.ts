/*
 * Creates the first newsroom admin (or any admin) in the site's database (PostgreSQL at
 * DATABASE_URL, else the file at DATABASE_PATH), creating and migrating it first as `npm start` would:
 *
 *   npm run newsroom:create-admin -- --email editor@example.com [--name "Asha Rao"]
 *
 * The password comes from NEWSROOM_ADMIN_PASSWORD when set, otherwise it is asked for twice
 * on the terminal without being shown.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { closeProcessStore } from '../db/processDatabase';
import { createStaffMember } from '../db/newsroom/accounts';
import { describeSiteDatabase, prepareSiteDatabase, siteDatabase } from '../db/prepare';
import { settingsOrExit } from '../lib/settings';

const settings = settingsOrExit();

/** Asks `question` on the terminal, echoing nothing of the answer. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const terminal = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    terminal.question(question, (answer) => {
      terminal.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  const fromEnvironment = settings.newsroomAdminPassword;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) throw new Error('Set NEWSROOM_ADMIN_PASSWORD, or run this in a terminal to be asked for the password.');
  const password = await askHidden('Password (at least 12 characters): ');
  if ((await askHidden('The same password again: ')) !== password) throw new Error('The two passwords differ.');
  return password;
}

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email) {
  console.error('Usage: npm run newsroom:create-admin -- --email <address> [--name "<full name>"]');
  process.exit(2);
}

const database = siteDatabase();
// The first admin of a new site may come before its first start: create the database as it would.
console.log(await prepareSiteDatabase(database, settings.siteUrl));
try {
  const admin = { email: values.email, name: values.name ?? values.email, role: 'admin' as const, password: await readPassword() };
  const created = await createStaffMember(admin);
  console.log(`Created the admin ${created.email} in ${describeSiteDatabase(database)}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await closeProcessStore();
}
