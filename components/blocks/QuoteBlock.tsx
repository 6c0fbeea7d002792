import type { ArticleBlock } from '../../lib/articleBody';

export function QuoteBlock({ block }: { block: Extract<ArticleBlock, { type: 'quote' }> }) {
  return (
    <figure className="pull-quote">
      <blockquote>
        <p>{block.text}</p>
      </blockquote>
      {block.attribution ? <figcaption>{block.attribution}</figcaption> : null}
    </figure>
  );
}
