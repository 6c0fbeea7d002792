import { describe, expect, it } from 'vitest';
import { cleanTypedText, isCleanText, typedTextWithin } from './typedText';

const UNSAFE: readonly [string, string][] = [
  ['NUL', '\u0000'],
  ['ESC', '\u001B'],
  ['backspace', '\u0008'],
  ['vertical tab', '\u000B'],
  ['form feed', '\u000C'],
  ['DEL', '\u007F'],
  ['next line (C1)', '\u0085'],
  ['CSI (C1)', '\u009B'],
  ['a lone high surrogate', '\uD83D'],
  ['a lone low surrogate', '\uDE00'],
  ['U+FFFE', '\uFFFE'],
  ['U+FFFF', '\uFFFF'],
  ['U+FDD0', '\uFDD0'],
  ['U+10FFFF', '\u{10FFFF}'],
  ['right-to-left override', '\u202E'],
  ['left-to-right embedding', '\u202A'],
  ['pop directional formatting', '\u202C'],
  ['right-to-left isolate', '\u2067'],
  ['pop directional isolate', '\u2069'],
];

describe('cleanTypedText', () => {
  it.each(UNSAFE)('removes %s from both shapes of field', (_name, character) => {
    expect(cleanTypedText(`Monsoon${character} arrives`, 'line')).toBe('Monsoon arrives');
    expect(cleanTypedText(`Monsoon${character} arrives`, 'lines')).toBe('Monsoon arrives');
  });

  it('keeps what belongs in text: any script, emoji, joiners and direction marks', () => {
    const text = 'भारत 日本語 Ελλάδα עברית\u200F 👩🏽\u200D💻 क्\u200Dष ﬁ';
    expect(cleanTypedText(text, 'line')).toBe(text);
    expect(isCleanText(text)).toBe(true);
  });

  it('keeps lines and tabs in a field of lines, with line endings as browsers send them made \\n', () => {
    expect(cleanTypedText('One\r\ntwo\rthree\n\tfour', 'lines')).toBe('One\ntwo\nthree\n\tfour');
  });

  it('makes tabs and line breaks spaces in a one-line field', () => {
    expect(cleanTypedText('One\r\ntwo\tthree\u2028four', 'line')).toBe('One two three four');
  });
});

describe('isCleanText', () => {
  it.each(UNSAFE)('refuses %s', (_name, character) => {
    expect(isCleanText(`a${character}b`)).toBe(false);
  });

  it('refuses a carriage return, and accepts tabs and \\n', () => {
    expect(isCleanText('a\rb')).toBe(false);
    expect(isCleanText('a\n\tb')).toBe(true);
  });

  it('accepts whatever cleanTypedText leaves', () => {
    const dirty = UNSAFE.map(([, character]) => character).join('x') + '\r\n';
    expect(isCleanText(cleanTypedText(dirty, 'lines'))).toBe(true);
    expect(isCleanText(cleanTypedText(dirty, 'line'))).toBe(true);
  });
});

describe('typedTextWithin', () => {
  it('cleans and trims, and has nothing for text over the limit once cleaned', () => {
    expect(typedTextWithin('  Rain\u0000 ahead  ', 'line', 10)).toBe('Rain ahead');
    expect(typedTextWithin('Rain ahead!', 'line', 10)).toBeNull();
  });

  it('counts a line break sent as two characters as one', () => {
    expect(typedTextWithin('one\r\ntwo\r\n3', 'lines', 9)).toBe('one\ntwo\n3');
  });

  it('has nothing, without cleaning it, for text over twice the limit', () => {
    expect(typedTextWithin('\u0000'.repeat(21), 'line', 10)).toBeNull();
    expect(typedTextWithin('\u0000'.repeat(20), 'line', 10)).toBe('');
  });
});

