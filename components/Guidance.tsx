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
  return (
    <>
      {result.pitfalls.length > 0 && (
        <FoldSection id="pitfalls" title="Pitfalls" open={open.pitfalls} onToggle={(now) => onFold('pitfalls', now)}>
          <Items items={result.pitfalls} />
        </FoldSection>
      )}
      {result.branches.length > 0 && (
        <FoldSection
          id="next-steps"
          title="Next steps"
          open={open.nextSteps}
          onToggle={(now) => onFold('nextSteps', now)}
        >
          <div class="branches">
            {result.branches.map((branch) => (
              <div key={branch.title}>
                <h3>{branch.title}</h3>
                <Items items={branch.steps} />
              </div>
            ))}
          </div>
        </FoldSection>
      )}
      {result.differential.length > 0 && (
        <FoldSection
          id="differential"
          title="Differential"
          open={open.differential}
          onToggle={(now) => onFold('differential', now)}
        >
          <Items items={result.differential} />
        </FoldSection>
      )}
    </>
  );
}
