import type { EvidenceSpan } from '../case';

/**
 * A text with some words said another way ("seventy-nine years" as "79 years", "since 16 October" as "for the past 7
 * weeks"), so that the patterns written for the usual way read them, and the way back: where a place in the new text
 * stands in the text, for evidence that points at the words as written.
 */
export interface Rewritten {
  text: string;
  /** The place in the text as written; a place inside a rewritten stretch is that stretch's end in the text. */
  at: (place: number) => number;
}

/** The text as it is: nothing said another way. */
export const asWritten = (text: string): Rewritten => ({ text, at: (place) => place });

/** `text` with each match of `pattern` (global) replaced by what `say` makes of it; null leaves the match as it is. */
export function rewrite(text: string, pattern: RegExp, say: (match: RegExpExecArray) => string | null): Rewritten {
  // Each replacement: where it starts in the new text, its length, and the words' start and length in the old.
  const edits: { at: number; length: number; from: number; words: number }[] = [];
  let out = '';
  let copied = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const said = say(match);
    if (said === null) continue;
    out += text.slice(copied, match.index);
    edits.push({ at: out.length, length: said.length, from: match.index, words: match[0].length });
    out += said;
    copied = match.index + match[0].length;
  }
  if (edits.length === 0) return asWritten(text);
  out += text.slice(copied);
  return {
    text: out,
    at: (place) => {
      let back = 0;
      for (const edit of edits) {
        if (place <= edit.at) break;
        if (place < edit.at + edit.length) return edit.from + edit.words;
        back = edit.from + edit.words - (edit.at + edit.length);
      }
      return place + back;
    },
  };
}

/** The words of the written text that a match of the rewritten one covers. */
export function spanBack(match: RegExpExecArray, written: string, at: Rewritten['at']): EvidenceSpan {
  const start = at(match.index);
  const end = at(match.index + match[0].length);
  return { start, end, text: written.slice(start, end) };
}
