import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_TERMS, parseSearchQuery } from './searchQuery';

// Inputs a reader (or an attacker) might type; db/queries/search.test.ts runs the same kind of
// list against the real index.
const HOSTILE_SEARCH_INPUTS: readonly string[] = [
  '',
  '   ',
  '\t\n',
  '"',
  '"""',
  'lavrov"',
  '"lavrov',
  '*',
  'lav*',
  '^lavrov',
  'a:b',
  'headline:lavrov',
  '{headline standfirst}: lavrov',
  '- lavrov',
  '+lavrov -jaishankar',
  '(lavrov',
  'lavrov)',
  '((()))',
  '{}',
  'NEAR(a b)',
  'NEAR(lavrov jaishankar, 2)',
  'AND OR NOT',
  'lavrov AND',
  'NOT lavrov',
  'lavrov OR',
  'OR',
  '😀🔥🇮🇳',
  'भारत रूस',
  'भा',
  "'; drop table articles; --",
  'Robert"); DROP TABLE articles;--',
  '\u0000lavrov\u0007\u001b[31m',
  '\u0000',
  '\uE000lavrov\uE001',
  'x'.repeat(2000),
  'india '.repeat(400),
  'ｌａｖｒｏｖ',
  'Lavróv',
  'ß',
  '\uD800lavrov',
  'rank:1',
  'rowid 1=1',
  '%_\\',
];

function expectOnlyQuotedStrings(match: string): void {
  // One or more "…" strings (inner quotes doubled), separated by single spaces, the last one
  // optionally a prefix.
  expect(match).toMatch(/^"(?:[^"]|"")+"(?: "(?:[^"]|"")+")*\*?$/u);
}

describe('parseSearchQuery', () => {
  it('quotes each word and matches the last one as a prefix while it is being typed', () => {
    expect(parseSearchQuery('Sergei Lavr')).toEqual({ terms: ['Sergei', 'Lavr'], lastIsPrefix: true, match: '"Sergei" "Lavr"*' });
    expect(parseSearchQuery('lavrov')).toEqual({ terms: ['lavrov'], lastIsPrefix: true, match: '"lavrov"*' });
  });

  it('matches the last word whole once the reader has typed a space after it', () => {
    expect(parseSearchQuery('Sergei Lavrov ')).toEqual({ terms: ['Sergei', 'Lavrov'], lastIsPrefix: false, match: '"Sergei" "Lavrov"' });
    expect(parseSearchQuery('lavrov\n')?.match).toBe('"lavrov"');
  });

  it('does not make a prefix of a single letter, which would match most words', () => {
    expect(parseSearchQuery('S')?.match).toBe('"S"');
    expect(parseSearchQuery('Jaishankar S')?.match).toBe('"Jaishankar" "S"');
  });

  it('returns null when nothing searchable is left', () => {
    for (const input of ['', '   ', '\t\n', '"', '*', '((()))', '{}', '😀🔥🇮🇳', '\u0000', '- + ^ : * "', '\uE000\uE001']) {
      expect(parseSearchQuery(input), JSON.stringify(input)).toBeNull();
    }
  });

  it('turns FTS5 operators and syntax into plain words', () => {
    expect(parseSearchQuery('AND OR NOT')?.match).toBe('"AND" "OR" "NOT"*');
    expect(parseSearchQuery('NEAR(a b)')?.match).toBe('"NEAR" "a" "b"');
    expect(parseSearchQuery('headline:lavrov')?.match).toBe('"headline" "lavrov"*');
    expect(parseSearchQuery('{headline standfirst}: lavrov')?.match).toBe('"headline" "standfirst" "lavrov"*');
    expect(parseSearchQuery('+lavrov -jaishankar')?.match).toBe('"lavrov" "jaishankar"*');
    expect(parseSearchQuery('^lavrov*')?.match).toBe('"lavrov"*');
    expect(parseSearchQuery('"lavrov')?.match).toBe('"lavrov"*');
    expect(parseSearchQuery('lavrov)')?.match).toBe('"lavrov"*');
  });

  it('keeps SQL as words, never as syntax', () => {
    expect(parseSearchQuery("'; drop table articles; --")).toEqual({
      terms: ['drop', 'table', 'articles'],
      lastIsPrefix: true,
      match: '"drop" "table" "articles"*',
    });
  });

  it('drops control characters and private-use characters', () => {
    expect(parseSearchQuery('\u0000lavrov\u0007\u001b[31m')?.terms).toEqual(['lavrov', '31m']);
    expect(parseSearchQuery('\uE000lavrov\uE001')?.match).toBe('"lavrov"*');
  });

  it('keeps Devanagari words whole, vowel signs included', () => {
    expect(parseSearchQuery('भारत रूस')).toEqual({ terms: ['भारत', 'रूस'], lastIsPrefix: true, match: '"भारत" "रूस"*' });
  });

  it('normalises compatibility characters and keeps diacritics for the index to fold', () => {
    expect(parseSearchQuery('ｌａｖｒｏｖ')?.terms).toEqual(['lavrov']);
    expect(parseSearchQuery('Lavróv')?.terms).toEqual(['Lavróv']);
    expect(parseSearchQuery('Lavro\u0301v')?.terms).toEqual(['Lavróv']);
  });

  it('reads a long input only up to its first words', () => {
    const long = parseSearchQuery('x'.repeat(2000));
    expect(long?.terms).toEqual(['x'.repeat(200)]);
    const many = parseSearchQuery(Array.from({ length: 50 }, (_, index) => `word${index}`).join(' '));
    expect(many?.terms).toHaveLength(MAX_SEARCH_TERMS);
    // The reader is not typing the tenth word: more words follow it.
    expect(many?.match.endsWith('*')).toBe(false);
  });

  it('searches for a repeated word once', () => {
    expect(parseSearchQuery('india India INDIA russia')?.terms).toEqual(['india', 'russia']);
  });

  it('never splits a surrogate pair when cutting', () => {
    const input = `${'a'.repeat(199)}𝐀𝐁`;
    expect(parseSearchQuery(input)?.terms).toEqual([`${'a'.repeat(199)}A`]);
  });

  it('gives null or quoted strings only for every hostile input', () => {
    for (const input of HOSTILE_SEARCH_INPUTS) {
      const parsed = parseSearchQuery(input);
      if (parsed) expectOnlyQuotedStrings(parsed.match);
    }
  });
});
