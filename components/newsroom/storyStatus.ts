import type { ArticleStatus } from '../../lib/newsroom/storyStatus';

/** A story's state as the newsroom names it. */
export const STORY_STATUS_LABELS: Readonly<Record<ArticleStatus, string>> = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published' };
