import type { ComponentChildren } from 'preact';
import type { FoldableSection } from '@/logic/storage';
import { FoldSection } from './FoldSection';
import type { ResultView, TextItem } from './result-view';

function Items({ items }: { items: TextItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ul>
  );
}

/** Pitfalls, next steps after each first treatment, and the differential: below the facts, each foldable. */
export function Guidance({
  result,
  open,
  onFold,
}: {
  result: ResultView;
  open: Record<FoldableSection, boolean>;
  onFold(section: FoldableSection, open: boolean): void;
}) {
  const sections: { id: string; section: FoldableSection; title: string; shown: boolean; body: ComponentChildren }[] = [
    {
      id: 'pitfalls',
      section: 'pitfalls',
      title: 'Pitfalls',
      shown: result.pitfalls.length > 0,
      body: <Items items={result.pitfalls} />,
    },
    {
      id: 'next-steps',
      section: 'nextSteps',
      title: 'Next steps',
      // A scenario the facts sheet gives no steps for says so, rather than showing another scenario's.
      shown: result.branches.length > 0 || result.nextStepsNote !== null,
      body:
        result.branches.length === 0 ? (
          <p class="quiet">{result.nextStepsNote}</p>
        ) : (
          <div class="branches">
            {result.branches.map((branch) => (
              <div key={branch.title}>
                <h3>{branch.title}</h3>
                <Items items={branch.steps} />
              </div>
            ))}
          </div>
        ),
    },
    {
      id: 'differential',
      section: 'differential',
      title: 'Differential',
      shown: result.differential.length > 0,
      body: <Items items={result.differential} />,
    },
  ];
  return (
    <>
      {sections
        .filter(({ shown }) => shown)
        .map(({ id, section, title, body }) => (
          <FoldSection key={id} id={id} title={title} open={open[section]} onToggle={(now) => onFold(section, now)}>
            {body}
          </FoldSection>
        ))}
    </>
  );
}
