import type { RevisionSummary } from '../../db/newsroom/stories';
import { formatShortDate } from '../../lib/dateTime';

interface StoryHistoryProps {
  revisions: RevisionSummary[];
  restore: (form: FormData) => Promise<void>;
}

/** Earlier versions of a story: who replaced each, when, what they changed; and a way back. */
export function StoryHistory({ revisions, restore }: StoryHistoryProps) {
  return (
    <section className="newsroom-history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {revisions.length === 0 ? (
        <p>No earlier versions yet.</p>
      ) : (
        <ol>
          {revisions.map((revision) => (
            <li key={revision.id}>
              <p>
                <strong>{revision.headline}</strong>
                <br />
                Replaced <time dateTime={revision.replacedAt.toISOString()}>{formatShortDate(revision.replacedAt)}</time> by{' '}
                {revision.replacedBy ?? 'a former member of staff'}
                {revision.changed.length > 0 ? `, who changed the ${revision.changed.join(', ')}` : ', with no change to the words'}.
              </p>
              <form action={restore}>
                <input type="hidden" name="revisionId" value={revision.id} />
                <button type="submit">Restore this version</button>
              </form>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
