import { describe, expect, it } from 'vitest';
import { liveDeskNotice, livePostSavedQuery, noticeQuery, pageNotice, pageRefusalFor, refusalShownOn, storyNotice, storySavedQuery, type NewsroomPage } from './notices';
import { Refused } from './refusals';

const FORGED = 'Security alert: sign in again at https://evil.example/newsroom';
const PAGES: NewsroomPage[] = ['login', 'account', 'sections', 'topics', 'staff', 'breaking', 'story', 'editor', 'live'];
const query = (search: string) => Object.fromEntries(new URLSearchParams(search));

describe('page notices', () => {
  it.each(PAGES)('show nothing on the %s page for words, or codes it does not know, in the query', (page) => {
    for (const value of [FORGED, 'toString', '__proto__', 'hasOwnProperty', '', 'added ', 'ADDED']) {
      expect(pageNotice(page, { problem: value }), value).toBeNull();
      expect(pageNotice(page, { done: value }), value).toBeNull();
    }
    expect(pageNotice(page, { problem: [FORGED, 'expired'] })).toBeNull();
    expect(pageNotice(page, {})).toBeNull();
  });

  it('show each page its own codes in its own words', () => {
    expect(pageNotice('sections', query(noticeQuery('sections', { done: 'added' })))).toBe('The section is added to the site.');
    expect(pageNotice('sections', query(noticeQuery('sections', { problem: 'section-address-taken' })))).toBe(
      'There is already a section at that address: choose another name.',
    );
    expect(pageNotice('account', query(noticeQuery('account', { problem: 'too-many-attempts' })))).toMatch(/^Too many wrong passwords/);
    expect(pageNotice('login', query(noticeQuery('login', { done: 'signed-out' })))).toBe('You have logged out.');
    expect(pageNotice('login', { problem: 'expired' })).toBe('The form had expired. Please try again.');
    expect(pageNotice('breaking', query(noticeQuery('breaking', { done: 'set' })))).toBe('The strip is up: every page shows it within seconds.');
    expect(pageNotice('breaking', query(noticeQuery('breaking', { problem: 'breaking-story-unpublished' })))).toBe(
      'Only a published story can be breaking news: publish it first.',
    );
  });

  it('do not carry one page’s codes to another', () => {
    expect(pageNotice('topics', { done: 'added' })).toBeNull();
    expect(pageNotice('sections', { problem: 'wrong-password' })).toBeNull();
    expect(refusalShownOn('staff', 'email-taken')).toBe('email-taken');
    expect(refusalShownOn('staff', 'section-gone')).toBeNull();
  });

  it('a refusal in the query wins over a success beside it', () => {
    expect(pageNotice('staff', { done: 'added', problem: FORGED })).toBeNull();
    expect(pageNotice('staff', { done: 'added', problem: 'own-role' })).toBe('You cannot change your own role; ask another admin.');
  });
});

describe('a change that failed', () => {
  it.each(PAGES)('is told on the %s page in a Refused error’s own words, and never in any other error’s', (page) => {
    const plain = pageRefusalFor(page, new Error(FORGED));
    expect(plain).toBe('failed');
    expect(pageNotice(page, { problem: plain })).toMatch(/^Something went wrong, and the change was not made\./);
    expect(pageRefusalFor(page, FORGED)).toBe('failed');
    expect(pageRefusalFor(page, new Refused('failed'))).toBe('failed');
  });

  it('shows a refusal only on a page that knows it', () => {
    expect(pageRefusalFor('staff', new Refused('email-taken'))).toBe('email-taken');
    expect(pageRefusalFor('sections', new Refused('email-taken'))).toBe('failed');
  });
});

describe('the story page’s notice', () => {
  it('names what a save left out, from codes only', () => {
    expect(storySavedQuery('publish', ['html', 'links'])).toBe('?done=publish&dropped=html,links');
    expect(storySavedQuery('save', [])).toBe('?done=save');
    expect(storyNotice(query(storySavedQuery('save', ['tables'])))).toBe('Saved. Left out of the story: tables.');
  });

  it('shows nothing a link made up', () => {
    expect(storyNotice({ done: FORGED })).toBeNull();
    expect(storyNotice({ done: 'save', dropped: FORGED })).toBe('Saved.');
    expect(storyNotice({ done: 'save', dropped: `html,${FORGED},html,constructor` })).toBe('Saved. Left out of the story: HTML.');
    expect(storyNotice({ dropped: 'html' })).toBeNull();
    expect(storyNotice({ problem: 'restore-address-taken', dropped: 'html' })).toBe('That version cannot come back: another story now has its address.');
  });
});

describe('the live desk’s notice', () => {
  it('names what a post left out, and knows the desk’s own refusals only', () => {
    expect(livePostSavedQuery('posted', ['images'])).toBe('?done=posted&dropped=images');
    expect(liveDeskNotice(query(livePostSavedQuery('edited', [])))).toBe('The post is changed; it shows when it was edited.');
    expect(liveDeskNotice(query(livePostSavedQuery('posted', ['images'])))).toBe('Posted. Left out of the post: images inside the text (use the featured image).');
    expect(liveDeskNotice({ problem: 'live-closed' })).toBe('This live coverage is closed: no more posts can be added.');
    expect(liveDeskNotice({ problem: 'email-taken' })).toBeNull();
    expect(liveDeskNotice({ done: 'save' })).toBeNull();
  });
});
