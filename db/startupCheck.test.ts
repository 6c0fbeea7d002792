import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from './prepare';
import { databaseProblem } from './startupCheck';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-startup-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('databaseProblem', () => {
  it('has none for a prepared database', () => {
    const file = path.join(directory, 'good.sqlite');
    prepareDatabase(file);
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
