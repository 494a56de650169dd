import { useEffect, useMemo, useState } from 'preact/hooks';
import { bundledPack, type CriteriaPack, decide, loadPack } from '@/logic';
import type { CaseInput } from '@/logic/case';
import { emptyCase } from '@/logic/case';
import type { StoredPack } from '@/logic/storage';
import { summaryText } from '@/logic/summary';
import type { SettingsPorts } from './ports';
import { packInfo, toLookup, toResultView } from './result-view';

/** An empty form decides nothing: the panel shows the lookup instead of "no scenario". */
function isBlank(input: CaseInput): boolean {
  return JSON.stringify(input) === JSON.stringify(emptyCase());
}

/**
 * The criteria pack in use (an imported one that still validates, else the bundled one) and the
 * decision for the case under it, recomputed on every edit.
 */
export function useCriteria(ports: SettingsPorts, input: CaseInput | null) {
  const [stored, setStored] = useState<StoredPack | null>(null);
  useEffect(() => ports.watchPack(setStored), [ports]);

  const { pack, problem } = useMemo((): { pack: CriteriaPack; problem: string | null } => {
    if (!stored) return { pack: bundledPack(), problem: null };
    const loaded = loadPack(stored.pack);
    if (loaded.ok) return { pack: loaded.pack, problem: null };
    return { pack: bundledPack(), problem: `${stored.fileName} no longer validates: using the bundled criteria.` };
  }, [stored]);

  const info = useMemo(() => packInfo(pack, problem ? null : (stored?.fileName ?? null)), [pack, stored, problem]);
  const lookup = useMemo(() => toLookup(pack), [pack]);
  const decision = useMemo(() => (input && !isBlank(input) ? decide(input, pack) : null), [input, pack]);
  const result = useMemo(() => decision && toResultView(decision, pack), [decision, pack]);
  const summary = useMemo(() => (result ? summaryText(result, info) : ''), [result, info]);

  return { info, problem, lookup, result, summary };
}
