import { describe, expect, it } from 'vitest';
import { setUpTestDatabase } from '../db/testing/testDatabase';
import { healthProblem, PageFailureWatch } from './health';

const testDb = setUpTestDatabase();

describe('healthProblem', () => {
  it('is none while pages render, and names failing pages once five fail in a row', () => {
    const watch = new PageFailureWatch();
    expect(healthProblem(watch)).toBeNull();
    for (let failure = 0; failure < 4; failure += 1) watch.record(500);
    expect(healthProblem(watch)).toBeNull();
    watch.record(503);
    expect(healthProblem(watch)).toMatch(/pages failed/);
    watch.record(200);
    expect(healthProblem(watch)).toBeNull();
  });

  it('names a page-data failure apart from an unreachable database', () => {
    const watch = new PageFailureWatch();
    testDb().sqlite.exec('alter table articles rename to articles_gone');
    expect(healthProblem(watch)).toBe('pages cannot be rendered');
    testDb().sqlite.exec('alter table articles_gone rename to articles');
    expect(healthProblem(watch)).toBeNull();
    testDb().sqlite.close();
    expect(healthProblem(watch)).toBe('database unreachable');
  });
});
