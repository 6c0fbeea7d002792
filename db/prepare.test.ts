import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { seedSiteDatabase } from './prepare';
import { SEED_ARTICLES } from './seed/articles/index';
import { SEED_STAFF } from './seed/staff';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-prepare-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const LOCAL = new URL('http://localhost:3000');
const PUBLIC = new URL('https://news.example.org');

function staffEmails(file: string): unknown[] {
  const { sqlite } = openDatabase(file, { fileMustExist: true });
  try {
    return sqlite.prepare('select email from staff order by email').pluck().all();
  } finally {
    sqlite.close();
  }
}

describe('seedSiteDatabase', () => {
  it('creates a missing database with the demo stories, and the demo accounts for a local site', () => {
    const file = path.join(directory, 'local.sqlite');
    expect(seedSiteDatabase(file, LOCAL)).toEqual({ articlesInserted: SEED_ARTICLES.length, articlesKept: 0, demoStaff: true });
    expect(staffEmails(file)).toEqual(SEED_STAFF.map((member) => member.email).sort());
    expect(seedSiteDatabase(file, LOCAL)).toEqual({ articlesInserted: 0, articlesKept: SEED_ARTICLES.length, demoStaff: true });
  });

  it('gives a public site, or a newsroom with accounts of its own, no demo account', () => {
    const publicFile = path.join(directory, 'public.sqlite');
    expect(seedSiteDatabase(publicFile, PUBLIC).demoStaff).toBe(false);
    expect(staffEmails(publicFile)).toEqual([]);

    const inUse = openDatabase(publicFile, { fileMustExist: true });
    inUse.sqlite
      .prepare(`insert into staff (email, name, role, password_hash, password_changed_at, created_at) values (?, 'Editor', 'admin', 'not a demo hash', 0, 0)`)
      .run('editor@example.org');
    inUse.sqlite.close();
    expect(seedSiteDatabase(publicFile, LOCAL).demoStaff).toBe(false);
    expect(staffEmails(publicFile)).toEqual(['editor@example.org']);
  });
});
