import { z } from 'zod';
import { assertSpan } from '../../logic/assertion/assert-span';

/** One target per line (../shared/design/ANALYZE-CONTRACT.md, "--assert"). */
const TargetSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/**
 * `analyze --assert FILE`: one `{"id", "assertion"}` line per JSON Lines input, in input order. A line
 * that is not a valid target gets `{"id", "error"}` and the run goes on.
 */
export function assertLines(input: string): string[] {
  const out: string[] = [];
  for (const line of input.split('\n')) {
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      out.push(JSON.stringify({ id: null, error: 'not valid JSON' }));
      continue;
    }
    const id = (raw as { id?: unknown } | null)?.id ?? null;
    const parsed = TargetSchema.safeParse(raw);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      out.push(JSON.stringify({ id, error: `${problem?.path.join('.') || 'line'}: ${problem?.message}` }));
      continue;
    }
    const { text, start, end } = parsed.data;
    if (end <= start || end > text.length) {
      out.push(JSON.stringify({ id, error: `span ${start}-${end} is out of bounds for a text of ${text.length}` }));
      continue;
    }
    out.push(JSON.stringify({ id: parsed.data.id, assertion: assertSpan(text, start, end) }));
  }
  return out;
}
