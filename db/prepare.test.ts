import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openPostgresStore } from './postgres/store';
import { describeSiteDatabase, migrateSiteDatabase, prepareSiteDatabase, seedSiteDatabase, type SiteDatabase } from './prepare';
import { SEED_ARTICLES } from './seed/articles/index';
import { SEED_STAFF } from './seed/staff';
import { openSqliteStore } from './sqliteStore';
import type { DatabaseEngine, Store } from './store';
import { createDatabase } from './testing/postgresServer';
import { TEST_ENGINES } from './testing/testStore';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-prepare-'));
const cleanUps: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanUp of cleanUps) await cleanUp();
  rmSync(directory, { recursive: true, force: true });
});

const LOCAL = new URL('http://localhost:3000');
const PUBLIC = new URL('https://news.example.org');

let made = 0;
const freshName = () => `prepare_${process.pid}_${(made += 1)}`;

/** The URL of an empty PostgreSQL database, dropped after the tests. */
async function newPostgresUrl(): Promise<string> {
  const database = await createDatabase(inject('postgresUrl'), freshName());
  cleanUps.push(database.drop);
  return database.url;
}

/** A database the site has never used: a missing file, or an empty PostgreSQL database. */
async function newDatabase(engine: DatabaseEngine): Promise<SiteDatabase> {
  return engine === 'sqlite' ? { engine, file: path.join(directory, `${freshName()}.sqlite`) } : { engine, url: await newPostgresUrl() };
}

async function withStore<T>(database: SiteDatabase, work: (store: Store) => Promise<T>): Promise<T> {
  const store = database.engine === 'sqlite' ? openSqliteStore(database.file) : await openPostgresStore(database.url);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const staffEmails = (database: SiteDatabase) =>
  withStore(database, async ({ read, tables: t }) => (await read.select({ email: t.staff.email }).from(t.staff).orderBy(t.staff.email)).map((row) => row.email));

describe.each(TEST_ENGINES)('seedSiteDatabase on %s', (engine) => {
  it('creates a missing database with the demo stories, and the demo accounts for a local site', async () => {
    const database = await newDatabase(engine);
    expect(await seedSiteDatabase(database, LOCAL)).toEqual({ articlesInserted: SEED_ARTICLES.length, articlesKept: 0, demoStaff: true });
    expect(await staffEmails(database)).toEqual(SEED_STAFF.map((member) => member.email).sort());
    expect(await seedSiteDatabase(database, LOCAL)).toEqual({ articlesInserted: 0, articlesKept: SEED_ARTICLES.length, demoStaff: true });
  });

  it('gives a public site, or a newsroom with accounts of its own, no demo account', async () => {
    const database = await newDatabase(engine);
    expect((await seedSiteDatabase(database, PUBLIC)).demoStaff).toBe(false);
    expect(await staffEmails(database)).toEqual([]);

    await withStore(database, (store) =>
      store.write(async (tx, t) => {
        await tx.insert(t.staff).values({
          email: 'editor@example.org',
          name: 'Editor',
          role: 'admin',
          passwordHash: 'not a demo hash',
          passwordChangedAt: new Date(0),
          createdAt: new Date(0),
        });
      }),
    );
    expect((await seedSiteDatabase(database, LOCAL)).demoStaff).toBe(false);
    expect(await staffEmails(database)).toEqual(['editor@example.org']);
  });
});

describe.each(TEST_ENGINES)('prepareSiteDatabase on %s', (engine) => {
  it('creates a new local site with the demo content, then only migrates it', async () => {
    const database = await newDatabase(engine);
    const where = describeSiteDatabase(database);
    expect(await prepareSiteDatabase(database, LOCAL)).toMatch(/with the demo content and the demo newsroom accounts/);
    expect(await staffEmails(database)).toHaveLength(SEED_STAFF.length);
    expect(await prepareSiteDatabase(database, LOCAL)).toBe(`Using ${where}.`);
  });

  it('gives a new public site neither content nor accounts, and says how to create the first admin', async () => {
    const database = await newDatabase(engine);
    const said = await prepareSiteDatabase(database, PUBLIC);
    expect(said).toMatch(/with no content and no accounts: SITE_URL \(https:\/\/news\.example\.org\) is public/);
    expect(said).toMatch(/SITE_URL=https:\/\/news\.example\.org npm run newsroom:create-admin -- --email <address>/);
    const stories = await withStore(database, async ({ read, tables: t }) => read.select({ id: t.articles.id }).from(t.articles));
    expect(stories).toEqual([]);
    expect(await staffEmails(database)).toEqual([]);
  });

  it('counts a database that was only migrated as one in use: no demo content is added to it', async () => {
    const database = await newDatabase(engine);
    await migrateSiteDatabase(database);
    expect(await prepareSiteDatabase(database, LOCAL)).toBe(`Using ${describeSiteDatabase(database)}.`);
    expect(await staffEmails(database)).toEqual([]);
  });
});

describe('the site database in messages', () => {
  it('is the SQLite file, or the PostgreSQL database by name, host and port, never with its password', async () => {
    expect(describeSiteDatabase({ engine: 'sqlite', file: '/var/lib/site.sqlite' })).toBe('/var/lib/site.sqlite');
    const described = describeSiteDatabase({ engine: 'postgres', url: 'postgres://news:a-secret@db.example.org:6543/newsroom' });
    expect(described).toBe('PostgreSQL database newsroom on db.example.org:6543');
    const url = new URL(await newPostgresUrl());
    // The test server trusts every login: the password is only there to be left out of what is said.
    url.password = 'a-secret';
    const said = await prepareSiteDatabase({ engine: 'postgres', url: url.href }, PUBLIC);
    expect(said).toContain(`${url.hostname}:${url.port}`);
    expect(said).not.toContain('a-secret');
  });

});
