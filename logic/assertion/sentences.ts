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

// A header: capitalised words ending in a colon, at a line start or after a sentence end.
const HEADER = /(?:^|(?<=[\n.!?]\s*))[ \t]*([A-Z][A-Z0-9 ,/&()'-]{2,60}):/gm;
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

function splitPoints(text: string): number[] {
  const points = new Set<number>([0, text.length]);
  // Periods, question and exclamation marks followed by space, unless the word before is an abbreviation.
  for (const match of text.matchAll(/[.!?]+(?=\s)/g)) {
    const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[1] ?? '';
    if (match[0] === '.' && ABBREVIATIONS.has(word.toLowerCase())) continue;
    points.add(match.index + match[0].length);
  }
  // Line breaks: a blank line, a list item or header next, or a short line before (tables, lists).
  let lineStart = 0;
  for (const match of text.matchAll(/\r?\n/g)) {
    const previous = text.slice(lineStart, match.index);
    const nextStart = match.index + match[0].length;
    const next = text.slice(
      nextStart,
      text.indexOf('\n', nextStart) === -1 ? undefined : text.indexOf('\n', nextStart),
    );
    const wrapped = previous.trim().length >= 60 && !/[.:;!?]\s*$/.test(previous) && /^\s*[a-z(]/.test(next);
    if (!wrapped || next.trim() === '' || LIST_ITEM.test(next)) points.add(nextStart);
    lineStart = nextStart;
  }
  for (const match of text.matchAll(HEADER)) {
    points.add(match.index);
    points.add(match.index + match[0].length);
  }
  return [...points].sort((a, b) => a - b);
}

export function splitSentences(text: string): Sentence[] {
  const points = splitPoints(text);
  const headers = [...text.matchAll(HEADER)].map((match) => ({
    end: match.index + match[0].length,
    name: (match[1] ?? '').trim().toUpperCase(),
  }));
  const sentences: Sentence[] = [];
  let header = 0;
  let section = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    while (header < headers.length && (headers[header] as { end: number }).end <= start) {
      section = (headers[header] as { name: string }).name;
      header++;
    }
    if (text.slice(start, end).trim()) sentences.push({ start, end, section });
  }
  return sentences;
}
