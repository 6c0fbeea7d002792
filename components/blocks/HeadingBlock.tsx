import type { ArticleBlock } from '../../lib/articleBody';

export function HeadingBlock({ block }: { block: Extract<ArticleBlock, { type: 'heading' }> }) {
  return block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
}
