import type { CaseSource } from './messages';
import { type CaseBook, type CaseState, MAX_CASES } from './storage';

/**
 * One case per report. A case belongs to the tab and the address its text was read from; the panel
 * shows a report's own case, and anything else only as "from another tab". Pure functions over the
 * session's CaseBook, so the rules are tested in Node with no extension running.
 */

/** The report the panel looks at: a tab and what it shows now (address unknown: null). */
export interface Here {
  id: number;
  url: string | null;
}

export function emptyBook(): CaseBook {
  return { cases: [], takenAt: null };
}

/**
 * Whether a case's source is the report shown `here`: the same tab at the same address. An address
 * that cannot be read does not count as the same (when in doubt, the case is marked as another page's).
 */
export function isHere(source: CaseSource | null, here: Here | null): boolean {
  if (source === null || here === null) return source === null && here === null;
  return source.tabId === here.id && source.url !== null && source.url === here.url;
}

function sameSource(a: CaseSource | null, b: CaseSource | null): boolean {
  if (a === null || b === null) return a === b;
  return a.tabId === b.tabId && a.url === b.url;
}

/** The case read from exactly this source, if any. */
export function caseOf(book: CaseBook, source: CaseSource | null): CaseState | null {
  return book.cases.find((state) => sameSource(state.source, source)) ?? null;
}

/** What the panel shows `here`: the report's own case, else the last used case marked as not its own. */
export function shownCase(book: CaseBook, here: Here | null): { state: CaseState; own: boolean } | null {
  const own = book.cases.find((state) => isHere(state.source, here));
  if (own) return { state: own, own: true };
  const last = book.cases[0];
  return last ? { state: last, own: false } : null;
}

/** Stores a case under its source, as the most recently used; the oldest beyond MAX_CASES are dropped. */
export function putCase(book: CaseBook, state: CaseState): CaseBook {
  const others = book.cases.filter((other) => !sameSource(other.source, state.source));
  return { ...book, cases: [state, ...others].slice(0, MAX_CASES) };
}

/** Forgets the case of this source. */
export function dropCase(book: CaseBook, source: CaseSource | null): CaseBook {
  return { ...book, cases: book.cases.filter((state) => !sameSource(state.source, source)) };
}

/** Forgets every case read from a tab (it was closed). */
export function dropTab(book: CaseBook, tabId: number): CaseBook {
  return { ...book, cases: book.cases.filter((state) => state.source?.tabId !== tabId) };
}

/** Marks a handed-over selection as taken (applied, waiting for the user's choice, or declined). */
export function taken(book: CaseBook, at: number): CaseBook {
  return { ...book, takenAt: Math.max(book.takenAt ?? 0, at) };
}
