import { describe, expect, it } from 'vitest';
import { STORY_TEXT_LIMITS } from '../textLimits';
import {
  containerNestingCeiling,
  lexWithinLimits,
  lineCount,
  MARKDOWN_READING_BUDGET_MS,
  MAX_MARKDOWN_LINES,
  MAX_MARKDOWN_NESTING,
  type ReadingClock,
} from './boundedLexer';

const nestedList = (depth: number) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
const nestedQuote = (depth: number) => `${'> '.repeat(depth)}words`;
const nestedEmphasis = (depth: number) => {
  const marks = Array.from({ length: depth }, (_, level) => (level % 2 === 0 ? '*' : '_'));
  return `${marks.map((mark) => `${mark}a `).join('')}b${marks.reverse().map((mark) => ` a${mark}`).join('')}`;
};
const nestedLinks = (depth: number) => `${'['.repeat(depth)}a${'](/b)'.repeat(depth)}`;
const limitOf = (markdown: string) => {
  const result = lexWithinLimits(markdown);
  return 'limit' in result ? result.limit : 'read';
};

/** Processor time spent reading, in milliseconds. */
function processorTimeOf(read: () => void): number {
  const before = process.cpuUsage();
  read();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

describe('lexWithinLimits', () => {
  it.each([
    ['a list', nestedList],
    ['a quotation', nestedQuote],
    ['a list in a quotation', (depth: number) => `${'> - '.repeat(depth / 2)}words`],
    ['emphasis', nestedEmphasis],
  ])(`reads %s nested ${MAX_MARKDOWN_NESTING} deep, and refuses one level more`, (_name, nest) => {
    expect(limitOf(nest(MAX_MARKDOWN_NESTING))).toBe('read');
    expect(limitOf(nest(MAX_MARKDOWN_NESTING + 2))).toBe('nesting');
  });

  it.each([
    ['300 nested lists, as many as fit in a body', nestedList(300)],
    ['5,000 quotation marks', '>'.repeat(5_000) + ' words'],
    ['5,000 list markers on a line', '- '.repeat(5_000) + 'words'],
    ['5,000 numbered list markers on a line', '1. '.repeat(5_000) + 'words'],
    ['1,000 nested emphases', nestedEmphasis(1_000)],
    ['1,000 nested bold and italic', '**a *'.repeat(1_000) + 'b' + '* a**'.repeat(1_000)],
  ])('refuses %s without running out of stack', (_name, markdown) => {
    expect(['nesting', 'time']).toContain(limitOf(markdown));
  });

  it('reads link text nested deeply, which marked reads without deep recursion', () => {
    expect(limitOf(nestedLinks(5_000))).toBe('read');
  });

  it('refuses a body over its length or its lines before reading it', () => {
    expect(limitOf('a'.repeat(STORY_TEXT_LIMITS.body))).toBe('read');
    expect(limitOf('a'.repeat(STORY_TEXT_LIMITS.body + 1))).toBe('length');
    expect(limitOf('a\n'.repeat(MAX_MARKDOWN_LINES - 1) + 'a')).toBe('read');
    expect(limitOf('a\n'.repeat(MAX_MARKDOWN_LINES))).toBe('lines');
  });

  describe('time', () => {
    // A clock that moves on by `step` each time it is read.
    const ticking = (wallStep: number, processorStep: number): ReadingClock => {
      let wall = 0;
      let processor = 0;
      return { wallMs: () => (wall += wallStep), processorMs: () => (processor += processorStep) };
    };
    const body = Array.from({ length: 200 }, (_, n) => `Paragraph ${n} with *some* words.`).join('\n\n');

    it('stops reading once reading has taken its budget of time', () => {
      expect(lexWithinLimits(body, ticking(1, 1))).toEqual({ limit: 'time' });
      expect(lexWithinLimits(body, ticking(MARKDOWN_READING_BUDGET_MS / 1_000, MARKDOWN_READING_BUDGET_MS / 1_000))).toHaveProperty('tokens');
    });

    it('goes on while the machine is busy with other programs, or this one with its other threads', () => {
      expect(lexWithinLimits(body, ticking(1, 0))).toHaveProperty('tokens');
      expect(lexWithinLimits(body, ticking(0, 1))).toHaveProperty('tokens');
    });

    // Each took seconds, or ran out of stack, before reading was bounded; the last two are the most
    // lines allowed, in one list and in one list item.
    it.each([
      ['"_a', '"_a'.repeat(33_333)],
      ['"_a in short paragraphs', Array.from({ length: 495 }, () => '"_a'.repeat(66)).join('\n\n')],
      ['.*a in short paragraphs', Array.from({ length: 495 }, () => '.*a'.repeat(66)).join('\n\n')],
      ['_a', '_a'.repeat(50_000)],
      ['__a', '__a'.repeat(33_333)],
      ['[', '['.repeat(100_000)],
      ['<a', '<a'.repeat(50_000)],
      ['list items', `- ${'a'.repeat(46)}\n`.repeat(MAX_MARKDOWN_LINES - 1)],
      ['a list item’s lines', `- a\n${`${'a'.repeat(48)}\n`.repeat(MAX_MARKDOWN_LINES - 2)}`],
    ])('reads or refuses 100,000 characters of %s within twice its budget of processor time', (_name, markdown) => {
      expect(markdown.length).toBeLessThanOrEqual(STORY_TEXT_LIMITS.body);
      lexWithinLimits(markdown.slice(0, 1_000));
      expect(processorTimeOf(() => lexWithinLimits(markdown))).toBeLessThan(2 * MARKDOWN_READING_BUDGET_MS);
    });
  });
});

describe('containerNestingCeiling', () => {
  it.each([
    ['plain text', 'Just words.\nMore words.', 0],
    ['a list', '- one\n- two', 1],
    ['a nested list', '- one\n  - two\n    - three', 3],
    ['a nested numbered list', '1. one\n   1. two', 2],
    ['quotations', '> > > words', 3],
    ['a list in a quotation', '> - one\n> - two', 2],
    ['a tab of indentation', '\t- nested', 3],
    ['a bullet that is emphasis', '*not a list*', 0],
    ['a number that is not a list', '2025 was a year.', 0],
  ])('counts %s', (_name, markdown, levels) => {
    expect(containerNestingCeiling(markdown)).toBe(levels);
  });
});

describe('lineCount', () => {
  it('counts lines ended by \\n, \\r\\n or \\r', () => {
    expect(lineCount('one')).toBe(1);
    expect(lineCount('one\ntwo\r\nthree\rfour')).toBe(4);
  });
});
