import type { InlineNode } from '../../lib/articleBody';

function InlineText({ node }: { node: Extract<InlineNode, { type: 'text' }> }) {
  let content: React.ReactNode = node.text;
  if (node.italic) content = <em>{content}</em>;
  if (node.bold) content = <strong>{content}</strong>;
  return content;
}

function isExternal(href: string): boolean {
  return !href.startsWith('/');
}

export function InlineContent({ nodes }: { nodes: readonly InlineNode[] }) {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <InlineText key={index} node={node} />;
      case 'link':
        return (
          <a key={index} href={node.href} rel={isExternal(node.href) ? 'noopener noreferrer' : undefined}>
            {node.text}
          </a>
        );
    }
  });
}
