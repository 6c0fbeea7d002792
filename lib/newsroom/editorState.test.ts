import { describe, expect, it } from 'vitest';
import { IMAGE_NOT_KEPT, refusedSave, type EditorSetting, type EditorState } from './editorState';
import { WORK_KEPT_WHILE_DATABASE_UNAVAILABLE } from './refusals';
import { readStoryForm } from './storyForm';

const values = readStoryForm(new FormData());
const setting: EditorSetting = { storyId: 4, status: 'draft', sections: [{ id: 1, name: 'World' }], bylines: [{ id: 7, name: 'News Desk' }], canPublish: true, imageUrl: null };
const previous: EditorState = { setting, values, errors: {}, notice: null, attempt: 2 };
const NOT_SAVED = 'The story was not saved: see the notes beside the fields.';

describe('refusedSave', () => {
  it('keeps what was typed and shows a refusal beside the field it concerns', () => {
    expect(refusedSave(previous, values, { refusal: 'slug-taken' })).toEqual({
      setting,
      values,
      errors: { slug: 'Another story already has this address: choose another.' },
      notice: NOT_SAVED,
      attempt: 3,
    });
    expect(refusedSave(previous, values, { refusal: 'image-unreadable' }).errors).toEqual({
      image: 'That file is not an image we can read. Upload a JPEG, PNG, WebP, AVIF or GIF.',
    });
  });

  it('shows a refusal of the whole save above the form, and a failure in words of its own', () => {
    expect(refusedSave(previous, values, { refusal: 'story-not-yours' })).toMatchObject({ errors: {}, notice: 'You may not edit this story.' });
    expect(refusedSave(previous, values, { refusal: 'failed' }).notice).toMatch(/^Something went wrong, and the change was not made\./);
  });

  it('shows the form’s own checks beside their fields', () => {
    expect(refusedSave(previous, values, { errors: { headline: 'Write a headline.' } })).toMatchObject({
      errors: { headline: 'Write a headline.' },
      notice: NOT_SAVED,
    });
  });

  it('says that nothing was saved and the work is kept when the database cannot be reached', () => {
    const typed = { ...values, headline: 'Typed during the outage', body: 'Every word of it.' };
    expect(refusedSave(previous, typed, { refusal: 'database-unavailable' })).toEqual({
      setting,
      values: typed,
      errors: {},
      notice: WORK_KEPT_WHILE_DATABASE_UNAVAILABLE,
      attempt: 3,
    });
  });

  it('asks for a chosen image again, which no form that comes back keeps, unless the image itself was refused', () => {
    expect(refusedSave(previous, values, { refusal: 'database-unavailable', imageChosen: true }).errors).toEqual({ image: IMAGE_NOT_KEPT });
    expect(refusedSave(previous, values, { errors: { headline: 'Write a headline.' }, imageChosen: true }).errors).toEqual({
      headline: 'Write a headline.',
      image: IMAGE_NOT_KEPT,
    });
    expect(refusedSave(previous, values, { refusal: 'image-too-narrow', imageChosen: true }).errors.image).toMatch(/pixels wide/);
  });

  it('draws the form again from the setting the browser sent back, once checked', () => {
    const forged = { ...previous, setting: { ...setting, sections: 'not a list' } } as unknown as EditorState;
    expect(refusedSave(forged, values, { refusal: 'database-unavailable' }).setting).toBeNull();
  });
});
