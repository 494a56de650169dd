import type { TriggerHit } from './trigger';

/**
 * A relative writing for the patient names the patient by the family word: "hi its Kofi, son of Kwame Owusu (76). dad
 * had a CT last week and the report says 'mild compression fractures of T11 and T12'", "I am writing on behalf of my
 * mother", "calling about my wife Colette, she's 81", "My husband is 74 and being treated for lung cancer"; or a call taken from a child about the parent it names with a title
 * ("Phone call from daughter. Her mother, Mrs Joan Whitlock, 91, had a kyphoplasty ... Mum is on dialysis", "Phone msg
 * (daughter): Mum, 88yo♀, had VP T11 in 2020", "call from the patient's daughter: 'Dad's been in agony'"), or a relative
 * calling about the patient ("Son calling about his 88-year-old father", "Her husband, by phone, about his 67-year-old
 * wife"), or the child
 * tells of the patient as a parent ("Her daughter says mom has lost about 10 lb"). In such a
 * text that word is the patient, not someone else's history; every other relative ("her sister had breast cancer") still is.
 */
const PARENT = ['mum', 'mom', 'mam', 'mother', 'dad', 'father'];
/** The family words a relative writing for the patient calls them by, by the patient's sex (demographics reads the age). */
export const FEMALE_RELATIVE = ['mum', 'mom', 'mam', 'mother', 'wife', 'aunt', 'grandmother'];
export const MALE_RELATIVE = ['dad', 'father', 'husband', 'uncle', 'grandfather'];
/** The words between that family word (and a name) and the age: "my dad Frank who is 86", "my wife Colette, she's 81". */
export const RELATIVE_AGE_LINK = ['who is', 'is', 'aged', "she's", "he's", 'she is', 'he is'];
const RELATIVE = [...FEMALE_RELATIVE, ...MALE_RELATIVE].join('|');
const CHILD_OF = new RegExp(
  String.raw`\b(?:son|daughter) of [A-Z][a-z]+|\b(?:her|his|the) (?:son|daughter) (?:says|said|reports|reported|states|stated|tells us|told us) (?:that )?(?:${PARENT.join('|')})\b|\b(?:call|message|msg|email|letter)\b[^.\n]{0,12}?(?:\bfrom (?:the (?:patient['’]s )?|her |his )?|\()(?:son|daughter)\b`,
  'i',
);
/**
 * A relative calling or writing about the patient, then the family word: "calling about my wife", "Daughter rang about her
 * father, 85", "Husband on the phone: his wife, 73", "Wife rang the oncology hotline: her husband, 70", "Message from Mr. L
 * about his wife, Ingrid L., 83". Demographics reads the age after it, so the words come through `cased`: demographics'
 * expression has no case-insensitive flag.
 */
export function calledAbout(cased: (words: string) => string = (words) => words): string {
  const calls = cased(
    'writing|calling|messaging|emailing|phoning|ringing|enquiring|asking|by phone|on the phone|rang|rings|phoned|call|message|hotline',
  );
  // (A title's period ends no sentence: "Message from Mr. Lindqvist about his wife".)
  return String.raw`\b(?:${calls})\b(?:[^.\n]|\b(?:${cased('mr|mrs|ms|dr')})\.){0,40}?(?:\b(?:${cased('about|for|on behalf of|regarding|re')})\b:?|:)\s+(?:${cased('my|his|her')})\s+`;
}
const WRITING_FOR = new RegExp(String.raw`${calledAbout()}(?:\d{2,3}[- ]year[- ]old\s+)?(${RELATIVE})\b`, 'i');
const CALLER_THEN_PATIENT =
  /\b(?:call|phoned|rang|message|msg)\b[^.\n]{0,12}?\b(?:w\/|with|from)\s+(?:the\s+|her\s+|his\s+)?(?:husband|wife|partner|son|daughter|niece|nephew|sister|brother|carer)\s+re:?\s+\d{2,3}\s?[MF]\b/i;
const NAMED_WITH_AGE = new RegExp(
  String.raw`\b(?:my\s+(${RELATIVE})(?:,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,?\s+(?:(?:${RELATIVE_AGE_LINK.join('|')})\s+|\()\d{2,3}\b|(?:her|his)\s+(${RELATIVE}),\s+(?:Mrs|Mr|Ms|Miss)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(?:aged\s+)?\d{2,3}\b)`,
  'i',
);

/**
 * The family words that name the patient in `text`, when a relative writes it (see above), and where the text says who
 * writes; none otherwise.
 */
function patientWords(text: string): { words: string[]; said?: RegExpExecArray } {
  const child = CHILD_OF.exec(text);
  if (child) return { words: PARENT, said: child };
  const named = WRITING_FOR.exec(text) ?? NAMED_WITH_AGE.exec(text);
  const word = (named?.[1] ?? named?.[2])?.toLowerCase();
  // A parent is written by any of its words ("my mother ... mum had an x-ray"); a spouse by the one.
  if (word !== undefined && named) return { words: PARENT.includes(word) ? PARENT : [word], said: named };
  // A caller named before the patient it calls about, who is told by age and sex: "Tel. call w/ husband re: 82F, s/p L2 VP".
  const caller = CALLER_THEN_PATIENT.exec(text);
  return caller ? { words: [], said: caller } : { words: [] };
}

/** The caller named just before the call: "Husband on the phone: his wife, 73", "Wife rang the oncology hotline". */
const CALLER_GAP = 2;

/**
 * The trigger hits without the relative's ones whose family word names the patient, nor the one naming the relative who
 * writes or calls: what follows it is the relative's word about the patient ("call from the patient's daughter: 'Dad's
 * been in agony'").
 */
export function withoutWriterRelative(text: string, hits: TriggerHit[]): TriggerHit[] {
  // Most texts name no relative at all: then there is nothing to keep, and the text need not be read again.
  if (!hits.some((hit) => hit.trigger.kind === 'other-person')) return hits;
  const { words, said } = patientWords(text);
  if (!said) return hits;
  const names = words.length > 0 ? new RegExp(`\\b(?:${words.join('|')})\\b`) : null;
  const end = said.index + said[0].length;
  return hits.filter(
    (hit) =>
      hit.trigger.kind !== 'other-person' ||
      (!names?.test(hit.trigger.phrase) && (hit.end < said.index - CALLER_GAP || hit.start >= end)),
  );
}
