import type { ArticleBlock } from '../../lib/articleBody';
import { InlineContent } from './InlineContent';

export function ParagraphBlock({ block }: { block: Extract<ArticleBlock, { type: 'paragraph' }> }) {
  return (
    <p>
      <InlineContent nodes={block.content} />
    </p>
  );
}
