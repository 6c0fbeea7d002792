import { describe, expect, it } from 'vitest';
import { BODY_PART_LIMITS } from '../articleBody';
import { KEY_EVENT_LIMIT, LIVE_POST_LIMIT, LIVE_SUMMARY_LIMIT } from '../liveCoverage';
import { MAX_MARKDOWN_LINES, MAX_MARKDOWN_NESTING } from './boundedLexer';
import { checkLivePostForm, checkLiveSummaryForm, liveDeskPath, livePostFormValues, readLivePostForm } from './liveDeskForm';
import { refusalWords } from './refusals';

const posted = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

describe('the live desk’s post form', () => {
  it('reads the text as the story editor’s Markdown, and an empty key-event line as none', () => {
    const checked = checkLivePostForm(readLivePostForm(posted({ text: 'Crowds gather at the **gate**.\r\n\r\nMore soon.', keyEvent: '  ' })));
    expect(checked).toEqual({
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Crowds gather at the ' }, { type: 'text', text: 'gate', bold: true }, { type: 'text', text: '.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'More soon.' }] },
      ],
      keyEvent: null,
      dropped: [],
    });
  });

  it('makes a post with a key-event line a key event, on one line', () => {
    expect(checkLivePostForm({ text: 'The bridge reopens.', keyEvent: ' Bridge\nreopens ' })).toMatchObject({ keyEvent: 'Bridge reopens' });
  });

  it('refuses an empty or overlong post, and an overlong key-event line', () => {
    expect(checkLivePostForm({ text: ' \n ', keyEvent: '' })).toEqual({ refusal: 'live-post-text' });
    expect(checkLivePostForm({ text: 'x'.repeat(LIVE_POST_LIMIT + 1), keyEvent: '' })).toEqual({ refusal: 'live-post-text' });
    expect(checkLivePostForm({ text: 'Fine.', keyEvent: 'x'.repeat(KEY_EVENT_LIMIT + 1) })).toEqual({ refusal: 'live-key-event' });
  });

  it('refuses text that gives no post with the reason it does not', () => {
    const refusalOf = (text: string) => checkLivePostForm({ text, keyEvent: '' });
    expect(refusalOf('a\n'.repeat(MAX_MARKDOWN_LINES + 1))).toEqual({ refusal: 'live-post-lines' });
    expect(refusalOf('- a\n'.repeat(BODY_PART_LIMITS.listItems + 1))).toEqual({ refusal: 'live-post-part-too-large' });
    expect(refusalOf(`${'> '.repeat(MAX_MARKDOWN_NESTING + 1)}deep`)).toEqual({ refusal: 'live-post-nesting' });
    expect(refusalOf('![the crowd](https://example.org/crowd.jpg)')).toEqual({ refusal: 'live-post-nothing-kept' });
    expect(refusalOf('****')).toEqual({ refusal: 'live-post-text' });
  });

  it('tells the desk the post’s own limits in its refusals', () => {
    expect(refusalWords('live-post-lines')).toBe(`Keep the post within ${MAX_MARKDOWN_LINES.toLocaleString('en-GB')} lines (a paragraph can be one line).`);
    expect(refusalWords('live-post-part-too-large')).toMatch(/^A part of the post is too long: .* and the post within 500 paragraphs/);
    expect(refusalWords('live-post-nothing-kept')).toContain('pictures, tables and HTML are left out');
  });

  it('says what the text left out', () => {
    expect(checkLivePostForm({ text: 'A photo: ![crowd](https://example.org/a.jpg)', keyEvent: '' })).toMatchObject({ dropped: ['images'] });
  });

  it('shows a stored post as the Markdown that reads back as it', () => {
    const post = { body: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: '# Not a heading' }] }], keyEvent: 'Key' };
    const values = livePostFormValues(post);
    expect(values.keyEvent).toBe('Key');
    expect(checkLivePostForm(values)).toMatchObject({ body: post.body, keyEvent: 'Key' });
  });
});

describe('the live desk’s summary form', () => {
  it('keeps one point a line, without blank lines', () => {
    expect(checkLiveSummaryForm({ summary: ' Roads closed.\r\n\r\n  Schools open late. ' })).toBe('Roads closed.\nSchools open late.');
  });

  it('refuses a summary without a point, or too long', () => {
    expect(checkLiveSummaryForm({ summary: '\n \n' })).toEqual({ refusal: 'live-summary' });
    expect(checkLiveSummaryForm({ summary: 'x'.repeat(LIVE_SUMMARY_LIMIT + 1) })).toEqual({ refusal: 'live-summary' });
  });
});

describe('the live desk’s address', () => {
  it('is under the story’s own', () => {
    expect(liveDeskPath(42)).toBe('/newsroom/stories/42/live');
  });
});
