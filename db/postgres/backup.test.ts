import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../client';
import { copySiteToPostgres } from '../copyToPostgres';
import { migrateStore } from '../migrate';
import { prepareDatabase } from '../prepare';
import type { PostgresStore } from '../store';
import { createDatabase } from '../testing/postgresServer';
import { backUpPostgres, checkPostgresBackup, defaultPostgresBackupPath, restorePostgres } from './backup';
import { openPostgresStore } from './store';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-pg-backup-'));
let store: PostgresStore;
let url: string;
let dropDatabase: () => Promise<void>;

beforeAll(async () => {
  const database = await createDatabase(inject('postgresUrl'), 'backup_test');
  ({ url, drop: dropDatabase } = database);
  store = await openPostgresStore(url);
  await migrateStore(store);
  const file = path.join(directory, 'site.sqlite');
  prepareDatabase(file, { demoContent: true });
  const { sqlite, db } = openDatabase(file, { fileMustExist: true });
  try {
    await copySiteToPostgres(db, store.database);
  } finally {
    sqlite.close();
  }
});

afterAll(async () => {
  await store.close();
  await dropDatabase();
  rmSync(directory, { recursive: true, force: true });
});

async function rowCounts() {
  const t = store.tables;
  const [stories] = await store.read.select({ rows: count() }).from(t.articles);
  const [changes] = await store.read.select({ rows: count() }).from(t.contentChanges);
  return { stories: stories?.rows, changes: changes?.rows };
}

function noteChange(name: string) {
  return store.write(async (tx, t) => {
    await tx.insert(t.contentChanges).values({ tags: [name], changedAt: Date.now() });
  });
}

describe('PostgreSQL backups', () => {
  it('are named after the database and the UTC second they were taken, in backups/', () => {
    expect(defaultPostgresBackupPath('/var/lib/nation-express', 'postgres://site:secret@db.example:5432/news', new Date('2026-11-29T03:30:07.123Z'))).toBe(
      '/var/lib/nation-express/backups/news-20261129T033007Z.dump',
    );
  });

  it('dump the site consistently while it is written to, and restore exactly what was dumped', async () => {
    let writes = 0;
    let writing = true;
    // The site goes on writing all through the dump.
    const load = (async () => {
      while (writing) {
        await noteChange(`story:load-${writes}`);
        writes += 1;
      }
    })();
    const backup = path.join(directory, 'site.dump');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await backUpPostgres(url, backup);
    writing = false;
    await load;
    expect(writes).toBeGreaterThan(10);

    await noteChange('story:after-the-backup');
    const afterBackup = await rowCounts();
    await restorePostgres(backup, url);
    const restored = await rowCounts();
    expect(restored.stories).toBe(afterBackup.stories);
    // The dump holds the writes made before it began and none after: fewer change notes than now.
    expect(restored.changes).toBeGreaterThan(0);
    expect(restored.changes).toBeLessThan(afterBackup.changes ?? 0);
    // The restored database takes new writes: its id sequences came back with it.
    await noteChange('story:after-the-restore');
  });

  it('never overwrite, and refuse to restore what is not a dump of this site, changing nothing', async () => {
    const existing = path.join(directory, 'existing.dump');
    writeFileSync(existing, 'keep me');
    await expect(backUpPostgres(url, existing)).rejects.toThrow(/never overwrites/);

    const before = await rowCounts();
    await expect(restorePostgres(existing, url)).rejects.toThrow(/not a readable PostgreSQL dump/);
    await expect(checkPostgresBackup(existing)).rejects.toThrow(existing);
    expect(await rowCounts()).toEqual(before);
  });

  it('say why when the server cannot be reached, leaving no partial file', async () => {
    const target = path.join(directory, 'unreachable.dump');
    await expect(backUpPostgres('postgres://nobody:secret@127.0.0.1:1/none', target)).rejects.toThrow(/pg_dump failed: .*(refused|connect)/);
    await expect(checkPostgresBackup(target)).rejects.toThrow();
  });
});
