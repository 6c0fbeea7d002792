import { describe, expect, it } from 'vitest';
import {
  articlePath,
  categoryFeedPath,
  searchPath,
  categoryPath,
  exitMobileHref,
  goMobileHref,
  homePath,
  isMobilePath,
  isNewsroomPath,
  listingPath,
  slugFromPageSegment,
  tagPath,
  toDesktopPath,
  toMobilePath,
  toSafeLocalPath,
  versionSwitchTarget,
} from './paths';

describe('page paths', () => {
  it('builds desktop and mobile paths for each page type', () => {
    expect(homePath('desktop')).toBe('/');
    expect(homePath('mobile')).toBe('/m');
    expect(categoryPath('india-russia', 'desktop')).toBe('/category/india-russia');
    expect(categoryPath('india-russia', 'mobile', 3)).toBe('/m/category/india-russia/page/3');
    expect(articlePath('some-story', 'mobile')).toBe('/m/article/some-story');
    expect(tagPath('s-jaishankar', 'desktop', 1)).toBe('/tag/s-jaishankar');
    expect(listingPath('author', 'news-desk', 'desktop', 2)).toBe('/author/news-desk/page/2');
  });

  it('builds search paths with the query and page', () => {
    expect(searchPath('desktop')).toBe('/search');
    expect(searchPath('mobile', 'Lavrov talks')).toBe('/m/search?q=Lavrov+talks');
    expect(searchPath('desktop', 'x&y', 2)).toBe('/search?q=x%26y&page=2');
    expect(categoryFeedPath('india-russia')).toBe('/category/india-russia/feed.xml');
  });

  it('encodes slugs so they cannot add path segments', () => {
    expect(articlePath('a/b?c', 'desktop')).toBe('/article/a%2Fb%3Fc');
  });

  it('builds paths for slugs in any script, which the pages read back', () => {
    expect(tagPath('日本語', 'desktop')).toBe('/tag/%E6%97%A5%E6%9C%AC%E8%AA%9E');
    expect(categoryPath('विज्ञान', 'mobile', 2)).toBe('/m/category/%E0%A4%B5%E0%A4%BF%E0%A4%9C%E0%A5%8D%E0%A4%9E%E0%A4%BE%E0%A4%A8/page/2');
    for (const slug of ['日本語', 'हिन्दी', 'россия', 's-jaishankar']) {
      expect(slugFromPageSegment(tagPath(slug, 'desktop').split('/')[2] ?? '')).toBe(slug);
    }
  });

  it('reads a page’s segment, as decoded or not, and has nothing for broken percent-encoding', () => {
    expect(slugFromPageSegment('%E6%97%A5%E6%9C%AC%E8%AA%9E')).toBe('日本語');
    expect(slugFromPageSegment('日本語')).toBe('日本語');
    expect(slugFromPageSegment('%E6%97')).toBeNull();
    expect(slugFromPageSegment('%')).toBeNull();
  });
});

describe('switching between versions', () => {
  it.each([
    ['/', '/m'],
    ['/article/x', '/m/article/x'],
    ['/category/world/page/2', '/m/category/world/page/2'],
    ['/?q=1', '/m/?q=1'],
  ])('%s ⇄ %s', (desktop, mobile) => {
    expect(toMobilePath(desktop)).toBe(mobile);
    expect(toDesktopPath(mobile)).toBe(desktop);
  });

  it('leaves paths already in the wanted version alone', () => {
    expect(toMobilePath('/m/article/x')).toBe('/m/article/x');
    expect(toDesktopPath('/article/x')).toBe('/article/x');
  });

  it('does not mistake paths that merely start with "m" for mobile ones', () => {
    expect(isMobilePath('/mumbai')).toBe(false);
    expect(toMobilePath('/mumbai')).toBe('/m/mumbai');
    expect(isMobilePath('/m')).toBe(true);
  });

  it('links each version to the same page in the other one', () => {
    expect(exitMobileHref('/m/article/x')).toBe('/exit-mobile?to=%2Farticle%2Fx');
    expect(goMobileHref('/article/x')).toBe('/go-mobile?to=%2Fm%2Farticle%2Fx');
    expect(exitMobileHref('/m')).toBe('/exit-mobile?to=%2F');
  });
});

describe('isNewsroomPath', () => {
  it('is true of the newsroom and everything under it, and nothing else', () => {
    for (const path of ['/newsroom', '/newsroom/login', '/newsroom/stories/12/preview/mobile']) expect(isNewsroomPath(path), path).toBe(true);
    for (const path of ['/', '/newsroomx', '/newsrooms/login', '/m/newsroom', '/article/newsroom']) expect(isNewsroomPath(path), path).toBe(false);
  });
});

describe('toSafeLocalPath', () => {
  it('keeps paths on this site with their query', () => {
    expect(toSafeLocalPath('/article/x')).toBe('/article/x');
    expect(toSafeLocalPath('/category/world/page/2?ref=nav')).toBe('/category/world/page/2?ref=nav');
    expect(toSafeLocalPath('/a/../b')).toBe('/b');
  });

  it.each([
    null,
    undefined,
    '',
    'article/x',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    `/${'a'.repeat(3000)}`,
    '/.//evil.example',
    '/a/..//evil.example',
    '/%2e//evil.example',
  ])('refuses %j', (target) => {
    expect(toSafeLocalPath(target)).toBeNull();
  });
});

describe('versionSwitchTarget', () => {
  it('opens the same page in the other version', () => {
    expect(versionSwitchTarget('/m/article/x?ref=a', 'desktop')).toBe('/article/x?ref=a');
    expect(versionSwitchTarget('/m', 'desktop')).toBe('/');
    expect(versionSwitchTarget('/article/x', 'mobile')).toBe('/m/article/x');
    expect(versionSwitchTarget('/', 'mobile')).toBe('/m');
  });

  it.each([
    ['/m//evil.example', 'desktop'],
    ['/m/.//evil.example', 'desktop'],
    ['/m/a/..//evil.example', 'desktop'],
    ['/.//evil.example', 'desktop'],
    ['/a/..//evil.example', 'desktop'],
    ['/.//evil.example', 'mobile'],
    ['//evil.example', 'mobile'],
    ['https://evil.example', 'mobile'],
  ] as const)('sends %j (%s) to the front page, never off the site', (target, variant) => {
    expect(versionSwitchTarget(target, variant)).toBe(homePath(variant));
  });
});
