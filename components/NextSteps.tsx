import type { ResultView } from './result-view';

/** What comes after the first treatment, one column per downstream branch. */
export function NextSteps({ branches }: { branches: ResultView['branches'] }) {
  if (branches.length === 0) return null;
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading">Next steps</h2>
      <div class="branches">
        {branches.map((branch) => (
          <div key={branch.title}>
            <h3>{branch.title}</h3>
            <ul>
              {branch.steps.map((step) => (
                <li key={step.id}>{step.text}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
