'use client';

import { useActionState } from 'react';
import { LIVE_SUMMARY_LIMIT } from '../../lib/liveCoverage';
import type { LiveSummaryFormValues } from '../../lib/newsroom/liveDeskForm';
import type { LiveFormState, LiveSummaryAction } from '../../lib/newsroom/liveDeskState';

interface LiveSummaryFormProps {
  /** The Server Action the form posts to (app/newsroom/stories/liveActions.ts): opening the coverage, or changing its summary. */
  save: LiveSummaryAction;
  /** The desk's address: without script the form posts there, and the answer shows the outcome here. */
  address: string;
  initialValues: LiveSummaryFormValues;
  submitLabel: string;
}

/**
 * The summary at the top of live coverage, one point a line. A plain form posting to a Server
 * Action, so it works without script; a refused summary comes back as typed, with why.
 */
export function LiveSummaryForm({ save, address, initialValues, submitLabel }: LiveSummaryFormProps) {
  const [state, formAction, pending] = useActionState<LiveFormState<LiveSummaryFormValues>, FormData>(
    save,
    { values: initialValues, notice: null, attempt: 0 },
    address,
  );
  return (
    // A new key after each refused summary, so the field shows what was typed.
    <form key={state.attempt} action={formAction} className="newsroom-live-summary-form">
      {state.notice ? (
        <p className="newsroom-notice" role="alert">
          {state.notice}
        </p>
      ) : null}
      <label>
        Summary (one point a line)
        <textarea name="summary" defaultValue={state.values.summary} required rows={5} maxLength={LIVE_SUMMARY_LIMIT} />
      </label>
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
