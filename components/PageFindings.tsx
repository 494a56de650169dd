import type { Finding, FindingsReply } from '@/logic/messages';
import { CATEGORIES, type Category } from '@/logic/terms/mention';

/** Findings the page reports, grouped by category; negated ones muted; each reveals itself on the page. */
export function PageFindings({
  reply,
  colours,
  onReveal,
}: {
  reply: FindingsReply;
  colours: Record<Category, string>;
  onReveal(index: number): void;
}) {
  const groups = CATEGORIES.map((category) => ({
    category,
    findings: reply.findings.filter((finding) => finding.category === category),
  })).filter((group) => group.findings.length > 0);
  if (groups.length === 0) return <p class="quiet">No findings on this page.</p>;
  return (
    <ul class="finding-groups">
      {groups.map(({ category, findings }) => (
        <li key={category}>
          <details>
            <summary>
              <span class="swatch" style={{ background: colours[category] }} aria-hidden="true" />
              {category} <b>{countLabel(findings)}</b>
            </summary>
            <ul class="findings">
              {findings.map((finding) => (
                <li key={finding.index}>
                  <button
                    type="button"
                    class={finding.assertion === 'affirmed' ? 'finding' : 'finding muted'}
                    onClick={() => onReveal(finding.index)}
                  >
                    {finding.text}
                    {finding.assertion !== 'affirmed' && <small> ({finding.assertion})</small>}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}

function countLabel(findings: Finding[]): string {
  const negated = findings.filter((finding) => finding.assertion === 'negated').length;
  return negated > 0 ? `${findings.length} (${negated} negated)` : String(findings.length);
}
