import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { prepareDatabase } from './prepare';
import { migrateStore } from './migrate';
import { openPostgresStore } from './postgres/store';
import { databaseProblem, postgresProblem } from './startupCheck';
import { createDatabase } from './testing/postgresServer';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-startup-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('databaseProblem', () => {
  it('has none for a prepared database', async () => {
    const file = path.join(directory, 'good.sqlite');
    await prepareDatabase(file, { demoContent: true });
    expect(databaseProblem(file)).toBeNull();
  });

  it('names the file and what to do when it is missing, corrupt, or someone else’s', () => {
    const missing = path.join(directory, 'missing.sqlite');
    expect(databaseProblem(missing)).toMatch(new RegExp(`^There is no database at ${missing}\\..*npm start`));

    const garbage = path.join(directory, 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database, just some words that fill the first page of the file'.repeat(100));
    expect(databaseProblem(garbage)).toMatch(new RegExp(`${garbage}.*npm run restore`));

    const other = path.join(directory, 'other.sqlite');
    new Database(other).exec('create table notes (text)').close();
    expect(databaseProblem(other)).toMatch(/not this site's/);
  });
});

describe('postgresProblem', () => {
  it('has none for a migrated database, and says to migrate an empty one', async () => {
    const database = await createDatabase(inject('postgresUrl'), 'startup_check_test');
    try {
      expect(await postgresProblem(database.url)).toMatch(/has no stories table.*npm start/);
      const store = await openPostgresStore(database.url);
      await migrateStore(store);
      await store.close();
      expect(await postgresProblem(database.url)).toBeNull();
    } finally {
      await database.drop();
    }
  });

  it('refuses a database whose character type would break search', async () => {
    const database = await createDatabase(inject('postgresUrl'), 'startup_check_c_ctype');
    const admin = await openPostgresStore(inject('postgresUrl'), { maxConnections: 1 });
    try {
      await database.drop();
      await admin.database.$client.query(`create database startup_check_c_ctype template template0 encoding 'UTF8' lc_ctype 'C' lc_collate 'C'`);
      expect(await postgresProblem(database.url)).toMatch(/character type C: search needs UTF8.*--locale=C\.UTF-8/);
    } finally {
      await admin.close();
      await database.drop();
    }
  });

  it('names the server, never the password, when it cannot be reached', async () => {
    const problem = await postgresProblem('postgres://site:hunter2-secret@127.0.0.1:1/news');
    expect(problem).toMatch(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(connection refused\)/);
    expect(problem).not.toContain('hunter2');
  });
});

describe('the server on a database it cannot write', () => {
  it('stops at start-up with one line naming the file and what to do, and no stack trace', async () => {
    const file = path.join(directory, 'read-only.sqlite');
    await prepareDatabase(file, { demoContent: true });
    // Root may write any file: run the server as `nobody`, to whom the file is read-only.
    const asRoot = process.getuid?.() === 0;
    chmodSync(directory, 0o755);
    chmodSync(file, 0o444);
    const server = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/serve.ts'], {
      env: { ...process.env, DATABASE_PATH: file, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(server.status).toBe(1);
    expect(server.stderr.trim()).toBe(
      `The database at ${file} cannot be read and written by this user. Give the server's user read and write access to it and its directory.`,
    );
  }, 60_000);
});
