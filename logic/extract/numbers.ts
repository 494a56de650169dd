import type { EvidenceSpan } from '../case';
import type { Annotation } from '../terms/annotate';
import { nothing, POSITIVE, type Read, spanOf } from './facts';

function at(match: RegExpExecArray | RegExpMatchArray): EvidenceSpan {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, text: match[0] };
}

/** The largest height loss stated in percent ("30% height loss", "loss of 40% of height"). */
export function heightLossPercent(annotations: Annotation[]): Read<number | null> {
  let best: Read<number | null> = nothing(null);
  for (const annotation of annotations) {
    if (annotation.concept !== 'height-loss' || !POSITIVE.has(annotation.assertion)) continue;
    const percent = /(\d{1,3}(?:\.\d)?)\s?(?:%|percent)/.exec(annotation.text);
    const value = percent ? Number(percent[1]) : Number.NaN;
    if (value >= 0 && value <= 100 && (best.value === null || value > best.value)) {
      best = { value, evidence: [spanOf(annotation)] };
    }
  }
  return best;
}

/** Genant semiquantitative grade from height loss: 1 at 20–25 %, 2 at 25–40 %, 3 above 40 %. */
export function genantGrade(percent: number | null): 0 | 1 | 2 | 3 | null {
  if (percent === null) return null;
  if (percent > 40) return 3;
  if (percent > 25) return 2;
  if (percent >= 20) return 1;
  return 0;
}

const UNIT_WEEKS: Record<string, number> = { day: 1 / 7, week: 1, month: 52 / 12, year: 52 };
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const DURATION = String.raw`\b(\d{1,3}|${COUNT_WORDS.join('|')}|a|several)[- ](day|week|month|year)s?`;

/** "3", "three", "a" (one); "several" is not a number, so it reads nothing. */
function countOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'a') return 1;
  const index = COUNT_WORDS.indexOf(lower);
  return index >= 0 ? index + 1 : Number(word);
}

function weeks(count: string, unit: string): number {
  return Math.round(countOf(count) * (UNIT_WEEKS[unit.toLowerCase()] ?? 1) * 10) / 10;
}

const FAILED = String.raw`(?:failed|despite|unimproved with|not improved with|no improvement (?:with|after)|refractory to|persist\w* (?:despite|after))`;
const PAIN_SINCE = [
  new RegExp(`${DURATION}(?:[- ]long)? (?:history of |of )?[^.\\n]{0,30}?\\bpain`, 'i'),
  new RegExp(`\\bpain\\b[^.\\n]{0,40}?\\b(?:for|x|over|since)\\s(?:the (?:past|last) )?${DURATION}`, 'i'),
];
const PAIN_SCORE = [/\bpain\b[^.\n]{0,40}?\b(10|[0-9])\s?\/\s?10\b/i];
const CONSERVATIVE_FAILED = [
  new RegExp(`${FAILED}[^.\\n]{0,30}?${DURATION}[^.\\n]{0,30}?(?:conservative|medical|non-?operative|analgesic)`, 'i'),
  new RegExp(
    `${FAILED}[^.\\n]{0,40}?(?:conservative|medical|non-?operative)[^.\\n]{0,40}?(?:for|x|over)\\s${DURATION}`,
    'i',
  ),
];
const PAIN_WORD = /\bpain\b/gi;
const CARE_WORD = /\b(?:conservative|medical|non-?operative|analgesic)/gi;
const WINDOW = 120;
const MAX_ANCHORS = 200;

/**
 * The first match of any of `patterns` in a window around a word that must be there ("pain",
 * "conservative"): the patterns run on a few short windows, not over a whole page.
 */
function nearWord(text: string, anchor: RegExp, patterns: RegExp[]): RegExpExecArray | null {
  anchor.lastIndex = 0;
  let from = -1;
  for (let n = 0, word = anchor.exec(text); word && n < MAX_ANCHORS; n++, word = anchor.exec(text)) {
    const start = Math.max(from, word.index - WINDOW, 0);
    const window = text.slice(start, word.index + word[0].length + WINDOW);
    for (const pattern of patterns) {
      const match = pattern.exec(window);
      if (match) {
        match.index += start;
        return match;
      }
    }
    from = word.index;
  }
  return null;
}

function durationRead(match: RegExpExecArray | null): Read<number | null> {
  const value = match?.[1] && match[2] ? weeks(match[1], match[2]) : Number.NaN;
  return Number.isFinite(value) && match ? { value, evidence: [at(match)] } : nothing(null);
}

/** How long the pain has lasted ("3-week history of back pain", "back pain for 2 months"). */
export function symptomWeeks(text: string): Read<number | null> {
  return durationRead(nearWord(text, PAIN_WORD, PAIN_SINCE));
}

/** Pain on the 0–10 scale ("pain 8/10"). */
export function painSeverity(text: string): Read<number | null> {
  const match = nearWord(text, PAIN_WORD, PAIN_SCORE);
  return match?.[1] ? { value: Number(match[1]), evidence: [at(match)] } : nothing(null);
}

/** Weeks of conservative care that failed ("failed 4 weeks of conservative therapy"). */
export function failedConservativeWeeks(text: string): Read<number | null> {
  return durationRead(nearWord(text, CARE_WORD, CONSERVATIVE_FAILED));
}

/** When the earlier intervention was done, in the report's words ("2 years ago", "in 2019"). */
export function interventionWhen(text: string, annotations: Annotation[]): Read<string | null> {
  const treated = new Set(
    annotations.filter((a) => a.category === 'intervention' && a.assertion === 'historical').map((a) => a.sentence),
  );
  for (const annotation of annotations) {
    if (!treated.has(annotation.sentence)) continue;
    const sentence = text.slice(annotation.start, annotation.start + 120).split(/[.\n]/, 1)[0] ?? '';
    const when =
      /\b(?:\d{1,2}|one|two|three|four|five|several) (?:years?|months?|weeks?) ago\b|\bin (?:19|20)\d\d\b/i.exec(
        sentence,
      );
    if (when) {
      const start = annotation.start + when.index;
      return { value: when[0], evidence: [{ start, end: start + when[0].length, text: when[0] }] };
    }
  }
  return nothing(null);
}
