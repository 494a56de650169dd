import { parseMessage, type ToContent, ToContentSchema } from '@/logic/messages';
import type { Highlighter } from './highlighter';

/**
 * Answers one message from the panel or background. Every message is parsed first; a malformed one is
 * ignored (with a warning) and gets no answer, so the sender sees "no reply" rather than a wrong one.
 */
export function answer(highlighter: Highlighter, raw: unknown): Promise<unknown> | undefined {
  const message = parseMessage(ToContentSchema, raw, 'content script');
  if (!message) return undefined;
  return reply(highlighter, message);
}

async function reply(highlighter: Highlighter, message: ToContent): Promise<unknown> {
  switch (message.type) {
    case 'highlight/set-enabled':
      highlighter.setEnabled(message.enabled);
      return highlighter.list();
    case 'highlight/set-categories':
      highlighter.setCategories(message.categories);
      return highlighter.list();
    case 'findings/list':
      await highlighter.ready;
      return highlighter.list();
    case 'findings/reveal':
      await highlighter.ready;
      return { found: highlighter.reveal(message.index) };
    case 'text/reveal':
      await highlighter.ready;
      return { found: highlighter.revealText(message.text) };
    case 'selection/get':
      return { text: highlighter.selection() };
    case 'page/text':
      await highlighter.ready;
      return { text: highlighter.pageText() };
  }
}
