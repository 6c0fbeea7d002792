import { describe, expect, it } from 'vitest';
import { toPostgresStatement } from './e2eDatabase';

describe('toPostgresStatement', () => {
  it('numbers ? in order', () => {
    expect(toPostgresStatement('update articles set body = ? where slug = ?', ['[]', 'a-story'])).toEqual({
      text: 'update articles set body = $1 where slug = $2',
      values: ['[]', 'a-story'],
    });
  });

  it('gives each @name one number, however often it appears', () => {
    expect(toPostgresStatement('select @b, @a, @b', [{ a: 1, b: 'two' }])).toEqual({ text: 'select $1, $2, $1', values: ['two', 1] });
  });

  it('leaves ? and @ inside quoted strings and names alone', () => {
    expect(toPostgresStatement(`select 'what?', "odd@name" from staff where email = 'someone@example.org' and name = ?`, ["O'Brien"])).toEqual({
      text: `select 'what?', "odd@name" from staff where email = 'someone@example.org' and name = $1`,
      values: ["O'Brien"],
    });
    expect(toPostgresStatement(`select 'it''s ?' where a = ?`, [1]).text).toBe(`select 'it''s ?' where a = $1`);
  });

  it('sends a bigint as text', () => {
    expect(toPostgresStatement('select ?', [12n]).values).toEqual(['12']);
  });

  it('refuses too few or too many values, and a missing @name', () => {
    expect(() => toPostgresStatement('select ?, ?', [1])).toThrow(/more \?/);
    expect(() => toPostgresStatement('select ?', [1, 2])).toThrow(/1 \? for 2 values/);
    expect(() => toPostgresStatement('select @a', [{ b: 1 }])).toThrow(/No value for @a/);
  });
});
