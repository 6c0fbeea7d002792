import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlug, MADE_STORY_SLUG_LENGTH, slugify, slugWithin, storySlugFrom } from './slugify';

describe('slugify', () => {
  it.each([
    ['S. Jaishankar', 's-jaishankar'],
    ['India & Russia', 'india-and-russia'],
    ['Café au lait', 'cafe-au-lait'],
    ['İstanbul', 'istanbul'],
    ['  Défense -- Nationale!  ', 'defense-nationale'],
    ['ﬁnance ２０２５', 'finance-2025'],
    ['日本語', '日本語'],
    ['ﾆｭｰｽ', 'ニュース'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार'],
    ['Россия', 'россия'],
    ['Йошкар-Ола', 'йошкар-ола'],
    ['Ελλάδα', 'ελλάδα'],
    ['한국', '한국'],
    ['العربية', 'العربية'],
    ['Straße', 'straße'],
    ['G20 ₹ 2025', 'g20-2025'],
    ['\u0301accent alone', 'accent-alone'],
  ])('makes %s into %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it.each(['!!!', '   ', '—', '🙂🙂', '¿?', ''])('has nothing for %j, which has no letter or digit', (name) => {
    expect(slugify(name)).toBe('');
  });

  // The rule before scripts other than Latin were kept: names in it keep their addresses.
  const latinOnlySlugify = (name: string) =>
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');

  it('keeps the addresses names in English, and in Latin letters with accents, always had', () => {
    const names = ['India & Russia', 'Economy', 'News Desk', 'Elena Sokolova', 'Line of Control', 'Pahalgam attack', 'S-400', 'BrahMos', 'Indian Ocean'];
    for (const name of names) expect(slugify(name), name).toBe(latinOnlySlugify(name));
    const latin = fc.constantFrom(...'abcxyzABCXYZ0189 .,;:!?&-_/\'"()[]éèêëÉàâäÀçÇñÑöÖüÜåÅãõíìîïóòôúùûýÿ'.split(''));
    fc.assert(
      fc.property(fc.array(latin, { maxLength: 30 }), (characters) => {
        const name = characters.join('');
        expect(slugify(name)).toBe(latinOnlySlugify(name));
      }),
    );
  });

  it('makes slugs that are slugs: the same again, and never a character cut in half', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
        const slug = slugify(name);
        expect(slugify(slug)).toBe(slug);
        expect(slug === '' || isSlug(slug)).toBe(true);
        expect(encodeURIComponent(slug)).toBeTypeOf('string');
      }),
    );
  });
});

describe('slugWithin', () => {
  it('cuts between characters, without a hyphen at the end', () => {
    expect(slugWithin('Monsoon arrives early', 8)).toBe('monsoon');
    expect(slugWithin('𠮷野家 の 牛丼', 3)).toBe('𠮷野');
    expect(slugWithin('!!!', 10)).toBe('');
  });
});

describe('storySlugFrom', () => {
  it('makes every story address the same way, for the newsroom and for imports: at most 80 characters of the slug', () => {
    expect(storySlugFrom('Monsoon arrives early in Kerala!')).toBe('monsoon-arrives-early-in-kerala');
    const long = storySlugFrom(`${'word '.repeat(30)}end`);
    expect(long.length).toBeLessThanOrEqual(MADE_STORY_SLUG_LENGTH);
    expect(long).toBe(slugWithin(`${'word '.repeat(30)}end`, MADE_STORY_SLUG_LENGTH));
    expect(isSlug(long)).toBe(true);
    expect(storySlugFrom('???')).toBe('');
  });
});
