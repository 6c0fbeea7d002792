import 'server-only';
import { getArticleForPreview, listRelatedArticles } from '../../../db/queries/articles';
import { listCategories } from '../../../db/queries/categories';
import type { StaffMember } from '../../../db/newsroom/accounts';
import type { ArticlePageData } from '../../../lib/pageData';
import { can } from '../../../lib/newsroom/permissions';

/**
 * A story in any state as its article page would show it, for someone allowed to edit it; null
 * for an unknown id or anyone else.
 */
export function loadStoryPreview(staff: StaffMember, idText: string): ArticlePageData | null {
  if (!/^\d{1,9}$/.test(idText)) return null;
  const article = getArticleForPreview(Number(idText), new Date());
  if (!article) return null;
  if (!can(staff, { kind: 'edit-story', story: { authorId: article.authorId, status: article.status } })) return null;
  return { article, related: listRelatedArticles(article, 4), categories: listCategories() };
}
