import type { ArticleBlock } from '../../lib/articleBody';
import { InlineContent } from './InlineContent';

export function ListBlock({ block }: { block: Extract<ArticleBlock, { type: 'list' }> }) {
  const items = block.items.map((item, index) => (
    <li key={index}>
      <InlineContent nodes={item} />
    </li>
  ));
  return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}
