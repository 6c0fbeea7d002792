import type { LivePostFormValues, LiveSummaryFormValues } from './liveDeskForm';

/** What one of the live desk's forms shows after a refusal: what was typed, and why. */
export interface LiveFormState<Values> {
  values: Values;
  notice: string | null;
  /** Counts refusals: the form is drawn afresh for each, so every field shows its value. */
  attempt: number;
}

/** The action a post's form (a new post, or an edit) posts to: the state it showed, and the form. */
export type LivePostAction = (previous: LiveFormState<LivePostFormValues>, form: FormData) => Promise<LiveFormState<LivePostFormValues>>;

/** The action the summary's form (opening the coverage, or keeping it current) posts to. */
export type LiveSummaryAction = (previous: LiveFormState<LiveSummaryFormValues>, form: FormData) => Promise<LiveFormState<LiveSummaryFormValues>>;
