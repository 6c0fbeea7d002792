import { serializeStructuredData, type StructuredData as StructuredDataItem } from '../lib/structuredData';

/** JSON-LD blocks; the only <script> elements the mobile version carries (data, never code). */
export function StructuredData({ items }: { items: readonly StructuredDataItem[] }) {
  return items.map((item, index) => (
    <script
      key={index}
      type="application/ld+json"
      // Serialised with <, > and & escaped, so no text inside can close the element.
      dangerouslySetInnerHTML={{ __html: serializeStructuredData(item) }}
    />
  ));
}
