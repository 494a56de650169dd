import { inCapitals } from './lower-case';
import { compiledNow } from './regexp-budget';

/**
 * Transcriptions exported from a spreadsheet run their lines together with commas: "PREOPERATIVE DIAGNOSIS:,  Painful
 * osteoporotic compression fracture of L1.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE PERFORMED:,  1.  Bilateral ...
 * kyphoplasty, L1.,2.  Bone biopsy". A comma straight after a sentence's period and before a capital or a list number, or
 * after a header's colon and before its spaced text, stands where a line break was; prose writes neither ("e.g., MRI" has
 * a space).
 */
const RUN_TOGETHER = compiledNow(/[.:],(?=[A-Z0-9])|:,(?= {2})/g);

/** The text with those commas as the line breaks they stand for: a copy of the same length, so every offset stays. */
function withLineBreaks(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(RUN_TOGETHER, (mark) => `${mark[0]}\n`);
}

/** The text as the rules read it: its run-together lines apart, and a text in lower case with its levels in capitals. */
export function asRead(written: string): string {
  return inCapitals(withLineBreaks(written));
}
