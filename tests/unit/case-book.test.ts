import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../logic/case';
import { caseOf, dropTab, emptyBook, isHere, putCase, shownCase, taken } from '../../logic/case-book';
import { type CaseState, MAX_CASES } from '../../logic/storage';

const source = (tabId: number, url: string | null = `https://pacs.example.org/${tabId}`) => ({
  tabId,
  url,
  title: `Report ${tabId}`,
});
const state = (tabId: number, url?: string | null): CaseState => ({
  case: emptyCase(),
  evidence: {},
  yours: [],
  selectionAt: null,
  source: source(tabId, url),
});

describe('one case per report', () => {
  it('a case is here only in its own tab at its own address; an unreadable address is not the same report', () => {
    expect(isHere(source(1), { id: 1, url: 'https://pacs.example.org/1' })).toBe(true);
    expect(isHere(source(1), { id: 2, url: 'https://pacs.example.org/1' })).toBe(false);
    expect(isHere(source(1), { id: 1, url: 'https://pacs.example.org/1#next-patient' })).toBe(false);
    expect(isHere(source(1), { id: 1, url: null })).toBe(false);
    expect(isHere(source(1, null), { id: 1, url: null })).toBe(false);
    expect(isHere(null, null)).toBe(true);
  });

  it('shows the report’s own case, else the last used one marked as not its own', () => {
    let book = putCase(emptyBook(), state(1));
    book = putCase(book, state(2));
    expect(shownCase(book, { id: 1, url: 'https://pacs.example.org/1' })).toMatchObject({
      own: true,
      state: { source: { tabId: 1 } },
    });
    expect(shownCase(book, { id: 3, url: 'https://pacs.example.org/3' })).toMatchObject({
      own: false,
      state: { source: { tabId: 2 } },
    });
    expect(shownCase(emptyBook(), { id: 3, url: null })).toBeNull();
  });

  it('putting a case replaces that report’s case only, most recent first, and keeps at most MAX_CASES', () => {
    let book = emptyBook();
    for (let tab = 1; tab <= MAX_CASES + 3; tab++) book = putCase(book, state(tab));
    expect(book.cases).toHaveLength(MAX_CASES);
    expect(book.cases[0]?.source?.tabId).toBe(MAX_CASES + 3);
    const edited = { ...state(MAX_CASES), yours: ['age' as const] };
    book = putCase(book, edited);
    expect(book.cases).toHaveLength(MAX_CASES);
    expect(book.cases[0]).toEqual(edited);
    expect(caseOf(book, source(MAX_CASES + 3))).not.toBeNull();
  });

  it('a closed tab takes its cases with it; a taken selection stays taken', () => {
    let book = putCase(putCase(emptyBook(), state(1)), state(1, 'https://pacs.example.org/other'));
    book = putCase(book, state(2));
    expect(dropTab(book, 1).cases.map((c) => c.source?.tabId)).toEqual([2]);
    expect(taken(taken(book, 5), 3).takenAt).toBe(5);
  });
});
