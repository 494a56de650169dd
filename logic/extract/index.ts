import { type CaseDraft, type CaseField, type CaseInput, type Evidence, emptyCase } from '../case';
import { type Level, sortLevels } from '../spine/levels';
import { type Annotation, annotate } from '../terms/annotate';
import { asRead } from '../terms/as-read';
import type { ConceptId } from '../terms/concept-ids';
import { MYELOMA_TESTS } from '../terms/lexicon';
import { SLOTS } from '../terms/slots';
import { FACT_RULES } from './case-map';
import { readDemographics } from './demographics';
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
import {
  acuityOf,
  augmentationLevels,
  bodyLevels,
  FRACTURE_CONCEPTS,
  fractureAcuity,
  fractureLevels,
  fractureLevelUnnamed,
  fusionLevels,
  introducedAsKnown,
  isVertebralFracture,
  knownFracture,
  newFractureLevelUnnamed,
  treatedInNoteLevels,
} from './levels';
import {
  DONE_AFTER,
  datedByPastDay,
  EXAM_LABEL_BEFORE,
  HEDGED_BEFORE,
  HISTORY_AFTER,
  HISTORY_BEFORE,
  NOT_DONE_AFTER_HEADER,
  ORDER_TITLE_AFTER,
  ORDER_TITLE_BEFORE,
  orderedThenFound,
  PURPOSE_AFTER,
  pointsBack,
  REPORT_BODY_AFTER,
  REQUEST_TITLE_BEFORE,
  RESULT_AFTER,
  SEEN_ON_BEFORE,
  STABLE_BEFORE,
  STABLE_CHARS,
  sentenceAround,
  TITLE_LINE_AFTER,
  toldRecently,
} from './near-words';
import { genantGrade, heightLossPercent, interventionWhen, painAndCare } from './numbers';
import { deficitLongStanding, neuroDeficit, painAtTreatedLevel, symptomatic } from './symptoms';

/** What the text says beyond the form's fields: whether it reports a vertebral fracture at all. */
export interface Extraction extends CaseDraft {
  /** A vertebral fracture affirmed (any age), only raised ("uncertain"), or none. */
  vcf: boolean | 'uncertain';
  genantGrade: 0 | 1 | 2 | 3 | null;
}

const CANCER: ConceptId[] = ['cancer', 'pathologic-fracture'];
const SUSPICIOUS_MARROW = /suspicious|marrow/i;
/** A study's date and the colon of the label it heads: "MRI of thoracic spine from 12.03.2024:". */
const DATED_HEADING_AFTER = /^[^.;:\n]{0,40}?\b(?:from|of|on|dated)\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*:/i;
/** ... or a study of then labelling its findings: "(MRI then: benign pattern, malignancy ruled out)". */
const THEN_LABEL_AFTER = /^ (?:then|at (?:the time|diagnosis)):/i;
/**
 * A study sent for with its urgency: "Sent to ED for an emergency whole-spine MRI", "admitted for urgent MRI", "sent by
 * ambulance for same-night MRI".
 */
const URGENT_FOR_BEFORE =
  /\bfor (?:an? )?(?:urgent|emergency|emergent|same[- ]day|same[- ]night|STAT|immediate)\s+(?:[\w-]+\s+){0,2}$/i;
/** A request's next field, labelled after a dash, to the end of the slice: " — Hx: 66M ...". */
const LABELLED_FIELD_ON = / [—–-] [A-Za-z][\w /]{0,20}:[\s\S]*$/;
/** A condition's word just before a study or a finding, one word of its own between at most: what it shows is awaited, not read
 * ("if MRI shows", "until the chest infection has cleared"). */
const AWAITED_BEFORE = /\b(?:if|unless|whether|until|when|once|should)(?: (?:the|an?|his|her))?(?: [a-z]+)? $/i;
const INR_READING = /^INR\b/i;
/**
 * A blood thinner named in a phrase about it ("hold warfarin 5 days", "Sincumar to be replaced with Clexane"), which the
 * lexicon reads as a plan to undo it; not named alone, as a label answered "none" ("Anticoagulation: none").
 */
const BLOOD_THINNER = new RegExp(SLOTS.ANTICOAGULANT, 'i');
const BLOOD_THINNER_ALONE = new RegExp(`^${SLOTS.ANTICOAGULANT}$`, 'i');
const URINARY_INFECTION = /^(?:UTI|urinary tract infection)$/i;
/** Cancer words that say it has reached the bones: metastases or a marrow cancer. */
const BONE_SPREAD = /metasta|\bmets\b|myeloma|plasmacytoma/i;
/** The reason a fusion was done, when it is no fracture: "... fusion in 2011 for isthmic spondylolisthesis". */
const FOR_DEGENERATION_AFTER =
  /^[^.;\n]{0,40}?\bfor (?:(?:[\w-]+ ){0,3})(?:spondylolisthesis|stenosis|myelopathy|radiculopathy|dis[ck]|degenerat\w*|scoliosis|spondylosis|herniation)/i;
const DEGENERATION_CHARS = 100;
/** How far into a text its title runs: a study named there heads the report or the request. */
const TITLE_CHARS = 24;
/** How far after a study its result is read: its own words (60 characters) and the next sentence's verb. */
const RESULT_CHARS = 100;
/** What an MRI reads of a fracture besides a spread: "no evidence of malignancy", "benign", "typical of an osteoporotic". */
const READ_ON_MRI = /malignan|neoplas|benign|typical/i;
/** ... read on an earlier MRI, which is no history aside: "A prior MRI showed benign osteoporotic features". */
const STUDY_SHOWED_BEFORE = /\b(?:MRI|MR)\s+(?:showed|shows|demonstrated|revealed)\s+$/i;
/** An MRI's label at the start of a line: "MRI lumbar (done in 10/3/2024):", "MRI L-spine:", "MRI D-L spine (dt. 14/03):", "MRT
 * 22.02.2024:". */
const MRI_LINE_LABEL = /^\s*(?:(?:[\w-]+ ){0,2})?MR[IT]?\b(?:[^:\n.(]|\.(?=\d)|\([^)\n]{0,20}\)){0,40}:/;
const LABEL_CHARS = 48;
/** How far before an MRI word its line may start for the word to be the line's label (two words and spaces). */
const LINE_START_CHARS = 32;
/** An infection said to be over: "the infection has fully resolved", "infection now cleared". */
const INFECTION_OVER_AFTER =
  /^\s*(?:(?:has|have|had|is|was) )?(?:now |fully |completely |since )?(?:resolved|cleared|settled)\b/i;
/** A study's sentence that goes on after a semicolon. */
const CLAUSE_AFTER = /^[^.;\n]*;/;
const CLAUSE_CHARS = 240;
/** ... but not the name of a test for one: "a myeloma screen". */
const TEST_NAME = String.raw`^\s+(?:screen|work-?up|panel|studies|tests?)\b`;
const TEST_AFTER = new RegExp(TEST_NAME, 'i');
/** ... and one that came back clear answers it: "her bloods including a myeloma screen were normal". */
const TEST_CLEAR_AFTER = new RegExp(`${TEST_NAME}[^.;\\n]{0,20}?\\b(?:normal|negative|unremarkable|clear)\\b`, 'i');
/** Words that say a test has gone off and not come back. */
const PENDING = '(?:sent|pending|awaited|requested|outstanding)';
/**
 * ... and one sent and not back asks the question, whatever denial stands before it: "Never dx'd w/ Ca; myeloma screen
 * (SPEP/SFLC) sent, pending".
 */
const TEST_PENDING_AFTER = new RegExp(`${TEST_NAME}[^.;\\n]{0,30}?\\b${PENDING}\\b`, 'i');
/** ... or a cancer whose exclusion something waits for: "Hold osteoporosis therapy until malignancy excluded". */
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;
/** ... or a test named after the cancer it looks for: "the reader suggests excluding myeloma and a serum protein electrophoresis is pending". */
const NAMED_TEST_PENDING_AFTER = new RegExp(
  `^[^.;\\n]{0,30}?\\b(?:${MYELOMA_TESTS})\\b[^.;\\n]{0,20}?\\b${PENDING}\\b`,
  'i',
);
const RAISED: ReadonlySet<string> = new Set(['possible', 'hypothetical']);
const SURGERY: ConceptId[] = ['fusion', 'decompression', 'spine-surgery'];
/** Earlier spine procedures of any kind, for "prior spine surgery, level unnamed". */
const PROCEDURES: ConceptId[] = [...SURGERY, 'vertebroplasty', 'kyphoplasty', 'augmentation'];
const MALIGNANCY_SIGNS: ConceptId[] = [
  ...CANCER,
  'chemotherapy',
  'tumour',
  'mass',
  'destructive-lesion',
  'work-up-clear',
];
const ACUITY_SIGNS: ConceptId[] = [
  'acuity-word',
  'acuity-after',
  'absent-before',
  'found-recently',
  'found-long-ago',
  'marrow-edema',
  // Levels named alone, which an acuity said after them dates ("...; T6 and T8 are new since then").
  'level',
  // A lesion between an acuity word and the fracture it carries ("New lytic lesion of the T10 vertebral body with a pathologic
  // compression fracture").
  'destructive-lesion',
  'cancer',
  ...FRACTURE_CONCEPTS,
];

/** A lytic or destructive lesion of bone: a sign that needs a bone to be about ("destructive changes in the elbows" from arthritis is not). */
function isBoneLesion(a: Annotation): boolean {
  return a.concept === 'destructive-lesion' && (a.levels.length > 0 || /lytic|osse|bon/i.test(a.text));
}

/** How far either side of a denied cancer a history word may stand ("no known cancer", "no cancer history"). */
const HISTORY_CHARS = 30;

/**
 * Cancer history or a malignant lesion: affirmed (a cancer, a tumour fracture), only raised (a
 * differential, a suspicious lesion, "consider tumour"), explicitly excluded, or not addressed.
 */
const FIELD_NAME = /^(?:cancer|malignan\w*|ca|mets?|metastas[ie]s|tumou?rs?|onc\w*(?: hx)?|hx (?:of )?ca|ca hx)$/i;

/** ... where it opens its line or its field (not a cancer named inside a label: "Staging CT CAP (new dx sigmoid Ca):"). */
const FIELD_OPENS_BEFORE = /(?:^|\n|[|;•]|\. )[ \t]*(?:[-*]\s*)?$/;
const fieldName = (text: string, a: Annotation) =>
  FIELD_NAME.test(a.text) && FIELD_OPENS_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start));

function malignancy(text: string, annotations: Annotation[]): Read<boolean | 'uncertain' | null> {
  // Only the few findings of these concepts are copied out (a long page has tens of thousands of others).
  // A label may name the patient's cancer ("PET-CT f/u NHL (in CR):"); a form's field names none ("Cancer:").
  const cancer = annotations.filter(
    (a) => CANCER.includes(a.concept) && (!a.inHeader || (a.assertion === 'affirmed' && !fieldName(text, a))),
  );
  const given = annotations.filter((a) => !a.inHeader && a.concept === 'chemotherapy' && POSITIVE.has(a.assertion));
  // A test for a cancer asks about it: "I have sent a myeloma screen" raises myeloma, it does not say she has it.
  const tested = (a: Annotation) => TEST_AFTER.test(text.slice(a.end, a.end + 12));
  const yes = [...cancer.filter((a) => POSITIVE.has(a.assertion) && !tested(a)), ...given];
  if (yes.length) return { value: true, evidence: evidenceOf(yes) };
  const clear = (a: Annotation) => POSITIVE.has(a.assertion) && TEST_CLEAR_AFTER.test(text.slice(a.end, a.end + 40));
  const lesions = annotations.filter((a) => !a.inHeader && (a.concept === 'tumour' || isBoneLesion(a)));
  const pending = (a: Annotation) =>
    a.assertion === 'negated' &&
    (TEST_PENDING_AFTER.test(text.slice(a.end, a.end + 50)) ||
      NAMED_TEST_PENDING_AFTER.test(text.slice(a.end, a.end + 90)) ||
      UNTIL_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)));
  const raised = [
    ...cancer.filter(
      (a) => RAISED.has(a.assertion) || (POSITIVE.has(a.assertion) && tested(a) && !clear(a)) || pending(a),
    ),
    ...lesions.filter((a) => a.concept === 'tumour' && RAISED.has(a.assertion)),
    // A mass in an organ raises a cancer whether it is seen ("lung mass") or queried.
    ...annotations.filter(
      (a) => !a.inHeader && a.concept === 'mass' && (POSITIVE.has(a.assertion) || RAISED.has(a.assertion)),
    ),
    ...lesions.filter((a) => isBoneLesion(a) && (POSITIVE.has(a.assertion) || RAISED.has(a.assertion))),
  ];
  // "An MRI has excluded an underlying tumour" denies it as "no metastasis" does.
  const excluded = annotations.filter(
    (a) =>
      !a.inHeader &&
      (CANCER.includes(a.concept) || a.concept === 'tumour' || isBoneLesion(a)) &&
      ((a.assertion === 'negated' && !pending(a)) || (CANCER.includes(a.concept) && clear(a))),
  );
  // A suspicion is answered only by a work-up that came after it and found nothing ("concerned about a
  // metastatic process ... no evidence of metastatic disease", "Malignancy was therefore excluded"), not by
  // a history denied ("possible myeloma ... No previous cancer diagnosis", "no cancer has been diagnosed").
  const raisedLast = raised.reduce((last, a) => Math.max(last, a.start), -1);
  const answered = [
    ...excluded.filter(
      (a) =>
        a.start > raisedLast &&
        !HISTORY_BEFORE.test(text.slice(Math.max(0, a.start - HISTORY_CHARS), a.start)) &&
        !HISTORY_AFTER.test(text.slice(a.end, a.end + HISTORY_CHARS)),
    ),
    ...annotations.filter((a) => a.concept === 'work-up-clear' && a.assertion === 'affirmed' && a.start > raisedLast),
  ];
  if (raised.length && answered.length === 0) return { value: 'uncertain', evidence: evidenceOf(raised) };
  if (raised.length && excluded.length === 0) return { value: false, evidence: evidenceOf(answered) };
  return excluded.length ? { value: false, evidence: evidenceOf(excluded) } : nothing(null);
}

/**
 * A plan's list item that is only a study's name: "ASSESSMENT AND PLAN: ... 1. MRI lumbar spine.", "Assessment/Plan: ... - MRI
 * thoracic spine without and with contrast." (not an item that reports one: "1. MRI lumbar spine: acute L3 fracture").
 */
function planItem(text: string, study: Annotation): boolean {
  return (
    PLAN_SECTION.test(study.section) &&
    LIST_ITEM_BEFORE.test(text.slice(Math.max(0, study.start - ITEM_MARK_CHARS), study.start)) &&
    ORDER_ITEM_AFTER.test(text.slice(study.end, study.end + ORDER_ITEM_CHARS))
  );
}
const PLAN_SECTION = /\bPLAN\b|^A\/P$|^A&P$/;
const LIST_ITEM_BEFORE = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]*$/;
const ITEM_MARK_CHARS = 8;
/** The rest of the item names the study only: no label's colon, no finding's verb and no result before its end. */
const ORDER_ITEM_AFTER =
  /^(?![^.\n]*\b(?:shows?|showed|demonstrat\w*|reveal\w*|confirm\w*|unremarkable|normal|negative|done|performed|completed|reviewed)\b)[^.:\n]{0,60}(?:[.\n]|$)/i;
const ORDER_ITEM_CHARS = 62;

/** Whether an annotation after a study, in its sentence or up to `sentences` after it, is `wanted`. */
function foundAfter(
  annotations: Annotation[],
  study: Annotation,
  sentences: number,
  wanted: (b: Annotation) => boolean,
): boolean {
  for (let i = firstOfSentence(annotations, study.sentence); i < annotations.length; i++) {
    const b = annotations[i] as Annotation;
    if (b.sentence > study.sentence + sentences) return false;
    if (b.start > study.end && wanted(b)) return true;
  }
  return false;
}

/** Whether a study's sentence, or the next one under it as a label, affirms a vertebral fracture or marrow edema after it. */
const showsSpine = (study: Annotation, annotations: Annotation[]) =>
  foundAfter(
    annotations,
    study,
    study.inHeader ? 1 : 0,
    (b) => b.assertion === 'affirmed' && (b.category === 'fracture' || b.concept === 'marrow-edema'),
  );

/**
 * A finding told as seen on the MRI, before it in its sentence: "path T4 fx w/ epidural mass on MRI" (whatever the message's
 * "urgent" asks).
 */
function seenOnIt(text: string, mri: Annotation, annotations: Annotation[]): boolean {
  if (!SEEN_ON_BEFORE.test(text.slice(Math.max(0, mri.start - 8), mri.start))) return false;
  for (let i = firstOfSentence(annotations, mri.sentence); i < annotations.length; i++) {
    const b = annotations[i] as Annotation;
    if (b.start >= mri.start) return false;
    if (
      b.assertion === 'affirmed' &&
      (b.category === 'fracture' || b.category === 'acuity' || b.concept === 'malignant-mri-feature')
    )
      return true;
  }
  return false;
}

/**
 * A study's result given in brackets, an aside that a booking or a plan around it does not reach: "Booked T12 VP Mon for
 * painful acute OP # (MRI: T12 marrow oedema, Ø retropulsion)".
 */
function bracketedResult(text: string, study: Annotation, annotations: Annotation[]): boolean {
  return (
    text.charAt(study.start - 1) === '(' &&
    BRACKET_LABEL_AFTER.test(text.slice(study.end, study.end + BRACKET_LABEL_CHARS)) &&
    showsSpine(study, annotations)
  );
}
const BRACKET_LABEL_AFTER = /^[^:()\n]{0,30}:/;
const BRACKET_LABEL_CHARS = 32;

/**
 * MRI said to be done, or not, or only planned (not done yet); a header "MRI:" introduces its
 * findings, so it was done, unless what follows the header says it is not ("MRI: pending"). An MRI
 * asked about ("?MRI STIR") or named with the purpose of an order is planned.
 */
function mriDone(text: string, concepts: ConceptIndex, annotations: Annotation[]): Read<boolean | null> {
  // Not a result a plan waits for: "biopsy if MRI shows a lesion".
  const resulted = (concepts.get('mri') ?? []).filter(
    (a) =>
      (RESULT_AFTER.test(text.slice(a.end, a.end + RESULT_CHARS)) ||
        orderedThenFound(text, a.end) ||
        datedByPastDay(text, a.start, a.end) ||
        seenOnIt(text, a, annotations) ||
        bracketedResult(text, a, annotations)) &&
      !AWAITED_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)),
  );
  if (resulted.length) return { value: true, evidence: evidenceOf(resulted) };
  // An MRI of another organ that shows the spine's own finding imaged the spine too: "pelvic MRI incidentally shows an acute
  // L5 compression fracture with bone marrow edema" (not "Prostate MRI showed a PI-RADS 5 lesion").
  const organ = (concepts.get('other-study') ?? []).filter(
    (a) => a.assertion === 'affirmed' && /\bMRI\b/.test(a.text) && showsSpine(a, annotations),
  );
  if (organ.length) return { value: true, evidence: evidenceOf(organ) };
  // A study at the text's head with a report's body after it was done, whatever its title asks ("Req: MRI L-spine ... /
  // Report: ...").
  const reported = (a: Annotation) => a.start < TITLE_CHARS && REPORT_BODY_AFTER.test(text.slice(a.end));
  const ordered = (a: Annotation) => {
    if (reported(a)) return false;
    if (a.assertion === 'possible') return true;
    if (planItem(text, a)) return true;
    if (URGENT_FOR_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) return true;
    if (EXAM_LABEL_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start))) return false;
    // Only at the text's start (a title), so a long page is not sliced from its start for every MRI.
    if (
      a.start < TITLE_CHARS &&
      ORDER_TITLE_BEFORE.test(text.slice(0, a.start)) &&
      (ORDER_TITLE_AFTER.test(text.slice(a.end, a.end + 40)) ||
        (REQUEST_TITLE_BEFORE.test(text.slice(0, a.start)) && TITLE_LINE_AFTER.test(text.slice(a.end, a.end + 40))))
    ) {
      return true;
    }
    // Past the patterns' own 60 characters, so a verb that starts there is read whole ("has been requested").
    // (A field labelled after a dash is the request's next field, its colon no result: "MRI L-spine w/ & w/o contrast — Hx:
    // 66M ...".)
    const after = text.slice(a.end, a.end + 80).replace(LABELLED_FIELD_ON, '');
    return a.assertion === 'affirmed' && !a.inHeader && PURPOSE_AFTER.test(after) && !DONE_AFTER.test(after);
  };
  // A finding denied on a sequence ("no marrow oedema on STIR") was looked for on an MRI that was done.
  // ... and so was a dated study heading its findings, whatever they deny: "MRI of thoracic spine from 12.03.2024: bone
  // marrow edema is absent".
  const seenOn = (a: Annotation) =>
    a.assertion === 'negated' &&
    (SEEN_ON_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start)) ||
      DATED_HEADING_AFTER.test(text.slice(a.end, a.end + 60)) ||
      THEN_LABEL_AFTER.test(text.slice(a.end, a.end + 20)));
  const orders: Annotation[] = [];
  const others: Annotation[] = [];
  for (const a of concepts.get('mri') ?? []) {
    if (ordered(a)) orders.push(a);
    else others.push(seenOn(a) || reported(a) ? { ...a, assertion: 'affirmed' } : a);
  }
  const said = fact(indexByConcept(others), ['mri']);
  if (said.value !== null) return said;
  if (orders.length) return { value: false, evidence: evidenceOf(orders) };
  // A header with findings under it ("MRI T-L spine done at polyclinic: T11 compression #") says done,
  // whatever is asked of the MRI later ("pls review MRI").
  // A label that sounds like an order ("Urgent MRI:") still heads a result when findings follow it (the label
  // is a sentence of its own; what it heads is the next).
  const findingsAfter = (a: Annotation) =>
    foundAfter(annotations, a, 1, (b) => b.category !== null && b.category !== 'level' && !b.inHeader);
  // Not a label that names the request itself ("On-call vetting - MRI request from ortho:"): what follows is the case.
  const header = others.find(
    (a) =>
      a.inHeader &&
      (a.assertion === 'affirmed' ||
        (a.assertion === 'hypothetical' && findingsAfter(a) && !REQUEST_LABEL.test(text.slice(a.end, a.end + 40)))),
  );
  const headed = header && !NOT_DONE_AFTER_HEADER.test(text.slice(header.end, header.end + 40));
  if (header && headed) return { value: true, evidence: evidenceOf([header]) };
  // Only planned ("MRI booked", "awaiting MRI"): not done yet.
  const planned = (concepts.get('mri') ?? []).filter(
    (a) => (!a.inHeader || REQUEST_LABEL.test(text.slice(a.end, a.end + 40))) && a.assertion === 'hypothetical',
  );
  if (planned.length) return { value: false, evidence: evidenceOf(planned) };
  if (header) return { value: false, evidence: evidenceOf([header]) };
  // "No cross-sectional imaging has been obtained yet": no MRI either.
  const none = (concepts.get('further-imaging') ?? []).filter((a) => a.assertion === 'negated');
  return none.length ? { value: false, evidence: evidenceOf(none) } : said;
}

/**
 * The first line of a referral or a request names what it asks for, not a procedure done: "IR REFERRAL - VERTEBRAL
 * AUGMENTATION".
 */
const REQUEST_LINE_BEFORE = /^[^\n]*\b(?:referral|request|req|vetting|booking)\b[^\n]*$/i;
const REQUEST_LINE_CHARS = 60;

/** An earlier procedure with no level named (yes), or every earlier procedure denied (no). */
function priorProcedure(text: string, concepts: ConceptIndex): Read<boolean | null> {
  // Indexed from the procedure findings alone, not from every annotation again.
  // A spine operation named by its region counts only as history ("prior spinal surgery") or denied:
  // "spine surgery" alone may be a plan or a referral.
  const named = PROCEDURES.flatMap((concept) => concepts.get(concept) ?? []).filter(
    (a) =>
      (a.concept !== 'spine-surgery' || a.assertion === 'historical' || a.assertion === 'negated') &&
      !(a.start < REQUEST_LINE_CHARS && REQUEST_LINE_BEFORE.test(text.slice(0, a.start))),
  );
  // A decompression fuses nothing, so its levels are in no field of their own: "an L4-5 laminectomy in 2020".
  const done = fact(
    indexByConcept(named.filter((a) => a.levels.length === 0 || a.concept === 'decompression')),
    PROCEDURES,
  );
  if (done.value) return done;
  const denied = fact(indexByConcept(named), PROCEDURES);
  return denied.value === false ? denied : nothing(null);
}

const OTHERS_BEFORE = /\b(?:other|further|additional)\s+(?:(?:acute|new|vertebral|compression)\s+)?$/i;

/** Said of this patient, done or planned: a planned vertebroplasty still implies the fracture it treats. */
const STATED = new Set(['affirmed', 'historical', 'hypothetical']);

/**
 * A vertebral fracture affirmed (any age), or implied by a vertebroplasty or kyphoplasty done or
 * planned; else "uncertain" when one is only raised; else false.
 */
function vcf(text: string, fractures: Annotation[], augmentations: Annotation[]): boolean | 'uncertain' {
  const vertebral = fractures.filter(isVertebralFracture);
  if (vertebral.some((a) => POSITIVE.has(a.assertion))) return true;
  // A fracture raised and then ruled out ("concern for a vertebral fracture ... MRI showed no fracture") is
  // answered: the last word on it decides, unless that word hedges ("no definite vertebral fracture").
  const hedged = (a: Annotation) => HEDGED_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start));
  // A denial names no bone more often than not ("the MRI showed no fracture"): any not of another bone counts.
  // Nor does one of other fractures answer it: "?mild wedging T6; cannot exclude acute CF. No other fx."
  const others = (a: Annotation) => OTHERS_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start));
  const weighed = fractures.filter((a) =>
    a.assertion === 'possible'
      ? isVertebralFracture(a)
      : a.assertion === 'negated' && a.anchor !== 'other' && !hedged(a) && !others(a),
  );
  const possible = weighed.length > 0 && weighed[weighed.length - 1]?.assertion === 'possible';
  const stated = augmentations.filter((a) => STATED.has(a.assertion) && !a.inHeader);
  // A plan to augment a fracture the text only suspects ("if a fracture is confirmed ... a candidate for
  // kyphoplasty") leaves it suspected, and one the text denies ("Does she need a vertebroplasty? MRI shows no
  // compression fracture") leaves none.
  if (stated.some((a) => a.assertion !== 'hypothetical') || (stated.length > 0 && weighed.length === 0)) return true;
  return possible ? 'uncertain' : false;
}

/**
 * Retropulsion that compresses the canal, cord or roots (the form's "retropulsion with compression"):
 * yes when a sentence affirms both, or the text a deficit beside retropulsion; no when the text denies retropulsion or,
 * beside it, any compression.
 * Retropulsion with compression not addressed stays unknown. A tumour in the epidural space that presses on the
 * cord is the same compromise of the canal ("epidural tumour compressing the cord"), and the same surgical question.
 */
function retropulsionWithCompression(concepts: ConceptIndex): Read<boolean | null> {
  const epidural = (concepts.get('malignant-mri-feature') ?? []).filter(
    (a) => a.assertion === 'affirmed' && /^epidural/i.test(a.text),
  );
  const fragments = [...(concepts.get('retropulsion') ?? []), ...epidural];
  const compression = inTextOrder(concepts, ['canal-compromise', 'cord-compression', 'neural-compression']);
  const bySentence = new Map<number, Annotation[]>();
  for (const c of compression) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
  const beside = (fragment: Annotation) => bySentence.get(fragment.sentence) ?? [];
  for (const fragment of fragments.filter((f) => f.assertion === 'affirmed')) {
    const squeezed = beside(fragment).filter((c) => c.assertion === 'affirmed');
    if (squeezed.length) return { value: true, evidence: evidenceOf([fragment, ...squeezed]) };
  }
  // A retropulsed fragment and a deficit of the legs or the bladder told anywhere: the fragment is what presses ("CT: new
  // L2 # w/ retropulsed fragment ... c/o new bilat leg numbness & weakness since last night").
  const retropulsed = (concepts.get('retropulsion') ?? []).find((f) => f.assertion === 'affirmed');
  const deficit = (concepts.get('neuro-deficit') ?? []).find((a) => a.assertion === 'affirmed');
  if (retropulsed && deficit) return { value: true, evidence: evidenceOf([retropulsed, deficit]) };
  const denied = [
    ...fragments.filter((f) => f.assertion === 'negated'),
    ...fragments.flatMap((f) => beside(f).filter((c) => c.assertion === 'negated')),
    ...(concepts.get('canal-compromise') ?? []).filter((c) => c.assertion === 'negated'),
  ];
  return denied.length ? { value: false, evidence: evidenceOf(denied) } : nothing(null);
}

/**
 * A fracture the text establishes as a tumour's, from cancer words that say it has reached the bones (not a
 * test's name, "a myeloma screen"): with malignant features on MRI ("known sclerotic bone metastases ...
 * collapse of L3, tumour into both pedicles"), or a biopsy's proof said of a fracture in one sentence ("The
 * fracture was proven on CT-guided biopsy to be a metastasis"). A cancer history alone, or metastases only
 * suspected, leave it open.
 */
function establishedTumourFracture(
  text: string,
  concepts: ConceptIndex,
  fractures: Annotation[],
  features: Read<boolean | null> | undefined,
): { start: number; end: number; text: string }[] | undefined {
  const spread = (concepts.get('cancer') ?? []).filter(
    (a) => POSITIVE.has(a.assertion) && BONE_SPREAD.test(a.text) && !TEST_AFTER.test(text.slice(a.end, a.end + 12)),
  );
  if (spread.length === 0) return undefined;
  if (features?.value === true) return [spread[0] as Annotation, ...features.evidence];
  // "The fracture" names no bone; in a case with a vertebral fracture it is that one, unless another bone's.
  // Indexed by sentence once: a long page has thousands of both.
  const bySentence = new Map<number, Annotation>();
  for (const f of fractures) {
    if (f.anchor !== 'other' && POSITIVE.has(f.assertion) && !bySentence.has(f.sentence)) bySentence.set(f.sentence, f);
  }
  for (const a of spread) {
    const fracture = a.assertion === 'affirmed' ? bySentence.get(a.sentence) : undefined;
    if (!fracture) continue;
    const between = text.slice(Math.min(fracture.start, a.start), Math.max(fracture.end, a.end));
    if (PROVEN.test(between)) return [fracture, a];
  }
  return undefined;
}
// Its own words, not the next fracture's ("a T12 wedge fracture and a healed deformity of L4").
// Not a patient's age ("in a 77-year-old man").
const UNCHANGED_AFTER =
  /^(?:(?!\b(?:and|but) (?:an?|the)\b)[^.;]){0,30}?\b(?:unchanged|stable|(?<!\b(?:years?|yrs?|yr|y)[- ])old|chronic|healed)\b/i;
const PROVEN = /\b(?:proven|confirmed|biops(?:y|ied)|bx|histolog\w*)\b/i;

/** The WHO threshold: a T-score at or below it is osteoporosis by definition. */
const OSTEOPOROTIC_T_SCORE = -2.5;

/** Drugs also given for bone metastases: they say osteoporosis only where no cancer is known. */
const ALSO_FOR_METASTASES = /zoledron|denosumab|bisphosphonate/i;
const FOR_OSTEOPOROSIS = /^[\s\w]{0,10}?\bfor (?:her |his )?(?:OP|osteoporosis|osteopenia|bone density)\b/;

/**
 * Osteoporosis named, or measured ("T-score -3.1"), or treated ("on alendronate"): each says yes where no word
 * for it does.
 */
function osteoporosis(text: string, concepts: ConceptIndex, cancer: boolean): Read<boolean | null> {
  const named = fact(concepts, ['osteoporosis']);
  if (named.value !== null) return named;
  // "An osteoporotic fracture" is read as one fracture term, and says the disease as well.
  const fractures = (concepts.get('osteoporotic-fracture') ?? []).filter((a) => POSITIVE.has(a.assertion));
  if (fractures.length > 0) return { value: true, evidence: evidenceOf(fractures) };
  const low = (concepts.get('t-score') ?? []).filter((a) => {
    // Reports write the minus as a hyphen, a minus sign or an en dash, and dictation as a word. A score measured in the past
    // ("vertebroplasty in 2020, T-score -3.0") still says the disease, as a history of it does.
    const value = /([-−–]|minus)? ?(\d(?:\.\d)?)$/.exec(a.text);
    const score = value ? Number(value[2]) * (value[1] ? -1 : 1) : Number.NaN;
    return (a.assertion === 'affirmed' || a.assertion === 'historical') && score <= OSTEOPOROTIC_T_SCORE;
  });
  if (low.length) return { value: true, evidence: evidenceOf(low) };
  // ... unless the text says it is for the bones' own disease: "on zoledronic acid for OP".
  const treated = (concepts.get('bone-therapy') ?? []).filter(
    (a) =>
      (a.assertion === 'affirmed' || a.assertion === 'historical') &&
      !(cancer && ALSO_FOR_METASTASES.test(a.text) && !FOR_OSTEOPOROSIS.test(text.slice(a.end, a.end + 24))),
  );
  return treated.length ? { value: true, evidence: evidenceOf(treated) } : named;
}

/** A label's words after its MRI that make it the request, not the result: "MRI request from ortho:". */
const REQUEST_LABEL = /^[^:\n]{0,20}\b(?:request(?:ed)?|req|referral|vetting)\b[^:\n]{0,30}:/i;

/**
 * The levels of fractures said, in their sentence, to be found by chance ("incidental", "incidentally shows"), and in
 * a patient with no symptoms (`silent`), any fracture the text gives no age, no date and no history: a screening film
 * or a staging scan finds it ("VFA: grade 2 wedge fracture of T9. No back pain"); so does a patient whose pain is new
 * (`fresh`: of a few weeks, no new fracture denied), unless the fracture is dated back in its sentence.
 */
function foundByChance(
  text: string,
  concepts: ConceptIndex,
  fractures: Annotation[],
  silent: boolean,
  fresh: boolean,
): Level[] {
  // ... or under it, as a label: "Incidental: mild T11 CF on staging CT".
  const sentences = new Set(
    (concepts.get('asymptomatic') ?? [])
      .filter((a) => a.assertion === 'affirmed' && /^(?:incid|coincid|side|as a side)/i.test(a.text))
      .flatMap((a) => (text.charAt(a.end) === ':' ? [a.sentence, a.sentence + 1] : [a.sentence])),
  );
  // Not one the sentence calls unchanged: "a new T10 fracture compared with 2022; a T8 wedge is unchanged".
  // A sentence that doubts an age doubts it of every fracture in it: "a grade 2 wedge fracture of T8 and a grade 1
  // fracture of T12, both of unknown age"; so does a later one pointing back, at the sentence of the fracture last named:
  // "... fracture of T11. Both are of indeterminate age", "... deformity of L3. He has no back pain. The age of the fracture
  // cannot be determined".
  const lastFractureSentence = (at: number) =>
    fractures.reduce((last, f) => (f.start < at && f.sentence > last ? f.sentence : last), -1);
  const doubted = new Set(
    inTextOrder(concepts, ['acuity-word', 'acuity-after'])
      .filter((a) => acuityOf(a) === 'age-indeterminate')
      .flatMap((a) => (pointsBack(text, a.start) ? [a.sentence, lastFractureSentence(a.start)] : [a.sentence])),
  );
  return fractures
    .filter(
      (a) =>
        (sentences.has(a.sentence) || ((silent || (fresh && !datedBefore(text, a))) && undated(text, a))) &&
        !doubted.has(a.sentence) &&
        a.assertion === 'affirmed' &&
        isVertebralFracture(a) &&
        !UNCHANGED_AFTER.test(text.slice(a.end, a.end + 40)),
    )
    .flatMap(bodyLevels);
}

/**
 * Levels the text calls known, stable or unchanged in any of their mentions: such a fracture is not found now where
 * another mention names it bare ("Known L3 compression fracture from 2021 ... Impression: L3 compression
 * fracture", "... unchanged since 2021. IMPRESSION: Stable mild L1 compression deformity").
 */
function toldAsOlder(text: string, fractures: Annotation[]): Set<Level> {
  const older = fractures.filter(
    (a) =>
      POSITIVE.has(a.assertion) &&
      (introducedAsKnown(text, a) ||
        STABLE_BEFORE.test(text.slice(Math.max(0, a.start - STABLE_CHARS), a.start)) ||
        STABLE_AFTER.test(ownPhraseAfter(text, a)) ||
        // ... or a pathologic one dated months back, which is old wherever else it is named: "A pathologic compression
        // fracture of L3 first seen 4 months ago ... MRI: Pathologic compression fracture of L3, now with 40%" (not one
        // "first seen on CT about 6 weeks ago", which writers count new).
        (isPathologic(text, a) && datedBefore(text, a, MONTHS_BACK))),
  );
  return new Set(older.flatMap(bodyLevels));
}
/** A finding's words after it and its own levels, up to the next phrase or level. */
function ownPhraseAfter(text: string, a: Annotation): string {
  const end = Math.max(a.end, ...a.levelSpans.map((span) => span.end));
  return sentenceAround(text, { start: end, end }, DATE_CHARS, PHRASE_END).after.split(NEXT_FINDING, 1)[0] ?? '';
}
/** ... or after it in its own phrase, up to the next level or finding: "wedge deformity of T7 with 10% height loss, unchanged since 2020". */
const STABLE_AFTER = /\b(?:unchanged|stable)\b/i;

/**
 * Pain the text calls new ("presents with new lumbar pain after bending", "sudden onset of back pain"), or of days only: the fracture
 * that explains it, undated, is the new one (a known fracture getting worse is told with its history, its year or its
 * collapse; the caller leaves those out).
 */
function painIsNew(text: string, concepts: ConceptIndex): boolean {
  return (concepts.get('pain') ?? []).some(
    (a) =>
      a.assertion === 'affirmed' &&
      (NEW_BEFORE.test(text.slice(Math.max(0, a.start - NEW_CHARS), a.start)) ||
        DAYS_AFTER.test(text.slice(a.end, a.end + NEW_CHARS))),
  );
}
/**
 * ... or pain of a few weeks at most in a text that denies no new fracture ("Mid-back pain for 3 weeks ... VFA: grade 2
 * compression fracture of T7"; not "3/52 pain over L1 ... XR: no new fracture", where the fractures named are the old ones).
 */
function freshWeeks(weeks: Read<number | null>, concepts: ConceptIndex): boolean {
  return (
    weeks.value !== null &&
    weeks.value <= FRESH_PAIN_WEEKS &&
    !(concepts.get('acuity-word') ?? []).some((a) => a.assertion === 'negated' && /^new$/i.test(a.text))
  );
}
/** ... or pain of days only: "c/o severe backache since 10 days", "LBP x 5/7". */
const DAYS_AFTER =
  /^[^.\n]{0,20}?\b(?:since|for|x|over (?:the )?(?:past|last))\s?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a few|several) ?(?:days?|d)\b|^[^.\n]{0,20}?(?:\bx ?|\b)[1-9]\/7\b/i;
const NEW_BEFORE =
  /(?<!\bno )\b(?:new|sudden|acute)(?:[- ]onset(?: of)?)?\s+(?:(?:severe|sharp|intense|low|lower|mid|upper|thoracic|lumbar|thoracolumbar|back|mid-back)\s+){0,3}$/i;
const NEW_CHARS = 40;

/** A fracture with no history and no year in its own phrase (see foundByChance). */
function undated(text: string, a: Annotation): boolean {
  const around = sentenceAround(text, a, DATE_CHARS, PHRASE_END);
  // Its own phrase: a date given to the next fracture named is that one's ("a T12 wedge fracture and a healed
  // deformity of L4 that was already seen on a CT five years ago").
  const own = `${around.before.split(NEXT_PHRASE).pop() ?? ''} ${around.after.split(NEXT_PHRASE, 1)[0] ?? ''}`;
  return !introducedAsKnown(text, a) && !YEAR_NEAR.test(own);
}
// ... or a relative clause of its own: "a hemicolectomy for colon cancer in 2018 and whose surveillance CT now shows a fracture".
const NEXT_PHRASE = /\b(?:and|but|while|whereas) (?:an?|the|his|her|whose)\b|;/;
// ... or the next level named: "wedge deformity of T7 with 10% height loss, unchanged" but not "T7 wedge, T9 unchanged".
const NEXT_FINDING = new RegExp(`${NEXT_PHRASE.source}|\\b(?:[CTLS]\\d{1,2})\\b`);
const DATE_CHARS = 60;
// A sentence's or a shorthand line's end, not a date's points: "RTG of chest (4. 3. 2024): ... wedge-shaped deformation
// of Th7 and Th8".
const PHRASE_END = /(?<!\b\d{1,2})[.!?]["'”’)]*(?:\s|$)|\n/;
// A year, not a full date (the date of the study that found it: "a routine DXA on 12/05/2025 showed a wedge deformity",
// "RTG of chest (4. 3. 2024)", "a radiograph taken 12 November 2024", "Lumbar X-ray (2025-08-16)").
const YEAR_NEAR =
  /(?<![\d/.-])(?<!\d\. )(?<!\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*,? )(?:19|20)\d\d\b(?![-/.]\d{1,2}[-/.]\d)|'\d\d\b|\b(?:years?|months?) ago\b|\blast (?:year|spring|summer|autumn|winter|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October)\b/;

/**
 * A pathologic fracture the text gives no age, with pain of a few weeks at most ("path T12 fx ... mechanical pain
 * x3 wks"): a tumour's collapse is found when its pain brings the patient in, so it is the fracture the pain
 * began with. One the text calls known is older than the pain. With pain of no stated length (`hurts`), the same
 * holds unless the pain is told as going on ("ongoing mechanical pain") or the fracture's sentence dates it ("confirmed
 * by biopsy last month", "on prior MRI").
 */
function freshPain(weeks: Read<number | null>, fractures: Annotation[], text: string, hurts: boolean): Level[] {
  const untimed = weeks.value === null;
  if (weeks.value === null ? !hurts || GOING_ON_PAIN.test(text) : weeks.value > FRESH_PAIN_WEEKS) return [];
  return fractures
    .filter(
      (a) =>
        a.assertion === 'affirmed' &&
        isPathologic(text, a) &&
        !introducedAsKnown(text, a) &&
        !datedBefore(text, a) &&
        !(untimed && datedInSentence(text, a)),
    )
    .flatMap(bodyLevels);
}
const GOING_ON_PAIN =
  /\b(?:ongoing|persistent|persisting|continu\w*|chronic)\b[^.;\n]{0,40}?\b(?:pain|LB[PA]|backache)/i;
const DATED_IN_SENTENCE =
  /\b(?:(?:biopsy|bx)[- ]proven|last (?:month|year)|(?:weeks?|months?|years?) ago|in (?:19|20)\d\d|prior|previous|known|since|first)\b/i;
function datedInSentence(text: string, a: Annotation): boolean {
  const { before, after } = sentenceAround(text, a, DATE_CHARS * 2);
  return DATED_IN_SENTENCE.test(before) || DATED_IN_SENTENCE.test(after);
}
const FRESH_PAIN_WEEKS = 6;
/**
 * A fracture dated months back or already treated in its own clause is older than the pain: "L2 path #, bx-proven met
 * 3/12 ago, s/p SBRT to L2", "the pathological T10 fracture first seen at diagnosis", "a pathologic L4 fracture first seen on MRI in March", "4 months back". (Not "last month": the labels call a fracture confirmed last month with pain of three weeks new in
 * one row and not new in another.)
 */
const MONTHS_AGO = String.raw`(?:\d{1,2}|a|one|two|three|four|five|six|several) (?:months?|mo|years?|yrs?) (?:ago|back)|\d{1,2}\/12 ago`;
const DATED_BACK = new RegExp(
  String.raw`\b(?:${MONTHS_AGO}|SBRT|radiotherapy|irradiated|RT to (?:[CTLS]\d|the)|(?:first )?(?:seen|found|noted|present) (?:at|on) (?:diagnosis|presentation)|first (?:seen|found|noted|detected|identified|diagnosed|shown)(?! (?:today|now|this|on (?:today|this)))|known since)\b`,
  'i',
);
const DATED_BACK_CHARS = 60;
/**
 * ... and the stricter dating that makes every mention of the level old: months or years back, a year (not a month of one,
 * "in 02/2025", which may be last month's).
 */
const MONTHS_BACK = new RegExp(String.raw`\b(?:${MONTHS_AGO}|in (?:19|20)\d\d|known since)\b`, 'i');
function datedBefore(text: string, a: Annotation, dating = DATED_BACK): boolean {
  const before =
    text
      .slice(Math.max(0, a.start - DATED_BACK_CHARS), a.start)
      .split(/[.;\n]/)
      .pop() ?? '';
  const after = text.slice(a.end, a.end + DATED_BACK_CHARS).split(/[.;\n]/)[0] ?? '';
  return dating.test(before) || dating.test(after);
}
// Shorthand that splits the word from its fracture: "path T12 fx".
const PATHOLOGIC_BEFORE = /\bpath(?:ologic(?:al)?)?\.? (?:[CTLS]\d{1,2} )?$/i;
const isPathologic = (text: string, a: Annotation) =>
  a.concept === 'pathologic-fracture' || PATHOLOGIC_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start));

/**
 * An everyday strain told with a recent time in its sentence ("severe pain since 10 days after lifting a bucket",
 * "three weeks ago he missed the bottom stair"): a fracture with no age of its own is that strain's. One told
 * with no time, or long ago ("after a fall in January"), dates nothing.
 */
function recentStrain(concepts: ConceptIndex, text: string): boolean {
  return (concepts.get('low-energy-trauma') ?? []).some((a) => a.assertion === 'affirmed' && toldRecently(text, a));
}

/**
 * Words that name no event of the patient's: a value that has fallen ("her FVC has fallen from 2.1 to 1.6 L", "fell
 * by 6 kg"), a scanner ("the nearest MRI scanner is 190 miles away").
 */
function dropNonEvents(text: string, concepts: ConceptIndex): void {
  for (const [concept, after] of NON_EVENTS) {
    const found = concepts.get(concept);
    if (found)
      concepts.set(
        concept,
        found.filter((a) => !after.test(text.slice(a.end, a.end + 16))),
      );
  }
}
const NON_EVENTS: [ConceptId, RegExp][] = [
  ['low-energy-trauma', /^ (?:(?:from|to|by) (?:about |around )?[\d.]+|(?:sharply|steadily|further) )/i],
  ['mri', /^ (?:scanners?|machines?|units?|suites?|departments?)\b/i],
];

/** A high-energy mechanism says yes; a fall from standing says no, and so does trauma denied ("no trauma hx"). */
function highEnergyTrauma(concepts: ConceptIndex): Read<boolean | null> {
  // An injury of now outweighs one of the past: "a fall from a roof in 2012 ... now pain after stepping off a
  // curb" is a low-energy fracture; a high-energy injury in the history alone still counts.
  const highNow = fact(concepts, ['high-energy-trauma'], false);
  if (highNow.value === true) return highNow;
  const lowNow = fact(concepts, ['low-energy-trauma'], false);
  if (lowNow.value === true) return { value: false, evidence: lowNow.evidence };
  // ... unless it broke another bone only: "Hx L hip # from an MVC at age 20" says nothing of the spine.
  const otherBone = new Set(
    (concepts.get('fracture') ?? []).filter((a) => a.anchor === 'other').map((a) => a.sentence),
  );
  const high = fact(
    new Map([
      [
        'high-energy-trauma',
        (concepts.get('high-energy-trauma') ?? []).filter(
          (a) => a.assertion !== 'historical' || !otherBone.has(a.sentence),
        ),
      ],
    ]),
    ['high-energy-trauma'],
  );
  if (high.value !== null) return high;
  const low = fact(concepts, ['low-energy-trauma']);
  if (low.value !== null) return { value: false, evidence: low.evidence };
  // "No trauma": no injury, so no high-energy one.
  const none = (concepts.get('trauma') ?? []).filter((a) => a.assertion === 'negated');
  return none.length > 0 ? { value: false, evidence: evidenceOf(none) } : nothing(null);
}

/** A fall or a low-energy injury told, affirmed, in the sentence of an affirmed vertebral fracture (not a wrist's). */
function fallWithFracture(concepts: ConceptIndex, fractures: Annotation[]): Read<boolean | null> | undefined {
  const falls = (concepts.get('low-energy-trauma') ?? []).filter((a) => a.assertion === 'affirmed');
  if (falls.length === 0) return undefined;
  // One pass over each list (a long page has thousands of both): the affirmed fractures by sentence.
  const bySentence = new Map<number, Annotation>();
  for (const a of fractures)
    if (a.assertion === 'affirmed' && isVertebralFracture(a) && !bySentence.has(a.sentence))
      bySentence.set(a.sentence, a);
  for (const fall of falls) {
    const fracture = bySentence.get(fall.sentence);
    if (fracture) return { value: true, evidence: evidenceOf([fall, fracture]) };
  }
  return undefined;
}

/**
 * Reads a report (or a selected part of one) into the case, each filled field with the words it came
 * from. Fields the text does not address stay unknown.
 */
export function extractCase(written: string): Extraction {
  const text = asRead(written);
  const annotations = annotate(text);
  const concepts = indexByConcept(annotations);
  dropNonEvents(text, concepts);
  const { age, sex } = readDemographics(text);
  const { symptomWeeks, painSeverity, failedConservativeWeeks } = painAndCare(text);
  // Fields read the annotations of their own concepts, in text order, rather than all of a long page.
  const fractures = inTextOrder(concepts, FRACTURE_CONCEPTS);
  const injury = highEnergyTrauma(concepts);
  const unnamed = fractureLevelUnnamed(fractures);
  const reads: { [K in CaseField]?: Read<CaseInput[K]> } = {
    age,
    sex,
    fractureLevels: fractureLevels(text, fractures, inTextOrder(concepts, ['vertebroplasty', 'kyphoplasty', 'cement'])),
    fractureAcuity: fractureAcuity(
      text,
      inTextOrder(concepts, ACUITY_SIGNS),
      injury.value === true || recentStrain(concepts, text),
      fact(concepts, ['worsening']).value === true,
    ),

    fractureLevelUnnamed: unnamed,
    newFractureLevelUnnamed: newFractureLevelUnnamed(inTextOrder(concepts, ACUITY_SIGNS), unnamed),
    heightLossPercent: heightLossPercent(concepts.get('height-loss') ?? []),
    symptomatic: symptomatic(text, concepts, [symptomWeeks, failedConservativeWeeks]),
    symptomWeeks,
    painSeverity,
    failedConservativeWeeks,
    augmentationLevels: augmentationLevels(text, annotations, concepts),
    fusionLevels: fusionLevels(concepts.get('fusion') ?? []),
    priorInterventionWhen: interventionWhen(text, annotations, concepts),
    mriDone: mriDone(text, concepts, annotations),
    malignancy: malignancy(text, inTextOrder(concepts, MALIGNANCY_SIGNS)),
    neuroDeficit: neuroDeficit(text, concepts),
    retropulsion: retropulsionWithCompression(concepts),
    highEnergyTrauma: injury,
  };
  for (const rule of FACT_RULES) {
    (reads as Record<CaseField, Read<unknown>>)[rule.field] = fact(
      concepts,
      rule.concepts,
      rule.pastCounts,
      rule.raisedCounts,
    );
  }
  // Edema of a sacral or pelvic fracture is no vertebra's: "sacral insufficiency fractures with marrow edema",
  // "fracture lines through both sacral alae ... with surrounding marrow edema".
  if (reads.marrowEdema?.value === true) {
    const elsewhere = new Set(
      [...(concepts.get('non-body-fracture') ?? []), ...fractures.filter((a) => a.anchor === 'other')]
        .filter((a) => POSITIVE.has(a.assertion))
        .map((a) => a.sentence),
    );
    const vertebral = new Set(
      fractures.filter((a) => isVertebralFracture(a) && POSITIVE.has(a.assertion)).map((a) => a.sentence),
    );
    const edema = (concepts.get('marrow-edema') ?? []).filter((a) => a.assertion === 'affirmed');
    if (edema.every((a) => elsewhere.has(a.sentence) && !vertebral.has(a.sentence) && a.levels.length === 0)) {
      reads.marrowEdema = nothing(null);
    }
  }
  // An INR on a blood thinner that the note plans to hold, swap or reverse is corrected before the procedure, wherever the
  // plan is written: "On warfarin for AF, INR 2.4. ... Plan: hold warfarin 5 days and check INR before procedure" (the INR
  // reading alone, and a plan that names the blood thinner; a coagulopathy named as such stands).
  if (reads.coagulopathy?.value === true) {
    const said = concepts.get('coagulopathy') ?? [];
    const corrected = said.filter(
      (a) => a.assertion === 'negated' && BLOOD_THINNER.test(a.text) && !BLOOD_THINNER_ALONE.test(a.text),
    );
    if (corrected.length > 0 && said.every((a) => a.assertion !== 'affirmed' || INR_READING.test(a.text))) {
      reads.coagulopathy = { value: false, evidence: evidenceOf(corrected) };
    }
  }
  // Marrow edema seen is an MRI done, however the study is named: "Her scan shows an acute L1 compression fracture lit up with
  // marrow oedema" (only where no MRI is otherwise told of).
  if (reads.mriDone?.value === null && reads.marrowEdema?.value === true) {
    reads.mriDone = { value: true, evidence: reads.marrowEdema.evidence };
  }
  // An MRI that finds no suspicious lesion in the marrow finds none of a tumour's features either: "no
  // suspicious marrow lesion", and neither does one that says in its own sentence that there is no
  // metastasis or tumour, or that the fracture is benign ("The MRI shows a typical hemangioma in D9, no fracture, and there
  // is no metastasis", "the MRI at that time showed no evidence of malignancy"), a history aside ("MRI: ... No history of
  // cancer").
  if (reads.malignantMriFeatures?.value === null) {
    const mri = concepts.get('mri') ?? [];
    // An "MRI:" label's findings are the sentence after it; so is the clause after a semicolon ("An MRI ... showed an
    // acute L2 fracture; there is no retropulsion and nothing to suggest an underlying tumour").
    const mriSentences = new Set(mri.map((a) => a.sentence + (a.inHeader ? 1 : 0)));
    for (const a of mri)
      if (CLAUSE_AFTER.test(text.slice(a.end, a.end + CLAUSE_CHARS))) mriSentences.add(a.sentence + 1);
    // ... and a label that opens its line owns the whole line ("MRI lumbar (done in 10/3/2024): fresh L3 fracture ... T12
    // cement stable. No mass, pedicles normal.").
    // (Each line is found from its label within a few words of the line's start, and read to its end once: no search back
    // over a long line for every finding.)
    const labelLines = mri.flatMap((a) => {
      const before = text.slice(Math.max(0, a.start - LINE_START_CHARS), a.start);
      const newline = before.lastIndexOf('\n');
      if (newline < 0 && a.start > LINE_START_CHARS) return [];
      const start = a.start - before.length + newline + 1;
      if (!MRI_LINE_LABEL.test(text.slice(start, a.start + LABEL_CHARS))) return [];
      const end = text.indexOf('\n', a.start);
      return [{ start, end: end < 0 ? text.length : end }];
    });
    const onLabelLine = (a: Annotation) => labelLines.some((line) => a.start >= line.start && a.start < line.end);
    const read = (a: Annotation) => {
      if (a.assertion !== 'negated' || !(mriSentences.has(a.sentence) || onLabelLine(a))) return false;
      const before = text.slice(Math.max(0, a.start - HISTORY_CHARS), a.start);
      return !HISTORY_BEFORE.test(before) || STUDY_SHOWED_BEFORE.test(before);
    };
    const clear = [
      ...(concepts.get('destructive-lesion') ?? []).filter(
        (a) => a.assertion === 'negated' && SUSPICIOUS_MARROW.test(a.text),
      ),
      ...(concepts.get('cancer') ?? []).filter(
        (a) => read(a) && (BONE_SPREAD.test(a.text) || READ_ON_MRI.test(a.text)),
      ),
      ...(concepts.get('tumour') ?? []).filter(read),
      ...(concepts.get('mass-denied') ?? []).filter(read),
    ];
    if (clear.length > 0) reads.malignantMriFeatures = { value: false, evidence: evidenceOf(clear) };
  }
  // A urinary infection is read as a cause of incontinence (one phrase, one finding); said of now or denied, it
  // also answers the infection question: "on antibiotics for a UTI", "no UTI symptoms".
  // The infection told later as over ends the ones named before it: "Principal diagnosis: Acute pyelonephritis. She completed
  // her antibiotic course and the infection has fully resolved" (not one awaited: "no augmentation until the infection has
  // settled", "?KP once infection cleared").
  const infections = concepts.get('infection') ?? [];
  const last = infections[infections.length - 1];
  if (
    reads.activeInfection?.value === true &&
    last &&
    /^infection$/i.test(last.text) &&
    INFECTION_OVER_AFTER.test(text.slice(last.end, last.end + 40)) &&
    !AWAITED_BEFORE.test(text.slice(Math.max(0, last.start - 24), last.start))
  ) {
    reads.activeInfection = { value: false, evidence: evidenceOf([last]) };
  }
  if (reads.activeInfection?.value === null) {
    const urinary = (concepts.get('non-spinal-cause') ?? []).filter((a) => URINARY_INFECTION.test(a.text));
    if (urinary.length > 0) reads.activeInfection = fact(new Map([['infection', urinary]]), ['infection'], false);
  }
  reads.osteoporosis = osteoporosis(text, concepts, reads.malignancy?.value === true);
  // The fracture the case is about: the ones the text calls acute or subacute (or shows edema at), and one
  // found by chance with no age given, which is newly found ("Incidental mild L2 CF").
  const acuity = reads.fractureAcuity?.value ?? {};
  // A fracture treated already is older than pain that came back: "T12 kyphoplasty for a pathologic fracture
  // in January ... over the past two weeks the pain has returned".
  const treatedBefore = new Set([...(reads.augmentationLevels?.value ?? []), ...(reads.fusionLevels?.value ?? [])]);
  // Pain of a known fracture getting worse is that fracture's, not a new one's.
  const knownWorse = fact(concepts, ['worsening']).value === true;
  const older = toldAsOlder(text, fractures);
  const newLevels = sortLevels([
    ...(Object.keys(acuity) as Level[]).filter((level) => acuity[level] === 'acute' || acuity[level] === 'subacute'),
    ...foundByChance(
      text,
      concepts,
      fractures,
      reads.symptomatic?.value === false || (painIsNew(text, concepts) && !knownWorse),
      freshWeeks(symptomWeeks, concepts) && !knownWorse,
    ).filter((level) => acuity[level] === undefined && !treatedBefore.has(level) && !older.has(level)),
    ...freshPain(symptomWeeks, knownWorse ? [] : fractures, text, reads.symptomatic?.value === true).filter(
      (level) => acuity[level] === undefined && !treatedBefore.has(level) && !older.has(level),
    ),
  ]);
  const newFracture = { value: newLevels, evidence: newLevels.length ? (reads.fractureAcuity?.evidence ?? []) : [] };
  // Treated before: what this note's own procedure treated is the case's fracture, not an earlier treatment. The case's
  // fracture is the new one, or with none, a known one getting worse ("Chronic osteoporotic L1 compression fracture with
  // progressive collapse. PROCEDURES: Posterior spinal instrumentation T10 to L2").
  const caseLevels =
    newLevels.length > 0 || reads.knownFractureWorsening?.value !== true
      ? newLevels
      : (reads.fractureLevels?.value ?? []);
  reads.treatedInNoteLevels = treatedInNoteLevels(text, concepts, caseLevels);
  const now = new Set(reads.treatedInNoteLevels.value);
  const treated = new Set(
    [...(reads.augmentationLevels?.value ?? []), ...(reads.fusionLevels?.value ?? [])].filter((l) => !now.has(l)),
  );
  reads.painAtTreatedLevel = painAtTreatedLevel(
    text,
    annotations,
    concepts,
    treated,
    newFracture,
    reads.symptomatic ?? nothing(null),
  );
  // Rule 4 is about a treated fracture: pain over a fusion done for disc disease or myelopathy, with no fracture or
  // augmentation on record, is no treated VCF's ("s/p C4-C6 ACDF in 2017 for cervical spondylotic myelopathy ... neck
  // pain").
  const fusions = concepts.get('fusion') ?? [];
  if (
    reads.painAtTreatedLevel.value === true &&
    (reads.augmentationLevels?.value.length ?? 0) === 0 &&
    fusions.some((a) => FOR_DEGENERATION_AFTER.test(text.slice(a.end, a.end + DEGENERATION_CHARS))) &&
    fractures.every((a) => !POSITIVE.has(a.assertion))
  ) {
    reads.painAtTreatedLevel = nothing(null);
  }
  // A fracture known before whose pain keeps getting worse is a known fracture getting worse (rule 7 names
  // worsening pain beside collapse and kyphosis): "a known L2 fracture ... his pain has steadily worsened".
  // Worse kyphosis with no fracture affirmed is no fracture getting worse: "increasing kyphosis ... possible mild T6
  // wedging; no definite compression fracture".
  const worse = reads.knownFractureWorsening;
  if (
    worse?.value === true &&
    worse.evidence.every((span) => /kyphos/i.test(span.text)) &&
    !fractures.some((a) => isVertebralFracture(a) && POSITIVE.has(a.assertion))
  ) {
    reads.knownFractureWorsening = nothing(null);
  }
  const worsePain = (concepts.get('worsening-pain') ?? []).filter((a) => a.assertion === 'affirmed');
  // Worse pain alone is enough (rule 7: pain, deformity or breathing), so a known fracture said not to have
  // collapsed further is still getting worse when its pain is: "no further collapse ... pain incr over 2/52";
  // not when the pain is a treated level's ("increasing pain at the fused segment ... old T12 wedge, stable").
  const known =
    (reads.knownFractureWorsening?.value === null ||
      (reads.knownFractureWorsening?.value === false && reads.painAtTreatedLevel?.value !== true)) &&
    newLevels.length === 0
      ? knownFracture(text, fractures, acuity)
      : undefined;
  if (known && worsePain.length > 0) {
    reads.knownFractureWorsening = { value: true, evidence: evidenceOf([known, worsePain[0] as Annotation]) };
  }
  reads.newFractureLevels = newFracture;
  reads.deficitLongStanding = deficitLongStanding(text, reads.neuroDeficit ?? nothing(null));
  // A fracture getting worse, one with a new deficit of the cord or the roots, or a new one a high-energy injury just made is
  // not a silent one: "his kyphosis is visibly worse and he is short of breath lying flat", "L2 burst fx ... hip flexors
  // 3/5", a trauma call's "rollover MVC at highway speed ... acute L1 burst fx" that names no pain.
  if (reads.symptomatic?.value === null && (reads.fractureLevels?.value.length ?? 0) > 0) {
    const newDeficit = reads.deficitLongStanding.value === true ? undefined : reads.neuroDeficit;
    const injured = newFracture.value.length > 0 ? reads.highEnergyTrauma : undefined;
    // ... nor is a new one a fall just made, the fall told in the fracture's sentence: "fell off a kitchen chair, new L2 CF on
    // CT".
    const fell = newFracture.value.length > 0 ? fallWithFracture(concepts, fractures) : undefined;
    const sign = [reads.knownFractureWorsening, newDeficit, injured, fell].find((read) => read?.value === true);
    if (sign) reads.symptomatic = { value: true, evidence: sign.evidence };
  }
  if (reads.pathologicFracture?.value === null && (reads.fractureLevels?.value.length ?? 0) > 0) {
    const established = establishedTumourFracture(text, concepts, fractures, reads.malignantMriFeatures);
    if (established) reads.pathologicFracture = { value: true, evidence: evidenceOf(established) };
  }
  const input = emptyCase();
  const evidence: Evidence = {};
  for (const [field, read] of Object.entries(reads) as [CaseField, Read<unknown>][]) {
    (input as Record<CaseField, unknown>)[field] = read.value;
    if (read.evidence.length) evidence[field] = read.evidence;
  }
  // A construct or an augmentation with no level named ("prior lumbar fusion", "kyphoplasty at several
  // levels") is still an earlier spine procedure; "never had spine surgery or augmentation" denies one.
  if (input.fusionLevels.length === 0 && input.augmentationLevels.length === 0) {
    const earlier = priorProcedure(text, concepts);
    if (earlier.value !== null) {
      input.priorSurgeryUnspecified = earlier.value;
      evidence.priorSurgeryUnspecified = earlier.evidence;
    }
  }
  const vertebral = vcf(
    text,
    fractures,
    // Cement or an augmentation implies a treated fracture only where it names a vertebral level.
    inTextOrder(concepts, ['vertebroplasty', 'kyphoplasty', 'augmentation', 'cement']).filter(
      (a) => (a.concept !== 'cement' && a.concept !== 'augmentation') || a.levels.length > 0,
    ),
  );
  // Edema where the text finds no fracture and denies one is no fracture's: "L4 pars stress reaction (marrow oedema)
  // without a fracture line ... no compression fracture".
  if (
    vertebral === false &&
    input.marrowEdema === true &&
    fractures.some((a) => a.assertion === 'negated' && a.anchor !== 'other')
  ) {
    input.marrowEdema = null;
    delete evidence.marrowEdema;
  }
  // A tumour's fracture of another bone is no vertebra's: "a displaced pathologic fracture of the left femoral neck".
  if (vertebral === false && input.pathologicFracture === true) {
    input.pathologicFracture = null;
    delete evidence.pathologicFracture;
  }
  return {
    case: input,
    evidence: text === written ? evidence : asWritten(evidence, written),
    vcf: vertebral,
    genantGrade: genantGrade(input.heightLossPercent),
  };
}

/** Evidence read from the copy the rules read (asRead), in the words as written ("l2", not "L2"; a comma, not a line break). */
function asWritten(evidence: Evidence, written: string): Evidence {
  return Object.fromEntries(
    Object.entries(evidence).map(([field, spans]) => [
      field,
      spans?.map((span) => ({ ...span, text: written.slice(span.start, span.end) })),
    ]),
  );
}
