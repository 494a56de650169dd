/**
 * What the patient feels and can do, as the case needs it: whether the fracture hurts, whether the pain
 * sits at a level treated before, and whether there is a neurologic deficit of spinal cause.
 */
import { adjacentTo, areAdjacent, expandRange, type Level } from '../spine/levels';
import type { Annotation } from '../terms/annotate';
import type { ConceptId } from '../terms/concept-ids';
import { PAIN_SITES } from '../terms/lexicon';
import {
  type ConceptIndex,
  evidenceOf,
  fact,
  firstOfSentence,
  indexByConcept,
  inTextOrder,
  nothing,
  POSITIVE,
  type Read,
} from './facts';
import { FRACTURE_CONCEPTS } from './levels';
import {
  BESIDE_BEFORE,
  IMAGING_SECTION,
  LASTING_AFTER,
  LASTING_BEFORE,
  NOW_BEFORE,
  PAINLESS_AFTER,
  REASON_BEFORE,
  sentenceAround,
  toldRecently,
} from './near-words';

const NEURO: ConceptId[] = ['neuro-deficit', 'neuro-intact'];
const PAIN: ConceptId[] = ['pain', 'worsening-pain'];

/** How near before a finding "residual" says it is still there ("residual T9 sensory level"). */
const STILL_CHARS = 20;

/** How far after a pain word a level may stand to say where the pain is ("pain at L2", "pain over L1"). */
const PAIN_SITE_CHARS = 40;
/** ... further when a word places it: "low back pain for the last one month, localised to the L1 level". */
const PAIN_PLACED_CHARS = 80;
// ... or the bone felt for it: "pain at palpation of the spinous process of L1".
const PLACING_WORD =
  /\b(?:locali[sz](?:ed|es|e)|centred|centered|located|maximal|worst|points? (?:\w+ ){0,3}?(?:to|at)|spinous process(?:es)?)\b/i;
/** ... but not to a level named as where it is not: "localized to the upper thoracic spine rather than at T8". */
const ELSEWHERE = /\b(?:rather than|instead of|not at|away from)\b/i;
const placesPain = (between: string) => PLACING_WORD.test(between) && !ELSEWHERE.test(between);
/** A pain said to have eased, straight after it: "T12 pain much better". */
const EASED_AFTER =
  /^\s*(?:is |has )?(?:much |a lot |far |markedly |now )?(?:better|improved|resolved|settled|gone|eased)\b/i;

/** A list item that tells the history, between a pain and a level: the level is the history's, not the pain's place. */
const HISTORY_ITEM = /[,;]\s*(?:prior|previous|old|known|s\/p|status post|h\/o|hx|history of)\b/i;

/** A construct's end named as the pain's place: "at the top of the construct", "at the lower end of his fusion". */
const CONSTRUCT_END = /\b(?:end|top|bottom)\b/i;
/**
 * Pain at a level treated before: a pain word said of the patient with "the cemented level" or "the
 * same level" in its sentence, or followed closely by a level that was augmented or fused; or a
 * patient in pain whose treated level is getting worse; or pain placed in a region that holds a treated
 * level and no new fracture. No when the pain is placed at another level or region, or, placed nowhere,
 * comes with a new fracture at an untreated level (`newFracture`, its evidence) in a patient with
 * symptoms (`hurts`).
 */
export function painAtTreatedLevel(
  text: string,
  annotations: Annotation[],
  concepts: ConceptIndex,
  treated: ReadonlySet<string>,
  newFracture: Read<Level[]>,
  hurts: Read<boolean | null>,
): Read<boolean | null> {
  // "The same level" says nothing of a treatment when none is named ("worsening pain at the same level" of a
  // fracture managed in a brace), nor does "the level of that fracture" or "the old fracture level"; "the cemented level" does.
  const impliesTreatment = (concepts.get('treated-level') ?? []).some(
    (a) => !/^same\b|fracture(?: level)?$/i.test(a.text),
  );
  if (treated.size === 0 && !impliesTreatment) return nothing(null);
  const pains = inTextOrder(concepts, PAIN).filter((a) => a.assertion === 'affirmed' || lastsUntilNow(text, a));
  // No pain anywhere after the treatment: "his pain resolved; no back pain at all".
  const denied = inTextOrder(concepts, PAIN).filter((a) => a.assertion === 'negated');
  if (pains.length === 0 && denied.length > 0 && treated.size > 0)
    return { value: false, evidence: evidenceOf(denied) };
  // "Further height loss of the T10 body around the cement" in a patient in pain: the treated level again (not one the
  // sentence denies: "increasing pain at T12, not at L4, and progressive T12 collapse").
  for (const worse of concepts.get('worsening') ?? []) {
    if (worse.assertion !== 'affirmed' || pains.length === 0) continue;
    for (let i = firstOfSentence(annotations, worse.sentence); i < annotations.length; i++) {
      const a = annotations[i] as Annotation;
      if (a.sentence !== worse.sentence) break;
      if (a.category === 'level' && a.assertion !== 'negated' && a.levels.some((level) => treated.has(level))) {
        return { value: true, evidence: evidenceOf([pains[0] as Annotation, worse, a]) };
      }
    }
  }
  // The pain's sentence in order: the treated level named, or the first level just after the pain word,
  // says where it is ("pain is centred at L2 rather than at the treated level" is at L2). A pain that was a
  // treatment's reason is the treated fracture's of then ("an L1 vertebroplasty for a painful L1 fracture").
  for (const pain of pains) {
    if (REASON_BEFORE.test(text.slice(Math.max(0, pain.start - 30), pain.start))) continue;
    for (let i = firstOfSentence(annotations, pain.sentence); i < annotations.length; i++) {
      const a = annotations[i] as Annotation;
      if (a.sentence !== pain.sentence) break;
      if (a.assertion === 'negated') continue;
      const painless = PAINLESS_AFTER.test(text.slice(a.end, a.end + 30));
      if (a.concept === 'treated-level') {
        // "severe pain just below the old treated level" is beside it, not at it; so is pain at a construct's end with a new
        // fracture just past that end ("sharp pain at the top of the construct. CT: acute T9 compression fracture" after a
        // T10–S1 fusion).
        const beside =
          BESIDE_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) ||
          (CONSTRUCT_END.test(a.text) && adjacentTo(newFracture.value, [...treated] as Level[]).length > 0);
        return { value: !painless && !beside, evidence: evidenceOf([pain, a]) };
      }
      // ... or the level written as the pain's own adjective: "now ↑ T9 pain since ~6wks post-op" (not "T12 pain much
      // better", which has eased there).
      if (a.category === 'level' && a.end <= pain.start && /^ ?$/.test(text.slice(a.end, pain.start))) {
        const eased = EASED_AFTER.test(text.slice(pain.end, pain.end + 30));
        if (a.levels.some((level) => treated.has(level))) return { value: !eased, evidence: evidenceOf([pain, a]) };
        continue;
      }
      if (a.category !== 'level' || a.levels.length === 0 || a.start < pain.end) continue;
      // A level too far from the pain to place it; a treated level named later still may ("the same pain has
      // returned, and she points exactly to the L1 procedure site").
      const between = text.slice(pain.end, a.start);
      const reach = placesPain(between) ? PAIN_PLACED_CHARS : PAIN_SITE_CHARS;
      if (a.start - pain.end >= reach) continue;
      // A level in a history item of its own after the pain's is that item's: "↑ LBP, ?new fx, prior T12 KP 2021".
      if (HISTORY_ITEM.test(between)) break;
      if (a.levels.some((level) => treated.has(level))) return { value: !painless, evidence: evidenceOf([pain, a]) };
      break;
    }
  }
  // Pain denied at the treated level says so more plainly than a region does: "New low thoracic / upper lumbar pain
  // ... He denies pain at the previously treated levels".
  for (const pain of denied) {
    for (let i = firstOfSentence(annotations, pain.sentence); i < annotations.length; i++) {
      const a = annotations[i] as Annotation;
      if (a.sentence !== pain.sentence) break;
      if (a.concept === 'treated-level' && a.start > pain.end) return { value: false, evidence: evidenceOf([pain, a]) };
    }
  }
  const untreated = newFracture.value.filter((level) => !treated.has(level));
  // Pain placed in a region: at a treated level when the region holds one and no new fracture in it or at its edge
  // explains it ("worse pain at the thoracolumbar junction" after a T10-L2 fusion); elsewhere otherwise ("upper lumbar
  // pain" with a T12 kyphoplasty and a new L2 fracture; "TL jxn pain" after a T11-L2 fusion with a new T10 fracture).
  for (const pain of pains) {
    const site = siteOf(text, annotations, pain);
    if (!site) continue;
    const levels = expandRange(site.range.from, site.range.to);
    const explained = untreated.some(
      (level) => levels.includes(level) || levels.some((inRegion) => areAdjacent(level, inRegion)),
    );
    const atTreated = levels.some((level) => treated.has(level)) && !explained;
    return { value: atTreated, evidence: evidenceOf([pain, site.annotation]) };
  }
  // Pain placed at another level: "new pain one level below", "pain at L1" after a T12 kyphoplasty.
  for (const pain of pains) {
    for (let i = firstOfSentence(annotations, pain.sentence); i < annotations.length; i++) {
      const a = annotations[i] as Annotation;
      if (a.sentence !== pain.sentence) break;
      const elsewhere =
        a.start > pain.end &&
        a.start - pain.end < PAIN_SITE_CHARS &&
        (a.concept === 'beside-treated-level' ||
          (a.category === 'level' && a.levels.length > 0 && !a.levels.some((level) => treated.has(level))));
      if (elsewhere) return { value: false, evidence: evidenceOf([pain, a]) };
    }
  }
  // "Kyphoplasty at L1 in 2022 ... new pain; MRI: acute T12 fracture": the new fracture is where it hurts,
  // whether a pain word says so or care that failed does ("T12 VP 2019 ... new L2 fx; 4 wks brace w/o relief").
  if (hurts.value === true && treated.size > 0 && untreated.length > 0) {
    return { value: false, evidence: [...hurts.evidence, ...newFracture.evidence] };
  }
  return nothing(null);
}

const LEVEL_AFTER_SITE = /^,?\s*(?:\(|over |at |around |of )?(?:the )?[CTL]\d/;
const SITES = PAIN_SITES.map((site) => ({ test: new RegExp(`^(?:${site.pattern})$`, 'i'), range: site }));

/**
 * The region named with a pain in its sentence, near it on either side ("upper lumbar pain", "pain at the TL jxn"), or
 * further after it when a word places it ("aching pain ..., and she points exactly to the thoracolumbar junction").
 */
function siteOf(text: string, annotations: Annotation[], pain: Annotation) {
  for (let i = firstOfSentence(annotations, pain.sentence); i < annotations.length; i++) {
    const a = annotations[i] as Annotation;
    if (a.sentence !== pain.sentence || a.start - pain.end >= PAIN_PLACED_CHARS) break;
    if ((a.concept !== 'pain-site' && a.concept !== 'region') || pain.start - a.end >= PAIN_SITE_CHARS) continue;
    if (a.start - pain.end >= PAIN_SITE_CHARS && !placesPain(text.slice(pain.end, a.start))) continue;
    const site = SITES.find((s) => s.test.test(a.text.replace(/\s+(?:spine|region|vertebrae)$/i, '')));
    // A level named with the region places the pain more closely: "at the thoracolumbar junction over T11".
    if (site && LEVEL_AFTER_SITE.test(text.slice(a.end, a.end + 16))) return undefined;
    if (site) return { annotation: a, range: site.range };
  }
  return undefined;
}

/** How near before a finding a word of now ("now", "post-op") says it is the patient's state today. */
const NOW_CHARS = 40;

/** Sensory symptoms alone, which a nerve outside the spine explains as well as a root ("numbness", "tingling"). */
/** A pain placed at a vertebra: "pain localised to T5", "tender over T12", "Tender L3". */
const PLACED_AT_LEVEL = /^[^.;\n]{0,20}?(?:\b(?:at|over|to|around)\s+(?:the\s+)?|^\s+)[CTL]\d/;
const BLADDER_CAUSE =
  /childbirth|incontinence|bladder|detrusor|BPH|prostat|urinary tract infection|UTI|dementia|radiation|radiotherapy|brachytherapy/i;
const BLADDER = /incontinen|bladder|bowel|urin|void|sphincter|retention|continence/i;
const SENSORY_ONLY = /numb|esthes|tingl|pins and needles|sensation|vibration|propriocept|pin ?prick|light[- ]touch/i;

/** Whether `a` is said of now: a word of now shortly before it in its sentence. */
function saidOfNow(text: string, a: Annotation): boolean {
  return NOW_BEFORE.test(text.slice(Math.max(0, a.start - NOW_CHARS), a.start));
}

/**
 * Whether the text says the spine gives no deficit: no cord or root pressed ("without cord compression", "no
 * radiculopathy"), or no sign of the cord ("no sensory level on the trunk and no signs of myelopathy").
 */
function spinalDenied(concepts: ConceptIndex): boolean {
  const denied = (concept: ConceptId) => (concepts.get(concept) ?? []).filter((a) => a.assertion === 'negated');
  return (
    denied('cord-compression').length > 0 ||
    denied('neural-compression').length > 0 ||
    denied('neuro-deficit').some((a) => CORD_SIGN.test(a.text))
  );
}
const CORD_SIGN = /myelopath|sensory level|cauda equina/i;
const WARD_AFTER = /^ (?:unit|service|centre|center|ward|team|clinic|rehab)\b/i;

/**
 * A deficit affirmed says yes, unless its sentence gives a cause outside the spine ("numbness of the
 * hands from carpal tunnel syndrome"), or the text names such a cause, no spinal one, and the deficit is
 * only sensory; denied deficits say no, and so do "denies weakness" and "no cord compression". An exam
 * said of now ("now neurologically intact", "post-op neurologic examination normal") outweighs the
 * deficits the patient presented with, unless a deficit is said of now too.
 */
export function neuroDeficit(text: string, concepts: ConceptIndex): Read<boolean | null> {
  const said = (concept: ConceptId) => (concepts.get(concept) ?? []).filter((a) => POSITIVE.has(a.assertion));
  // A cause named as the likely one counts wherever it is said, a plan's section included ("Recommendations:
  // peripheral neuropathy of her left foot, most likely from chemotherapy"); not one denied or a relative's.
  const causes = (concept: ConceptId) =>
    (concepts.get(concept) ?? []).filter((a) => a.assertion !== 'negated' && a.assertion !== 'other-person');
  // A cause of numbness in a nerve or the brain (not of incontinence: "BPH" explains no numb leg).
  const nerveCauses = causes('nerve-cause');
  const brainCauses = causes('brain-cause');
  // A cause of incontinence explains the bladder or bowel, not numb feet said beside it ("prostatectomy in 2016
  // ... numbness in both feet and difficulty passing urine").
  const [bladderCauses, otherCauses] = partition(said('non-spinal-cause'), (a) => BLADDER_CAUSE.test(a.text));
  const elsewhere = new Set([...nerveCauses, ...brainCauses, ...otherCauses].map((a) => a.sentence));
  const bladderElsewhere = new Set(bladderCauses.map((a) => a.sentence));
  const spinalCause = [...said('cord-compression'), ...said('neural-compression')].length > 0;
  const sensoryElsewhere = (nerveCauses.length > 0 || brainCauses.length > 0) && !spinalCause;
  // A stroke explains weakness too, where the text also says the spine has none to give ("no myelopathy",
  // "without cord compression"): "right arm 4/5 ... the weakness is explained by the cortical infarct".
  const brainElsewhere = brainCauses.length > 0 && !spinalCause && spinalDenied(concepts);
  const stillThere = concepts.get('still-present') ?? [];
  // A deficit in the history that is "residual" is a deficit now; so is one still there ("Long-standing left foot drop
  // from an L5 root injury in the 1990s, unchanged"), and one that began lately ("Since this morning she has had
  // numbness in both feet").
  const current = (a: Annotation): Annotation =>
    a.assertion === 'historical' &&
    (stillThere.some((s) => s.sentence === a.sentence && s.end <= a.start && a.start - s.end < STILL_CHARS) ||
      STILL_AFTER.test(text.slice(a.end, a.end + STILL_AFTER_CHARS)) ||
      toldRecently(text, a))
      ? { ...a, assertion: 'affirmed' }
      : a;
  // A cause outside the spine explains the deficits said with it, not a normal exam said beside it ("tingling
  // from carpal tunnel syndrome; lower limb power and sensation are normal").
  const explained = (a: Annotation) =>
    a.concept !== 'neuro-intact' &&
    POSITIVE.has(a.assertion) &&
    (elsewhere.has(a.sentence) ||
      (bladderElsewhere.has(a.sentence) && BLADDER.test(a.text)) ||
      brainElsewhere ||
      (sensoryElsewhere && SENSORY_ONLY.test(a.text)));
  // A deficit that names a ward is where the note was written: "Spinal Cord Injury Unit, annual review".
  const all = NEURO.flatMap((concept) => concepts.get(concept) ?? []).filter(
    (a) => !WARD_AFTER.test(text.slice(a.end, a.end + 12)),
  );
  const words = (a: Annotation) => a.text.toLowerCase();
  // The same deficit denied later is gone: "... a left L5 radiculopathy and foot drop. The foot drop resolved
  // completely after that surgery." Where each deficit's words are last denied, read once.
  const lastDenied = new Map<string, number>();
  for (const a of all) {
    if (a.assertion === 'negated') lastDenied.set(words(a), Math.max(a.start, lastDenied.get(words(a)) ?? -1));
  }
  const deniedLater = (a: Annotation) => POSITIVE.has(a.assertion) && (lastDenied.get(words(a)) ?? -1) > a.start;
  // An explained deficit, and the same deficit named again without its cause: "left hemiparesis from a stroke in
  // 2021 ... his wife confirms the hemiparesis is unchanged".
  const explainedWords = new Set(all.filter(explained).map(words));
  const deficits = all.filter((a) => !explainedWords.has(words(a)) && !deniedLater(a)).map(current);
  const intactNow = deficits.filter((a) => a.concept === 'neuro-intact' && saidOfNow(text, a));
  const deficitNow = deficits.some(
    (a) => a.concept === 'neuro-deficit' && POSITIVE.has(a.assertion) && saidOfNow(text, a),
  );
  if (intactNow.length > 0 && !deficitNow) return { value: false, evidence: evidenceOf(intactNow) };
  const named = fact(indexByConcept(deficits), NEURO, false);
  if (named.value === true) return named;
  // An imaging report's "without compression of the cauda equina" describes the canal, not the patient: only
  // a clinical note's "no spinal cord compression" says the spine gives no deficit.
  const clinical = (concepts.get('cord-compression') ?? []).filter((a) => !IMAGING_SECTION.test(a.section));
  const denied = fact(
    indexByConcept([...(concepts.get('weakness') ?? []), ...clinical, ...deficits]),
    [...NEURO, 'weakness', 'cord-compression'],
    false,
  );
  return denied.value === false ? denied : named;
}

/**
 * Whether every deficit that made `deficit` true is told as long-standing and unchanged in its sentence ("complete
 * T6 paraplegia since a climbing fall in 2009", "a left foot drop ever since; it is unchanged today", "long-standing
 * mild LE weakness"): true, with those words; false when one is told as new or getting worse; else unknown.
 */
export function deficitLongStanding(text: string, deficit: Read<boolean | null>): Read<boolean | null> {
  if (deficit.value !== true) return nothing(null);
  const clauses = deficit.evidence.map((span) => {
    const { before, after } = sentenceAround(text, span, CLAUSE_CHARS, CLAUSE_END);
    return `${before}${span.text}${after}`;
  });
  if (clauses.some((clause) => NEW_DEFICIT.test(clause))) return { value: false, evidence: deficit.evidence };
  // Every deficit told as old; or one told as old and any new one denied, so an exam's bare finding of it ("left EHL 4/5")
  // is the old one ("weakness ... unchanged for years. She denies any new leg weakness").
  const old = clauses.filter((clause) => LONG_STANDING.test(clause));
  return old.length > 0 && (old.length === clauses.length || NEW_DENIED.test(text))
    ? { value: true, evidence: deficit.evidence }
    : nothing(null);
}

/** New deficits denied as a whole: "She denies any new leg weakness", "no new neurological symptoms". */
const NEW_DENIED =
  /\b(?:no|denies|denied|without)\b[^.;\n]{0,20}?\bnew (?:(?:leg|focal|motor|sensory|neurolog\w*) )?(?:weakness|numbness|deficits?|symptoms)\b/i;

/** Words after a deficit of the past that say it is still there. */
const STILL_AFTER = /^[^.;\n]{0,90}?\b(?:unchanged|persist(?:s|ing|ent)|ever since|still (?:present|there))\b/i;
const STILL_AFTER_CHARS = 110;

/** A deficit's clause ends with its sentence, a semicolon or a shorthand line, at most CLAUSE_CHARS away. */
const CLAUSE_END = /[.;!?]["'”’)]*(?:\s|$)|\n/;
const CLAUSE_CHARS = 120;
/**
 * A deficit of years: dated to an old event ("the same since a discal hernia L4-L5 in 2015", "since a disc prolapse many years
 * ago"), "ever since", "long-standing", "chronic", "also old",
 * "unchanged", "for past 6 years, same as before".
 */
const LONG_STANDING =
  /\b(?:since (?:(?:19|20)\d\d|childhood|birth|(?:a|an|his|her|the|that) (?:[\w-]+ ){0,4}?(?:in (?:19|20)\d\d|(?:many|several|\d+|two|three|four|five|ten|twenty) years ago))|(?:(?:19|20)\d\d) (?:MVC|RTA|crash|accident|fall|injury)|ever since|for (?:the )?(?:past |last )?(?:many |several |\d+ )?(?:years|decades)|same as (?:before|ever|always)|long-?standing|chronic|old|unchanged|stable|identical to|at (?:his|her) baseline|(?:AIS|ASIA) [A-E])\b/i;
/**
 * ... and one told as new or getting worse, which no old one outweighs (not "no new deficits", nor the fracture's or the
 * pain's "new": "Is her foot drop related to her new thoracic fracture?", "a foot drop unchanged for six years, presents
 * with two weeks of acute lumbar pain"). Its times are its own, not toldRecently's: "unchanged
 * today" is an old deficit seen today.
 */
const NEW_DEFICIT =
  /\b(?<!\b(?:no|not|nil|nothing|without|denies|any) )(?:(?:new|sudden|acute)(?!\s+(?:[\w-]+\s+){0,2}?(?:fractures?|fx|#|V?CFs?|compression|deformit|pain|ache|LB[PA]))|progressive|progressing|worsening|worse|increasing|since (?:yesterday|last night|this morning|today|(?:\d+|a|one|two|three) (?:hours?|days?))|(?:\d+|a|one|two|three|four|five|six|a few) (?:hours?|days?|weeks?) ago)\b/i;

/**
 * Pain told in the past tense that goes on now: followed or preceded by "since" ("has had low back pain since"), or
 * begun lately ("three weeks ago, felt sudden pain", "for three weeks has had pain").
 */
function lastsUntilNow(text: string, a: Annotation): boolean {
  return (
    a.assertion === 'historical' &&
    (LASTING_AFTER.test(text.slice(a.end, a.end + 60)) ||
      LASTING_BEFORE.test(text.slice(Math.max(0, a.start - 50), a.start)) ||
      toldRecently(text, a))
  );
}

/**
 * Symptoms: "asymptomatic"/"incidental" says no; back pain said of the patient says yes, and so does
 * pain in the past tense that lasts until now: one with a length or care that failed for weeks
 * (`lasting`: "pain for five weeks", "physiotherapy for 3 weeks without improvement"), or one followed
 * by "since" ("has had low back pain since"), or told with a recent time ("pain that began four days ago").
 */
export function symptomatic(
  text: string,
  concepts: ConceptIndex,
  lasting: Read<number | null>[],
): Read<boolean | null> {
  // "Asymptomatic" speaks for the patient; "incidental" says how a fracture was found, and "pain-free" may be
  // one level's ("L1 pain-free"), so pain said elsewhere outweighs them ("incidentally shows a new T5 fracture
  // ... pain localised to T5").
  const [anyFound, quiet] = partition(concepts.get('asymptomatic') ?? [], (a) => /^incident/i.test(a.text));
  // ... and only of a fracture said with it (or under it, as a label): "Incidental T5 hemangioma" is not.
  // (a fracture of another bone found by chance says nothing of the spine: "an old femoral neck fracture ... noted incidentally").
  const fractureSentences = new Set(
    inTextOrder(concepts, FRACTURE_CONCEPTS)
      .filter((a) => a.anchor !== 'other')
      .map((a) => a.sentence),
  );
  // Nor does an old by-finding say the new fracture is silent: "a new T9 fracture ... and, incidentally, an old,
  // well-corticated wedge deformity at T4".
  const found = anyFound.filter(
    (a) =>
      (fractureSentences.has(a.sentence) || fractureSentences.has(a.sentence + 1)) &&
      !(
        OLD_BY_FINDING.test(text.slice(a.end, a.end + 80)) &&
        NEW_BEFORE.test(text.slice(Math.max(0, a.start - NEW_BEFORE_CHARS), a.start))
      ),
  );
  const silent = fact(new Map([['asymptomatic', quiet]]), ['asymptomatic'], false);
  if (silent.value) return { value: false, evidence: silent.evidence };
  const local = (concepts.get('pain-free') ?? []).filter((a) => !a.inHeader && a.assertion === 'affirmed');
  const said = fact(concepts, PAIN, false);
  const incidental = fact(new Map([['asymptomatic', found]]), ['asymptomatic'], false);
  if (incidental.value) {
    // Only a pain placed at a level outweighs it: a leg pain from a disc is no fracture's.
    const placed = inTextOrder(concepts, PAIN).filter(
      (a) => a.assertion === 'affirmed' && PLACED_AT_LEVEL.test(text.slice(a.end, a.end + 30)),
    );
    return placed.length > 0
      ? { value: true, evidence: evidenceOf(placed) }
      : { value: false, evidence: incidental.evidence };
  }
  if (said.value === true) return said;
  if (local.length > 0) return { value: false, evidence: evidenceOf(local) };
  if (said.value !== null) return said;
  const long = lasting.find((read) => read.value !== null);
  if (long) return { value: true, evidence: long.evidence };
  const since = inTextOrder(concepts, PAIN).filter((a) => lastsUntilNow(text, a));
  if (since.length > 0) return { value: true, evidence: evidenceOf(since) };
  // Pain at night is pain, whatever else it warns of: "RCC s/p nephrectomy, now night pain + 5 kg wt loss. New T11 CF".
  const night = (concepts.get('night-pain') ?? []).filter((a) => a.assertion === 'affirmed');
  return night.length > 0 ? { value: true, evidence: evidenceOf(night) } : said;
}

/** An incidental word followed by an old finding's words, after a new one named. */
const OLD_BY_FINDING = /^[^.;]{0,60}?\b(?:old|chronic|healed|long-?standing|well-corticated)\b/i;
const NEW_BEFORE = /\b(?:new|acute|fresh|recent)\b/i;
/** How far back the new fracture is looked for: its sentence and the one before, not the whole page per incidental word. */
const NEW_BEFORE_CHARS = 400;

/** The items that pass a test and those that do not, in one pass. */
function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
