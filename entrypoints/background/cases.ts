import { browser } from 'wxt/browser';
import { dropTab } from '@/logic/case-book';
import { readStored, SESSION } from '@/logic/storage';

/** Forgets the case (and any waiting selection) read from a tab that was closed. */
export async function forgetTab(tabId: number): Promise<void> {
  const { caseBook, pendingSelection } = SESSION;
  const stored = await browser.storage.session.get([caseBook.key, pendingSelection.key]);
  const book = readStored(caseBook.schema, stored[caseBook.key], caseBook.key);
  if (book?.cases.some((state) => state.source?.tabId === tabId)) {
    await browser.storage.session.set({ [caseBook.key]: dropTab(book, tabId) });
  }
  const pending = readStored(pendingSelection.schema, stored[pendingSelection.key], pendingSelection.key);
  if (pending?.tabId === tabId) await browser.storage.session.remove(pendingSelection.key);
}
