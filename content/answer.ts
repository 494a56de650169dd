import { type PageHandlers, parseMessage, type ToContent, ToContentSchema } from '@/logic/messages';
import type { Highlighter } from './highlighter';

/** The content script's side of PAGE_CALLS: each handler must return its request's reply type. */
function handlers(highlighter: Highlighter): PageHandlers {
  return {
    'highlight/set-enabled': ({ enabled }) => {
      highlighter.setEnabled(enabled);
      return highlighter.list();
    },
    'highlight/set-categories': ({ categories }) => {
      highlighter.setCategories(categories);
      return highlighter.list();
    },
    'findings/list': async () => {
      await highlighter.ready;
      return highlighter.list();
    },
    'findings/reveal': async ({ index }) => {
      await highlighter.ready;
      return { found: highlighter.reveal(index) };
    },
    'text/reveal': async ({ text }) => {
      await highlighter.ready;
      return { found: highlighter.revealText(text) };
    },
    'selection/get': () => ({ text: highlighter.selection() }),
    'page/text': async () => {
      await highlighter.ready;
      return { text: highlighter.pageText() };
    },
  };
}

/**
 * Answers one message from the panel or background. Every message is parsed first; a malformed one is
 * ignored (with a warning) and gets no answer, so the sender sees "no reply" rather than a wrong one.
 */
export function answer(highlighter: Highlighter, raw: unknown): Promise<unknown> | undefined {
  const message = parseMessage(ToContentSchema, raw, 'content script');
  if (!message) return undefined;
  return dispatch(handlers(highlighter), message);
}

function dispatch(table: PageHandlers, message: ToContent): Promise<unknown> {
  // TypeScript cannot correlate the union member with its handler: the table's type already did.
  const handle = table[message.type] as (request: ToContent) => unknown;
  return Promise.resolve(handle(message));
}
