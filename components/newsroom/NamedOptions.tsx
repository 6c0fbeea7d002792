/** The options of a select whose choices are stored things with a name: sections, bylines. */
export function NamedOptions({ items }: { items: ReadonlyArray<{ id: number; name: string }> }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}
