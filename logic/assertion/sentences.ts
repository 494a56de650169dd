/**
 * Report-aware sentence splitting: the scope of a ConText trigger ends with its sentence, so the
 * splitter decides how far "no" reaches. Reports break sentences with periods, but also with section
 * headers ("IMPRESSION:"), numbered or bulleted list items and line breaks between short lines.
 */
export interface Sentence {
  start: number;
  end: number;
  /** The section header above the sentence, upper-cased ("PAST MEDICAL HISTORY"), or "". */
  section: string;
}

// A header: capitalised words ending in a colon, at a line start or after a sentence end. The
// prefix is matched (not looked behind at) because a variable-length lookbehind is slow on big pages.
const HEADER = /(^|[\n.!?][ \t]*)[ \t]*([A-Z][A-Z0-9 ,/&()'-]{2,60}):/g;
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'vs',
  'approx',
  'no',
  'st',
  'e.g',
  'i.e',
  'fig',
  'etc',
  'inc',
  'jr',
  'sr',
  'ca',
  'hx',
  'dx',
  'pt',
]);
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-*•·]|[a-z][.)])\s/;
const SENTENCE_END = /[.!?]+(?=\s)/g;
const WORD_BEFORE = /([A-Za-z.]+)$/;

interface Header {
  start: number;
  end: number;
  name: string;
}

function findHeaders(text: string): Header[] {
  const headers: Header[] = [];
  if (!text.includes(':')) return headers;
  HEADER.lastIndex = 0;
  for (let match = HEADER.exec(text); match; match = HEADER.exec(text)) {
    const start = match.index + (match[1] ?? '').length;
    headers.push({ start, end: match.index + match[0].length, name: (match[2] ?? '').trim().toUpperCase() });
  }
  return headers;
}

/** Where a line break ends a sentence: a blank line, a list item or header next, or a line that is not wrapped prose. */
function lineBreaks(text: string, points: number[]): void {
  if (!text.includes('\n')) return;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    const nextStart = at + 1;
    const nextEnd = text.indexOf('\n', nextStart);
    const next = text.slice(
      nextStart,
      nextEnd === -1 ? Math.min(text.length, nextStart + 200) : Math.min(nextEnd, nextStart + 200),
    );
    const previousLength = at - lineStart;
    const previousEnd = text.slice(Math.max(lineStart, at - 4), at);
    const wrapped = previousLength >= 60 && !/[.:;!?]\s*$/.test(previousEnd) && /^\s*[a-z(]/.test(next);
    if (!wrapped || next.trim() === '' || LIST_ITEM.test(next)) points.push(nextStart);
    lineStart = nextStart;
  }
}

function splitPoints(text: string, headers: Header[]): Int32Array {
  const points: number[] = [0, text.length];
  // Periods, question and exclamation marks followed by space, unless the word before is an abbreviation.
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    if (match[0] === '.') {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    points.push(match.index + match[0].length);
  }
  lineBreaks(text, points);
  for (const header of headers) points.push(header.start, header.end);
  return Int32Array.from(points).sort();
}

export function splitSentences(text: string): Sentence[] {
  // Most blocks of a page are one short sentence: no punctuation that could split it, nothing to find.
  if (!/[.!?:\n]/.test(text)) return /\S/.test(text) ? [{ start: 0, end: text.length, section: '' }] : [];
  const headers = findHeaders(text);
  const points = splitPoints(text, headers);
  const sentences: Sentence[] = [];
  let header = 0;
  let section = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end === start) continue;
    while (header < headers.length && (headers[header] as Header).end <= start)
      section = (headers[header++] as Header).name;
    if (hasText(text, start, end)) {
      sentences.push({ start, end, section });
    }
  }
  return sentences;
}

/** Words in text[from, to), counted without splitting the string (scopes are measured in words). */
export function countWords(text: string, from = 0, to = text.length): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whether text[from, to) holds anything but white space. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) return true;
  return false;
}
