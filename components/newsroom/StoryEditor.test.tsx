import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PAGE_WHILE_DATABASE_UNAVAILABLE, refusalWords } from '../../lib/newsroom/refusals';
import { EMPTY_STORY_FORM } from '../../lib/newsroom/storyForm';
import { MAX_TOPICS_FIELD_LENGTH, MAX_UPLOAD_BYTES, MIN_IMAGE_WIDTH, STORY_TEXT_LIMITS } from '../../lib/textLimits';
import { StoryEditor } from './StoryEditor.client';

const markup = renderToStaticMarkup(
  <StoryEditor
    save={async (state) => state}
    address="/newsroom/stories/new"
    setting={{ storyId: null, status: 'draft', sections: [{ id: 1, name: 'World' }], bylines: [{ id: 7, name: 'News Desk' }], canPublish: true, imageUrl: null }}
    initialValues={EMPTY_STORY_FORM}
  />,
);

/** The maxlength the browser enforces on the field named `name`. */
function maxLengthOf(name: string): number | null {
  const field = new RegExp(`<(?:input|textarea)[^>]*\\bname="${name}"[^>]*>`).exec(markup)?.[0];
  const limit = field ? /\bmaxLength="(\d+)"/.exec(field)?.[1] : undefined;
  return limit === undefined ? null : Number(limit);
}

describe('StoryEditor', () => {
  it('stops typing at the limits the server checks, field by field', () => {
    for (const [field, limit] of Object.entries(STORY_TEXT_LIMITS)) expect(maxLengthOf(field), field).toBe(limit);
    expect(maxLengthOf('tags')).toBe(MAX_TOPICS_FIELD_LENGTH);
  });

  it('states the image limits the server refuses beyond', () => {
    const hint = markup.replace(/<!-- -->/g, '');
    expect(hint).toContain(`at least ${MIN_IMAGE_WIDTH} pixels wide, up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
    expect(refusalWords('image-too-narrow')).toContain(`${MIN_IMAGE_WIDTH} pixels`);
    expect(refusalWords('image-too-large')).toContain(`${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  });

  it('shows no form, only why, when its page could not read the database', () => {
    const unavailable = renderToStaticMarkup(
      <StoryEditor save={async (state) => state} address="/newsroom/stories/new" setting={null} initialValues={EMPTY_STORY_FORM} />,
    );
    expect(unavailable).not.toContain('<form');
    expect(unavailable).toContain(PAGE_WHILE_DATABASE_UNAVAILABLE);
  });
});
