'use client';

import { useActionState } from 'react';
import type { EditorSetting, EditorState, SaveStoryAction } from '../../lib/newsroom/editorState';
import { PAGE_WHILE_DATABASE_UNAVAILABLE } from '../../lib/newsroom/refusals';
import type { StoryField, StoryFormValues } from '../../lib/newsroom/storyForm';
import { MAX_TOPICS_FIELD_LENGTH, MAX_UPLOAD_BYTES, MIN_IMAGE_WIDTH, STORY_TEXT_LIMITS } from '../../lib/textLimits';
import { NamedOptions } from './NamedOptions';

interface StoryEditorProps {
  /** The Server Action the form posts to (app/newsroom/stories/actions.ts). */
  save: SaveStoryAction;
  /**
   * The editor page's own address. Without script the form posts there, and the page drawn in
   * answer shows the save's outcome in this editor wherever it stands on the page.
   */
  address: string;
  /** What the page read for the form; null when the database could not be reached. */
  setting: EditorSetting | null;
  initialValues: StoryFormValues;
}

/**
 * The story editor. A plain form posting to a Server Action, so it works before (or without)
 * the page's script; the action sends back the typed values and an error beside each field.
 * Drawn while the database cannot be reached, it has no form to show, unless it is answering a
 * refused save: then the form comes back from what the browser sent.
 */
export function StoryEditor({ save, address, setting: initialSetting, initialValues }: StoryEditorProps) {
  const [state, formAction, pending] = useActionState<EditorState, FormData>(
    save,
    { setting: initialSetting, values: initialValues, errors: {}, notice: null, attempt: 0 },
    address,
  );
  const { setting, values, errors } = state;
  if (!setting) {
    return (
      <p className="newsroom-notice" role="alert">
        {PAGE_WHILE_DATABASE_UNAVAILABLE}
      </p>
    );
  }
  const { storyId, status, sections, bylines, canPublish, imageUrl } = setting;
  const describedBy = (field: StoryField) => (errors[field] ? `${field}-error` : undefined);
  const error = (field: StoryField) =>
    errors[field] ? (
      <span className="newsroom-field-error" id={`${field}-error`}>
        {errors[field]}
      </span>
    ) : null;

  return (
    // A new key after each refused save: React would otherwise reset some fields (selects) to their first value.
    <form key={state.attempt} action={formAction} className="newsroom-editor" encType="multipart/form-data">
      {state.notice ? (
        <p className="newsroom-notice" role="alert">
          {state.notice}
        </p>
      ) : null}
      {storyId !== null ? <input type="hidden" name="storyId" value={storyId} /> : null}
      <label>
        Headline
        <input name="headline" defaultValue={values.headline} required maxLength={STORY_TEXT_LIMITS.headline} aria-describedby={describedBy('headline')} />
        {error('headline')}
      </label>
      <label>
        Standfirst
        <textarea
          name="standfirst"
          defaultValue={values.standfirst}
          required
          rows={2}
          maxLength={STORY_TEXT_LIMITS.standfirst}
          aria-describedby={describedBy('standfirst')}
        />
        {error('standfirst')}
      </label>
      <label>
        Address (slug)
        <input
          name="slug"
          defaultValue={values.slug}
          placeholder="made from the headline when empty"
          maxLength={STORY_TEXT_LIMITS.slug}
          aria-describedby={describedBy('slug')}
        />
        {error('slug')}
      </label>
      <div className="newsroom-editor__row">
        <label>
          Section
          <select name="categoryId" defaultValue={values.categoryId} required aria-describedby={describedBy('categoryId')}>
            <option value="">Choose…</option>
            <NamedOptions items={sections} />
          </select>
          {error('categoryId')}
        </label>
        <label>
          Byline
          <select name="authorId" defaultValue={values.authorId} required aria-describedby={describedBy('authorId')}>
            <NamedOptions items={bylines} />
          </select>
          {error('authorId')}
        </label>
      </div>
      <label>
        Topics
        <input
          name="tags"
          defaultValue={values.tags}
          placeholder="Comma-separated, e.g. Russia, Defence"
          maxLength={MAX_TOPICS_FIELD_LENGTH}
          aria-describedby={describedBy('tags')}
        />
        {error('tags')}
      </label>
      <label>
        Story (Markdown: ## heading, **bold**, *italic*, [link](https://…), &gt; quotation, - list; up to{' '}
        {STORY_TEXT_LIMITS.body.toLocaleString('en-GB')} characters)
        <textarea
          name="body"
          defaultValue={values.body}
          required
          rows={18}
          maxLength={STORY_TEXT_LIMITS.body}
          aria-describedby={describedBy('body')}
        />
        {error('body')}
      </label>
      <fieldset>
        <legend>Featured image</legend>
        {imageUrl ? <img src={imageUrl} alt="" width={320} height={180} className="newsroom-editor__image" /> : null}
        <label>
          {imageUrl ? 'Replace the image' : 'Image'} (JPEG, PNG, WebP, AVIF or GIF, at least {MIN_IMAGE_WIDTH} pixels wide, up to{' '}
          {MAX_UPLOAD_BYTES / 1024 / 1024} MB)
          <input type="file" name="image" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" aria-describedby={describedBy('image')} />
          {error('image')}
        </label>
        <label>
          Description for readers who cannot see it (alt text)
          <input
            name="imageAlt"
            defaultValue={values.imageAlt}
            required
            maxLength={STORY_TEXT_LIMITS.imageAlt}
            aria-describedby={describedBy('imageAlt')}
          />
          {error('imageAlt')}
        </label>
        <label>
          Caption and credit
          <input
            name="imageCredit"
            defaultValue={values.imageCredit}
            maxLength={STORY_TEXT_LIMITS.imageCredit}
            aria-describedby={describedBy('imageCredit')}
          />
          {error('imageCredit')}
        </label>
      </fieldset>
      <div className="newsroom-editor__row">
        <label>
          Source
          <input
            name="sourceName"
            defaultValue={values.sourceName}
            maxLength={STORY_TEXT_LIMITS.sourceName}
            aria-describedby={describedBy('sourceName')}
          />
          {error('sourceName')}
        </label>
        <label>
          Source address
          <input
            name="sourceUrl"
            type="url"
            defaultValue={values.sourceUrl}
            maxLength={STORY_TEXT_LIMITS.sourceUrl}
            aria-describedby={describedBy('sourceUrl')}
          />
          {error('sourceUrl')}
        </label>
      </div>
      <label>
        Disclaimer
        <input
          name="disclaimer"
          defaultValue={values.disclaimer}
          maxLength={STORY_TEXT_LIMITS.disclaimer}
          aria-describedby={describedBy('disclaimer')}
        />
        {error('disclaimer')}
      </label>
      <div className="newsroom-editor__actions">
        <button type="submit" name="intent" value="save" disabled={pending}>
          {status === 'published' ? 'Save changes' : 'Save draft'}
        </button>
        {canPublish ? (
          <>
            <button type="submit" name="intent" value="publish" disabled={pending}>
              {status === 'published' ? 'Update and keep published' : 'Publish now'}
            </button>
            <label className="newsroom-editor__schedule">
              Publish at (newsroom time)
              <input type="datetime-local" name="publishAt" defaultValue={values.publishAt} aria-describedby={describedBy('publishAt')} />
              {error('publishAt')}
            </label>
            <button type="submit" name="intent" value="schedule" disabled={pending}>
              Schedule
            </button>
            {status !== 'draft' ? (
              <button type="submit" name="intent" value="unpublish" disabled={pending}>
                Unpublish
              </button>
            ) : null}
          </>
        ) : (
          <p className="newsroom-editor__hint">An editor, or the story’s author, publishes it.</p>
        )}
      </div>
    </form>
  );
}
