import type { ArticleBlock, ArticleBody as ArticleBodyData } from '../lib/articleBody';
import { HeadingBlock } from './blocks/HeadingBlock';
import { ListBlock } from './blocks/ListBlock';
import { ParagraphBlock } from './blocks/ParagraphBlock';
import { QuoteBlock } from './blocks/QuoteBlock';

/** One component per block type; a new block type fails to compile until it is rendered here. */
function renderBlock(block: ArticleBlock, key: number) {
  switch (block.type) {
    case 'paragraph':
      return <ParagraphBlock key={key} block={block} />;
    case 'heading':
      return <HeadingBlock key={key} block={block} />;
    case 'quote':
      return <QuoteBlock key={key} block={block} />;
    case 'list':
      return <ListBlock key={key} block={block} />;
  }
}

export function ArticleBody({ body }: { body: ArticleBodyData }) {
  return <div className="article-body">{body.map(renderBlock)}</div>;
}
