import { annotate } from './annotate';
import type { Mention } from './mention';

/** Every highlightable lexicon hit in text order, with its assertion and the levels it is tied to. */
export function findMentions(text: string): (Mention & { concept: string })[] {
  const mentions: (Mention & { concept: string })[] = [];
  for (const { start, end, text: words, category, assertion, levels, concept } of annotate(text)) {
    if (category) mentions.push({ start, end, text: words, category, assertion, levels, concept });
  }
  return mentions;
}
