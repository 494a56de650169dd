import type { TextItem } from './result-view';

/** A headed list of pack items (pitfalls, differential); nothing when empty. */
export function TextList({ id, title, items }: { id: string; title: string; items: TextItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </section>
  );
}
