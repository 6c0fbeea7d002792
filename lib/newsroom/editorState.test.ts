import { describe, expect, it } from 'vitest';
import { refusedSave, type EditorState } from './editorState';
import { readStoryForm } from './storyForm';

const values = readStoryForm(new FormData());
const previous: EditorState = { values, errors: {}, notice: null, attempt: 2 };
const NOT_SAVED = 'The story was not saved: see the notes beside the fields.';

describe('refusedSave', () => {
  it('keeps what was typed and shows a refusal beside the field it concerns', () => {
    expect(refusedSave(previous, values, { refusal: 'slug-taken' })).toEqual({
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
});
