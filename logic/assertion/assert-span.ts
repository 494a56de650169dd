import type { Assertion } from '../terms/mention';
import { findTriggers, Scopes } from './context';
import { type Sentence, splitSentences } from './sentences';

/**
 * The ConText stage alone on any span of a text, whatever its words (it need not be a lexicon term):
 * the text is split and its triggers found as for a report, and the span gets the assertion a finding
 * there would get. For comparing with other ConText implementations on their own test sets.
 */
export function assertSpan(text: string, start: number, end: number): Assertion {
  const sentences = splitSentences(text);
  const sentence =
    sentences.find((s) => s.start <= start && start < s.end) ??
    ({ start: 0, end: text.length, section: '' } satisfies Sentence);
  return new Scopes(text, findTriggers(text)).assertionOf(sentence, start, end);
}
