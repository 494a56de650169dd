import type { z } from 'zod';
import type { AcuitySchema } from '../case';
import type { Level } from '../spine/levels';
import { sortLevels } from '../spine/levels';
import type { LevelSpan } from '../spine/parse';
import type { Annotation } from '../terms/annotate';
import type { ConceptId } from '../terms/concept-ids';
import { DATED_LABEL_END } from '../terms/lexicon';
import {
  type ConceptIndex,
  evidenceOf,
  firstOfSentence,
  inTextOrder,
  nothing,
  POSITIVE,
  type Read,
  spanOf,
} from './facts';
import {
  BESIDE_BEFORE,
  DONE_NOW_AFTER,
  DONE_NOW_CHARS,
  INJURY_IN_YEAR_AFTER,
  KNOWN_AFTER,
  KNOWN_BEFORE,
  PLACED_AFTER,
  PROCEDURE_HEADING,
  pointsBack,
  STABLE_BEFORE,
  STABLE_CHARS,
  TREATED_FOR_BEFORE,
  TREATED_IN_YEAR_AFTER,
  TREATED_ON_DAY_FOR_BEFORE,
} from './near-words';

type Acuity = z.infer<typeof AcuitySchema>;

/** How far an acuity word before a fracture reaches it, and past a lesion the fracture runs through. */
const ACUITY_BEFORE_CHARS = 40;
const LESION_REACH_CHARS = 90;
/**
 * The time of a study that diagnosed a fracture, in the acuity word's sentence before it; or a study dated to a day of
 * its own that "showed" it: "MRI on 05/14 showed an acute L1 fracture", "MRI at [**Hospital1 18**] on [**2152-6-22**] showed".
 */
const THEN_BEFORE =
  /\b(?:at (?:that|the) time|at diagnosis|initially|originally|back then)\b[^.;\n]*$|\b(?:MRI|MR|CT)\b[^.;\n]{0,40}?\bon \S{3,20} (?:showed|demonstrated|revealed|confirmed)\b[^.;\n]*$/i;
const THEN_CHARS = 80;
/** A level called normal after it, with the levels listed with it: "T12 and L2 look normal". */
const NORMAL_AFTER =
  /^(?:\s*(?:,|and|&)\s*[CTLS]\d{1,2})*\s+(?:look|looks|appear|appears|is|are|remain|remains)\s+(?:normal|intact|unremarkable)\b/i;
const NORMAL_CHARS = 40;
/** How far back a treatment may name what it was for: "T12 vertebroplasty in September 2022 for a painful osteoporotic T12 fracture". */
const TREATED_FOR_CHARS = 90;
/** ... and one dated to its day. */
const TREATED_ON_DAY_CHARS = 120;

/** Concepts that always name a vertebral fracture. */
const VERTEBRAL_FRACTURE: ConceptId[] = ['compression-fracture', 'injury-fracture', 'osteoporotic-fracture'];
/**
 * Concepts that name one only when tied to a vertebral level or said of a vertebra ("rib fracture" is not;
 * nor is a sacral or pelvic insufficiency fracture).
 */
const FRACTURE_IF_VERTEBRAL: ConceptId[] = [
  'fracture',
  'fractured',
  'deformity',
  'height-loss',
  'pathologic-fracture',
  'insufficiency-fracture',
];
/** Concepts that may name a vertebral fracture: the annotations the fracture fields read. */
export const FRACTURE_CONCEPTS: ConceptId[] = [...VERTEBRAL_FRACTURE, ...FRACTURE_IF_VERTEBRAL];
const AUGMENTATION: ConceptId[] = ['vertebroplasty', 'kyphoplasty', 'augmentation', 'cement'];

/** Vertebral-body levels of an annotation: disc levels ("L4-5 disc") are not fractured bodies. */
export function bodyLevels(annotation: Annotation): Level[] {
  const spans = annotation.levelSpans;
  if (spans.length === 0) return NO_LEVELS;
  // Most findings have one level span: its levels as they are, with no lookup.
  if (spans.length === 1) return (spans[0] as LevelSpan).notBody ? NO_LEVELS : (spans[0] as LevelSpan).levels;
  let levels = bodies.get(annotation);
  if (!levels) {
    levels = annotation.levelSpans.filter((span) => !span.notBody).flatMap((span) => span.levels);
    bodies.set(annotation, levels);
  }
  return levels;
}
const NO_LEVELS: Level[] = [];
// Several fields ask for the same annotation's bodies: computed once per annotation of several spans.
const bodies = new WeakMap<Annotation, Level[]>();

export function isVertebralFracture(annotation: Annotation): boolean {
  if (VERTEBRAL_FRACTURE.includes(annotation.concept)) return true;
  if (!FRACTURE_IF_VERTEBRAL.includes(annotation.concept)) return false;
  if (bodyLevels(annotation).length > 0) return true;
  return annotation.anchor === 'vertebral' || /vertebra|spin/i.test(annotation.text);
}

function levelsOf(annotations: Annotation[], keep: (a: Annotation) => boolean, levels: (a: Annotation) => Level[]) {
  // One pass and two lists: a long page has thousands of these findings, so no array per finding.
  const found = new Set<Level>();
  const words: { start: number; end: number; text: string }[] = [];
  for (const a of annotations) {
    // The finding's kind first: most annotations are of another kind, and it is the cheaper test.
    if (!keep(a) || !POSITIVE.has(a.assertion)) continue;
    const own = levels(a);
    if (own.length === 0) continue;
    for (const level of own) found.add(level);
    words.push(a, ...a.levelSpans);
  }
  return { value: sortLevels(found), evidence: evidenceOf(words) };
}

/** How far after an augmentation the fracture it was done for may stand ("VP L1 for compression fx"). */
const TREATED_FRACTURE_CHARS = 60;
const DONE_OR_PLANNED: ReadonlySet<string> = new Set(['affirmed', 'historical', 'hypothetical']);

/**
 * Levels with a vertebral fracture: those a fracture names, and for a fracture that names none, the
 * levels of an augmentation just before it in its sentence that was done for it ("kyphoplasty cement at
 * T12 and L1 for known compression fractures", "s/p VP L1 for compression fx").
 */
export function fractureLevels(text: string, fractures: Annotation[], augmentations: Annotation[]): Read<Level[]> {
  // Both lists are in text order and levelsOf asks in text order: one pass over the augmentations.
  let next = 0;
  let last: Annotation | undefined;
  const treatedBy = (a: Annotation): Level[] => {
    const own = bodyLevels(a);
    if (own.length > 0) return own;
    for (; next < augmentations.length && (augmentations[next] as Annotation).end <= a.start; next++) {
      const g = augmentations[next] as Annotation;
      // A treatment named as a landmark treats nothing here: "a new compression fracture of L1, immediately below the
      // cemented T12 vertebra, with 25% height loss".
      if (DONE_OR_PLANNED.has(g.assertion) && !BESIDE_BEFORE.test(text.slice(Math.max(0, g.start - 40), g.start)))
        last = g;
    }
    const near = last && last.sentence === a.sentence && a.start - last.end < TREATED_FRACTURE_CHARS;
    return near ? bodyLevels(last as Annotation) : NO_LEVELS;
  };
  return levelsOf(fractures, isVertebralFracture, treatedBy);
}

/**
 * Vertebroplasty/kyphoplasty done (in the past or in this note); planned ones are hypothetical and left
 * out. "A T9 compression fracture treated with vertebroplasty", "This was also treated with
 * vertebroplasty": an augmentation that names no level treats the fracture of its sentence, or of the
 * sentence before when its own names no level at all.
 */
export function augmentationLevels(text: string, annotations: Annotation[], concepts: ConceptIndex): Read<Level[]> {
  // Read from the annotations around the augmentation, once per sentence, rather than indexing every
  // annotation's sentence of a long page for the few augmentations that name no level.
  let readSentence = -1;
  let fracture: Annotation | undefined;
  const treated = (a: Annotation): Level[] => {
    if (bodyLevels(a).length) return bodyLevels(a);
    // "L2 fracture, adjacent to prior augmentation": the fracture is beside it, not the one it treated.
    if (BESIDE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) return NO_LEVELS;
    // "Cement augmentation at the upper instrumented vertebra and the level above it": placed in words.
    if (PLACED_AFTER.test(text.slice(a.end, a.end + 60))) return NO_LEVELS;
    // "Kyphoplasty cement at T12": the cement names the level, and counts on its own.
    if (namesItsCement(annotations, a)) return NO_LEVELS;
    const named = fractureNear(annotations, a);
    if (named) return bodyLevels(named);
    if (a.sentence !== readSentence) {
      readSentence = a.sentence;
      fracture = treatedFracture(annotations, a.sentence);
    }
    return fracture ? bodyLevels(fracture) : NO_LEVELS;
  };
  return levelsOf(
    inTextOrder(concepts, AUGMENTATION),
    // Cement counts where a level is named with it ("cement within the L4 vertebral body"): bone cement
    // elsewhere (a hip prosthesis) names no vertebra.
    (a) => AUGMENTATION.includes(a.concept) && (a.concept !== 'cement' || bodyLevels(a).length > 0),
    treated,
  );
}

/** Whether cement at a named level follows an augmentation as one phrase ("vertebroplasty cement at T12"). */
function namesItsCement(annotations: Annotation[], augmentation: Annotation): boolean {
  for (let i = firstOfSentence(annotations, augmentation.sentence); i < annotations.length; i++) {
    const a = annotations[i] as Annotation;
    if (a.sentence !== augmentation.sentence || a.start > augmentation.end + 1) return false;
    if (a.start >= augmentation.end) return a.concept === 'cement' && bodyLevels(a).length > 0;
  }
  return false;
}

/** How near an augmentation its fracture is named ("vertebroplasties for T12 and L1 fractures", "a T11 fracture treated with kyphoplasty"). */
const TREATED_NEAR_CHARS = 40;

/**
 * The levelled fracture named nearest an augmentation in its sentence, before it or just after it:
 * "a T11 fracture treated with kyphoplasty ...; a new L2 fracture" treats T11, not the later L2.
 */
function fractureNear(annotations: Annotation[], augmentation: Annotation): Annotation | undefined {
  let before: Annotation | undefined;
  let after: Annotation | undefined;
  for (let i = firstOfSentence(annotations, augmentation.sentence); i < annotations.length; i++) {
    const a = annotations[i] as Annotation;
    if (a.sentence !== augmentation.sentence || a.start - augmentation.end > TREATED_NEAR_CHARS) break;
    if (!isVertebralFracture(a) || !POSITIVE.has(a.assertion) || bodyLevels(a).length === 0) continue;
    if (a.end <= augmentation.start) before = a;
    else if (a.start >= augmentation.end) {
      after = a;
      break;
    }
  }
  const gapBefore = before ? augmentation.start - before.end : Number.POSITIVE_INFINITY;
  const gapAfter = after ? after.start - augmentation.end : Number.POSITIVE_INFINITY;
  if (gapBefore > TREATED_NEAR_CHARS && gapAfter > TREATED_NEAR_CHARS) return undefined;
  return gapBefore <= gapAfter ? before : after;
}

/**
 * The fracture an augmentation in `sentence` treats: the last levelled one of its sentence, else (when
 * its sentence names no level at all) the last one of the sentence before. Annotations are in text
 * order, so both sentences are one run of them.
 */
function treatedFracture(annotations: Annotation[], sentence: number): Annotation | undefined {
  let own: Annotation | undefined;
  let before: Annotation | undefined;
  let levelled = false;
  for (let i = firstOfSentence(annotations, sentence - 1); i < annotations.length; i++) {
    const a = annotations[i] as Annotation;
    if (a.sentence > sentence) break;
    if (a.sentence === sentence && a.category === 'level') levelled = true;
    if (!isVertebralFracture(a) || !POSITIVE.has(a.assertion) || bodyLevels(a).length === 0) continue;
    if (a.sentence === sentence) own = a;
    else before = a;
  }
  return own ?? (levelled ? undefined : before);
}

/**
 * Levels the procedure a note reports treated: in an operative or procedure note, or said done just after it (an IR
 * list's "L3 VP done today"), an augmentation or fusion said as done (not as history) whose levels hold a new fracture
 * of the case ("PROCEDURE PERFORMED: vertebroplasty of T12" for an acute T12 fracture). They treat the case's
 * fracture; they are no earlier treatment, so no pain at them is a treated level's and no fracture beside them is one
 * beside an old one.
 */
export function treatedInNoteLevels(text: string, concepts: ConceptIndex, newLevels: Level[]): Read<Level[]> {
  if (newLevels.length === 0) return nothing([]);
  const procedureNote = PROCEDURE_HEADING.test(text);
  // A construct is named by its disc levels too ("L4-5 fusion"): its levels as fusionLevels reads them.
  const treats = (a: Annotation) => (a.concept === 'fusion' ? a.levels : bodyLevels(a));
  // Outside a procedure note, one said done is this note's only when it leaves no new fracture untreated: a ward round's
  // "d5 post L2 KP (done Mon ...) ... new L1 CF" is about the L1 fracture, which the L2 kyphoplasty came before.
  const doneNow = (a: Annotation) =>
    DONE_NOW_AFTER.test(text.slice(a.end, a.end + DONE_NOW_CHARS)) &&
    newLevels.every((level) => treats(a).includes(level));
  // Told in the past tense too ("she underwent T12 kyphoplasty on hospital day 3"): a new fracture's treatment
  // can only be this note's.
  const now = inTextOrder(concepts, [...AUGMENTATION, 'fusion']).filter(
    (a) =>
      POSITIVE.has(a.assertion) &&
      (procedureNote || doneNow(a)) &&
      treats(a).some((level) => newLevels.includes(level)),
  );
  return levelsOf(now, () => true, treats);
}

/** Fused levels: a construct named by its disc levels ("L4-5 fusion") fuses the bodies on both sides. */
export function fusionLevels(annotations: Annotation[]): Read<Level[]> {
  return levelsOf(
    annotations,
    (a) => a.concept === 'fusion',
    (a) => a.levels,
  );
}

const ACUITY_WORDS: [RegExp, Acuity][] = [
  [/^(?:acute|new|recent|fresh|interval|incident|now$|scintigraphically|metabolically)/i, 'acute'],
  [/^subacute/i, 'subacute'],
  [/^(?:chronic|old|ancient|healed|healing|remote|long-?standing|already)/i, 'chronic'],
  // "age-indeterminate", and the last word of "age indeterminate" or "the age of it can not be decided" said after the
  // fracture.
  [
    /^(?:age|indeterminate|undetermined|unclear|unknown|uncertain|known|decided|determined|assessed|established|told|said|estimated|say|tell|prevalent|certain|possible|date)/i,
    'age-indeterminate',
  ],
];

/**
 * The acuity an acuity sign says: an acuity word before the fracture starts its words; one said after it ends them
 * ("are new"); a comparison that did not show the fracture ("not present on the prior") says new.
 */
export function acuityOf(said: Annotation): Acuity | undefined {
  if (said.concept === 'absent-before' || said.concept === 'found-recently') return 'acute';
  if (said.concept === 'found-long-ago') return 'chronic';
  // (Its last word may be a gloss in brackets: "age cannot be told (indeterminate)"; a look after it is the age's: "old
  // looking".)
  const words =
    said.concept === 'acuity-after'
      ? (said.text
          .replace(/[- ](?:looking|appearing)$/i, '')
          .split(/[\s,()]+/)
          .filter(Boolean)
          .pop() ?? '')
      : said.text;
  return ACUITY_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}

/**
 * Acuity words a history's scope does not undo: its terminating "new", and an old one ("a chronic T12 fracture, first
 * diagnosed 5 months ago").
 */
const HISTORY_KEEPS = /^(?:new|chronic|old|healed|remote|long-?standing)$/i;
/** What opens a level's own clause after a fracture: "...; T6 and T8 are new", "the T6 deformity is old, while T9 is new". */
const CLAUSE_OPENS = /;|\b(?:while|whereas|but)\b/i;
const DATED_LABEL = new RegExp(`^(?:${DATED_LABEL_END})`, 'i');
/** ... or a study and its verb after the time: "3 weeks ago CT showed ...", "Before 3 weeks CT showed ...". */
const DATED_STUDY_AFTER =
  /^,? (?:the |an? |her |his )?(?:[\w-]+ ){0,4}?(?:showed|shows|demonstrated|revealed|found|confirmed)\b/i;
/** Acuities said after the fracture they date. */
const SAID_AFTER = new Set(['acuity-after', 'absent-before', 'found-recently', 'found-long-ago']);
/**
 * An acuity said of every fracture before it: "neither was present on", "none of these were seen on", "all
 * indeterminate age", "no earlier spine images to date them".
 */
const EVERY_ONE = /^(?:neither|none|all|both)\b|\bto date$/i;
/**
 * The first vertebral fracture the text introduces as known ("a known osteoporotic compression fracture of L2") or
 * dates as old ("multiple old wedge fractures from T8 to T10").
 */
export function knownFracture(
  text: string,
  fractures: Annotation[],
  acuity: Partial<Record<Level, Acuity>>,
): Annotation | undefined {
  return fractures.find(
    (a) =>
      isVertebralFracture(a) &&
      POSITIVE.has(a.assertion) &&
      (introducedAsKnown(text, a) || bodyLevels(a).some((level) => acuity[level] === 'chronic')),
  );
}

/** Whether the words just before a fracture call it known ("his known L1 fracture"), or just after it ("known for a year"). */
export function introducedAsKnown(text: string, a: Annotation): boolean {
  return (
    KNOWN_BEFORE.test(text.slice(Math.max(0, a.start - KNOWN_CHARS), a.start)) ||
    KNOWN_AFTER.test(text.slice(a.end, a.end + KNOWN_CHARS))
  );
}

const KNOWN_CHARS = 40;

/** How far after a fracture its acuity may be said as a predicate ("fracture of T10, new since 2023"). */
const ACUITY_AFTER_CHARS = 80;
const ANOTHER_ITEM = /\band\b|;/;
/** An older study that did not show it may be named further on: "...; her baseline films from 2021 showed a normal L3". */
const ABSENT_BEFORE_CHARS = 160;

/** A vertebral fracture the text affirms at no level, where it names no fractured level at all, new or not. */
export function fractureLevelUnnamed(fractures: Annotation[]): Read<boolean | null> {
  let unnamed: Annotation | undefined;
  for (const a of fractures) {
    if (!isVertebralFracture(a) || !POSITIVE.has(a.assertion)) continue;
    if (bodyLevels(a).length > 0) return nothing(null);
    if (a.assertion === 'affirmed') unnamed ??= a;
  }
  return unnamed ? { value: true, evidence: evidenceOf([unnamed]) } : nothing(null);
}

/**
 * ... and that fracture new (`unnamed` says there is one): a masked "new compression deformity of the T-XXXX vertebra",
 * "an acute compression fracture of a lower thoracic vertebral body". It is dated as a level's fracture is: an acuity
 * word just before it, or one said of it after it in its sentence ("..., not present on the prior exam").
 */
export function newFractureLevelUnnamed(signs: Annotation[], unnamed: Read<boolean | null>): Read<boolean | null> {
  if (unnamed.value !== true) return nothing(null);
  let word: Annotation | undefined;
  let fracture: Annotation | undefined;
  for (const a of signs) {
    if (a.concept === 'acuity-word' && a.assertion === 'affirmed') word = a;
    const after = SAID_AFTER.has(a.concept) && a.assertion !== 'negated' ? acuityOf(a) : undefined;
    const reach = a.concept === 'absent-before' ? ABSENT_BEFORE_CHARS : ACUITY_AFTER_CHARS;
    if (after && fracture?.sentence === a.sentence && a.start - fracture.end < reach && NEW.has(after)) {
      return { value: true, evidence: evidenceOf([fracture, a]) };
    }
    if (a.assertion !== 'affirmed' || !isVertebralFracture(a)) continue;
    fracture = a;
    const said = word && word.sentence === a.sentence && a.start - word.end < 40 ? acuityOf(word) : undefined;
    if (said && NEW.has(said)) return { value: true, evidence: evidenceOf([word as Annotation, a]) };
  }
  return nothing(null);
}
const NEW = new Set<Acuity>(['acute', 'subacute']);

/**
 * Acuity per fractured level, where the sentence states it: an acuity word just before the fracture
 * ("acute T11 compression fracture"), one said of it just after ("T11 and T12 deformities are new"), or
 * marrow edema in the same sentence or at the same level ("marrow oedema at L2"). Where the text says
 * no acuity, a burst, Chance or fracture-dislocation after a high-energy injury (`injury`) is the
 * injury's, so acute; and edema at no named level is at the one fractured level, when only one is.
 */
export function fractureAcuity(
  text: string,
  annotations: Annotation[],
  injury: boolean,
  worsening: boolean,
): Read<Partial<Record<Level, Acuity>>> {
  const value: Partial<Record<Level, Acuity>> = {};
  const evidence: ReturnType<typeof spanOf>[] = [];
  let word: Annotation | undefined;
  let lesionAfterWord = false;
  let dated: Annotation | undefined;
  let fracture: Annotation | undefined;
  // The fractures of the sentence read so far: "wedge deformities of T8 and T9; neither was present in 2019" dates both.
  let sentenceFractures: Annotation[] = [];
  // Levels named alone after the last fracture, in its sentence: "...; T6 and T8 are new since then".
  let bareLevels: Annotation[] = [];
  // Fractured levels named so far, and the levels of the sentence being read: a later sentence may compare one of them
  // with an older study by its level alone ("... a compression fracture of L3. The L3 body was normal on a staging CT in
  // 2019").
  const fracturedSoFar = new Set<Level>();
  const injuredLongAgo = new Set<Level>();
  // Levels dated by an injury alone, which words said of the fracture later in its sentence overrule.
  const byInjury = new Set<Level>();
  let sentenceLevels: Annotation[] = [];
  const edema = new Map<number, Annotation>();
  // Levels whose fracture the text calls known: later words about them ("T12 height loss progressed") are
  // that fracture's too.
  const known = new Set<Level>();
  const edemaAt = new Map<Level, Annotation>();
  // A known fracture getting worse owns the edema: "L1 fracture in January (MRI: marrow oedema) ... now
  // progressive collapse of L1" is no new fracture. A new one beside it is called new.
  for (const a of worsening ? [] : annotations) {
    if (a.concept !== 'marrow-edema' || a.assertion !== 'affirmed') continue;
    edema.set(a.sentence, a);
    for (const level of bodyLevels(a)) edemaAt.set(level, a);
  }
  const mark = (seen: Annotation, a: Annotation, acuity: Acuity, levels = bodyLevels(a)) => {
    for (const level of levels) value[level] = acuity;
    evidence.push(spanOf(seen), spanOf(a), ...a.levelSpans.filter((span) => !span.notBody).map(spanOf));
  };
  for (const a of annotations) {
    // A word of now read inside a history's scope still dates what follows it: "h/o RCC 2020, new T5 CF"
    // (the terminating "new" is the scope's last word); so does a word of then.
    if (
      a.concept === 'acuity-word' &&
      (a.assertion === 'affirmed' || (a.assertion === 'historical' && HISTORY_KEEPS.test(a.text)))
    ) {
      word = a;
      lesionAfterWord = false;
    }
    // An acuity said of a lesion that carries the fracture named after it reaches the fracture past the lesion's words: "New
    // lytic lesion of the T10 vertebral body with a pathologic compression fracture".
    if (word && a.sentence === word.sentence && (a.concept === 'destructive-lesion' || a.concept === 'cancer'))
      lesionAfterWord = true;
    // Said after the fracture, the acuity is only denied by a negation ("new vs 2019 film" compares).
    const saidAfter = SAID_AFTER.has(a.concept);
    const after = saidAfter && a.assertion !== 'negated' ? acuityOf(a) : undefined;
    const reach = a.concept === 'absent-before' ? ABSENT_BEFORE_CHARS : ACUITY_AFTER_CHARS;
    // ... or opening the next sentence, said of it: "... deformity of the T11 endplate. This is new compared with".
    const openedBack = fracture?.sentence === a.sentence - 1 && pointsBack(text, a.start);
    // Levels of their own clause after the fracture's are what the acuity is said of: "The old L1 fracture was already
    // there on a 2019 CT; T6 and T8 are new since then".
    // (Not levels said to be normal in a clause of their own: "...; T12 and L2 look normal and L1 was intact on her 2021 film".)
    const ownClause = bareLevels.filter(
      (level) =>
        CLAUSE_OPENS.test(text.slice(fracture?.end ?? 0, level.start)) &&
        !NORMAL_AFTER.test(text.slice(level.end, level.end + NORMAL_CHARS)),
    );
    // A study of today that finds an old fracture collapsing further finds no new one: "known old L3 compression fx ...
    // increasing wedge deformity, L3 ht loss 30% -> 55% on XR today".
    if (a.concept === 'found-recently' && worsening && fracture?.sentence === a.sentence) {
      const old = bodyLevels(fracture).filter((level) => value[level] === 'chronic');
      if (old.length > 0 && old.length === bodyLevels(fracture).length) continue;
    }
    if (after && ownClause.length > 0 && ownClause[0]?.sentence === a.sentence) {
      for (const level of ownClause) mark(a, level, after);
    } else if (
      after &&
      fracture &&
      // (Not a study's dated label, which dates what follows it: "path # L1 dx 2/12 ago (MRI last wk: L pedicle inv ...)".)
      !(a.concept === 'found-recently' && text.charAt(a.end) === ':') &&
      (openedBack || (fracture.sentence === a.sentence && a.start - fracture.end < reach))
    ) {
      for (const each of EVERY_ONE.test(a.text) ? sentenceFractures : [fracture]) mark(a, each, after);
    }
    if (a.category === 'level' && fracture?.sentence === a.sentence && POSITIVE.has(a.assertion)) bareLevels.push(a);
    if (sentenceLevels[0] && sentenceLevels[0].sentence !== a.sentence) sentenceLevels = [];
    if (a.category === 'level' && POSITIVE.has(a.assertion)) sentenceLevels.push(a);
    if (a.concept === 'absent-before' && after && fracture && fracture.sentence < a.sentence) {
      for (const level of sentenceLevels) {
        const compared = bodyLevels(level).filter((each) => fracturedSoFar.has(each) && value[each] === undefined);
        if (compared.length > 0) mark(a, level, after, compared);
      }
    }
    // A study of a few weeks back named as a label dates what its sentence goes on to find: "MRI 2 wks ago: path T7 fx",
    // "3 weeks ago CT showed a pathological fracture of L4".
    if (
      a.concept === 'found-recently' &&
      (DATED_LABEL.test(text.slice(a.end, a.end + 16)) || DATED_STUDY_AFTER.test(text.slice(a.end, a.end + 50)))
    )
      dated = a;
    // (A fracture word with no bone of its own may still be the one in apposition below: "wedging of T12, compatible with
    // recent fracture".)
    const unplaced = a.anchor === null && FRACTURE_IF_VERTEBRAL.includes(a.concept) && bodyLevels(a).length === 0;
    if (!(isVertebralFracture(a) || unplaced) || !POSITIVE.has(a.assertion)) continue;
    const said =
      word &&
      word.sentence === a.sentence &&
      a.start - word.end < (lesionAfterWord ? LESION_REACH_CHARS : ACUITY_BEFORE_CHARS)
        ? word
        : undefined;
    const acuity = said ? acuityOf(said) : undefined;
    if (bodyLevels(a).length === 0) {
      // A fracture named at no level just after a level's, in its sentence, says what that level's is, and its acuity
      // word dates it: "Mild anterior wedging of T12, consistent with an old compression fracture", "wedge-shaped
      // deformation of Th7 — old consolidated compression fracture", "D12 with cuneiform aspect, compatible with recent fracture
      // by compression" (not a new item after "and": "the L1 wedge fracture, unchanged, and new Genant grade 1 deformities at T7
      // and T8").
      if (
        said &&
        acuity &&
        fracture?.sentence === a.sentence &&
        said.start > fracture.end &&
        said.start - fracture.end < ACUITY_AFTER_CHARS &&
        !ANOTHER_ITEM.test(text.slice(fracture.end, said.start)) &&
        bodyLevels(fracture).every((level) => value[level] === undefined || byInjury.has(level))
      ) {
        mark(said, fracture, acuity);
        word = undefined;
      }
      continue;
    }
    if (fracture?.sentence !== a.sentence) sentenceFractures = [];
    sentenceFractures.push(a);
    fracture = a;
    for (const level of bodyLevels(a)) fracturedSoFar.add(level);
    bareLevels = [];
    // Edema dates the levels it names ("compression # T12, L1, L3; MRI oedema L3 only"), or all of the
    // fracture's when it names none in the fracture's sentence.
    const near = edema.get(a.sentence);
    const placed = bodyLevels(a).filter((level) => edemaAt.has(level));
    // An acuity word dates the first fracture after it, not the next one too: "a new T10 wedge fracture; a T8
    // wedge deformity is unchanged".
    // A fracture that was fresh on the study of its diagnosis and is now collapsing further is the known one: "MRI at that time
    // (2024-08) showed T12 fresh osteoporotic fracture ... T12 anterior height loss progressed from 30% to 55%".
    const then = worsening && said && THEN_BEFORE.test(text.slice(Math.max(0, said.start - THEN_CHARS), said.start));
    if (TREATED_ON_DAY_FOR_BEFORE.test(text.slice(Math.max(0, a.start - TREATED_ON_DAY_CHARS), a.start))) {
      for (const level of bodyLevels(a)) known.add(level);
      word = undefined;
    } else if (said && acuity && !then) {
      mark(said, a, acuity);
      word = undefined;
    }
    // "His known T8 compression fracture (MRI in January: marrow oedema)": the oedema dates a fracture
    // known before, which stays a known one rather than a new one.
    else if (introducedAsKnown(text, a)) {
      for (const level of bodyLevels(a)) known.add(level);
    } else if (bodyLevels(a).every((level) => known.has(level))) continue;
    // (A label the splitter took for a header dates the sentence it heads: "VFA at DEXA this month: grade 2 wedge fx".)
    // It dates the first fracture it goes on to name, not a known one getting worse ("Standing radiographs today show
    // further collapse of T8") nor one named after it ("...; the T12 wedge matches her 2018 radiographs").
    else if (
      dated &&
      !worsening &&
      // (Not one the study calls unchanged: "Radiographs today show ... unchanged mild height loss at L2".)
      !STABLE_BEFORE.test(text.slice(Math.max(0, a.start - STABLE_CHARS), a.start)) &&
      (dated.sentence === a.sentence || (dated.inHeader && dated.sentence + 1 === a.sentence)) &&
      bodyLevels(a).every((level) => value[level] === undefined)
    ) {
      mark(dated, a, 'acute');
      dated = undefined;
    }
    // (Not a fracture the text puts in the past: "the L2 kyphoplasty she had in 2019 for an osteoporotic fracture".)
    else if (near && bodyLevels(near).length === 0 && a.assertion !== 'historical') mark(near, a, 'acute');
    else if (placed.length > 0) mark(edemaAt.get(placed[0] as Level) as Annotation, a, 'acute', placed);
    // A fracture named after a high-energy injury or a recent strain, with no age of its own, is that injury's (unless
    // an operation was done for it, named before it or in a year after it: then it is as old as the operation; or the
    // text dated it already: "incidental old healed T12 wedge ... Remote MVA 2008 w/ T12 #"; or its injury was dated to a
    // year, which later mentions of its level keep: "T12 burst fracture sustained in a fall from a ladder in 2022 ... The T12
    // fracture has healed").
    else if (injury && a.assertion === 'affirmed' && bodyLevels(a).some((level) => value[level] === undefined)) {
      if (
        TREATED_FOR_BEFORE.test(text.slice(Math.max(0, a.start - TREATED_FOR_CHARS), a.start)) ||
        TREATED_IN_YEAR_AFTER.test(text.slice(a.end, a.end + 100)) ||
        INJURY_IN_YEAR_AFTER.test(text.slice(a.end, a.end + 100))
      ) {
        for (const level of bodyLevels(a)) injuredLongAgo.add(level);
      } else if (!bodyLevels(a).every((level) => injuredLongAgo.has(level))) {
        mark(a, a, 'acute');
        for (const level of bodyLevels(a)) byInjury.add(level);
      }
    }
  }
  const unplaced = [...edema.values()].find((a) => bodyLevels(a).length === 0);
  if (unplaced) {
    const fractured = new Set<Level>();
    for (const a of annotations) {
      if (isVertebralFracture(a) && POSITIVE.has(a.assertion)) for (const level of bodyLevels(a)) fractured.add(level);
    }
    const [only] = fractured;
    if (fractured.size === 1 && only && value[only] === undefined && !known.has(only)) {
      value[only] = 'acute';
      evidence.push(spanOf(unplaced));
    }
  }
  return { value, evidence: evidenceOf(evidence) };
}
