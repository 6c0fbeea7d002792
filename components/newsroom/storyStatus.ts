import type { ArticleStatus } from '../../db/schema';

/** A story's state as the newsroom names it. */
export const STORY_STATUS_LABELS: Readonly<Record<ArticleStatus, string>> = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published' };
