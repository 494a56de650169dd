import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaseDraft, CaseField } from '@/logic/case';
import { emptyCase } from '@/logic/case';
import type { PendingSelection } from '@/logic/messages';
import type { CaseState } from '@/logic/storage';
import type { EditField } from './CaseField';
import type { PanelPorts } from './ports';

export function blankState(selectionAt: number | null = null): CaseState {
  return { case: emptyCase(), evidence: {}, yours: [], selectionAt };
}

/** A prefill over the current state: "replace" drops the user's edits, "keep" lays the new draft under them. */
export function applyDraft(state: CaseState, draft: CaseDraft, at: number, mode: 'replace' | 'keep'): CaseState {
  if (mode === 'replace') return { case: draft.case, evidence: draft.evidence, yours: [], selectionAt: at };
  const next: CaseState = {
    case: { ...draft.case },
    evidence: { ...draft.evidence },
    yours: state.yours,
    selectionAt: at,
  };
  for (const field of state.yours) {
    Object.assign(next.case, { [field]: state.case[field] });
    delete next.evidence[field];
  }
  return next;
}

export interface Incoming {
  text: string;
  at: number;
}

/**
 * The case the form edits, kept in storage.session so it survives closing the panel. A selection
 * newer than the last applied one prefills the form, or, when the user has edits, waits as `incoming`
 * until they choose to replace or keep them.
 */
export function useCaseState(ports: PanelPorts, extract: (text: string) => CaseDraft) {
  const [state, setState] = useState<CaseState | null>(null);
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [selection, setSelection] = useState<PendingSelection | null>(null);

  const commit = useCallback(
    (next: CaseState) => {
      setState(next);
      void ports.saveCase(next);
    },
    [ports],
  );

  useEffect(() => {
    void ports.loadCase().then((stored) => setState(stored ?? blankState()));
  }, [ports]);
  useEffect(() => ports.watchSelection(setSelection), [ports]);

  const offer = useCallback(
    (text: string, at: number) => {
      if (!state) return;
      if (state.yours.length > 0) setIncoming({ text, at });
      else commit(applyDraft(state, extract(text), at, 'replace'));
    },
    [state, commit, extract],
  );

  // A selection handed over by the context menu or shortcut, possibly while the panel was closed.
  useEffect(() => {
    if (state && selection && selection.at > (state.selectionAt ?? 0) && selection.at !== incoming?.at) {
      offer(selection.text, selection.at);
    }
  }, [state, selection, incoming, offer]);

  const edit: EditField = (field, value) => {
    if (!state) return;
    const yours = state.yours.includes(field) ? state.yours : [...state.yours, field as CaseField];
    commit({ ...state, case: { ...state.case, [field]: value }, yours });
  };

  const resolve = (mode: 'replace' | 'keep' | 'dismiss') => {
    if (!state || !incoming) return;
    // Dismissing still marks the selection as seen, so it is not offered again.
    commit(
      mode === 'dismiss'
        ? { ...state, selectionAt: incoming.at }
        : applyDraft(state, extract(incoming.text), incoming.at, mode),
    );
    setIncoming(null);
  };

  const clear = () => {
    setIncoming(null);
    setSelection(null);
    setState(blankState(Date.now()));
    void ports.clearCase();
  };

  return { state, selection, incoming, offer, edit, resolve, clear };
}
