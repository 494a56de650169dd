import type { ResultView } from './result-view';

/** What comes after the first treatment, one column per downstream branch; or why the scenario has none. */
export function NextSteps({ branches, note }: { branches: ResultView['branches']; note: string | null }) {
  if (branches.length === 0 && !note) return null;
  if (branches.length === 0) {
    return (
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Next steps</h2>
        <p class="quiet">{note}</p>
      </section>
    );
  }
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
