import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LiveDesk as LiveDeskData } from '../../db/queries/liveDesk';
import { KEY_EVENT_LIMIT, LIVE_POST_LIMIT, LIVE_POSTS_PER_PAGE, LIVE_SUMMARY_LIMIT } from '../../lib/liveCoverage';
import { LiveDesk, type LiveDeskActions } from './LiveDesk';

const ACTIONS: LiveDeskActions = {
  open: async (state) => state,
  setSummary: async (state) => state,
  post: async (state) => state,
  editPost: () => async (state) => state,
  pin: async () => {},
  remove: async () => {},
  close: async () => {},
};

const words = (text: string) => [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }];

const OPEN: LiveDeskData = {
  startedAt: new Date('2026-11-30T03:00:00Z'),
  endedAt: null,
  summary: 'Polls are open.\nCounting starts at six.',
  pinnedPostId: 2,
  posts: [
    { id: 3, body: words('Turnout is high.'), postedAt: new Date('2026-11-30T06:00:00Z'), editedAt: null, keyEvent: null, postedBy: null },
    { id: 2, body: words('Polls open.'), postedAt: new Date('2026-11-30T03:30:00Z'), editedAt: new Date('2026-11-30T04:00:00Z'), keyEvent: 'Polls open', postedBy: 'Ananya Rao' },
  ],
};

const draw = (desk: LiveDeskData | null, readerSlug: string | null = 'the-count') =>
  renderToStaticMarkup(<LiveDesk desk={desk} address="/newsroom/stories/9/live" readerSlug={readerSlug} actions={ACTIONS} />).replace(/<!-- -->/g, '');

describe('LiveDesk', () => {
  it('offers only to open coverage, with its first summary, before there is any', () => {
    const markup = draw(null);
    expect(markup).toContain('Open live coverage');
    expect(markup).toContain(`name="summary"`);
    expect(markup).not.toContain('name="text"');
  });

  it('shows each post with its anchor, time, poster and edit, the pinned one to unpin, and the others to pin', () => {
    const markup = draw(OPEN);
    expect(markup.indexOf('Turnout is high.')).toBeLessThan(markup.indexOf('Polls open.'));
    expect(markup).toContain('id="post-3"');
    expect(markup).toContain('href="/article/the-count#post-2"');
    expect(markup).toContain('by a former member of staff');
    expect(markup).toContain('by Ananya Rao; edited <time dateTime="2026-11-30T04:00:00.000Z">');
    expect(markup.match(/>Unpin</g)).toHaveLength(1);
    expect(markup.match(/>Pin</g)).toHaveLength(1);
    expect(markup).toContain('<button type="submit">Post</button>');
    expect(markup).toContain('Close coverage');
  });

  it('stops typing at the limits the server checks, in every form', () => {
    const markup = draw(OPEN);
    const limitsOf = (name: string) =>
      [...markup.matchAll(new RegExp(`<(?:input|textarea)[^>]*\\bname="${name}"[^>]*>`, 'g'))].map(([field]) => Number(/\bmaxLength="(\d+)"/.exec(field)?.[1]));
    expect(limitsOf('text')).toEqual([LIVE_POST_LIMIT, LIVE_POST_LIMIT, LIVE_POST_LIMIT]);
    expect(limitsOf('keyEvent')).toEqual([KEY_EVENT_LIMIT, KEY_EVENT_LIMIT, KEY_EVENT_LIMIT]);
    expect(limitsOf('summary')).toEqual([LIVE_SUMMARY_LIMIT]);
  });

  it('offers no post form, nor a way to close, once closed', () => {
    const markup = draw({ ...OPEN, endedAt: new Date('2026-11-30T10:00:00Z') });
    expect(markup).toContain('Closed');
    expect(markup).not.toContain('<button type="submit">Post</button>');
    expect(markup).not.toContain('Close coverage');
  });

  it('links each post to the readers’ page that holds it', () => {
    const posts = Array.from({ length: LIVE_POSTS_PER_PAGE + 1 }, (_, index) => ({ ...OPEN.posts[0]!, id: 100 - index }));
    const markup = draw({ ...OPEN, posts });
    expect(markup).toContain('href="/article/the-count#post-100"');
    expect(markup).toContain(`href="/article/the-count/page/2#post-${100 - LIVE_POSTS_PER_PAGE}"`);
  });

  it('links no post to the story’s page while the story is not published', () => {
    expect(draw(OPEN, null)).not.toContain('On the story’s page');
  });
});
