import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SITE_TAG } from '../../lib/contentTags';
import { openDatabase } from '../client';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { prepareDatabase } from '../prepare';
import { importWordPressInto } from './importWordPressInto';
import { parseWxr } from './wxr';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-import-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const SITE = parseWxr(readFileSync(path.join(import.meta.dirname, 'fixtures', 'wordpress-export.xml'), 'utf8'));

function changesAfter(file: string, id: number) {
  const { sqlite, db } = openDatabase(file, { fileMustExist: true });
  try {
    return { changes: listContentChangesAfter(id, db), latest: latestContentChangeId(db) };
  } finally {
    sqlite.close();
  }
}

describe('importWordPressInto', () => {
  it('imports into the file and drops every cached page, then changes nothing when run again', () => {
    const file = path.join(directory, 'site.sqlite');
    prepareDatabase(file, { demoContent: false });
    const before = changesAfter(file, 0).latest;
    const progress: number[] = [];
    const first = importWordPressInto(file, SITE, { onProgress: (done) => progress.push(done) });
    expect(first.imported.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(SITE.items.length);
    const { changes, latest } = changesAfter(file, before);
    expect(changes.at(-1)?.tags).toEqual([SITE_TAG]);

    const second = importWordPressInto(file, SITE);
    expect(second.imported).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(changesAfter(file, latest).changes).toEqual([]);
  });

  it('refuses a database that does not exist', () => {
    expect(() => importWordPressInto(path.join(directory, 'missing.sqlite'), SITE)).toThrow();
  });
});
