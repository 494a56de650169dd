/**
 * Rule data of the case mapping: the few words just before or after a finding (or a study, or a section's
 * header) that change what it tells the case. Each is written for the example in its comment and has a
 * sentence of its own in tests/unit/phrasings.test.ts. The readers in this folder read them in short windows
 * beside a finding, so a long page stays linear.
 */

// MRI done, ordered or planned; fractures ruled out; malignancy answered.

/** A cancer denied as history, not looked for and not found: "no known cancer", "never had cancer". */
export const HISTORY_BEFORE =
  /\b(?:known|previous|prior|past|personal|hx|h\/o|history of|never(?: had| been told)?|denies)\s+(?:\w+\s+){0,2}$/i;
/** ... or said after: "no cancer history", "no cancer has been diagnosed", "Ca hx denied". */
export const HISTORY_AFTER = /^\s*(?:history|hx|diagnos\w*|(?:has|have) (?:ever )?been diagnosed)\b/i;

/** What a study header says when no findings follow it: "MRI: pending", "MRI: not done", "MRI: none". */
export const NOT_DONE_AFTER_HEADER =
  /^[\s:]*(?:pending|not (?:yet )?(?:done|obtained|performed)|none|n\/a|no(?=\s*(?:[.;,)]|$))|ordered|requested|planned)/i;

/** A study's result just after it: "MRI neg", "MRI: normal", "MRI shows no oedema", "MRI of the total spine this afternoon
 * shows", "MRI before referral showed", "An MRI ten days ago shows" (it was done), and one the next sentence reports: "thank
 * you for waiting for your MRI. It shows a fresh fracture", past the study's own words: "we arranged an MRI of the whole
 * spine with gadolinium last week. It shows no metastases". */
export const RESULT_AFTER =
  /^[^.;\n?]{0,60}?\.\s+(?:it|this|the (?:scan|study|MRI))\s+(?:shows?|showed|demonstrat\w*|reveal\w*|confirm(?:s|ed))\b|^[\s:,-]*(?:of (?:the )?(?:[\w-]+ ){0,2}(?:spine|column)\s*)?(?:(?:before|prior to|at|on) (?:the |her |his )?(?:referral|admission|presentation)\s+)?(?:(?:(?:this|last) (?:morning|afternoon|evening|night|week)|today|yesterday|tonight|(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?) ago) )?(?:(?:was|is|had|has) )?(?:neg(?:ative)?|normal|unremarkable|clear|shows?|showed|shown|showing|demonstrat\w*|reveal\w*|confirm(?:s|ed))\b/i;

/**
 * ... or the order that was carried out, its result after: "the MRI ordered after her fall at home two weeks ago 'found a
 * fresh break'".
 */
const ORDERED_THEN_FOUND_AFTER =
  /^\s+(?:(?:that|which) (?:was|had been) )?(?:ordered|requested|arranged|booked)\b[^.;\n?]{0,60}?["'‘“]?(?:found|showed|revealed|demonstrated|confirmed)\b/i;
const ORDERED_THEN_FOUND_CHARS = 90;
export const orderedThenFound = (text: string, end: number) =>
  ORDERED_THEN_FOUND_AFTER.test(text.slice(end, end + ORDERED_THEN_FOUND_CHARS));

/**
 * ... or a study dated by a past day as its owner, whatever a question around it asks: "asks about Tuesday's MRI", "last
 * week's MRI" (not "next Tuesday's MRI", nor one still booked: "Friday's MRI is booked").
 */
const DATED_OWNER_BEFORE =
  /(?<!\bnext )\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|last (?:week|month))['’]s\s+(?:[\w-]+\s+){0,2}$/i;
const STILL_AHEAD_AFTER = /^[^.;\n]{0,30}\b(?:booked|scheduled|planned|pending|due|will|awaited)\b/i;
export const datedByPastDay = (text: string, start: number, end: number) =>
  DATED_OWNER_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
  !STILL_AHEAD_AFTER.test(text.slice(end, end + 40));

/**
 * An order's purpose, protocol or time after the study, in its clause and with no result: "MRI L-spine w/o ?acuity",
 * "MRI T-spine w/wo contrast r/o mets", "MRI spine without contrast (AKI) once she can lie flat", "MRI to assess
 * acuity pls", "MRI spine tonight", "MRI urgent – awaited", "MRI req - 84F ...", "→ IR ?KP L1, MRI first", "MRI of the thoracic
 * spine to look for an unhealed fracture" ask for an MRI.
 */
export const PURPOSE_AFTER =
  /^(?:\s+req(?:uest)?\b|[^.;,\n]{0,60}?(?:\?|\b(?:with(?:out)?|w\/o?|w\/wo) ?(?:(?:and|&) (?:with(?:out)?|w\/o?) )?(?:IV )?(?:contrast|gadolinium|gad)\b|\bw\/wo\b|\br\/o\b|\brule out\b|\bto (?:assess|evaluate|confirm|characteri[sz]e|exclude|rule out|look for|check for|search for)\b|\bfor (?:acuity|assessment|evaluation)\b|\b(?:tonight|tomorrow|this week|next week|later today|to follow|urgent(?:ly)?|ASAP)\b)|\s+first\b)/i;

/**
 * A request that opens with the study it asks for, as a title of a few words ending its sentence: "MRI L-spine
 * w/ + w/o. 68 y/o F ...", "STAT MRI T-spine w/wo." (before it, only an urgency; after it, no verb or colon).
 */
export const ORDER_TITLE_BEFORE =
  /^\s*(?:(?:STAT|urgent|routine|req(?:uest)?:?|referral:|vetting(?: queue| list)?\s*[-–:]|protocol(?:ling)?\s*[-–:])\s+)?$/i;
// ... or its request's word after it: "MRI T-spine req — 74 yo M", or its urgency in brackets: "MRI spine w/ + w/o contrast
// (urgent): 71F".
export const ORDER_TITLE_AFTER =
  /^(?: [\w/+-]+){1,5}\.(?:\s|$)|^(?: [\w/+-]+){0,4} (?:[Rr]eq(?:uest(?:ed)?)?|pls|please)\b|^(?: [\w/+-]+){0,6} \((?:[Uu]rgent|URGENT|STAT|[Rr]outine|ROUTINE)\):/;
/**
 * ... or a title line (or a label) after a request's word: "Referral: MRI spine", "Req MRI T/L spine: 81F" (not a report's
 * "MRI LUMBAR SPINE - notes").
 */
export const REQUEST_TITLE_BEFORE = /^\s*(?:req(?:uest)?:?|referral:)\s+$/i;
export const TITLE_LINE_AFTER = /^(?: [\w/+-]+){1,5}[ \t]*(?:\n|:|$)/;

/**
 * A report's body after the study named at its head or asked for ("MRI LUMBAR SPINE WITHOUT CONTRAST ... FINDINGS:", "Req:
 * MRI L-spine, 66M ... / Report: no # or marrow oedema", a run-on report's "... 3 months ago. Findings: New ..."): the
 * study was done. The label may stand alone on its line: "Findings\n- T9: Pathological compression fracture"; a short report
 * goes straight to its impression: "MRI L-spine w/o. Hx: 74F ... IMPRESSION: Acute L3 compression fx".
 */
export const REPORT_BODY_AFTER =
  /(?:^|\n|\/ |\. )[ \t]*(?:FINDINGS|TECHNIQUE|REPORT|IMPRESSION|CONCLUSION|Findings|Technique|Report|Impression|Conclusion)[ \t]*(?::|\n)/;

/** A report's own study, named under its label: "EXAM:  MRI thoracic spine without contrast." (done, not ordered). */
export const EXAM_LABEL_BEFORE = /(?:^|\n)[ \t]*(?:EXAM(?:INATION)?|STUDY|PROCEDURE|TECHNIQUE|MODALITY)[ \t]*:[ \t]*$/;

/** A study named as where a finding was looked for: "no marrow oedema on STIR". */
export const SEEN_ON_BEFORE = /\bon\s+(?:the\s+)?$/i;

/**
 * ... unless its clause says it was done, or heads its findings: "MRI to assess acuity was performed last week", "MRI
 * of the entire spine without and with contrast this morning: enhancing soft-tissue mass", "MRI ... with and without
 * contrast from last week", "RMN of lumbar column with contrast (15.02.2024): recent fracture" (a date's dots end no clause;
 * not "has been requested").
 */
export const DONE_AFTER =
  /^(?:[^.;\n]|\.(?=\d)){0,80}?(?:\b(?:(?:was|were|has been|had been)(?! (?:requested|ordered|booked|arranged|scheduled|asked))|(?<!\b(?:none|not|never|nil) )(?:performed|done|obtained)|shows?|showed|demonstrat\w*|reveal\w*|confirm(?:s|ed)|documents?|documented|from (?:last \w+|yesterday|earlier today|\d{1,2}[/.]\d{1,2}))\b|:)/i;

/** A denial that hedges, which leaves the fracture raised: "no definite vertebral fracture". */
export const HEDGED_BEFORE = /\b(?:definite|definitive|convincing|clear|obvious|certain)\s+(?:\w+\s+){0,2}$/i;

// Augmentation and fracture levels; fractures introduced as known.

/**
 * Words that place an augmentation by the construct or a neighbour rather than at the fracture, or that name levels
 * told elsewhere ("new T8 VCF, KP levels stable", "kyphoplasty at another level").
 */
export const PLACED_AFTER =
  /^\s*(?:(?:at|of|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:instrumented|above|below|adjacent|junctional)\b|(?:at|of|to)\s+(?:an?\s+)?(?:another|other|different|separate|non-?adjacent)\s+(?:levels?|vertebra\w*|sites?)\b|(?:levels?|sites?|elsewhere)\b)/i;

/**
 * Words that put a thing beside another rather than at it: an augmentation beside a fracture, a pain beside the treated
 * level ("just below the old treated level", "one level above the cement"), or said to be apart from it ("a prior,
 * non-adjacent augmentation").
 */
export const BESIDE_BEFORE =
  /\b(?:adjacent to|next to|above|below|under|beneath|beside|away from|not at|rather than|between|(?:higher|lower)(?: up| down)? than)\s+(?:(?:the|a|an|her|his)\s+)?(?:(?:two|both|2)\s+)?(?:(?:prior|previous|previously|earlier|old)\s+)?$|\bnon-?adjacent,?\s+(?:(?:prior|previous|earlier|old)\s+)?$/i;

// A treatment's words, and what it was for up to the finding after them: "(for) a painful osteoporotic T12 ".
const AUGMENTED = String.raw`KP|VP|kyphoplast\w*|v[eé]rt[eé]broplast\w*`;
const WHAT_IT_WAS_FOR = String.raw`\s+(?:(?:an?|the|his|her)\s+)?(?:[\w-]+\s+){0,2}(?:[CTLSD]\d{1,2}(?:\s*(?:,|and|&|\+)\s*[CTLSD]\d{1,2}){0,3}\s+)?(?:[\w-]+\s+){0,2}$`;
/**
 * A fracture an operation was done for, dated by that operation: "T12-L2 PSF 2021 for L1 burst fx (MVC)", "vertebroplasty of
 * Th11 and Th12 by occasion of osteoporotic fractures" (a Russian note's "по поводу"), "kyphoplasty for osteoporotic T11 and T12
 * fractures in 2020" (the levels after the kind), "vertebroplastica Th12 because of osteoporotic compressional fracture" (a
 * second language's spelling).
 */
export const TREATED_FOR_BEFORE = new RegExp(
  String.raw`\b(?:fusion|fused|PSF|PLF|PLIF|TLIF|ACDF|instrumentation|stabili[sz]ation|fixation|screws|rods|${AUGMENTED})\b[^.;\n]{0,40}?\b(?:for|because of|due to|by occasion of|on account of)${WHAT_IT_WAS_FOR}`,
  'i',
);
/**
 * ... or a treatment dated to a day of its own and said to have been for it: "an L1 balloon kyphoplasty in our department
 * on 12 February for a painful osteoporotic L1 compression fracture with marrow oedema" (the oedema was that fracture's then).
 */
export const TREATED_ON_DAY_FOR_BEFORE = new RegExp(
  String.raw`\b(?:${AUGMENTED}|cement\w*|augmentation)\b[^.;\n]{0,40}?\bon (?:\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b[^.;\n]{0,20}?\bfor${WHAT_IT_WAS_FOR}`,
  'i',
);
/** ... or treated after it in its clause, in a year: "Osteoporotic fractures of L1 and L2 were treated with kyphoplasty in 2020". */
export const TREATED_IN_YEAR_AFTER =
  /^[^.;\n]{0,40}?\b(?:treated|managed|fixed|cemented|augmented|stabili[sz]ed|fused|operated)\b[^.;\n]{0,40}?\b(?:19|20)\d\d\b/i;
/** ... or its injury dated to a year: "T12 burst fracture sustained in a fall from a ladder in 2022". */
export const INJURY_IN_YEAR_AFTER =
  /^[^.;\n]{0,20}?\b(?:sustained|suffered|incurred|from|after)\b[^.;\n]{0,50}?\b(?:in|during) (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* )?(?:19|20)\d\d\b/i;

/**
 * A sentence that opens by pointing back at the finding before it: "This is new compared with the CT of 2024.", "Both are of
 * indeterminate age.", "The age of the fracture cannot be determined."
 */
const POINTS_BACK_BEFORE = /(?:^|[.!?]\s+)(?:this|these|it|they|both)\s+(?:(?:is|are|was|were)\s+)?$/i;
const OPENING_BEFORE = /(?:^|[.!?]\s+)(?:the\s+)?$/i;
const AGE_OF = /^(?:the )?age of\b/i;
/** Enough of the text before a word to see that opening ("Both are "). */
const POINTS_BACK_CHARS = 16;
export const pointsBack = (text: string, at: number) => {
  const before = text.slice(Math.max(0, at - POINTS_BACK_CHARS), at);
  return POINTS_BACK_BEFORE.test(before) || (OPENING_BEFORE.test(before) && AGE_OF.test(text.slice(at, at + 10)));
};

/**
 * A fracture introduced as known: "known T12 osteoporotic VCF", "his known L1 fracture", "a known Th12 compression fracture",
 * "Known multiple osteoporotic VCFs (T8, T11)", "known T12 and L3 path fxs", or as history: "h/o T12 fracture".
 */
/** ... or said after it: "an L1 compression fracture known for a year", "wedge fx L1 & L2, known since 2021", "Pathological fracture of T10 known since June 2024". */
export const KNOWN_AFTER =
  /^[\s,]*(?:of (?:the )?(?:[CTLD]|Th)\d{1,2} )?(?:(?:which|that) (?:has been|was|is) )?(?:known|present|documented) (?:for (?:about |over |more than )?(?:a|an|one|two|three|several|many|\d{1,2}) (?:years?|months?)|since (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* )?(?:19|20)\d\d)\b/i;
export const KNOWN_BEFORE =
  /(?:\bknown|\bh\/o|\bhx|\bhistory of)\s+(?:for\s+(?:an?\s+)?)?(?:(?:[CTLSD]|Th)\d{1,2}(?:,? (?:and|&|\+) |, |\s+)|(?:old|multiple|several|osteoporotic|OP|benign|path(?:ologic(?:al)?)?|compression|wedge|vertebral)\s+){0,4}$/i;

// Pain, the treated level and the neurologic deficit.

/** The treated level said to be free of pain: "the old cemented level is not painful at percussion", "while the T8 level is pain-free". */
export const PAINLESS_AFTER =
  /^\s*(?:(?:level|vertebra|body)\s+)?(?:is |was |remains )?(?:not (?:painful|tender)|non-?tender|pain-?free|asymptomatic)/i;

// A word of now, and no sentence break between it and the finding. Read in the few characters before a
// neurologic finding only: as a lexicon word, "now" would be a hit in every report for one field's sake.
export const NOW_BEFORE =
  /\b(?:now|currently|presently|post-?op(?:erative(?:ly)?)?|post-?(?:fixation|procedure|procedural)|after (?:the )?(?:surgery|operation|procedure))\b[^.;\n]*$/i;

// The sections of an imaging report that say what the radiologist saw: its findings and impression, a study's
// own header ("MRI THORACIC SPINE:") and a level's paragraph within the findings ("L4-5:").
export const IMAGING_SECTION =
  /^(?:FINDINGS|IMPRESSION|CONCLUSION|TECHNIQUE|(?:MRI|MR|CT|XR|X-RAY|RADIOGRAPHS?)\b.*|[CTLS]\d{1,2}(?:-[CTLS]?\d{1,2})?)$/;

/** Words after a pain in the past tense that carry it up to now: "has had back pain ever since", "for three weeks". */
export const LASTING_AFTER =
  /^[^.;\n]{0,30}?\b(?:ever since|since|despite|ongoing|persist\w*|continu\w*|for (?:the (?:past|last) )?(?:\d{1,2}|one|two|three|four|five|six|a few|several) (?:days|weeks))\b/i;
/** ... or before it: "Since then he has had right-sided low back pain", "for three weeks has had pain", "has had six weeks
 * of increasing pain" (not "two weeks ago"). */
export const LASTING_BEFORE =
  /\b(?:since|(?:for (?:the (?:past|last) )?)?(?:\d{1,2}|one|two|three|four|five|six|a few|several) (?:days|weeks)(?! ago))\b[^.;\n]{0,40}$/i;

// Ages.

// An age something happened at, not the patient's age now: "menopause at age 51", "diagnosed at the age of 40".
export const EVENT_AGE_BEFORE = /\b(?:at|since|from|by|until|before|after|injury|accident|fracture)\s+(?:the\s+)?$/i;

/** An operative or procedure note's own heading (and a discharge summary's "Major Surgical or Invasive Procedure:"): what the note reports was done in it. */
export const PROCEDURE_HEADING =
  /^[ \t]*(?:procedures?(?: performed)?|performed(?=:)|operations?(?: performed)?|operative (?:report|note|procedure)|procedure note|name of (?:procedure|operation)|hospital course|major surgical or invasive procedure)\b|(?:[.;|]|\s-)\s+(?:procedure|operation)(?: performed)?:/im;
/**
 * ... or a procedure said done just after it, not in a year: an IR list's "L3 VP done today (unipedicular, 2 ml cement)", a
 * discharge summary's "→ L2 KP performed 12/3" (not "L1 VP done 2019").
 */
export const DONE_NOW_AFTER = /^[^.;\n]{0,30}?\b(?:done|performed|completed)\b(?![ ,]+(?:in |on )?(?:19|20)\d\d)/i;
export const DONE_NOW_CHARS = 40;

/**
 * What a treatment was for, just before a finding: "vertebroplasty for a painful L1 fracture"; not what the patient
 * comes for ("Presents for lumbar pain").
 */
export const REASON_BEFORE =
  /(?<!\b(?:present(?:s|ed|ing)?|seen|referred|admitted|comes?|came|attends?|attended|consults?|consulted|here|visit)\s)\bfor (?:an? |the |his |her )?$/i;

// Days, or up to four weeks: a strain six or nine weeks back is a known fracture's, often one getting worse.
const RECENT =
  /\b(?:(?:\d{1,2}|one|two|three|four|five|six|a few|several) days? ago|(?:[1-4]|one|two|three|four|a few) (?:weeks?|wks?) ago|since (?:\d{1,2} days?|[1-4] weeks?|(?:one|two|three|four) weeks?)|(?:a|one) fortnight ago|(?:the )?(?:past|last) fortnight|yesterday|last (?:night|week)|this (?:morning|evening|week)|today|tonight)\b/i;
const RECENT_CHARS = 80;
const SENTENCE_END = /[.!?]["'”’)]*(?:\s|$)/;

/**
 * The words of text[start, end)'s sentence on either side of it, within `chars`, cut where `ends` matches (a
 * sentence's end unless told otherwise).
 */
export function sentenceAround(
  text: string,
  { start, end }: { start: number; end: number },
  chars = RECENT_CHARS,
  ends = SENTENCE_END,
): { before: string; after: string } {
  return {
    before:
      text
        .slice(Math.max(0, start - chars), start)
        .split(ends)
        .pop() ?? '',
    after: text.slice(end, end + chars).split(ends, 1)[0] ?? '',
  };
}

/** Whether the sentence of text[start, end) tells a recent time near it: "three weeks ago", "since this morning". */
export function toldRecently(text: string, span: { start: number; end: number }): boolean {
  const { before, after } = sentenceAround(text, span);
  return RECENT.test(before) || RECENT.test(after);
}

/**
 * A fracture called stable or unchanged just before it: "unchanged mild height loss at L2", "stable T12 wedge", "a known, unchanged
 * grade 1 wedge deformity of T8".
 */
export const STABLE_BEFORE =
  /\b(?:stable|unchanged)\s+(?:(?:mild|moderate|severe|minimal|[CTLS]\d{1,2}|compression|wedge|superior|inferior|end ?plate|anterior|grade\s?[0-3])\s+){0,3}$/i;
export const STABLE_CHARS = 40;
