import { readingMinutes } from '../lib/articleBody';
import { authorPath, type Variant } from '../lib/paths';
import type { Article } from '../lib/content';
import { TimeStamp } from './TimeStamp';

/** Author, publication time and reading time; the updated time appears only when it differs. */
export function Byline({ article, variant }: { article: Article; variant: Variant }) {
  const wasUpdated = article.updatedAt !== null && article.updatedAt.getTime() !== article.publishedAt.getTime();
  return (
    <div className="byline">
      <p className="byline__author">
        By <a href={authorPath(article.author.slug, variant)} rel="author">{article.author.name}</a>
      </p>
      <p className="byline__times">
        <TimeStamp date={article.publishedAt} label="Published" />
        {wasUpdated && article.updatedAt ? (
          <>
            <span aria-hidden="true"> · </span>
            <TimeStamp date={article.updatedAt} label="Updated" />
          </>
        ) : null}
        <span aria-hidden="true"> · </span>
        <span className="byline__reading-time">{readingMinutes(article.body)} min read</span>
      </p>
    </div>
  );
}
