'use client';

import { useActionState } from 'react';
import { KEY_EVENT_LIMIT, LIVE_POST_LIMIT } from '../../lib/liveCoverage';
import type { LivePostFormValues } from '../../lib/newsroom/liveDeskForm';
import type { LiveFormState, LivePostAction } from '../../lib/newsroom/liveDeskState';

interface LivePostFormProps {
  /** The Server Action the form posts to (app/newsroom/stories/liveActions.ts), bound to the story, and for an edit to the post. */
  save: LivePostAction;
  /** The desk's address: without script the form posts there, and the answer shows the outcome here. */
  address: string;
  initialValues: LivePostFormValues;
  /** The text field's label, and the button's words. */
  textLabel: string;
  submitLabel: string;
  /** For an edit: the words that open the form, folded away until then (and after a refusal, open). */
  foldedAs?: string;
}

/**
 * A live post, new or edited: its text and an optional key-event line, one button. A plain form
 * posting to a Server Action, so it works without script; a refused post comes back with
 * everything typed, and why.
 */
export function LivePostForm({ save, address, initialValues, textLabel, submitLabel, foldedAs }: LivePostFormProps) {
  const [state, formAction, pending] = useActionState<LiveFormState<LivePostFormValues>, FormData>(
    save,
    { values: initialValues, notice: null, attempt: 0 },
    address,
  );
  const { values } = state;
  const form = (
    // A new key after each refused post: React would otherwise reset the fields to their first values.
    <form key={state.attempt} action={formAction} className="newsroom-live-post-form">
      {state.notice ? (
        <p className="newsroom-notice" role="alert">
          {state.notice}
        </p>
      ) : null}
      <label>
        {textLabel}
        <textarea name="text" defaultValue={values.text} required rows={foldedAs ? 5 : 4} maxLength={LIVE_POST_LIMIT} />
      </label>
      <label>
        Key event (optional)
        <input type="text" name="keyEvent" defaultValue={values.keyEvent} maxLength={KEY_EVENT_LIMIT} />
      </label>
      <p className="newsroom-editor__hint">A key event’s line lists the post among the key events at the top of the page.</p>
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
  if (!foldedAs) return form;
  return (
    <details className="newsroom-live-fold" open={state.attempt > 0 ? true : undefined}>
      <summary>{foldedAs}</summary>
      {form}
    </details>
  );
}
