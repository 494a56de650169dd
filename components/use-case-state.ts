import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaseDraft, CaseField } from '@/logic/case';
import { emptyCase } from '@/logic/case';
import { caseOf, dropCase, emptyBook, putCase, shownCase, taken } from '@/logic/case-book';
import type { CaseSource, PendingSelection } from '@/logic/messages';
import type { CaseBook, CaseState } from '@/logic/storage';
import type { EditField } from './CaseField';
import type { PanelPorts, ReportTab } from './ports';

export function blankState(source: CaseSource | null, selectionAt: number | null = null): CaseState {
  return { case: emptyCase(), evidence: {}, yours: [], selectionAt, source };
}

/** A prefill over a case: "replace" drops the user's edits, "keep" lays the new draft under them. */
export function applyDraft(state: CaseState, draft: CaseDraft, at: number, mode: 'replace' | 'keep'): CaseState {
  if (mode === 'replace') {
    return { case: draft.case, evidence: draft.evidence, yours: [], selectionAt: at, source: state.source };
  }
  const next: CaseState = {
    case: { ...draft.case },
    evidence: { ...draft.evidence },
    yours: state.yours,
    selectionAt: at,
    source: state.source,
  };
  for (const field of state.yours) {
    Object.assign(next.case, { [field]: state.case[field] });
    delete next.evidence[field];
  }
  return next;
}

/** Text waiting for the user's choice, because the case of its report holds edits of theirs. */
export interface Incoming {
  text: string;
  at: number;
  source: CaseSource | null;
  /** Whether it came from a hand-over (context menu, shortcut, toolbar) rather than the panel's buttons. */
  handedOver: boolean;
}

/** The report shown in the panel as a case source. */
export function sourceOf(tab: ReportTab | null): CaseSource | null {
  return tab ? { tabId: tab.id, url: tab.url, title: tab.title } : null;
}

function selectionSource(selection: PendingSelection): CaseSource | null {
  return selection.tabId === null ? null : { tabId: selection.tabId, url: selection.url, title: selection.title };
}

/**
 * The session's cases, one per report, kept in storage.session so they survive closing the panel and
 * the service worker being stopped. Text is always prefilled into the case of the report it came from:
 * a new report gets a new case, the report's own case is replaced, or, when it holds the user's edits,
 * the text waits as `incoming` until they choose. Text from one report never merges into another's case.
 * The panel shows the case of the report in front (`tab`); with none, the last used case, marked as not
 * this report's (`own: false`).
 */
export function useCaseState(ports: PanelPorts, extract: (text: string) => CaseDraft, tab: ReportTab | null) {
  const [book, setBook] = useState<CaseBook | null>(null);
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [selection, setSelection] = useState<PendingSelection | null>(null);

  useEffect(() => ports.watchCases((stored) => setBook(stored ?? emptyBook())), [ports]);
  useEffect(() => ports.watchSelection(setSelection), [ports]);

  const commit = useCallback(
    (next: CaseBook) => {
      setBook(next);
      void ports.saveCases(next);
    },
    [ports],
  );

  const offer = useCallback(
    (text: string, at: number, source: CaseSource | null, handedOver = false) => {
      if (!book) return;
      const current = caseOf(book, source);
      // Waiting for the user's choice, a hand-over stays untaken: closed panel, it is offered again.
      if (current && current.yours.length > 0) return setIncoming({ text, at, source, handedOver });
      const marked = handedOver ? taken(book, at) : book;
      commit(putCase(marked, applyDraft(current ?? blankState(source), extract(text), at, 'replace')));
    },
    [book, commit, extract],
  );

  // A selection handed over by the context menu, shortcut or toolbar, possibly while the panel was closed.
  useEffect(() => {
    if (book && selection && selection.at > (book.takenAt ?? 0) && selection.at !== incoming?.at) {
      offer(selection.text, selection.at, selectionSource(selection), true);
    }
  }, [book, selection, incoming, offer]);

  const shown = book ? shownCase(book, tab === null ? null : { id: tab.id, url: tab.url }) : null;

  const edit: EditField = (field, value) => {
    if (!book) return;
    // Facts typed with no case yet start a case of the report in front.
    const state = shown?.state ?? blankState(sourceOf(tab));
    const yours = state.yours.includes(field) ? state.yours : [...state.yours, field as CaseField];
    commit(putCase(book, { ...state, case: { ...state.case, [field]: value }, yours }));
  };

  const resolve = (mode: 'replace' | 'keep' | 'dismiss') => {
    if (!book || !incoming) return;
    const current = caseOf(book, incoming.source) ?? blankState(incoming.source);
    // Declined or applied, the hand-over is taken: it is not offered again.
    const marked = incoming.handedOver ? taken(book, incoming.at) : book;
    commit(
      mode === 'dismiss' ? marked : putCase(marked, applyDraft(current, extract(incoming.text), incoming.at, mode)),
    );
    setIncoming(null);
  };

  /** "Clear": forgets the case shown and any waiting selection. */
  const clear = () => {
    setIncoming(null);
    setSelection(null);
    if (book) commit(taken(shown ? dropCase(book, shown.state.source) : book, Date.now()));
    void ports.clearSelection();
  };

  return {
    loaded: book !== null,
    state: shown?.state ?? null,
    own: shown?.own ?? true,
    selection,
    incoming,
    offer,
    edit,
    resolve,
    clear,
  };
}
