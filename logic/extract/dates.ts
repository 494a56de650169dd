import { asWritten, type Rewritten, rewrite } from './rewritten';

/**
 * A note that dates its story instead of counting it ("brace and analgesia since 16 October ..., seen in clinic on 2
 * December") says how long as plainly as one that counts ("... for the past 7 weeks"): each dated time before the note's
 * latest date is said as the time back from it, so the duration patterns read both. Month names only: "03/05/2025" is
 * March or May depending on who wrote it.
 */
const MONTHS = [
  'Jan(?:uary|\\.)?',
  'Feb(?:ruary|\\.)?',
  'Mar(?:ch|\\.)?',
  'Apr(?:il|\\.)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust|\\.)?',
  'Sep(?:tember|t\\.?|\\.)?',
  'Oct(?:ober|\\.)?',
  'Nov(?:ember|\\.)?',
  'Dec(?:ember|\\.)?',
];
const MONTH = `(${MONTHS.join('|')})`;
const DAY = '([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR = '(?:,? ((?:19|20)\\d\\d))?';
/** "16 October", "16th Oct 2025", "October 16", "Oct. 16, 2025"; groups: day, month, month, day, year. */
const DATE = `(?:${DAY} ${MONTH}|${MONTH} ${DAY})${YEAR}(?![\\w/])`;
const DATES = new RegExp(`\\b${DATE}`, 'g');
// The word before the date says what it dates: a start ("since", "from": not a range's "from 3 May to 9 June") or a day.
const DATED = new RegExp(
  `\\b([Ss]ince|[Ff]rom|[Oo]n)(?: the)? (${DATE})(?!\\s*(?:to|until|till|through|[-–])\\b)`,
  'g',
);
const MONTH_PATTERNS = MONTHS.map((month) => new RegExp(`^${month}$`));

const DAY_MS = 24 * 60 * 60 * 1000;
/** A year for dates written without one and with none before them: any, as long as it is the same for all. */
const SOME_YEAR = 2001;

interface Dated {
  at: number;
  time: number;
}

/** Each date of the text, in text order; a date without a year takes the last year written before it. */
function datesOf(text: string): Dated[] {
  const dates: Dated[] = [];
  let year = SOME_YEAR;
  DATES.lastIndex = 0;
  for (let match = DATES.exec(text); match; match = DATES.exec(text)) {
    const time = timeOf(match.slice(1), year);
    if (time === null) continue;
    if (match[5]) year = Number(match[5]);
    dates.push({ at: match.index, time });
  }
  return dates;
}

/** The date of a match's groups (day, month, month, day, year), or null when it names no day of a month. */
function timeOf([day1, month1, month2, day2, written]: (string | undefined)[], year: number): number | null {
  const month = MONTH_PATTERNS.findIndex((pattern) => pattern.test(month1 ?? month2 ?? ''));
  const day = Number(day1 ?? day2);
  if (month < 0 || !day) return null;
  return Date.UTC(written ? Number(written) : year, month, day);
}

/** The text with each dated start or day before its latest date said as a time back from it (see above). */
export function datesAsTimesBack(text: string): Rewritten {
  const dates = datesOf(text);
  if (dates.length < 2) return asWritten(text);
  const latest = Math.max(...dates.map((date) => date.time));
  const timeAt = new Map(dates.map((date) => [date.at, date.time]));
  return rewrite(text, DATED, (match) => {
    const word = match[1] as string;
    const time = timeAt.get(match.index + match[0].length - (match[2] as string).length);
    if (time === undefined) return null;
    const weeks = Math.round((latest - time) / DAY_MS / 7);
    if (weeks < 1) return null;
    return word.toLowerCase() === 'on' ? `${weeks} weeks ago` : `for the past ${weeks} weeks`;
  });
}
