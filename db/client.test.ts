import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';

describe('openDatabase', () => {
  it('reports how long each statement took when asked', () => {
    const durations: number[] = [];
    const { sqlite, db } = openDatabase(':memory:', { onStatementTime: (seconds) => durations.push(seconds) });
    db.run(sql`create table t (x integer)`);
    db.run(sql`insert into t values (1), (2)`);
    expect(db.all(sql`select x from t`)).toEqual([{ x: 1 }, { x: 2 }]);
    expect(db.get(sql`select count(*) as n from t`)).toEqual({ n: 2 });
    expect(durations).toHaveLength(4);
    for (const seconds of durations) expect(seconds).toBeGreaterThanOrEqual(0);
    sqlite.close();
  });
});
