import { describe, expect, it } from 'vitest';
import { getMobileStylesheet, mobileStylesheetFor } from './mobileStylesheet';

const PLAIN_STORY = '<html><body><header class="masthead"><a class="kicker" href="/m/category/world">World</a></header><main><article class="story"><h1 class="story__headline">A</h1></article></main></body></html>';
const LIVE_STORY = PLAIN_STORY.replace('<h1', '<article class="live-post" id="post-1"><p>Post</p></article><h1');

describe('the stylesheet of a mobile page', () => {
  it('keeps the rules a page can match and leaves out the others', async () => {
    const plain = await mobileStylesheetFor(PLAIN_STORY);
    const live = await mobileStylesheetFor(LIVE_STORY);
    for (const kept of ['.masthead', '.story__headline', ':root', 'prefers-color-scheme']) expect(plain).toContain(kept);
    expect(getMobileStylesheet()).toContain('.live-post');
    expect(plain).not.toContain('.live-post');
    expect(plain).not.toContain('.search-result');
    expect(live).toContain('.live-post');
    expect(plain.length).toBeLessThan(getMobileStylesheet().length / 2);
  });

  it('is the same for pages of the same make, whatever their words and addresses', async () => {
    const other = PLAIN_STORY.replace('World', 'Economy').replace('/m/category/world', '/m/category/economy').replace('>A<', '>Another headline<');
    expect(await mobileStylesheetFor(other)).toBe(await mobileStylesheetFor(PLAIN_STORY));
  });
});
