import type { Level } from '../spine/levels';
import type { ConceptId } from './concept-ids';
import type { Assertion, Category } from './mention';
import { expandSlots } from './slots';

/**
 * The VCF lexicon as data: each concept names its category and the phrases (regular-expression
 * fragments, non-capturing, matched case-insensitively on word boundaries) that mean it.
 *
 * Order matters: at one position the first concept that matches wins, so traps and longer phrases come
 * before shorter ones ("disc height loss" before "height loss", "pathologic insufficiency fracture"
 * before "pathologic fracture" before "fracture"). A concept with `category: null` is read by the
 * case extractor but never highlighted (pain, infection, MRI). `assertion` fixes the assertion of a
 * phrase whose negation is built in ("vertebral body heights are maintained").
 */
export interface Concept {
  id: ConceptId;
  category: Category | null;
  patterns: string[];
  assertion?: Assertion;
  /**
   * A word that says which bone a nearby fracture word is about: a vertebra ("vertebral body", "lumbar
   * spine") or another bone ("rib", "humerus"). Anchors are read, never highlighted.
   */
  anchor?: 'vertebral' | 'other';
  /** A word that describes a finding (acuity, severity): it never takes a level from the finding. */
  modifier?: boolean;
  /**
   * Matched only so that its words mean nothing else (a trap: "disc height loss", "wedge-shaped") or to
   * say which bone a fracture word is about (an anchor): it makes no annotation of its own.
   */
  silent?: boolean;
  /**
   * Shorthand that means this only in capitals ("CF" is a compression fracture, "cf." is "compare"),
   * and never right after a number, where capitals are a unit ("5 MM").
   */
  capitals?: boolean;
  /** An examination (MRI): like a procedure, it is asked for, planned or done, not had as a condition. */
  study?: boolean;
}

// Organs a cancer is named by ("breast cancer", "lung ca").
const ORGANS =
  'breast|lung|prostate|thyroid|renal(?: cell)?|throat|stomach|gastric|colo(?:n|rectal)|rectal|bowel|bladder|kidney|pancrea(?:tic|s)|liver|ovarian|cervical|uterine|endometrial|o?esophageal|skin|bone|head and neck|oral|laryngeal|testicular|brain';
// ... and the organs shorthand puts after "ca", as nouns: "ca prostate", "Ca cervix", "ca oesophagus".
const CA_ORGANS =
  'breast|mammae|lung|prostate|colon|ca?ecum|sigmoid|bowel|rectum|bladder|kidney|thyroid|ovary|cervix|stomach|o?esophagus|pancreas';

// Adjectives a fracture phrase may carry between an acuity word and the fracture noun; a list of levels between does not
// count ("chronic T11, T12 and L1 osteoporotic wedge fractures"), nor a level's gloss in brackets ("new D7 (T7) wedge fracture"),
// nor the acuity's own gloss ("old (antigua) compression fracture"), nor the fracture's ("new inzakkingsfraktuer (compression
// fracture) of L2").
/** The blood tests a myeloma work-up sends, by name. */
export const MYELOMA_TESTS = String.raw`SPEP|UPEP|serum protein electrophoresis|(?:serum )?free light chains?|SFLC`;

const ACUITY_LOOKAHEAD = String.raw`(?=(?: \([a-z]{2,16}\))?(?:[\s,()-]+(?:(?:[CTLS]|Th|D) ?\d{1,2}|and|&)(?![\w])){0,8}(?:[\s,)-]+[\w%/+&]+){0,4}?[\s()-]+(?:compres?sion|fracture|fx\b|V?CFs?\b|deformit|wedg|collapse|end[- ]?plate|burst|height|ht loss|vertebra|tassement|aixafament|tas(?:ation|are)|aplastamiento|acu[ñn]amiento|achatamento|cedimento|#))`;

/**
 * Regions a pain is placed in and the levels each spans, as radiologists count them (the thoracolumbar
 * junction T11-L2; thirds of the thoracic spine; the lumbar spine in halves that share L3).
 */
export const PAIN_SITES: { pattern: string; from: Level; to: Level }[] = [
  { pattern: String.raw`(?:thoraco-?lumbar|dorso-?lumbar|TL) (?:junction|jxn|jn|region)`, from: 'T11', to: 'L2' },
  { pattern: String.raw`upper lumbar`, from: 'L1', to: 'L3' },
  { pattern: String.raw`(?:lower|low) lumbar`, from: 'L3', to: 'L5' },
  { pattern: String.raw`upper thoracic|upper T-spine`, from: 'T1', to: 'T4' },
  { pattern: String.raw`mid[- ]?thoracic|mid T-spine|interscapular`, from: 'T5', to: 'T8' },
  { pattern: String.raw`(?:lower|low) thoracic|lower T-spine`, from: 'T9', to: 'T12' },
];

/** Body sites whose pain is not a vertebral fracture's. */
/**
 * A time a few weeks back at most: "last wk", "yesterday", "3 weeks ago", "about 2 weeks ago", "1/52 ago", "2/52 back" (a fracture
 * diagnosed six or eight weeks ago is a known one, whose worsening the labels route as such).
 */
const RECENTLY = String.raw`(?:last (?:wk|week)|this (?:week|month)|yesterday|today|(?:(?:about |approximately |around |~)?(?:\d{1,2} (?:days?|d)|(?:[1-4]|one|two|three|four|a few) (?:days?|d|wks?|weeks?)|[1-4]\/52|\d\/7)) (?:ago|back))`;
/** What ends a dated study named before its findings: a label's colon or a verb of showing (levels.ts reads it too). */
export const DATED_LABEL_END = String.raw`:|,? (?:shows?|showed|demonstrates?|demonstrated|reveals?|revealed)\b`;
/** A study that finds a fracture. */
const STUDY = String.raw`(?:MRI|MR|CT|PET(?:-CT)?|XR|x-?rays?|films?|radiographs?|scan|VFA|DXA|DEXA|bx|biopsy)`;
const OTHER_SITE = String.raw`(?:(?:right|left|R|L) )?(?:lat(?:eral)? )?(?:groin|hip|wrist|knee|shoulder|chest(?: wall)?|abdo(?:minal)?|rib|ankle|foot|hand|elbow|heel|calf|thigh|epigastric|(?:upper|lower) quadrant|RUQ|LUQ|RLQ|LLQ|flank|loin|pelvic|neck|arm|leg|jaw|breast|stern(?:um|al)|kidney(?: stone)?|renal|ureteric)`;

/** The target rules as written, with slots ({FRACTURE}, {VERTEBRA}, {MOD}, {LEVEL}: see slots.ts). */
const RULES: Concept[] = [
  // A red flag in the words of a history: "He has lost about 6 kg over two months", "pain that wakes him at
  // night".
  {
    id: 'weight-loss',
    category: null,
    patterns: [
      // An amount lost: "lost 5 kg", and with "weight" before it: "he lost weight about 6 kg in last 2 months", "He has
      // lost weight, about 7 kg in 3 months".
      String.raw`lost (?:(?:some |his |her )?weight,? (?:of )?)?(?:about |approximately |around |nearly |~)?\d+(?:\.\d)? ?(?:kg|kilos?|lbs?|pounds)`,
      // ... and in British stones, or unmeasured but unmeant: "She has lost about half a stone without trying", "has lost
      // weight without trying".
      String.raw`lost (?:about |approximately |around |nearly |over |more than )?(?:half a|a|one|two|three|\d+(?:\.\d)?) ?(?:stones?|st)\b|lost (?:some |a lot of |a little )?weight(?= without (?:trying|dieting|meaning to)| unintentionally)`,
      // A second language's present tense: "Pt. lose weight 5 kg in 2 month".
      String.raw`lose weight \d+(?:[.,]\d)? ?(?:kg|kilos?|lbs?)`,
      // "loss of weight of around 5 kg in last 2 months", "loss of 5 kg in the last 2 months".
      String.raw`loss of (?:body )?weight|loss of (?:about |approximately |around |nearly |~)?\d+(?:\.\d)? ?(?:kg|kilos?|lbs?|pounds)`,
    ],
  },
  {
    id: 'night-pain',
    category: null,
    patterns: [
      String.raw`wak(?:es|ing|e) (?:him|her|them|the patient)(?: up)? (?:at night|from sleep)`,
      // Waking with the pain: "has been waking at night with a nagging backache".
      String.raw`(?:wak(?:es|ing|e)|woken) (?:up )?(?:at night|from sleep) (?:with|from|because of|due to) (?:a |an |the |his |her )?(?:[a-z]+ ){0,2}(?:pain|ache|backache)`,
      // "pain ... worse at night and wakes her", "worse at night, waking him": said of the pain before it.
      // ... "pain that now keeps her awake at night"; "The pain is more in the night".
      String.raw`keeps (?:him|her|them|me) (?:awake|up) (?:at night|all night)(?<=\b(?:pain|ache|aching|LB[PA])\b[^.;\n]{0,40}keeps \w+ (?:awake|up) (?:at|all) night)`,
      String.raw`(?:worse|more|increasing|increases) (?:at|in the) night(?: ?time)?(?<=\b(?:pain|ache|aching|LB[PA])\b[^.;\n]{0,40}\w+ (?:at|in the) night(?: ?time)?)(?: and (?:wakes|waking) (?:him|her|them)(?: up)?)?|(?:pain|ache) (?:that |which )?wakes (?:him|her|them)(?: up)?`,
    ],
  },
  // Plain films only: no MRI yet ("So far she has had plain films only").
  {
    id: 'further-imaging',
    category: null,
    assertion: 'negated',
    // ... "XR only so far".
    patterns: [
      String.raw`(?:plain films|radiographs|x-?rays?|XRs?) only|only (?:plain films|radiographs|x-?rays?|XRs?)`,
    ],
  },
  // An MRI's signs of a tumour said absent in other words: "posterior cortex flat, pedicles spared", "no pedicle
  // or soft-tissue involvement", "no pedicle/soft-tissue involvement".
  {
    id: 'malignant-mri-feature',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`pedicles?(?: and posterior elements)? (?:are |is |were )?spared|pedicles?(?: (?:or|and|nor) | ?\/ ?)(?:paraspinal |paravertebral |epidural )?soft[- ]tissue (?:abnormalit(?:y|ies)|involvement|lesions?|component)|posterior (?:vertebral )?(?:cortex|wall) (?:is )?(?:flat|straight|concave)`,
    ],
  },
  {
    id: 'malignant-mri-feature',
    category: null,
    patterns: [String.raw`(?:pedicle|soft[- ]tissue)(?: (?:or|and) | ?\/ ?)(?:pedicle|soft[- ]tissue) involvement`],
  },
  // A lesion beneath a fracture named without its kind: "an underlying lesion cannot be excluded".
  // Only as a doubt the report cannot resolve: "r/o underlying lesion" is an order's purpose.
  {
    id: 'tumour',
    category: null,
    patterns: [
      String.raw`underlying (?:pathologic(?:al)? |malignant |neoplastic )?(?:lesion|neoplasm|process)(?=[^.;\n]{0,20}\b(?:cannot|can't|not) (?:be )?(?:excluded|ruled out))`,
    ],
  },
  // A known fracture said to be neither better nor worse: "Pain stable, neither better nor worse", "not worse",
  // "the pain has not worsened", "with the same intensity since 2019, without worsening".
  {
    id: 'worsening',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`neither better nor worse|(?:not|no) (?:any |more )?(?:getting )?worse|(?:has|have|had) not (?:worsened|progressed|got(?:ten)? worse)|without (?:any )?(?:worsening|progression)`,
    ],
  },
  // A collapse measured twice is a fracture getting worse (before the page's "collapse"): "serial films show collapse from
  // 25% to 50%".
  {
    id: 'worsening',
    category: null,
    patterns: [String.raw`collapse (?:further )?from {PERCENT_RISE}`],
  },
  // A sore joint is another site's pain (before the page's "sore"): "his main complaint is a sore right knee".
  // ... and so is a pain placed there: "all her pain is in the operated hip", "her pain is confined to the left hip".
  {
    id: 'pain-elsewhere',
    category: null,
    patterns: [
      String.raw`sore ${OTHER_SITE}`,
      // "Her knees ache from the arthritis".
      String.raw`${OTHER_SITE}s? (?:ache|aches|aching|hurt|hurts)`,
      // "a knee replacement for osteoarthritis, which is his only source of pain".
      String.raw`pain(?<=\b(?:only|sole|main) source of pain)(?<=${OTHER_SITE}\b[^.;]{0,80})`,
      // ... or with no preposition, in shorthand: "his pain is all L chest wall".
      // ... or its place said straight after it: "Pain confined to R lat chest wall over the rib #s".
      String.raw`pain(?= (?:is (?:all |only |mainly )?(?:(?:in|at|from|(?:confined|limited|restricted|locali[sz]ed) to) )?|(?:confined|limited|restricted|locali[sz]ed) to )(?:the |her |his )?(?:operated |fractured |replaced )?${OTHER_SITE}\b)`,
      // The pain an earlier, dated treatment was for: "Vertebroplasty Th12 was done 2024-02 for a painful fracture".
      String.raw`painful(?<=(?:plasty|\bVP|\bKP|fusion|fixation)\b[^.;\n]{0,40}\b(?:19|20)\d\d\b[^.;\n]{0,12}\bfor (?:an?|the|her|his) painful)`,
      // ... the date after it: "a kyphoplasty at L3 for a painful fracture in October 2021".
      String.raw`painful(?<=(?:plasty|\bVP|\bKP|fusion|fixation)\b[^.;\n]{0,40}\bfor (?:an?|the|her|his) painful)(?= [^.;\n]{0,30}\b(?:19|20)\d\d\b)`,
      // ... or a treatment said to be behind: "follow-up films after kyphoplasty of a painful T8 fracture".
      String.raw`painful(?<=\b(?:after|following|since|post|s\/p) (?:(?:balloon|percutaneous) )?(?:kypho|vertebro)plasty (?:of|for) (?:an?|the|her|his) painful)`,
    ],
  },
  // A drug class, not the disease (before the page's "osteoporosis"): "not on any osteoporosis medication", "she was
  // not taking medicine for osteoporosis".
  {
    id: 'bone-therapy',
    category: null,
    patterns: [
      String.raw`osteoporosis (?:medications?|meds|treatment|therapy|drugs?)|(?:medications?|medicines?|meds|treatment|therapy|drugs?) for osteoporosis`,
    ],
  },
  // A limb joint's fusion is no spine operation (read before the page's "fusion"): "Left metatarsophalangeal joint
  // fusion 2018", "triple arthrodesis", "wrist fusion".
  {
    id: 'joint-fusion',
    category: null,
    patterns: [
      String.raw`(?:(?:first |1st |great toe |big toe )?(?:metatarsophalangeal|MTP|MTPJ|interphalangeal|IP|PIP|DIP|subtalar|talonavicular|ankle|wrist|knee|thumb|toe|finger|hallux|triple|midfoot|hindfoot|carpal|CMC)(?: joint)?) (?:fusion|arthrodesis)`,
    ],
  },
  // A test for the disease names no disease (before the page's "osteoporosis"): "No known osteoporosis testing".
  {
    id: 'other-study',
    category: null,
    patterns: [String.raw`osteoporosis (?:testing|screening|work-?up|evaluation|assessment|test)`],
  },
  // A device labelled by the scanner it tolerates is no MRI (before the study's "MRI"): "a non-MRI-conditional pacemaker".
  {
    id: 'device-label',
    category: null,
    patterns: [String.raw`(?:non-)?MRI[- ](?:conditional|compatible|safe|unsafe)`],
  },
  // A measure that has fallen is no fall (before the page's "fallen"): "the anterior height of Th12 has fallen from 75% to
  // 50%", "haemoglobin has fallen to 9".
  {
    id: 'measure-change',
    category: null,
    patterns: [String.raw`fallen(?= (?:from|to|by) (?:about |approximately |~)?\d)`],
  },
  // A fracture's kind before its "#", as one finding (before the page's "osteoporotic" and "OP", which would take
  // the place and cut the treated level's link to its fracture): "Vertebroplasty to T12 and L1 for osteoporotic #s".
  {
    id: 'osteoporotic-fracture',
    category: 'fracture',
    // ... its shape between: "for L1 osteoporotic burst #".
    patterns: [String.raw`(?:osteoporotic|OP|insufficiency|fragility) (?:(?:burst|crush|wedge|compression) )?#s?`],
  },
  // A shape before the "#": "fresh T12 crush #", "T12 + L1 burst #s"; a burst's collapse: "osteoporotic T12 burst-type
  // collapse".
  {
    id: 'compression-fracture',
    category: 'fracture',
    // ... and "comp" for compression: "T12 + L1 comp fxs".
    patterns: [String.raw`(?:crush|wedge|compression|end ?plate) #s?|comp\.? (?:fxs?|fractures?|#s?)`],
  },
  {
    id: 'injury-fracture',
    category: 'fracture',
    patterns: [String.raw`burst(?:[- ]type)? (?:#s?|collapse)`],
  },
  // ... and a form's label for one: "New #: T12, acute".
  {
    id: 'fracture',
    category: 'fracture',
    // ... or the cause after it: "Pathological T10 and T12 #s from myeloma".
    patterns: [
      String.raw`#s?(?=:)(?<=\b(?:new|acute|recent|fresh|old|vertebral|spinal|OP|osteoporotic) #s?)|#s?(?= (?:from|due to|secondary to|confirmed)\b)`,
      // ... or straight after its level: "old healed T12 # unchanged".
      String.raw`#(?<=\b(?:[CTLD]\d{1,2}|Th\d{1,2}) #)(?![\w#])`,
    ],
  },
  // A deficit marked absent or named as an abnormality, before the page's "neurological deficit": "Neurological deficit
  // (-)", "Neuro (-)", "No neurologic abnormality".
  {
    id: 'neuro-intact',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`neuro(?:logic(?:al)?)?(?: (?:deficits?|exam(?:ination)?|status|signs?))? \((?:-|−|neg(?:ative)?)\)`,
      // ... or marked null before it, a list's last item: "Ø Ca, Ø neuro."
      String.raw`neuro(?=\s*(?:[.,;|]|$))(?<=(?:Ø|nil) ?neuro)`,
    ],
  },
  {
    id: 'neuro-deficit',
    category: null,
    // ... and an exam said not to be intact: "She is not neurologically intact: new numbness in both legs".
    patterns: [String.raw`neuro(?:logic(?:al)?)? (?:abnormalit(?:y|ies)|deviations?)|not neuro(?:logically)? intact`],
  },
  // One level's quiet, not the patient's (before the page's "asymptomatic"): "fusion for a T6 fracture, stable,
  // asymptomatic at that level", "Prior L1 kyphoplasty, asymptomatic".
  {
    id: 'pain-free',
    category: null,
    patterns: [
      String.raw`asymptomatic at (?:that|this|the|those|these|each|both|[CTL]\d{1,2})(?: (?:treated |fused |operated |instrumented )?(?:levels?|sites?|segments?))?`,
      // ... or said of a treatment in a list: "2. Prior L1 kyphoplasty, asymptomatic."
      String.raw`asymptomatic(?<=(?:plasty|fusion|cement|VP|KP|level|levels),? asymptomatic)`,
      // ... or of a level as its subject: "No new fracture anywhere; L3 is asymptomatic".
      String.raw`asymptomatic(?<=\b(?:[CTL]\d{1,2}|level) (?:is|was|remains|remained|has been|has remained) (?:clinically )?asymptomatic)`,
    ],
  },
  // Case-only phrases first that start where a page word does ("malignant", "lumbar spine"): where two hits
  // start at one place the earlier rule is read. An MRI's features not suspicious: "no suspicious features",
  // "no malignant features", "OP pattern"; a spine operation by its region: "hx lumbar spine surgery".
  {
    id: 'malignant-mri-feature',
    category: null,
    patterns: [
      String.raw`(?:suspicious|malignant|worrisome|aggressive|sinister|concerning) (?:MRI |marrow )?features`,
      // ... and shorthand's "no malig features", read from "features" so that "malig" stays a cancer word denied too.
      String.raw`features(?<=\bmalig\.? features)`,
    ],
  },
  // Features that say benign: "OP pattern", "posterior margins straight" ("benign pattern" is the cancer rule's,
  // which denies both).
  {
    id: 'malignant-mri-feature',
    category: null,
    assertion: 'negated',
    patterns: [
      // ... or nothing malignant seen on it: "There was nothing on the scan to suggest cancer".
      String.raw`nothing on (?:the |your |her |his )?(?:scan|MRI|images|study) to suggest`,
      // ... shorthand's "post wall intact", a Spanish-schooled "posterior wall conserved", and a report's "benign in
      // appearance", a British "appearances benign".
      String.raw`OP pattern|signs? of benignity|post(?:erior|\.)? (?:margins?|cortex|wall) (?:is |are )?(?:straight|concave|not convex|not bowed|intact|preserved|conserved)|benign in (?:appearance|character)|appearances? (?:are |is )?benign\b|(?:straight|concave) post(?:erior)? (?:margins?|cortex|wall)`,
      // A mass denied on the MRI of the fracture: "MRI: L1 edema, no mass".
      String.raw`mass(?<=(?:MRI|STIR|o?edema)[^.;\n]{0,40}\bno mass)`,
      // In plain words: "nothing sinister", "nothing suspicious", "a benign osteoporotic appearance".
      String.raw`nothing (?:sinister|suspicious)|benign (?:osteoporotic |OP )(?:appearance|pattern)`,
      // "no features of mets" (the cancer word after it stays a denied cancer of its own), "no features to suggest a
      // pathologic lesion".
      String.raw`features(?<=\b(?:no|without) features)(?= (?:of|suggesting|to suggest) (?:an? )?(?:mets|metasta|malignan|tumou?r|marrow[- ]replac|neoplas|pathologic(?:al)? (?:lesion|process|fracture)))`,
    ],
  },
  // A study's features named by what they would show, the cancer word after them still a hit of its own: "no
  // features of malignancy" denies both the cancer and the malignant features; "benign features only".
  {
    id: 'malignant-mri-feature',
    category: null,
    patterns: [
      // ... said the other way round: "no tumour signs", "no malignancy findings".
      String.raw`(?:tumou?r|malignan(?:t|cy)|metastatic) (?:signs|features|findings)`,
      // ... or of a lesion under the fracture: "no features to suggest an underlying lesion", "no features to suggest
      // anything sinister".
      String.raw`(?:features?|findings?|signs?)(?= (?:of|to suggest|suggestive of|suspicious (?:of|for)) (?:an? )?(?:malignancy|malignity|tumou?r|neoplasm|metasta\w+|malignant|underlying (?:lesion|mass|deposit)|patholog(?:ic|ical) fracture|anything (?:sinister|malignant|nasty)))`,
    ],
  },
  {
    id: 'malignant-mri-feature',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`(?:features?|appearances?|appearing|pattern)(?<=benign \w+)`,
      // ... and said of them after: "signal pattern reported as benign", "the appearances are benign".
      String.raw`benign(?<=(?:pattern|signal|appearances?|features?|morphology) (?:(?:is|are|was|were|reported|described|considered|thought|felt) )+(?:as |to be )?benign)`,
      // "An MRI last month showed nothing to suggest a tumour".
      String.raw`nothing(?= to suggest (?:an? )?(?:malignancy|tumou?r|neoplasm|metasta\w+))`,
    ],
  },
  // Soft tissue beside the spine named without its noun, only where it is denied ("no epidural or paravertebral
  // soft tissue"): said to be there, it is as often an abscess's.
  {
    id: 'malignant-mri-feature',
    category: null,
    patterns: [
      String.raw`(?:epidural|paraspinal|paravertebral)(?<=\b(?:no|without|nor) \w+)(?: (?:or|and|\/) (?:epidural|paraspinal|paravertebral))? soft[- ]tissue(?! (?:mass|tumou?r|extension|component))`,
    ],
  },
  // Shorthand the page does not show: "convex post. cortex".
  // ... and the cortex named first: "the posterior wall is convex".
  {
    id: 'malignant-mri-feature',
    category: null,
    patterns: [
      String.raw`convex post\.? (?:cortex|wall|border)`,
      // ... or its level between: "posterior wall of L3 convex".
      String.raw`posterior (?:vertebral )?(?:margins?|cortex|wall|border)(?: of [CTLSD]\d{1,2})? (?:is |are |was )?(?:convex|bowed|bulging)`,
    ],
  },
  // Tumour placed in a pedicle, read from the pedicle back (the tumour stays a hit of its own): "tumour extending
  // into both pedicles", "tumour in body + pedicle".
  {
    id: 'malignant-mri-feature',
    category: null,
    patterns: [
      String.raw`pedicles?(?<=(?:tumou?r|lesion|disease|metastas[ie]s|mets|infiltration) (?:in|into|involving|within|extending into) (?:the )?(?:(?:vertebral )?body (?:\+|and|&) )?(?:(?:both|right|left|R|L) )?pedicles?)`,
    ],
  },
  {
    id: 'spine-surgery',
    category: null,
    patterns: [String.raw`(?:lumbar|thoracic|cervical) spin(?:e|al) (?:surger(?:y|ies)|operations?)`],
  },
  // Traps first: words that look like a fracture but are not one.
  {
    id: 'disc-height',
    category: null,
    silent: true,
    patterns: [
      // "disc height loss", "disc ht loss", "disc desiccation and height loss" (shorthand's "Disc desiccation + ht
      // loss"), "disc space narrowing", "disc collapse", and with the height masked: "degenerative disc XXXX loss".
      String.raw`(?:intervertebral )?dis[ck](?: space)? (?:(?:(?:desiccation|degeneration) (?:and|\+|&|w\/|with) )?(?:height|ht|XXXX)(?: loss)?|narrowing|collapse)`,
      String.raw`(?:loss|narrowing|decrease) of (?:the )?(?:intervertebral )?dis[ck](?: space)? height|(?:decreased|reduced|decrease of|reduction of|loss of) (?:the )?height of (?:the )?(?:intervertebral )?dis[ck]s?`,
      String.raw`collapse of the (?:intervertebral )?dis[ck](?: space)?`,
      String.raw`collapsed (?:intervertebral )?dis[ck](?: space)?`,
      // A height lost at a disc's level, two levels written with a slash ("loss of height at L4/5"), or in the discs
      // named after it ("the loss of height is in the L4/5 and L5/S1 discs").
      String.raw`(?:loss of height|height loss)(?= (?:at|of|in) (?:the )?[CTL]\d{1,2}\/(?:[CTLS]\d{1,2}|\d{1,2})\b(?! vertebra| bod))`,
      // ... "the height loss is of the L4-L5 intervertebral disc".
      String.raw`(?:loss of height|height loss)(?= (?:is |was )?(?:at|of|in) (?:the )?(?:[CTL]\d{1,2}[/-](?:[CTLS]\d{1,2}|\d{1,2}),? (?:and )?)+(?:intervertebral )?dis[ck]s?\b)`,
    ],
  },
  // Cement that has leaked out of the body it filled treats nothing at the level it lies by: "a small focus of cement in
  // the paravertebral venous plexus at T10-T11", "cement leak into the L1-L2 disc".
  {
    id: 'cement-leak',
    category: null,
    silent: true,
    patterns: [
      String.raw`(?:bone )?cement (?:leak(?:age)?|extravasation|embol(?:us|i|ism))`,
      String.raw`(?:bone )?cement(?= (?:in|within|into|along) (?:the )?(?:[\w-]+ ){0,3}(?:venous|veins?|plexus|dis[ck]s?|dis[ck] space|epidural|foramen|canal|paravertebral|prevertebral|soft tissues?|vena cava|IVC)\b)`,
    ],
  },
  // Both ages offered is neither ("we cannot say if they are old or new"): the words date nothing.
  {
    id: 'either-age',
    category: null,
    silent: true,
    patterns: [
      String.raw`(?:old or new|new or old|old or recent|recent or old|acute or chronic|chronic or acute|acute or old|old or acute)`,
    ],
  },
  // The name of a DXA study ("with vertebral fracture assessment"), and a fracture risk, are not findings.
  {
    id: 'other-wedge',
    category: null,
    silent: true,
    patterns: [
      String.raw`vertebral fracture assessment`,
      String.raw`(?:(?:major )?(?:osteoporotic|hip|vertebral|fragility) )?fracture (?:risk|probability|prevention)`,
      // A place or a team, not a finding: "seen in fracture clinic", "fracture liaison service", "(fracture-liaison screening)".
      String.raw`fracture[- ](?:clinic|liaison|service)`,
      // ... and a procedure's clinic: "IR nurse triage for the vertebroplasty clinic".
      String.raw`(?:vertebroplasty|kyphoplasty|augmentation|VP|KP) (?:clinic|service|team)`,
      // A kind, not a finding: "this kind of fracture can be a sign of weak bones".
      String.raw`(?:this|that|these|such) (?:kinds?|types?|sorts?) of fractures?`,
      String.raw`(?:risk|probability|likelihood|chance) of (?:a |an )?(?:new |further |future |subsequent )?(?:(?:major )?(?:osteoporotic|hip|vertebral|fragility) )?fractures?`,
      // A FRAX line: "major osteoporotic fracture 18%, hip fracture 4%".
      String.raw`(?:major osteoporotic|MOF|hip) fractures?(?=:? (?:is )?\d{1,2}(?:\.\d)? ?%)`,
      // Screening for a disease is not the disease: "cancer screening is up to date".
      String.raw`(?:cancer|malignancy) (?:screening|screen|risk|prevention)`,
    ],
  },
  // Bodies that fused by themselves (degeneration, a congenital block) are no operation.
  {
    id: 'hardware-failure',
    category: null,
    silent: true,
    patterns: [
      String.raw`fused spontaneously|spontaneously fused|(?:congenital(?:ly)?|spontaneous(?:ly)?|auto)[- ]?fus(?:ed|ion)|block vertebra(?:e|l bod(?:y|ies))?`,
    ],
  },
  // Broken hardware is not a broken bone.
  {
    id: 'hardware-failure',
    category: null,
    silent: true,
    patterns: [
      String.raw`(?:re)?fractured (?:internal )?(?:fixation )?(?:plates?|screws?|rods?|hardware|cages?|spacers?|implants?|wires?)`,
      String.raw`(?:plates?|screws?|rods?|hardware|cages?|spacers?|implants?|wires?) (?:fractures?|breakage)`,
      // "The right rod appears fractured at the T8-T9 level", "Fracture of the right fusion rod".
      String.raw`(?:plates?|screws?|rods?|hardware|cages?) (?:appears? |is |are |was |were )?(?:fractured|broken)|fracture of (?:the )?(?:(?:right|left|R|L) )?(?:fusion )?(?:rod|screw|plate|cage)s?`,
    ],
  },
  // A fracture of a vertebra's processes, of the dens or of the sacrum and pelvis is no fracture of a
  // vertebral body: "transverse process fractures of L2 and L3", "sacral insufficiency fracture".
  // Highlighted as fracture words, never counted as a vertebral compression fracture.
  {
    id: 'non-body-fracture',
    category: 'fracture',
    patterns: [
      String.raw`(?:(?:transverse|spinous|articular) process(?:es)?|pars(?: interarticularis)?|lamina[re]?|facet|odontoid|dens|posterior element|sacral|sacrum|coccyx|coccygeal|pelvic|pubic|femoral|acetabular|supra-?acetabular|parasymphyseal|calcaneal|tibial) (?:(?:avulsion|insufficiency|stress|fragility|tip|type I{1,3}) )?{FRACTURE}`,
      // ... and with its level: "Horizontal fracture through the L1 spinous process".
      String.raw`{FRACTURE} (?:of|through|involving) the (?:(?:left|right|bilateral|base of the|tip of the) )?(?:{LEVEL} )?(?:(?:transverse|spinous|articular) process(?:es)?|pars(?: interarticularis)?|laminae?|odontoid|dens|sacrum|coccyx)`,
    ],
  },
  // A deformity in a second language's word: "wedge-shaped deformation of Th7 and Th8"
  // (before the wedge trap below, which would take "wedge-shaped" at the same place).
  {
    id: 'deformity',
    category: 'fracture',
    patterns: [
      // ... and Chinese English's "change" (楔形变): "T7 and T9 vertebral bodies wedge-shaped change".
      String.raw`(?:wedge(?:-shaped)? |compression )deformations?|wedge[- ]shaped changes?(?<=(?:vertebra\w*|bod(?:y|ies)|{LEVEL}) wedge[- ]shaped changes?)`,
      // ... and the vertebra itself called wedge-shaped, its level after: "his CT colonography mentioned a wedge-shaped T12".
      String.raw`wedge[- ]shaped(?= {LEVEL}\b)`,
    ],
  },
  // A wedge that is not a vertebra: a lung opacity's shape, a cut in an operation on a spinal curve.
  {
    id: 'other-wedge',
    category: null,
    silent: true,
    patterns: [
      String.raw`wedge[- ]shaped`,
      String.raw`(?:closing|opening)[- ]wedge(?: osteotom(?:y|ies))?`,
      String.raw`wedge (?:osteotom(?:y|ies)|resections?|excisions?|biops(?:y|ies))`,
    ],
  },
  // Where new pain sits: at the level treated before, or away from it (before the
  // augmentation words, which would take "cemented" alone).
  // Where a pain is, named by region rather than level: "pain at the thoracolumbar junction", "upper lumbar
  // pain". Read by the case extractor only, against the levels treated before (PAIN_SITES below).
  // A region of the spine, so a fracture named with it is vertebral ("a fracture at the TL junction").
  { id: 'pain-site', category: null, anchor: 'vertebral', patterns: PAIN_SITES.map((site) => site.pattern) },
  {
    id: 'beside-treated-level',
    category: null,
    patterns: [
      String.raw`(?:above|below|adjacent to|next to) (?:the )?(?:prior |previously |earlier )?(?:cemented|treated|augmented|operated|fused|vertebroplasty|kyphoplasty) (?:levels?|vertebra\w*|bod(?:y|ies)|segments?)`,
      // "just above those levels", said of the levels treated before.
      String.raw`(?:(?:just|immediately|directly) )?(?:above|below|adjacent to|next to) (?:(?:the )?(?:fusion|construct|instrumentation|cement|scar)|th(?:ose|ese) levels|that level|them)`,
      // Said after a pain word: "new pain one level below", "pain at the adjacent level".
      String.raw`(?:one |two |a |the )?levels? (?:above|below)|adjacent (?:levels?|segments?)`,
    ],
  },
  {
    id: 'treated-level',
    category: null,
    patterns: [
      // ... and by the operation's name: "at the operation level again back pain".
      String.raw`(?:cemented|treated|augmented|operated|fused|instrumented|operation|operative|surgery|surgical) (?:levels?|vertebrae?|bod(?:y|ies)|segments?|region|area|site)`,
      // The fracture a treatment was for, named back: "the pain at the level of that fracture has returned" (after "a T11 to
      // L1 stabilisation for a T12 crush fracture"); "the level of the fracture" alone may be a new one's.
      String.raw`(?:the )?level of (?:that|this|the (?:old|original|previous|prior|treated|operated|fused|cemented)) fracture`,
      // ... and in the other order: "worsening pain exactly at the old fracture level" (after a fusion for it).
      String.raw`(?:the )?(?:old|original|previous|prior) fracture level`,
      // ... "the 'same old spot' in his low back", a second language's "pain again in the same zone of the arthrodesis".
      // ... "recurrent low back pain over that same vertebra".
      String.raw`same (?:(?:two|three|\d) |old )?(?:levels?|region|area|zone|site|spot|place|vertebra|vertebral body)`,
      // "pain centred on exactly that level" (after a treatment named before).
      // ... "the pain has come back at exactly that spot".
      String.raw`(?:centred|centered|focused|localised|localized) (?:on|at|over) (?:exactly |precisely )?that level|(?:at|over|in) (?:exactly|precisely) that (?:level|spot|site|place|vertebra)`,
      // "she points exactly to the L1 procedure site".
      // ... "she localises it precisely to the old treatment site", "tender over the cement-filled level".
      String.raw`(?:procedure|surgical|operation|operative|op|treatment) site|(?:spot|site|place) where the needles? went in|cement-filled (?:levels?|vertebrae?|bod(?:y|ies))`,
      String.raw`(?:the )?(?:level|height) of the (?:(?:old|previous|prior|earlier) )?(?:fusion|construct|cement|kyphoplasty|vertebroplasty|operation|surgery|procedure|metalwork|hardware|instrumentation|screws|rods)`,
      // "Back pain at the site of prior kyphoplasty", "upper back pain at the site of his prior thoracic fusion".
      String.raw`(?:the )?(?:site|level) of (?:the |her |his |that |this )?(?:(?:old|previous|prior|earlier) )?(?:(?:thoracic|lumbar|cervical|spinal) )?(?:fusion|cement(?:ation)?|kyphoplasty|vertebroplasty|augmentation|VP|KP|operation|surgery|procedure)`,
      // "pain exactly where they put the cement".
      String.raw`where (?:they|we|you|the (?:surgeons?|doctors?)) operated|where (?:they|we|you|the (?:surgeons?|radiologists?|doctors?)) (?:put|placed|injected) (?:in )?the cement|where the (?:cement|construct|hardware|metalwork|screws|rods|fusion) (?:is|are|was|were|went)`,
      // "pain right at the lower end of his construct", "increasing pain in region of stabilisation".
      String.raw`(?:at|over|around|centred on|centered on|locali[sz]ed to|in (?:the )?region of|in (?:the )?area of) (?:(?:the )?(?:(?:upper |lower |top |bottom |cranial |caudal )?end|top|bottom) of )?(?:(?:the|his|her) )?(?:old |previous |prior )?(?:construct|fusion|instrumentation|hardware|arthrodesis|stabili[sz]ation|spondylodesis)`,
      // The pain of before come back, after a treatment: "the old ache 'at the bottom of the shoulder blades' has come back".
      String.raw`(?:old|same|previous|original|familiar)(?= (?:pain|ache)\b[^.;\n]{0,60}?\b(?:has |have |had )?(?:come back|returned|recurred)\b)`,
      // "an aching pain right over the scar".
      String.raw`(?:over|at|around|along|in) (?:the |her |his )?(?:(?:surgical|operation|operative|op) )?scar`,
      // "pain deep in the middle of the rods", "an ache between the screws".
      String.raw`(?:in (?:the )?middle of|between|among) (?:the |his |her )?(?:rods|screws|pedicle screws|hardware|metalwork|construct|instrumentation)`,
      String.raw`level (?:that was |which was )?(?:treated|cemented|augmented|fused)(?: (?:before|previously|earlier))?`,
      // "pain exactly in area of the operation".
      String.raw`(?:region|area|place|zone) of (?:the |her |his )?(?:(?:old|previous|prior|earlier) )?(?:operation|surgery|fixation|cement(?:ation)?|kyphoplasty|vertebroplasty|procedure)`,
    ],
  },
  // An exam finding that is no symptom: "non-tender spine" (read before "tender").
  { id: 'not-tender', category: null, silent: true, patterns: [String.raw`non-?tender|not tender`] },
  // Relief is no symptom: "vertebroplasty at L1 in 2023, with good pain relief" (read before "pain").
  {
    id: 'pain-relief',
    category: null,
    silent: true,
    patterns: [String.raw`(?:(?:good|excellent|complete|full|marked|significant) )?pain relief`],
  },
  // The shape of a curve, not a fractured body.
  {
    id: 'curve-deformity',
    category: null,
    silent: true,
    patterns: [
      String.raw`(?:kyphotic|scoliotic|lordotic|rotatory|rotational|kyphoscoliotic|spinal|sagittal|coronal|flatback|flat[- ]back) deformit(?:y|ies)`,
      String.raw`(?:Chiari|Sprengel|Klippel[- ]Feil|Haglund|Madelung)(?: (?:type |I{1,3} |[123] ))?(?:malformation|deformit(?:y|ies))`,
    ],
  },
  {
    id: 'heights-maintained',
    category: 'fracture',
    assertion: 'negated',
    patterns: [
      String.raw`{VERTEBRA} (?:heights?|hts?)(?: and (?:alignment|dis[ck] spaces?|intervertebral dis[ck] spaces?))? (?:(?:is|are|appears?|were|was|remains?) )?(?:(?:well|relatively|otherwise|grossly|essentially) )?{HEIGHTS_KEPT}`,
      String.raw`(?:normal|maintained|preserved) {VERTEBRA} heights?`,
      // ... the levels named in it, as a second language orders it: "heights of Th11 and L1 kept".
      String.raw`heights? of (?:the )?(?:(?:[CTLD]|Th)\d{1,2}(?: bod(?:y|ies))?(?:,? (?:and )?)?){1,4} (?:(?:are|is|were|was) )?(?:kept|{HEIGHTS_KEPT})`,
    ],
  },
  {
    id: 'neuro-intact',
    category: 'neurologic',
    assertion: 'negated',
    patterns: [
      String.raw`neurologically,? (?:he|she|the patient) (?:is|was|remains) (?:grossly )?(?:intact|normal)`,
      // A spinal-cord injury graded none (ASIA E), and continence told as normal: "ASIA E throughout; normal bladder and bowel
      // function".
      String.raw`ASIA (?:grade |impairment scale )?E\b|(?:normal|intact) (?:bladder|bowel)(?: (?:and|&|\/) (?:bladder|bowel))? (?:function|control)`,
      // "Neurologically free, power of both lower limbs 5/5", "He's neurologically fine".
      String.raw`neurologically (?:free|clear|unremarkable|normal|fine|OK|okay)\b`,
      // "Power both lower limbs normal".
      String.raw`(?:power|strength|motor function)(?:(?: and |\/)sensation)? (?:(?:in|of) )?(?:both|the|all|his|her) (?:\w+ ){0,2}(?:limbs|legs|extremities) (?:(?:are|is|were|was) )?(?:normal|intact|full|nl)`,
      String.raw`(?:LL |lower limb )?(?:power|strength)\/sens(?:ation)? (?:nl|normal|intact|ⓝ|NAD)\b`,
      String.raw`no (?:neuro(?:logic(?:al)?)?|leg) (?:c\/o|complaints|symptoms|sx)`,
      String.raw`non-?focal neurologic(?:al)? exam\w*`,
      // "Neuro intact", "neurologically intact" (and its typo "neurologicaly"), "neurology is normal", "neurologic exam
      // non-focal", "neuro screen normal", "Neuro: neg", "Serial neurologic examinations were normal", "Her
      // neurological examination remains normal", and a request form's box: "Neuro: N", "Neuro deficit: nil"; a dash
      // for the colon: "Neurologically - normal".
      String.raw`(?:n(?:eu|ue)ro(?:logic(?:al(?:l?y)?)?|logy|vascularly)?|CNS)(?: exam(?:ination)?s?| screen| deficits?| obs(?:ervations)?)?(?::?\s*| [-–] )(?:(?:is|was|were|remains|remained) )?(?:(?:documented|recorded|reported|noted) (?:as )?)?(?:grossly |essentially )?(?:ⓝ|WNL|intact|normal|nl|ok|non-?focal|within normal limits|unremarkable|NAD|neg(?:ative)?\b|nil|none|nml|N\b|RAS\b)`,
      String.raw`neg(?:ative)? neuro(?:logic(?:al)?)? exam(?:ination)?`,
      // "The neurological objective exam is in the norm".
      String.raw`neuro(?:logic(?:al)?)? (?:objective )?exam(?:ination)? (?:is )?(?:in|within) (?:the )?norm\b`,
      // The Indonesian, Dutch and German words: "Motorik 5/5 both legs, sensorik normal", "sensorik dbn".
      String.raw`motori[ck] 5\/5|sensori[ck] (?:normal|intact|dbn|unauff\w*)`,
      // "no neuro", "nil focal neurology", "no neuro def".
      String.raw`(?:nil|no) (?:focal )?neuro(?:logy| defs?)?(?= *(?:[.;,)]|$))`,
      String.raw`(?:strength|motor|power|force|sensory)(?: and (?:sensation|sensitivity|sensibility))?(?: exam(?:ination)?)?:? (?:(?:are|is|were|was) )?(?:grossly )?(?:normal|intact|full|5\/5|ⓝ)`,
      // ... in a second language's words: "muscle force preserved, sensitivity not disturbed".
      String.raw`muscle (?:force|strength|power) (?:is )?(?:preserved|conserved|normal|full)|(?:sensitivity|sensibility|sensation) (?:is )?(?:not (?:disturbed|altered|impaired)|undisturbed)`,
      // "bowel and bladder function is intact", "bladder/bowel normal".
      String.raw`(?:(?:bowel|bladder)(?: and |\/))?(?:bowel|bladder|sphincter) (?:(?:function|control) )?(?:is |are |was |were )?(?:intact|normal|preserved|unaffected)`,
      // "lower limb power, sensation and reflexes are normal", "Power, sensation and reflexes fine", "strength, sensation and
      // reflexes remain normal".
      String.raw`(?:power|strength)(?:, (?:sensation|reflexes|tone))*,? and (?:sensation|feeling|reflexes|tone|continence)(?: (?:in|of) (?:the |both |his |her )?(?:lower )?(?:legs|limbs|extremities))? (?:(?:are|were|remain|remained) )?(?:all |completely |entirely )?(?:normal|intact|fine)`,
      // "strength and sensitivity in lower extremities are preserved" (a second language's "sensitivity"); a Spanish-schooled
      // "Strength and sensibility of pelvic members conserved" (miembros pélvicos, the legs).
      String.raw`(?:strength|power|force) and (?:sensitivity|sensibility|sensation) (?:in|of) (?:the )?(?:lower extremities|lower limbs|legs|pelvic members|inferior members) (?:are |is )?(?:preserved|conserved|normal|intact)`,
      // "Force of the inferior members conserved 5/5", "Force 5/5 in the two legs", "legs are not weak".
      String.raw`(?:force|strength|power) of (?:the )?(?:inferior members|lower limbs|legs) (?:is |are )?(?:conserved|preserved)`,
      String.raw`(?:force|strength|power) 5\/5 (?:in|at|of) (?:the |both |all )?(?:two |2 |four |4 )?(?:legs|lower limbs|limbs|members|inferior members|lower extremities)`,
      String.raw`(?:legs?|lower limbs?) (?:are |is |were |was )?not weak`,
      // "lower limbs with full strength", "force of lower limbs 5/5", "Neurologically no findings".
      String.raw`(?:lower limbs|lower extremities|legs) with (?:full|normal|preserved) (?:strength|power|force)|(?:force|power|strength) of (?:the |both )?(?:lower limbs?|lower extremit(?:y|ies)|legs?) (?:is |are )?(?:5\/5|normal|full|preserved)|neurologically,? (?:no|without) (?:findings|pathology|abnormalit(?:y|ies)|remarks|laterali[sz]ation)`,
      // A Russian-schooled "strength in legs 5 balls" (a "ball" is a point of the grade).
      String.raw`(?:motor )?(?:strength|power|force)(?: (?:in|of) (?:the |both )?(?:legs|lower limbs|lower extremities))? 5 balls?`,
      // A Russian-schooled "Neurologically focal no", "Neurologist: without focal", "Neurologically without deficit".
      String.raw`neurolog(?:ically|ist|ical(?: status)?):? (?:focal no|without (?:focal|deficits?)(?: (?:symptoms|signs|deficits?|pathology))?)`,
      // ... and a Spanish-schooled "Neurologically conserved".
      String.raw`neurologically (?:conserved|preserved)`,
      // "Neurological status: no pathology", "Neurological status orderly" (Croatian's "uredan").
      String.raw`neurolog(?:ical|ic) status:? (?:no pathology|without (?:pathology|deficits?|remarks)|orderly|normal|intact)`,
      // ... and French's order: "Examen neurologique normal"; an Italian "Neurological objectivity negative".
      String.raw`examen neurologique (?:normal|sans particularit[ée])|neurological objectivity (?:negative|normal)`,
      // "Legs: full strength, intact sensation", "full strength in all four limbs", "MRC 5/5 LL".
      String.raw`(?:legs|lower limbs|LL|lower extremities): (?:full|normal) (?:strength|power)|full (?:strength|power) in all (?:four |4 )?(?:limbs|extremities)|full (?:lower[- ]limb|leg|LL) (?:strength|power)|MRC 5\/5 (?:LL|BLE|lower limbs|legs|throughout|bilat\w*)`,
      // ... the tone first too: "Normal tone, power and sensation in both legs".
      // ... and a second language's "sensibility": "Normal strength and sensibility in the legs"; "full power and feeling in
      // both legs".
      String.raw`(?:normal|full|intact) (?:(?:tone|bulk),? (?:and )?)?(?:power|strength)(?:,? (?:and )?(?:normal )?(?:sensation|sensibility|sensitivity|feeling|reflexes|tone))* (?:in|of) (?:the |both |his |her )?(?:lower )?(?:legs|limbs|extremities)`,
      String.raw`(?:rectal|anal|sphincter|PR) tone (?:is |was )?(?:normal|intact|good|preserved|ⓝ)|normal (?:rectal|anal|sphincter) tone`,
      String.raw`(?:normal|intact) (?:perianal|saddle) sensation|(?:perianal|saddle) sensation (?:is |was )?(?:normal|intact)`,
      String.raw`sensation (?:(?:is|are|was) )?(?:normal|intact|ⓝ)`,
      String.raw`neurologically (?:free of|without) abnormalit(?:y|ies)`,
      String.raw`(?:BLE|BUE|LE|strength) 5\/5`,
      String.raw`(?:BLE|BUE|NV) (?:normal|nl|intact)`,
      // Requisition shorthand: "5/5 BLE", "SILT" (sensation intact to light touch).
      String.raw`5\/5 (?:in )?(?:BLE|BUE|B\/L|bilat\w*|throughout|all (?:four )?(?:extremities|limbs))`,
      String.raw`SILT`,
      String.raw`(?:strength|power) (?:is )?5\/5(?: throughout)?|5\/5 (?:[a-z]+ ){0,2}(?:strength|power)`,
    ],
  },
  {
    id: 'insufficiency-fracture',
    category: 'fracture',
    patterns: [
      String.raw`(?:pathologic(?:al)? )?insufficiency {FRACTURE}`,
      String.raw`pathologic(?:al)? insufficiency`,
    ],
  },
  // A fracture that names its cause: a vertebral fracture, and osteoporosis said as well; the coding's words for one
  // (ICD-10 M80, "age-related osteoporosis with current pathological fracture, vertebra") name no tumour.
  {
    id: 'osteoporotic-fracture',
    category: 'fracture',
    patterns: [
      String.raw`osteoporotic {FRACTURE}`,
      // ... and a fragility fracture of a vertebra ("fragility fracture of T12", "T12 fragility fracture"), which says
      // the disease as "fragility #" does (a wrist's is left to the plain fracture rule, which names no bone).
      String.raw`fragility {FRACTURE}(?= (?:of|at|involving) (?:the )?(?:(?:[CTLS]|Th|D) ?\d{1,2}\b|vertebra|thoracic|lumbar|spine))|fragility {FRACTURE}(?<=\b(?:[CTLS]\d{1,2}|vertebral|spinal) fragility \w+)`,
      // ... "Systemic osteoporosis with pathological compression fracture of L1", as Russian-trained writers follow it.
      String.raw`patholog(?:ic|ical) (?:compression )?{FRACTURE}(?<=osteoporosis,? with (?:an? )?(?:current )?patholog(?:ic|ical) (?:compression )?\w+)`,
    ],
  },
  {
    id: 'pathologic-fracture',
    category: 'malignancy',
    patterns: [
      String.raw`(?:pathologic(?:al)?|path\.?) (?:compression )?{FRACTURE}`,
      String.raw`pathologic(?:al)? collapse`,
      // "a T7 vertebroplasty for a myeloma-related fracture".
      String.raw`(?:myeloma|metastasis|metastases|tumou?r|cancer|malignancy)-related (?:compression )?(?:fractures?|collapse)`,
    ],
  },
  // "Pathologic T10 compression fracture": the adjective says what the fracture is, and takes no level.
  {
    id: 'pathologic-fracture',
    category: 'malignancy',
    modifier: true,
    patterns: [
      // ... a second language's word for the fracture too: "new pathological tassement (compression fracture) of T9".
      String.raw`(?:pathologic(?:al)?|path\.?)(?=\s+(?:[\w+&/-]+\s+){0,3}?(?:(?:compres?sion|fractures?|fxs?|deformit|collapse|V?CFs?|tassements?|tas(?:ation|are)|aplastamientos?|acu[ñn]amientos?|achatamentos?|cedimentos?)\b|#))`,
    ],
  },
  // A fractured vertebra's biopsy that found a tumour: "T6 VCF, bx 2d ago = metastatic breast adenocarcinoma",
  // "L2 fracture; biopsy showed myeloma". Only after a fracture or a level in its sentence: a biopsy alone
  // may be of the primary ("breast cancer, biopsy-proven 2015").
  {
    id: 'pathologic-fracture',
    category: null,
    patterns: [
      String.raw`(?:bx|biopsy)(?<=\b(?:[CTL]\d{1,2}|V?CFs?|fxs?|fractures?|vertebra\w*|body)\b[^.;\n]{0,30})[^.;\n]{0,25}?(?:=|shows?|showed|revealed|confirm\w*|proven|to be)\s*(?:metasta\w*|myeloma|plasmacytoma|lymphoma|(?:adeno)?carcinoma)`,
      // ... or the level's own lesion biopsied: "Biopsy of the L1 lesion confirmed metastatic adenocarcinoma, and it has
      // caused a compression fracture of L1".
      // ... or the tumour named as its cause: "a new compression fracture appeared at L1, and the biopsy confirmed it is
      // caused by the tumour".
      // ... and the cancer named before, the fracture's cause a pronoun: "breast cancer that has spread to her bones, and the team
      // already know her T4 vertebra has broken because of it".
      String.raw`(?:caused by|due to|because of) (?:the |a |her |his )?(?:tumou?r|metasta\w+|myeloma|cancer)(?<=\b(?:bx|biopsy|fx|fractures?|collapsed?|V?CFs?|broken|fractured)\b[^.;\n]{0,60}(?:caused by|due to|because of) (?:the |a |her |his )?\w+)`,
      String.raw`(?:caused by|due to|because of) it\b(?<=\b(?:cancer|metasta\w+|myeloma|tumou?r|malignancy)\b[^.;\n]{0,120}\b(?:fx|fractures?|collapsed?|V?CFs?|broken|fractured)\b[^.;\n]{0,20}(?:caused by|due to|because of) it)`,
      // ... or the fracture said to be pathologic: "biopsy confirmed that the new fracture of T12 is pathologic".
      String.raw`patholog(?:ic|ical)(?<=\b(?:fxs?|fractures?|collapse|V?CFs?)\b[^.;\n]{0,50} (?:is|was|are|were|as|be) patholog(?:ic|ical))(?![\w-])`,
      String.raw`(?:bx|biopsy) of (?:the )?{LEVEL} (?:lesion|vertebra|vertebral body|body|mass)[^.;\n]{0,25}?(?:=|shows?|showed|revealed|confirm\w*|proven|to be)\s*(?:metasta\w*|myeloma|plasmacytoma|lymphoma|(?:adeno)?carcinoma)`,
      // ... or the fracture itself, read from the verb so the fracture stays a finding of its own: "CT-guided biopsy of his
      // L3 compression fracture 3 months ago showed metastatic adenocarcinoma".
      String.raw`(?:shows?|showed|revealed|confirmed|proved)(?<=\b(?:bx|biopsy) of (?:the |his |her )?[CTLS]\d{1,2} (?:compression |wedge )?(?:fracture|fx|#|collapse)[^.;\n]{0,25}?\w+)\s*(?:metasta\w*|myeloma|plasmacytoma|lymphoma|(?:adeno)?carcinoma)`,
    ],
  },
  // The fractures a high-energy injury makes: burst, flexion-distraction (Chance), fracture-dislocation.
  {
    id: 'injury-fracture',
    category: 'fracture',
    patterns: [
      String.raw`burst {FRACTURE}`,
      String.raw`chance {FRACTURE}`,
      // "T11-L1 fusion for osteoporotic T12 burst.": the noun left out, as handover lists do.
      String.raw`burst(?=\s*(?:[.,;)]|$))`,
      String.raw`fracture[- ]dislocations?`,
    ],
  },
  {
    id: 'compression-fracture',
    category: 'fracture',
    patterns: [
      String.raw`compres?sion(?:[- ]type)? {FRACTURE}(?: deformit(?:y|ies))?`,
      String.raw`(?:spinal |vertebral )?compression deformit(?:y|ies)`,
      // Chinese radiology's "vertebral bodies mild compression change".
      String.raw`compression changes?(?<=(?:bod(?:y|ies)|vertebra[el]?|{LEVEL}) (?:(?:mild|slight|moderate|severe|wedge) )?compression changes?)`,
      // ... a gloss of the writer's own word between: "new wedge (cuneiform) fracture of D11".
      String.raw`wedg(?:e|ed|ing)(?: compression)?(?: \([a-z]{3,15}\))?(?: {FRACTURE})?`,
      String.raw`biconcave (?:{FRACTURE}|appearance)`,
      // Genant's semiquantitative grades name vertebral deformities only: "SQ2 T12", "Genant grade 1 L1".
      String.raw`SQ[1-3]|Genant (?:SQ ?)?(?:grade )?[1-3]`,
      String.raw`crush {FRACTURE}`,
      // A lay writer's words: "the vertebroplasty at T9 for the crushed vertebra there", "a kyphoplasty in 2021 for a
      // crushed L3".
      String.raw`crushed (?:vertebra[el]?|vertebral body|bone in (?:the|her|his) (?:spine|back))|crushed(?= {LEVEL})`,
      // "Superior endplate compression fracture" is one finding, not "endplate compression" and a fracture.
      String.raw`end[- ]?plates? (?:compres?sion {FRACTURE}|fractures?|depressions?|deformit(?:y|ies)|compression|collapse)`,
      String.raw`vertebra plana`,
      // A request's shorthand with the noun left out: "fresh-looking L2 compression, old T11 wedge".
      String.raw`compression(?=\s*[,;.])(?<=[TLD]\d{1,2} compression)`,
      String.raw`{VERTEBRA} (?:body )?{FRACTURE}`,
      String.raw`(?:vertebral|vertebral body|spinal|spine|odontoid|dens) (?:fractures?|fx)`,
      // "Mild compression of L3": compression said of a vertebral level (not of the cord or a root: "disc hernia L5-S1 with
      // compression of S1 root", "compression of L5 and S1 roots").
      String.raw`compression of(?=\s+(?:the\s+)?{LEVEL}(?!(?:\s*(?:,|and|&|\/)\s*{LEVEL})*\s+(?:nerve\s+)?roots?\b))`,
      // "Mild compression of a lower thoracic vertebral body" (not of the vertebral artery).
      // ... "acute-appearing compression of the tenth thoracic vertebra".
      String.raw`compression of(?=\s+(?:the |a |an |one |two |several |multiple )?(?:[\w-]+ ){0,2}?vertebra(?:e\b|l bod|\b))`,
    ],
  },
  {
    id: 'height-loss',
    category: 'fracture',
    patterns: [
      String.raw`(?:\d{1,3}(?:\.\d)? ?(?:%|percent) )?(?:(?:anterior|posterior|central|vertebral|vertebral body|body) )*height loss(?: of (?:about |approximately |up to )?\d{1,3}(?:\.\d)? ?(?:%|percent))?`,
      // ... and a second language's "diminution of the anterior height".
      String.raw`(?:loss|reduction|decrease|diminution) of (?:about |approximately |up to )?(?:\d{1,3}(?:\.\d)? ?(?:%|percent) (?:of )?)?(?:the )?(?:(?:anterior|posterior|central|vertebral|vertebral body|body) )*height`,
      String.raw`\d{1,3}(?:\.\d)? ?(?:%|percent) (?:loss|reduction) of (?:the )?(?:(?:anterior|posterior|central|vertebral|vertebral body|body) )*height`,
      String.raw`(?:vertebral(?: body)? )?collapsed?`,
      // A de-identification mask often hides "height": "mild loss of XXXX", "anterior XXXX loss".
      String.raw`(?:loss|reduction) of (?:the )?XXXX`,
      String.raw`(?:(?:anterior|posterior|central) )?XXXX loss`,
      String.raw`ht loss`,
      // "Reduced height of the T11 vertebral body", "height reduction of T9" ("reduced disc height" is a trap above).
      String.raw`(?:reduced|decreased|diminished) (?:(?:anterior|posterior|central|vertebral|vertebral body|body) ){0,2}height`,
      String.raw`height reduction`,
      // "The T9 body has lost height anteriorly", "has lost about 30% of its height".
      String.raw`(?:has |have |had )?lost (?:some |significant |considerable |(?:about |approximately )?\d{1,3} ?% (?:of )?)?(?:(?:its|their|the|anterior|posterior|central|vertebral|body) )*height`,
      // "The L3 body is flattened": said of a body, not of a curve ("the lumbar curvature is flattened").
      String.raw`(?:body|bodies|vertebra[el]?) (?:is |are )?(?:(?:mildly|markedly|severely|partially) )?flattened`,
      String.raw`flattened (?:vertebral )?bod(?:y|ies)`,
      // "L1 is compressed by 30%", "50% compression of the T12 body", "the T9 body is compressed": said
      // of a body or with its measure (not "the cord is compressed").
      String.raw`(?:(?:is|are|was|were) (?:(?:mildly|moderately|severely|markedly|partially) )?)?compressed by (?:about |approximately )?\d{1,3} ?(?:%|percent)`,
      String.raw`\d{1,3} ?(?:%|percent) compression(?= of)`,
      String.raw`(?:vertebral )?(?:body|bodies|vertebra[el]?) (?:is |are )?(?:(?:mildly|moderately|severely|markedly|partially) )?compressed`,
      // "Flattening of the superior endplate of L1" (not of the diaphragm or a curve).
      String.raw`flattening(?= of (?:the )?(?:(?:superior|inferior|anterior) )?(?:end[- ]?plates?|vertebra|{LEVEL}))`,
    ],
  },
  // A curve made worse is no augmentation (before the procedure's "augmented"): "the tassement passed from 25% to 45%, with
  // augmented kyphosis".
  {
    id: 'curve-deformity',
    category: null,
    patterns: [String.raw`augmented (?:kyphosis|lordosis|curvature|scoliosis)`],
  },
  // Parkinson's backward stepping on the pull test is no bone in the canal, and its postural instability no unstable
  // spine: "en bloc turns and retropulsion on the pull test", "falls ... with postural instability" (read by no case field).
  {
    id: 'gait-sign',
    category: null,
    patterns: [String.raw`retropulsion(?= on (?:the )?pull[- ]test)|postural instability`],
  },
  {
    id: 'retropulsion',
    category: 'fracture',
    patterns: [String.raw`retropuls(?:ion|ed)(?: (?:bone |bony )?fragments?)?`],
  },
  {
    id: 'canal-compromise',
    category: 'fracture',
    patterns: [
      String.raw`canal (?:compromise|encroachment|narrowing)`,
      String.raw`narrow(?:s|ing) (?:of )?the (?:spinal )?canal|(?:spinal )?canal (?:is )?narrowed`,
      // The canal named just before: "retropulsion of fragment into spinal canal, narrowing it about 40%".
      String.raw`narrowing it (?:by )?(?:about |approximately |~)?\d{1,2} ?%`,
    ],
  },
  // "Fragility fracture" names no bone: vertebral only with a level or a vertebra ("of the wrist" is not).
  {
    id: 'fracture',
    category: 'fracture',
    // "Fracutre": a typo hurried notes make.
    // With the typos "fracure", "fractrue" and "flacture" (an r/l swap).
    patterns: [
      String.raw`fragility fractures?`,
      // ... and the word as Latin and the Romance languages write it: "fractura compressiva", "frattura"; as
      // Indonesian, German and the Scandinavian languages do: "fraktur kompresi VL2", "Frakturen", "frakturer".
      String.raw`frac(?:tu|ut|u)res?|fractrues?|flactures?|fraturas?|fractur(?:a|ae|as)|frattur[ae]|fraktur(?:en|er|a)?`,
      String.raw`fxs?`,
      // A plain word for it, a vertebra after it: "cement injected into his broken T9 vertebra".
      String.raw`broken(?= (?:[CTL]\d{1,2} )?(?:vertebra|vertebral body)\b)`,
      // ... "after he broke L1 in 2021".
      String.raw`broke(?= (?:(?:his|her|the) )?[CTL]\d{1,2}\b)`,
      // ... "her T4 vertebra has broken because of it".
      String.raw`broken(?<=\b(?:vertebra|vertebral body) (?:has|had|is|was) broken)`,
    ],
  },
  // "#" is how British and Australian notes write a fracture ("L1 #", "# of T12"); like "fracture" it is
  // vertebral only with a vertebral anchor ("rib #" is not). Only where a fracture's words can follow it,
  // so "Acc #: 1234" and "Room # 5" are no fracture words on the page; "T11 # 3/52" gives a duration;
  // "new L2 # (fresh on XR)", "T12 + L1 burst #s", "L1 compresion #  new on XR", "L2-L3 #s cemented (VP) 2020".
  // A rule of its own: a pattern that starts with a symbol is matched in a branch of its own (matcher.ts).
  {
    id: 'fracture',
    category: 'fracture',
    patterns: [
      String.raw`#s?(?=\s?(?:of (?:the )?)?{LEVEL}|\s*(?:[.,;()\n]|$)|\s[-–—→\/]>?\s|\s+(?:(?:on|at|in|with|and|seen|noted|below|above|after|since|without|new|old|fresh|healed|treated|managed|dx|diagnosed|cemented|augmented|fixed|stabili[sz]ed|present|found|identified|directly|just|immediately)\b|w\/)|\s\d{1,2}\/(?:52|12|7)\b|\s~?\d{1,3} ?%|\s(?:VP|KP)(?:['’]?d)?\b)`,
    ],
  },
  // A fracture told by the height it lost: "the twelfth thoracic vertebra has lost about a third
  // of its anterior height", "collapsed by a quarter of its height".
  {
    id: 'height-loss',
    category: 'fracture',
    patterns: [
      String.raw`(?:has )?(?:lost|collapsed by) (?:about |roughly |approximately |nearly |almost |over |more than |some )?(?:(?:a|one|two) (?:third|quarter|fifth)s?|half|\d{1,2} ?%) of its (?:anterior |posterior |central |vertebral |original )?height`,
    ],
  },
  // The French, Dutch, German and Italian words for a vertebral compression, as second-language notes carry them over:
  // "a recent vertebral tassement of L2", "an impression fracture of Th12", "a cuneiform deformation of the soma of D10",
  // Romanian's "a recent tasation (compression) of the D12 vertebral body", Spanish "aplastamiento" and "acuñamiento" (wedging), Portuguese
  // "achatamento", Italian "cedimento somatico", German "Keilwirbel", "Deckplatteneinbruch", "Wirbelkörperfraktur", "Sinterung",
  // Flemish "inzakkingsfractuur", Catalan "aixafament" and "aplastament".
  {
    id: 'compression-fracture',
    category: 'fracture',
    patterns: [
      String.raw`(?:vertebral )?tassements?|aixafaments?|aplastaments?|inzakkings?(?:fractu(?:u?r|re)s?)?|impression fractures?|cuneiform deform(?:ation|ity)|(?:vertebral )?tas(?:ation|are)|aplastamientos?|acu[ñn]amientos?|achatamentos?|cedimentos?(?: somatic[oi])?|Keilwirbel|Deckplatten(?:einbruch|impression)|Wirbelkörperfraktur(?:en)?|(?:[LBH]WK|Wirbel)-?Fraktur(?:en)?`,
      // ... the level inside the word: "LWK-3-Fraktur"; and the body's settling: "Sinterung of LWK 3"; Hungarian "kompressziós
      // törés".
      String.raw`Fraktur(?:en)?(?<=\b[LBH]WK[- ]?\d{1,2}-Fraktur(?:en)?)|Sinterung|kompresszi[óo]s törés`,
      // ... and the gloss a writer puts after the word of their own language: "kotkompressioner (vertebral compressions) Th6,
      // Th7", "L4 csigolya kompresszio (vertebral compression)".
      String.raw`vertebral compressions?(?=\))`,
    ],
  },
  // A level's compression, the noun left out: "acute L3 compression with STIR oedema" (not the cord's or a root's).
  {
    id: 'compression-fracture',
    category: 'fracture',
    patterns: [
      String.raw`compression(?<=\b[CTL]\d{1,2} compression)(?! of (?:the )?(?:cord|thecal|nerve|root|conus|cauda|spinal cord|dural))`,
      // ... or of a vertebral body named, as a Russian or Ukrainian note writes it: "compression of body Th9 on 20%".
      String.raw`compression of (?:the )?(?:vertebral )?bod(?:y|ies)(?= (?:of )?(?:the )?(?:[CTL]|Th|D)\d{1,2}\b)`,
    ],
  },
  // Hurried typos of the fracture nouns: "new mild compression defomity L1", "wedge
  // fracutre".
  {
    id: 'compression-fracture',
    category: 'fracture',
    patterns: [
      String.raw`(?:compres?sion|wedge) (?:defomit(?:y|ies)|deformaty|deformty|defromity|fracutres?|fractrues?|fracures?)`,
    ],
  },
  // "Deformity of L3", "L2 and L3 deformities": a fracture when a vertebra is named with it.
  // A mask often hides the noun after "compression": "compression XXXX of T8".
  { id: 'deformity', category: 'fracture', patterns: [String.raw`deformit(?:y|ies)`, String.raw`compres?sion XXXX`] },
  // A fracture said of its endplate (before the rule below, which
  // would take "fractured" at the same place): "the L4 body beneath a fractured superior endplate".
  {
    id: 'fracture',
    category: 'fracture',
    patterns: [
      String.raw`fractured (?:superior |inferior |upper |lower )?end ?plates?`,
      // Shorthand: "new L3 sup endplate fx".
      String.raw`(?:sup|inf)\.? end ?plate (?:fx|#)`,
    ],
  },
  // "Fractured plate", "fractured rib": highlighted, but an object's breakage, not a vertebral fracture by itself.
  { id: 'fractured', category: 'fracture', patterns: [String.raw`(?:re)?fractured`] },

  {
    id: 'vertebroplasty',
    category: 'intervention',
    // Dictation misspells it ("verterbroplasty", "vertebraplasty"): any short run of letters between.
    // "Postvertebroplasty changes": the prefix written on.
    // ... and the Scandinavian "vertebroplastik"; a verb made of it: "kyphoplastied in 2019"; the French, Russian and
    // Esperanto spellings of second-language notes: "Vertébroplastie of T11", "vertebroplastica Th12", "vertebroplastio", Dutch's
    // "vertebroplastiek"; a typo's "vertebroplasity".
    // Voice recognition splits it in two: "vertebral plasty", "vertebra plasty".
    patterns: [
      String.raw`(?:post-?)?v[eé]rt[\wé]{2,6}pl(?:ast|as|at|st)(?:y|ity|ies|ied|ie|iek|ik|ica|io|ia)`,
      String.raw`vertebral? plast(?:y|ies)`,
    ],
  },
  {
    id: 'kyphoplasty',
    category: 'intervention',
    // With the typos of hurried notes: "kyphplasty", "kyphoplsty".
    // ... and German's "(Ballon)kyphoplastie".
    patterns: [
      String.raw`(?:post-?)?kyph\w{0,2}pl(?:ast|as|st)(?:y|ies|ied|ie|iek|ik|ica|io|ia)`,
      String.raw`balloon kyphoplasty|ballonkyphoplastie`,
      // Spanish and Catalan "cifoplastia", "cifoplàstia".
      String.raw`cifopl[aà]sti(?:a|as|es)`,
      // ... and split in two ("kypho plasty"); a lay or teaching summary's "balloon procedure at L4" (at a level: a balloon
      // named alone may be a heart's or a sinus's).
      String.raw`kypho plast(?:y|ies)`,
      String.raw`balloon (?:procedure|treatment)(?= (?:at|of|on) (?:the )?[CTL]\d)`,
    ],
  },
  {
    id: 'augmentation',
    category: 'intervention',
    patterns: [String.raw`(?:percutaneous )?(?:vertebral |cement )?augmentation`, String.raw`augmented`],
  },
  // Cement that holds a fusion's screws is the fusion's, no vertebral augmentation: "cement-augmented pedicle screws", "each screw
  // was augmented with PMMA".
  {
    id: 'fusion',
    category: 'intervention',
    patterns: [
      String.raw`cement[- ]augmented (?:pedicle )?screws`,
      String.raw`(?:PMMA|cement)(?<=\bscrews? (?:was |were )?augmented with (?:PMMA|cement))`,
    ],
  },
  {
    id: 'cement',
    category: 'intervention',
    patterns: [String.raw`(?:bone )?cement(?:ed|ation)?`, String.raw`PMMA`, String.raw`(?:poly)?methyl ?methacrylate`],
  },
  {
    id: 'fusion',
    category: 'intervention',
    patterns: [
      String.raw`anterior cervical dis[ck]ectomy and fusion`,
      String.raw`(?:ACDF|PLIF|TLIF|ALIF|XLIF|OLIF|LLIF|PSIF|PSF|ASF|PLF)`,
      String.raw`(?:(?:spinal|spine|interbody|posterolateral|posterior|anterior|lumbar|cervical|thoracic|instrumented) )*fusions?`,
      String.raw`arthrodes[ie]s|spondylodes[ie]s|spondylodese`,
      String.raw`fused`,
      String.raw`(?:segmental |spinal |posterior )?instrumentation`,
      String.raw`pedicle screws?(?: and rods?)?`,
      // Instrumentation named by its parts, and a spinal fixation by its levels: "screws and rods from T12 to L2",
      // "fixation L3-L5 with screws and rods" (a fixation alone may be a hip's or a wrist's).
      String.raw`(?:transpedicular )?screws? and rods?|rods? and (?:pedicle )?screws?`,
      // ... and by its levels' "construct": "the L4 to S1 construct looks unchanged".
      String.raw`construct(?<=\d construct)`,
      String.raw`(?:posterior |transpedicular |spinal |pedicle screw )?fixation(?= (?:of |at |from )?(?:the )?{LEVEL})`,
      // ... and by its screws, which only a spine's fixation has: "T11–L1 pedicle-screw fixation", "T11-L1 posterior
      // pedicle-screw fusion".
      String.raw`pedicle[- ]screw (?:fixation|stabili[sz]ation|instrumentation|fusion|arthrodesis)`,
      String.raw`(?:anterior )?(?:cervical )?plat(?:e|ing) fixation|(?:cervical )?plate and screws`,
    ],
  },
  {
    id: 'decompression',
    category: 'intervention',
    patterns: [
      String.raw`(?:hemi)?laminectom(?:y|ies)`,
      String.raw`laminotom(?:y|ies)`,
      String.raw`corpectom(?:y|ies)`,
    ],
  },
  // A decompression named with its level or as the spine's ("an L4/5 decompression for stenosis in 2017",
  // "decompression at L3-4", "lumbar microdecompression"), and a discectomy: earlier spine surgery. A bare
  // "decompression" is a chest drain's, a bowel's or a diver's as often.
  {
    id: 'decompression',
    category: 'intervention',
    patterns: [
      String.raw`(?:micro-?)?(?:dis[ck]ectom(?:y|ies)|foraminotom(?:y|ies))`,
      String.raw`(?:micro-?)?decompressions?(?<=(?:\d|lumbar|spinal|posterior|surgical) (?:micro-?)?decompressions?)`,
      String.raw`(?:micro-?)?decompressions?(?= (?:at|of) (?:the )?{LEVEL})`,
    ],
  },
  // An operation on the spine named by its region only: an earlier procedure with no level when said as
  // history ("prior spinal surgery"; the case reader counts no other), never a clinic or a service.
  {
    id: 'spine-surgery',
    category: 'intervention',
    patterns: [
      String.raw`(?:spin(?:e|al)|back|neck|lumbar|thoracic|cervical) (?:surger(?:y|ies)|operations?)(?! (?:clinic|consult\w*|service|team|department|referral|follow))`,
    ],
  },

  {
    id: 'marrow-edema',
    category: 'acuity',
    patterns: [
      // ... and Esperanto's "edemo"; "oedema of marrow in L2"; a French writer's "medullar oedema"; "oedematous marrow
      // on STIR".
      String.raw`(?:bone )?marrow (?:o?edem[ao]|oedma|edma)(?: pattern)?|o?edema of (?:the )?(?:bone )?marrow|medullary? o?edema|o?edematous (?:bone )?marrow`,
      String.raw`STIR o?edema|o?edema on (?:the )?STIR`,
      // ... told plainly, or by its two sequences: "lights up brightly on the STIR sequence", "low T1 and high T2
      // fat-saturated signal throughout the vertebral body".
      String.raw`lights? up (?:brightly )?on (?:the )?STIR|low T1 (?:and|\/|with) high (?:T2|STIR)(?: fat[- ]sat(?:urated)?)? signal`,
      // "STIR +ve L1", "STIR+", "STIR positive", "L2 STIR ↑".
      String.raw`STIR ?(?:\+ ?(?:ve)?|positive|↑)`,
      // "L3 edema +", "edema throughout T12": edema said of a vertebral level (not of the lungs). No
      // pattern starts with a lookbehind: one such branch halves the speed of the whole expression.
      String.raw`o?edema(?=\s*(?:\+|\(\+\)))`,
      String.raw`o?edema(?= (?:(?:only )?(?:at|in|within|throughout|of) (?:the )?)?{LEVEL})`,
      // Said with the fracture it dates: "acute T12 # w/ oedema", "T6 fracture, edema on MRI".
      String.raw`(?:with|w\/) o?edema|o?edema(?= on (?:MRI|MR|STIR))`,
      // ... its place between: "oedema of the whole LWK 2 on STIR".
      String.raw`o?edema(?= (?:of|in|throughout) (?:[\w-]+ ){1,4}on (?:MRI|MR|STIR)\b)`,
      // Edema in what an MRI shows: "MRI: no new fx, no edema" (a chest film's "no edema" is the lungs').
      String.raw`o?edema(?<=\bMRI\b[^.;]{0,60})`,
      // ... and an MR named by its region or date: "MR lumbar spine 2025-04-10: L2 unchanged compared to 2021, no oedema".
      String.raw`o?edema(?<=\bMR (?:[\w-]+ spine|(?:19|20)\d\d)\b[^.;]{0,60})`,
      // ... or said of the fracture itself: "the old L1 fracture has no edema", "old fractures without oedema".
      String.raw`o?edema(?<=(?:fractures?|fx|#)s? (?:has no|have no|without|shows? no|with no) o?edema)`,
      String.raw`STIR (?:hyper-?intens\w+|signal(?: abnormality)?|bright\w*)(?: signal)?`,
      // "'bone bruise' signal (bright on STIR)": the trauma word for the same oedema.
      String.raw`bone bruis(?:e|ing)|(?:bright|hyper-?intense) on STIR`,
      String.raw`(?:increased|high) (?:T2|STIR) signal`,
      // ... and told by the two sequences together: "the body is T1 dark and bright on fluid-sensitive sequences".
      String.raw`T1[- ](?:dark|hypointense|low)(?: signal)?,? (?:and|but|\/) (?:bright|hyperintense|high)(?: signal)? on (?:the )?(?:fluid[- ]sensitive|STIR|T2(?:[- ]weighted)?|water[- ]sensitive)(?: (?:sequences?|images?|imaging))?`,
      String.raw`(?:intra)?vertebral (?:vacuum )?cleft`,
      String.raw`(?:vacuum|fluid) cleft`,
      String.raw`fluid sign`,
    ],
  },
  {
    id: 'acuity-word',
    category: 'acuity',
    modifier: true,
    patterns: [
      // Not the "old" of an age: "an 80-year-old lady in fracture clinic".
      // Not "new cf 2023 CXR" (compared with), where "cf" is no fracture, nor "chronic in appearance with sclerotic
      // endplates", a predicate of the fracture before it (acuity-after), however near a fracture word follows.
      // "the newly collapsed fourth lumbar vertebra" is new too; a French writer's "ancient tassement" is old.
      // A bone-density report's "prevalent vertebral fractures" are there at baseline, of no stated age; its "incident"
      // ones are new since the last study.
      // ... and a new lesion that carries a fracture: "New lytic lesion of the T10 vertebral body with a pathologic compression
      // fracture" (the fracture is as new as the lesion).
      String.raw`new(?= (?:(?:lytic|blastic|sclerotic|osseous|destructive|expansile|FDG-avid) )?(?:lesion|metastasis|deposit)\b[^.;\n]{0,50}\bwith (?:an? |associated )?(?:pathologic(?:al)? )?(?:compression )?(?:fracture|collapse))`,
      // ... and a bone scan's "scintigraphically active L2 compression fracture" (a recent one).
      String.raw`(?:acute|subacute|chronic|old(?<!(?:years?|yrs?|y)[- ]old)|ancient|healed|healing|remote|recent|newly|new|fresh|age[- ]indeterminate|long-?standing|prevalent|incident|(?:scintigraphically|metabolically) active)(?! cf\b| in appearance\b)${ACUITY_LOOKAHEAD}`,
      // "Interval compression fracture of T10", "interval development of an L1 fracture".
      String.raw`interval(?= (?:(?:development|appearance) of (?:an? )?)?(?:compres?sion|fracture|fx\b|deformit|wedg|collapse|[TL]\d))`,
    ],
  },
  // Acuity said after the fracture, as its predicate: "deformities of T11 and T12 are new compared to
  // the prior", "compression fracture of T10, new since the last study", "the L1 fracture is acute", "T12
  // fx on CT, acute", "L1 # new on XR".
  {
    id: 'acuity-after',
    category: 'acuity',
    modifier: true,
    patterns: [
      String.raw`(?:(?:is|are|appears?|appear to be) )?(?:new|acute|recent|fresh|subacute|chronic|old|healed|remote)(?= since| compared| c\/w| vs\b| versus| relative to| when compared| (?:with )?respect to| in relation to| in comparison| when compare\b| comparing\b| on (?:the )?(?:prior|previous|comparison|XR|CT|MRI|films?|x-?rays?|imaging)\b| in appearance| cf\b)`,
      // ... a French-schooled "of ancient aspect", "of recent appearance".
      String.raw`of (?:ancient|old|recent|chronic|acute|fresh)(?= (?:aspect|appearance)\b)`,
      // ... and before a spaced dash: "T8 compression fracture, it is new - the film from 2022 there is no fracture".
      String.raw`(?:(?:is|are|appears?|appear to be)|on (?:CT|MRI|films?|x-?rays?|radiographs?),) (?:new|acute|recent|fresh|subacute|chronic|old|healed|remote)(?=[.;,]|$| [-–] )`,
      // "XR: L4 CF, new." (not "old", which ends "78 years old."), "compression fracture of L3 body, fresh - on KT 11.2023 L3
      // intact was"; and before the comparison's brackets: "fracture of T10 body, new (previous X-ray of 2022 was normal)".
      String.raw`(?:new|acute|fresh|recent)(?=\s*(?:[.;)]|$)| [-–] | \(|,? not (?:on|in|seen|present))`,
      // "Lytic path #s T11 & L1, new 2/52 ago".
      String.raw`(?:new|fresh|recent)(?= (?:\d{1,2}\/(?:52|12|7)|\d{1,2} ?(?:days?|d|weeks?|wks?|months?|mo)) ago\b)`,
    ],
  },

  // "A T10 fracture that was not present on his CT a year ago": new, said by the comparison.
  {
    id: 'absent-before',
    category: 'acuity',
    modifier: true,
    patterns: [
      String.raw`not (?:(?:present|seen|visible|there) )?(?:on|in)(?= (?:the |his |her |a |an )?(?:\d{4} )?(?:prior|previous|earlier|last|old|CT|MRI|XR|RX|CXR|PET|VFA|DXA|fotos?|films?|x-?rays?|radiographs?|imaging|chest|spine|spinal|lumbar|thoracic|plain|study|exam|scan))`,
      // Or names when: "not present in March", "not seen two years ago"; or a study of a year by any name, as a second
      // language shortens it: "not present in the Rx of 2022".
      // ... and contracted: "a T8 compression fracture that wasn't there two years ago".
      String.raw`(?:was|were)n['’]t (?:there|present|seen|visible)(?= (?:a|one|two|three|four|five|six|\d) (?:years?|months?) ago| last year| before\b| in (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|20\d\d)\b| on (?:the |his |her )?(?:prior|previous|earlier|old|last)\b)`,
      String.raw`not (?:present|seen|visible)(?= in (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|20\d\d)\b| (?:a|one|two|three|four|five|six|\d) (?:years?|months?) ago| last year| at that time)|not (?:present|seen|visible) (?:on|in)(?= (?:the |his |her )?[\w-]{2,12} (?:of|from) (?:19|20)\d\d\b)`,
    ],
  },

  // ... and in the case's own words, a study named by its purpose or view: "not present on her staging CT in
  // 2022", "not visible on a lateral chest radiograph taken last year".
  {
    id: 'absent-before',
    category: null,
    modifier: true,
    patterns: [
      String.raw`not (?:present|seen|visible) (?:on|at) (?:the |his |her |a |an )?(?:[\w-]+ ){0,2}(?:CT|MRI|PET|scan|imaging|films?|radiographs?|x-?rays?)`,
      // "a T12 wedge compression fracture that we could not find on his films from two years ago".
      String.raw`(?:could|can|did) ?n[o'’]t (?:find|see|identify) (?:it |this |them )?(?:on|in) (?:the |his |her |a |an )?(?:[\w-]+ ){0,2}(?:CT|MRI|PET|scans?|imaging|films?|radiographs?|x-?rays?|stud(?:y|ies))`,
      // "not there on a lumbar series taken eighteen months ago", "absent on the same study a year ago", "intact on his
      // PET-CT two months ago", "baseline films from 2021 showed a normal L3", "her films from 2022 were normal at that
      // level", "not previously known" (not a cause unknown: "old wedge deformity of D9, cause not known").
      String.raw`not (?:present|seen|visible|there) (?:on|in) (?:the |his |her |a |an )?(?:[\w-]+ ){0,2}(?:series|study|survey|exam)|(?:was|were) absent (?:on|in)|(?:looked|was|were|appeared) (?:normal|intact) (?:on|at (?:that|this|the same) level)|showed (?:a )?normal(?= [CTLS]\d)|not (?:previously |already )?known(?: before)?(?<!\b(?:cause|a?etiology|origin|reason|mechanism),? (?:is |was )?not (?:previously |already )?known(?: before)?)`,
      // "neither was present on his 2022 film", "not seen 2021", "(not seen 2/2024)", "the first time these have been seen".
      String.raw`(?:neither|none)(?: of (?:them|these))?(?: (?:was|were))? (?:present|seen|visible) on|not (?:present|seen|visible)(?= (?:\d{1,2}[/.-]){0,2}20\d\d\b)|(?:the )?first time (?:it|this|these|they) (?:has|have) been (?:seen|noted|reported)`,
      // ... and in shorthand: "not present 1 yr ago", "wasnt there on XR from 2021"; "that wasn't on her 2022 film".
      String.raw`(?:wasn'?t|was not|weren'?t|were not) (?:there|present|seen|visible) (?:on|in)|(?:wasn['’]?t|was not|weren['’]?t|were not) on (?:the |his |her |a |an )?(?:[\w-]+ ){0,2}(?:CT|MRI|films?|x-?rays?|radiographs?|scans?|imaging|stud(?:y|ies)|XR)\b`,
      // ... "a T5 compression fracture that was not there six months ago", "not present 6/12 ago", "not present 12 months
      // earlier".
      String.raw`not (?:present|seen|visible|there)(?= (?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?:yrs?|years?|mos?|months?|mths?) (?:ago|earlier)| \d{1,2}\/(?:12|52) ago)`,
      // "compression fracture of D10 ..., that was not described in the CT from year before".
      String.raw`not (?:described|reported|mentioned) (?:in|on) (?:the |his |her |a |an )?(?:[\w-]+ ){0,2}(?:CT|MRI|PET|scan|imaging|films?|radiographs?|x-?rays?|RTG|study|exam)`,
      // "a T12 compression fx not present previously".
      String.raw`not (?:present|seen|visible) (?:previously|before)|not previously (?:present|seen|visible)`,
      // ... or one nobody had found before: "previously unrecognised wedge fractures at T7 and T9" (but not a fracture
      // merely "not previously reported", which may be one called chronic and healed).
      String.raw`previously (?:unrecogni[sz]ed|undiagnosed|undetected|unknown)`,
      // "in CT of 2023 Th12 had normal shape": the level whole on a dated study.
      String.raw`(?:had|showed|with) (?:a )?normal (?:shape|height|appearance|configuration|contour)(?<=\b(?:19|20)\d\d\b[^.;]{0,30} (?:had|showed|with) (?:a )?normal \w+)`,
      // An earlier study read as clear, after the fracture: "compression fracture of Th6, 25% of height; earlier X-ray (2022)
      // was without changes", "the previous CT was normal".
      String.raw`(?:earlier|previous|prior|former|last) (?:[\w-]+ ){0,2}?(?:CT|MRI|XR|x-?rays?|films?|radiographs?|scans?|study|imaging)(?: \([^)]{1,20}\))? (?:was|were) (?:without (?:any )?(?:changes|abnormalit(?:y|ies)|fractures?|pathology)|normal|unremarkable)`,
    ],
  },
  // A fracture found days or a few weeks ago is the new one: "Path L1 # dx last wk", "diagnosed 3 weeks ago".
  {
    id: 'found-recently',
    category: null,
    patterns: [
      // ... and by its biopsy: "T5 met w/ pathological # (CT-guided bx 3/52 ago)".
      String.raw`(?:dx|diagnosed|found|first seen|bx|biopsy|biopsied)(?= (?:on [\w -]{0,30}?)?${RECENTLY}\b)`,
      // ... or seen on a study of then: "pathological collapse on MRI two weeks ago", "T5 path # on staging CT 2/52 ago",
      // "seen on a thoracic radiograph three weeks ago".
      // (Not a comparison: "unchanged on XR today vs 2021".)
      String.raw`on(?= (?:the |her |his |a )?(?:[\w-]+ ){0,2}?${STUDY}(?: [\w-]+){0,2}? ${RECENTLY}\b)(?<!\b(?:unchanged|stable|similar|same) on)`,
      // ... and a study of then as a label, before what it found: "MRI T-spine 2 wks ago: pathologic T7 compression
      // fx", "CT-guided bx of an L1 lesion 3 wks ago: metastatic carcinoma, with a pathologic L1 compression fx", "The
      // MRI of the dorsal spine realized last week shows a pathological tassement of D10".
      String.raw`${RECENTLY}(?=${DATED_LABEL_END})(?<=\b${STUDY}\b[^.:;\n]{0,40})`,
      // ... or the time first, then the study and its verb: "3 weeks ago CT showed a pathological fracture of L4", and as Greek
      // puts it, "Before 3 weeks CT showed ...".
      String.raw`(?:${RECENTLY}|before (?:\d{1,2}|one|two|three|four|a few) (?:days?|wks?|weeks?))(?=,? (?:the |an? |her |his )?(?:[\w-]+ )?${STUDY}(?: [\w-]+){0,3}? (?:showed|shows|demonstrated|revealed|found|confirmed)\b)`,
    ],
  },
  // ... and one found months or years back is a known one: "diagnosed with an osteoporotic T12 compression fracture
  // seven months ago", said straight after it (not the date of a study compared: "not on PET 2 mo ago").
  {
    id: 'found-long-ago',
    category: null,
    patterns: [
      String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few) (?:months|mo|mths|years|yrs)(?= ago\b)(?<=(?:fractures?|fxs?|V?CFs?|deformit(?:y|ies)|collapse|#s?) (?:a )?\w+ \w+)`,
    ],
  },
  // "Interval development of mild T9 compression deformity" (the page's rule takes no grade between).
  {
    id: 'acuity-word',
    category: null,
    patterns: [
      String.raw`interval(?= (?:development|appearance) of (?:an? )?(?:mild|minimal|moderate|severe|slight|small|marked) )`,
      // "a recently diagnosed pathologic T11 compression fracture".
      String.raw`recently (?:diagnosed|found|discovered|detected|identified)`,
      // A known lesion that has just given way: "The known deposit at T9 has now collapsed by about half".
      String.raw`now(?= collapsed\b)(?<=\b(?:has|have) now)`,
    ],
  },
  // "A longstanding L4 wedge deformity": old.
  {
    id: 'acuity-word',
    category: null,
    patterns: [
      String.raw`long-?standing(?= (?:[\w-]+ ){0,3}?(?:wedge|compression|fracture|deformit|fx|CF))`,
      // "a mild, older-looking wedge deformity of L2".
      String.raw`(?:old(?:er)?|chronic|healed)[- ](?:looking|appearing)${ACUITY_LOOKAHEAD}`,
    ],
  },
  // "New compared with the March study: L2 compression deformity": the comparison before the fracture.
  {
    id: 'acuity-word',
    category: null,
    patterns: [
      String.raw`new(?= (?:compared (?:with|to)|since|vs\.?) (?:the |her |his )?(?:[\w-]+ ){0,2}(?:study|film|scan|exam|CT|XR|radiographs?)s?:)`,
    ],
  },
  // Edema denied without "marrow", where the marrow was just named: "normal fatty marrow signal and no edema" (not
  // "Chest: no edema").
  {
    id: 'marrow-edema',
    category: null,
    assertion: 'negated',
    // ... and the sequence read as negative: "MRI whole spine: STIR -ve; Ø fracture".
    patterns: [
      String.raw`o?edema(?<=(?:marrow|STIR)[\w ,-]{0,40}? (?:no|without) o?edema)`,
      // ... or bare after an MRI's label: "MRI done this month: the old L1 fracture is unchanged, no oedema".
      String.raw`o?edema(?<=\b(?:MRI|MR)\b[^.;\n]{0,80} (?:no|without) o?edema)`,
      String.raw`STIR ?(?:-ve|−ve|negative|neg\b)`,
      // ... or denied after it, as Turkish orders it: "L1 old fracture, edema is not".
      String.raw`o?edema(?= (?:is|was) not(?:[.,;]|$))`,
    ],
  },
  // "fresh fractures of T12 and L1 with bright marrow signal on STIR".
  {
    id: 'marrow-edema',
    category: null,
    patterns: [String.raw`(?:bright|high|increased) marrow signal(?= on STIR)|bright (?:marrow )?signal on STIR`],
  },
  // Edema in a second language's or plain words or by its sequence: "bone edema in STIR", "STIR high signal", German
  // "Knochenmarködem", "in STIR regime oedema of bone marrow", "hyperintense signal of the bone marrow",
  // "swelling (oedema) in the bone", "bone swelling", "oedema of the spongiosa of L1" (the marrow by its other name).
  {
    id: 'marrow-edema',
    category: null,
    patterns: [
      String.raw`bone (?:o?edema|swelling)|STIR (?:high|hyperintense|bright) signal|high (?:signal )?intensity on STIR|STIR-hyperintense|Knochenmarks?ödem|o?edema of (?:the )?(?:bone marrow|spongiosa|cancellous bone)|STIR-bright(?: o?edema)?|(?:swelling|o?edema)(?: \(o?edema\))? in the bone`,
      // ... and the signal named as the marrow's: "in STIR regime hyperintense signal of the bone marrow".
      String.raw`hyperintense signal (?:of|in) (?:the )?bone marrow`,
    ],
  },
  // "Which is new in comparison to the previous one".
  // ... and in shorthand, straight after the fracture: "# T6 new on CXR", "L2 CF new since 2023".
  {
    id: 'acuity-after',
    category: null,
    patterns: [
      String.raw`(?:(?:is|are) )?new(?= (?:in comparison|compared) (?:to|with)| from (?:the )?(?:last|prior|previous|earlier) (?:CT|MRI|films?|x-?rays?|radiographs?|study|scan)\b)`,
      // "L2 compression # looks new (wasnt there on XR from 2021)".
      String.raw`(?:looks?|looking|seems?) (?:new|acute|recent|fresh|old|chronic|healed|long-?standing)`,
      // "collapsed by a quarter of its height, a new finding since the 2022 films".
      String.raw`new(?= finding (?:since|compared|on (?:the )?(?:prior|previous|comparison)))`,
      // ... or after its comma: "L3 pathological fracture, new on the restaging MRI 3 weeks ago", "~30% loss of height, new as
      // compared to X-ray of 2022".
      String.raw`new(?= (?:on|since|c\/w|cf\.?|as compared|compared|compare) )(?<=(?:#|fx|CF|[CTL]\d{1,2}|bod(?:y|ies)|fractures?|deformit(?:y|ies)|collapse|height),? new)`,
    ],
  },
  // An age said after the fracture, as its predicate: "incidental L4 compression fx, age-indeterminate" (not
  // newly found by being incidental), "mild T6 & T8 wedge fx, old-appearing", "an L4 compression fracture, acute-looking", and in a report quoted ("of T8, age indeterminate'.").
  {
    id: 'acuity-after',
    category: null,
    patterns: [
      // ... a bracket after it too: "age-indeterminate (no prior L-spine imaging)".
      String.raw`(?:age[- ]indeterminate|(?:old|chronic|remote|healed|acute|new|fresh|recent)[- ](?:appearing|looking))(?=['"’]?(?:[.;,)]| \(|$))`,
      // A Spanish-schooled "aspect old" (aspecto antiguo), "of old aspect", "date indeterminate" (fecha indeterminada).
      // ... and by its character, as Russian and Turkic writers put it: "fresh character" (свежий характер).
      String.raw`aspect (?:old|chronic|recent|acute)\b|(?:old|chronic|recent|acute|fresh)(?= (?:aspect|character)\b)|date (?:indeterminate|unknown|uncertain)`,
      // "wedge compression fractures of T11 and T12, age of the fractures indeterminate", "the age of fractures is unclear".
      String.raw`age of (?:the )?(?:fractures?|deformit(?:y|ies)) (?:is |are )?(?:indeterminate|uncertain|unknown|unclear)`,
      // ... "The age of the fracture cannot be determined".
      String.raw`age of (?:the )?(?:fractures?|deformit(?:y|ies)) (?:cannot|can not|can't|could not) be (?:determined|established|assessed|told)`,
      // "mild anterior wedging of L2, long-standing in appearance and likely old", "..., probably old", "..., likely longstanding",
      // after a dash: "... sclerotic endplates – most probably old osteoporotic fracture".
      String.raw`(?:long-?standing|old|chronic|healed|remote)(?= in (?:appearance|nature)\b)|(?:likely|probably|presumably) (?:old|chronic|healed|remote|long-?standing)(?![\w-])(?<=(?:,| and| [-–—]) (?:most )?\w+ [\w-]+)`,
      // "a moderate wedge compression of the fifth thoracic vertebra, old and unchanged compared with a chest film from 2016".
      String.raw`(?:old|chronic|healed)(?= and (?:unchanged|stable|healed)\b)(?<=, (?:old|chronic|healed))`,
      // "Path # L2 - chronic, known since 2023": an age after a dash, or after the fracture at once ("L2 # old, Ø oedema"), or a
      // comma ("Grade 1 L1 CF, prevalent.", a prevalent fracture being one of no known age).
      String.raw`(?:chronic|old|healed|prevalent)(?=\s*(?:[,;.]|$))(?<=(?:#|fx|fractures?|CFs?)(?: [CTLS]\d{1,2})?(?: -)?,? (?:chronic|old|healed|prevalent))`,
      // ... or the last of its phrase's words: "a mild wedge deformity of T9, the margins corticated, old.".
      String.raw`old(?=\s*(?:[.;]|$))(?<=, old)`,
      // "D12 and L1 wedge compression #s, fresh / no h/o malignancy": a shorthand field ends after it.
      String.raw`(?:new|acute|fresh|recent)(?= +\/ )`,
      // ... or between commas after its level: "compression fracture Th12, new, not yet seen on foto 2023".
      String.raw`(?:new|acute|fresh|recent)(?=,)(?<=(?:fractures?|fx|#|V?CFs?|\d|bod(?:y|ies)),\s?\w+)`,
      // "L2 compression fracture was newly found compared with previous film", "was newly pointed out".
      String.raw`newly(?= (?:found|seen|detected|noted|discovered|diagnosed|identified|pointed out)\b)`,
      // "a T12 wedge compression deformity of indeterminate age", "of undetermined age", "of uncertain chronicity", "a compression
      // fracture of Th10 of older date".
      // ... and by its time, as Spanish's "tiempo de evolución" tells an age: "of indeterminate time of evolution".
      String.raw`(?:(?:all|both) )?(?:of )?(?:indeterminate|undetermined|uncertain|unknown) (?:age|chronicity)|of (?:older|old)(?= date\b)|(?:of )?(?:indeterminate|undetermined|uncertain|unknown)(?= (?:time|duration)(?: of evolution)?\b)`,
      // "a wedge-shaped deformity of Th8, the age of it is unclear", "the age of it can not be decided", "age cannot be
      // determined", "the age of the fracture cannot be told", "we cannot say old or new", "age not certain", "age of
      // fractures not determined", "age of fracture undetermined", "the age is impossible to say", "age of deformation
      // to determine not possible". ... or no study to tell it by: "there are no earlier spine images to date them"
      // (its last word, "date", says it).
      String.raw`no (?:earlier|prior|previous|older) (?:spine |spinal )?(?:images?|films?|studies|imaging|x-?rays?|radiographs?) to date(?= (?:it|them|these|this|the fractures?)\b)`,
      String.raw`(?:its |the )?age(?: of (?:it|(?:the |this |these )?(?:fractures?|deformit(?:y|ies)|deformations?|collapse|wedge)))? (?:(?:is |are |was |were )?(?:unclear|unknown|uncertain|indeterminate|undetermined|not known|not certain|not determined|not determinable|not established|impossible to (?:say|tell)|to determine (?:is )?not possible)|(?:can ?not|could not) (?:be )?(?:decided|determined|assessed|established|told|tell|said|estimated))(?: \((?:indeterminate|unknown|uncertain)\))?|(?:could not|can ?not|can't|couldn't) (?:say|tell)(?= how old (?:it|this|the fracture) (?:is|was)| (?:if |whether )?(?:(?:it is|it's|they are|these are) )?(?:old or new|new or old|old or recent|recent or old|acute or chronic|chronic or acute|acute or old|old or acute)\b)`,
      // A reader's verdict on its age: "a wedge # of L2 which the reporting radiologist felt was acute".
      // ... "which the report describes as chronic".
      // ... and "described by the radiologist as long-standing".
      String.raw`(?:felt|thought|considered|judged|deemed|described|describes|reported|reports|calls)(?: by (?:the |a )?(?:reporting )?(?:radiologists?|report))?(?: to be| as| was| is)? (?:acute|new|recent|fresh|subacute|old|chronic|healed|long-?standing)(?![\w-])`,
      // Its age as a predicate: "the L4 deformity is old and fully healed", "a mild T8 wedge deformity, which was
      // already present on her chest film from 2019", "compare to 2019 film it was already there with same shape" (not "the
      // T12 cement is old": the fracture's own); "the T4 and T5 fractures from diagnosis are healed".
      String.raw`(?:is|are|was|were) (?:now )?(?:old|chronic|healed|remote)(?![\w-])(?<=(?:fracture|fx|deformit(?:y|ie)|wedg(?:e|ing)|collapse|CF|#)s? (?:above |below |from (?:the )?[\w-]+ )?(?:is|are|was|were) (?:now )?\w+)|already(?= (?:present|seen|visible|there|known) (?:on|in|since|before|at|with (?:the )?same)\b)`,
    ],
  },

  // An MRI that calls the fracture benign denies a tumour: "benign osteoporotic fx", "benign features", "the appearances were
  // typical of an osteoporotic fracture" (the fracture word is left to the fracture rules: "Benign fracture of T12 known since
  // February" is a fracture of T12).
  {
    id: 'cancer',
    category: 'malignancy',
    assertion: 'negated',
    // Features only looked at ahead: they are the study's own finding (malignant-mri-feature), read next.
    patterns: [
      String.raw`benign(?= (?:(?:osteoporotic|OP) )?(?:fx|fracture|feature|appear|pattern))`,
      // The word alone, so "osteoporotic" after it still says osteoporosis.
      String.raw`typical(?= of (?:an? )?(?:benign |osteoporotic |insufficiency |OP )+(?:compression )?(?:fracture|fx|collapse|pattern))`,
    ],
  },
  // A biopsy or cytology that found something else or nothing: "brain biopsy ... was consistent with
  // demyelinating disease", "cytology and cultures were negative". It answers a cancer raised before it; on
  // its own (a muscle biopsy) it says nothing of cancer.
  {
    id: 'work-up-clear',
    category: null,
    patterns: [
      String.raw`(?:biopsy|histopathology|histology|cytology)[^.;\n]{0,60}?\b(?:was |were )?(?:consistent with|showed|revealed|negative)\b(?![^.;\n]{0,40}(?:malig|metasta|carcinoma|lymphoma|myeloma|plasmacytoma|tumou?r|neoplas|sarcoma|leuk))`,
    ],
  },
  // ... or a myeloma screen read as clear, whatever denial runs on before it: "she has never had cancer, her SPEP was
  // unremarkable".
  {
    id: 'work-up-clear',
    category: null,
    assertion: 'affirmed',
    patterns: [
      String.raw`(?:${MYELOMA_TESTS})(?: and [\w ]{1,30}?)? (?:(?:was|were|is|are|came back) )?(?:unremarkable|normal|negative)`,
    ],
  },
  // ... and a study's or a fracture's verdict in a word: "MRI then: benign, no mass", "L1 fx - benign."
  {
    id: 'cancer',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`benign(?<=\b(?:MRI|CT|biopsy|bx|fx|fracture|VCF|CF)\b[^.;\n]{0,25})(?=\s*(?:[,;.)(]|$))`,
      // "benign on MRI 2023".
      String.raw`benign(?= on (?:MRI|CT|PET|biopsy|bx)\b)`,
    ],
  },
  // Never had one, in a word: "pt himself cancer-free" (not "cancer-free since 2015", a history); or after a
  // relative's: "Her mother had breast cancer; she has none herself", "His father had prostate cancer; he has none",
  // "Sister w/ breast ca; pt none".
  {
    id: 'cancer',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`cancer[- ]free(?! (?:since|for|after|now|at|following)\b)`,
      // ... or "never" after it, its sentence's last word: "Cancer never.", "Malignancy: never", "Cancer before never.".
      String.raw`(?:cancer|malignancy|ca)(?=:? (?:before |ever )?never\s*(?:[.;]|$))`,
      // ... or a form's box answered without a colon: "Ca hx N", "Ca hx nil".
      String.raw`(?:cancer|malignancy|ca) (?:hx|history)(?= (?:N|nil|neg)(?:\s*[.;,]|\s*$))`,
      // ... "he himself has none".
      String.raw`none(?: (?:herself|himself))?(?<=\b(?:cancer|malignancy|ca|myeloma|lymphoma|leuka?emia|carcinoma|sarcoma|melanoma|tumou?r)\b[^.\n]{0,40}(?:(?:she|he)(?: herself| himself)? (?:has|had) none|none (?:herself|himself)))`,
      // ... or "herself never has", the cancer left unsaid: "her sister had breast cancer - she herself never has".
      String.raw`(?:she herself|he himself)(?<=\b(?:cancer|malignancy|ca|myeloma|lymphoma|leuka?emia|carcinoma|sarcoma|melanoma|tumou?r)\b[^.\n]{0,40}(?:she herself|he himself)) (?:never (?:has|had)|has never|has not|hasn't|did not|didn't|does not|doesn't)(?=\s*(?:[.;,)]|$))`,
      // ... and in shorthand: "Sister w/ breast ca; pt none", "Bro w/ prostate ca, pt none".
      String.raw`(?:pt|patient) (?:none|nil)(?![\w-])(?<=\b(?:cancer|malignancy|ca)\b[^.\n]{0,6}(?:pt|patient) (?:none|nil))`,
    ],
  },
  {
    id: 'malignant-mri-feature',
    category: 'malignancy',
    patterns: [
      String.raw`convex(?:ity|ed)? (?:bulg(?:e|ing) )?(?:of )?(?:the )?posterior (?:vertebral )?(?:body )?(?:cortex|cortical (?:margin|border)|border|margin|wall)`,
      String.raw`post(?:erior)? (?:cortical|cortex) bulg(?:e|ing)|bulging of (?:the )?posterior (?:vertebral )?(?:wall|cortex)|posterior wall bulg(?:e|es|ing)(?: convex)?`,
      // "tumor involve left pedicle", "tumour involving the T10 body and right pedicle".
      String.raw`(?:tumou?r|mass|lesion|metastasis|disease) involv(?:e|es|ing|ed) (?:the )?(?:(?:[CTL]\d{1,2} )?(?:vertebral )?body and (?:the )?)?(?:(?:left|right|both|bilateral) )?pedicles?`,
      // "L pedicle involved", "extends into the right pedicle", "involving bilateral pedicles", "tumour extending into the epidural space",
      // "tumour extending from T4 into the epidural space".
      String.raw`pedic(?:le|ular) (?:involvement|inv\b|destruction|infiltration|invasion|lesion)|pedicles? (?:is |are )?involved|involving (?:the )?(?:(?:bilateral|both|right|left) )?pedicles?|involvement of (?:the )?(?:(?:bilateral|both|right|left) )?pedicles?|(?:exten|spread)\w* (?:into|to) (?:the )?(?:(?:right|left|both) )?pedicles?|(?:tumou?r|mass|disease) exten\w* (?:from (?:the )?(?:[CTL]\d{1,2}|\w+ (?:body|vertebra)) )?into the epidural space|(?:infiltration|invasion|destruction) of the (?:(?:right|left|both) )?pedicles?`,
      String.raw`(?:epidural|paraspinal|paravertebral) (?:soft[- ]tissue )?(?:mass|tumou?r|extension|component)`,
      // ... and without its noun: "tumour in the vertebral body with epidural soft tissue", "a soft tissue component extending
      // into the epidural space", "soft-tissue extension into the right paraspinal muscles".
      // Shorthand's "ST" for soft tissue, "post" and "inv": "no post cortex bulge, no pedicle inv, no ST mass".
      String.raw`(?:soft[- ]tissue|ST) (?:mass|component)|epidural soft[- ]tissue|soft[- ]tissue extension(?= (?:in)?to (?:the )?(?:(?:right|left|both|bilateral) )?(?:paraspinal|paravertebral|epidural|psoas|canal))`,
      String.raw`(?:diffuse )?(?:T1 )?marrow replacement`,
      // "tumour replacing the vertebral body", "tumour replacing L4 body + L pedicle".
      String.raw`(?:tumou?r|lesion|mass|disease) replac(?:ing|es|ed) (?:the |most of the |much of the )?(?:[CTLS]\d{1,2} )?(?:(?:vertebral )?body|marrow)`,
    ],
  },
  // A cancer history called quiet, as a Russian-schooled note says it: "Oncoanamnesis calm, tumours no".
  {
    id: 'cancer',
    category: 'malignancy',
    assertion: 'negated',
    patterns: [String.raw`onco-?anamnesis (?:is )?(?:calm|quiet|clean)`],
  },
  {
    id: 'cancer',
    category: 'malignancy',
    patterns: [
      String.raw`metasta(?:sis|ses|tic)(?: (?:disease|lesions?|deposits?))?`,
      // ... and its misspellings: "multiple mieloma", "multiple myloma".
      String.raw`(?:multiple )?(?:myeloma|mieloma|myloma)`,
      String.raw`mets`,
      // One deposit named by its level, as shorthand writes it: "bx-proven L2 met w/ pathologic CF".
      String.raw`met(?![\w-])(?<={LEVEL} met)`,
      String.raw`plasmacytoma`,
      String.raw`(?:adeno|squamous cell |renal cell |small cell )?carcinoma`,
      // ... and with its organ as one word, as Dutch and German write it: "mammacarcinoma", "coloncarcinoma", Dutch's
      // "prostaatcarcinoom".
      String.raw`(?:mamma|colon|rectum|recto|prostate|prostata|prostaat|bronchus|bronchial|lung|long|renal|nier|gastric|ovarian|cervix|thyroid)carcino(?:ma|om)`,
      // A history told in a second language's words: "without oncological antecedents", "no neoplastic pathologies",
      // "onco anamnesis negative", "oncological anamnesis is not burdened". ... and written as one word: "Oncoanamnesis
      // not burdened"; a bare "oncology" answered no: "osteoporosis no, oncology no", "oncology - no", "Oncology: no.",
      // "Oncology in anamnesis - no" (a Belarusian "- ne"), "No oncology in anamnesis"; a label of its own answered a
      // form's way: "Oncological: negated", "Oncologic: none"; French's "néoplasique" in English: "No neoplasic
      // antecedent".
      String.raw`(?:onco(?:logic(?:al)?|logy)?|neoplas(?:tic|ic)) (?:antecedents?|patholog(?:y|ies)|anamnesis|diseases?|history|background)|oncoanamnesis|oncology(?=(?: in (?:the )?(?:anamnesis|history))?:? (?:[-–] )?n[oe]\b)|oncology(?<=\bno oncology)(?= (?:in|history|hx|anamnesis)\b)|oncologic(?:al)?(?=:)`,
      // The organ is part of the term ("breast cancer"); any word before it would swallow "no" or "of".
      // Notes shorten it beside the organ: "hx breast ca", "prostate Ca", "ca prostate". Not a screening
      // ("bowel cancer screening": the trap above then takes "cancer screening").
      // ... and "ca of the breast".
      String.raw`(?:${ORGANS}) ca(?:ncer)?(?! (?:screening|screen|risk|prevention))|ca (?:of (?:the )?)?(?:${CA_ORGANS})`,
      String.raw`(?:(?:metastatic|advanced) )?cancer`,
      // A tumour staged by TNM: "NPC T3N1M0 s/p CCRT 2017", "pT2N0M0 breast" (no level: "T3" runs on into its "N").
      String.raw`[cpy]?T[0-4x][a-d]?N[0-3x][a-c]?M[01x][a-c]?`,
      // A tumour of an organ whose tumours are nearly all cancers ("known prostate tumour"), and the grade
      // only a prostate cancer has ("Gleason 9").
      String.raw`(?:breast|lung|prostat(?:e|ic)|renal|kidney|bladder|colon|colorectal|rectal|bowel|pancreatic|ovarian|o?esophageal|gastric|testicular) tumou?rs?|Gleason(?: score)?(?= \d)`,
      // A primary tumour known to be there.
      String.raw`known primary(?: (?:malignancy|tumou?r|cancer))?`,
      String.raw`malignan(?:cy|cies|t)(?: (?:lesions?|neoplasm|tumou?r))?|malig`,
      String.raw`melanoma|lymphoma|sarcoma|leuka?emia`,
      // British and Australian reports: "bony deposits", "skeletal secondaries", "tumour infiltration" (before
      // "neoplastic" alone, which would end the match first).
      String.raw`(?:bony|bone|osseous|skeletal|sclerotic|lytic|blastic|metastatic) (?:deposits?|secondaries)|secondaries`,
      String.raw`(?:tumou?r|neoplastic|malignant) (?:infiltration|involvement|deposits?)`,
      String.raw`neoplas(?:m|tic)(?: process)?`,
    ],
  },
  // A lesion that may be malignant: suspicion, not a diagnosis ("lytic lesion", "destructive changes").
  {
    id: 'destructive-lesion',
    category: 'malignancy',
    patterns: [
      String.raw`(?:osteo)?lytic (?:lesions?|process)`,
      String.raw`(?:(?:osteo)?(?:lytic|blastic)|destructive) (?:osseous |bony |bone )?(?:lesions?|changes?|process)`,
      String.raw`(?:bony |osseous )destructive (?:lesions?|changes?|process)`,
      String.raw`(?:suspicious )?(?:osteo)?(?:lytic|blastic|sclerotic) or (?:osteo)?(?:lytic|blastic|sclerotic) (?:osseous |bony |bone )?lesions?`,
      String.raw`(?:suspicious|aggressive) (?:osseous|bony|bone|marrow|focal bone) lesions?`,
      // ... a lesion a tracer lights up: "PSMA-avid lesion at L5 with a pathological compression fracture"; and with its level
      // between the adjective and the noun: "known lytic L3 lesion w/ pathologic CF".
      String.raw`(?:PSMA|FDG|PET|tracer|MIBG)[- ]avid (?:lesions?|foc(?:us|i)|deposits?)`,
      String.raw`lesions?(?<=\b(?:(?:osteo)?(?:lytic|blastic)|destructive|expansile) {LEVEL} lesions?)`,
    ],
  },
  { id: 'tumour', category: 'malignancy', patterns: [String.raw`tumou?rs?`] },
  // A mass denied, as a study's list of what it did not find says it: "MRI lumbar: ... No mass, pedicles normal". Only an MRI's
  // findings read it: an abdomen's "No masses" denies no cancer, and a mass found may be anything ("body mass").
  {
    id: 'mass-denied',
    category: null,
    patterns: [
      String.raw`mass(?:es)?(?<=\b(?:no|nil|without) (?:(?:soft[- ]tissue|paraspinal|paravertebral|epidural|associated|focal) )?mass(?:es)?)`,
    ],
  },
  // ... and the places a tumour spreads to, said to be clear: "pedicles intact", "paravertebral tissues without changes" (read
  // as denials on the MRI that says them).
  {
    id: 'mass-denied',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`pedicles? (?:are |is )?(?:normal|intact|spared|preserved|uninvolved|not involved)`,
      String.raw`(?:paravertebral|paraspinal|prevertebral) (?:soft )?tissues? (?:are |is )?(?:normal|unremarkable|intact|without (?:changes|abnormalit(?:y|ies)|pathology))`,
    ],
  },
  // Treatment only cancer gets: a cancer when given, nothing when only considered or denied.
  { id: 'chemotherapy', category: 'malignancy', patterns: [String.raw`chemo(?:therapy)?`, String.raw`R-?CHOP`] },
  // A mass in an organ that cancers start in: a possible malignancy, not a diagnosis.
  {
    id: 'mass',
    category: 'malignancy',
    patterns: [
      String.raw`(?:lung|pulmonary|renal|kidney|breast|liver|hepatic|pancreatic|adrenal|mediastinal|hilar|prostat(?:e|ic)|thyroid) (?:mass(?:es)?|lesions? suspicious for malignancy)`,
    ],
  },
  // Weight lost as a treatment, before the page's "weight loss": "knee pain for 6 years despite weight loss, physical
  // therapy and injections".
  {
    id: 'intended-weight-loss',
    category: null,
    silent: true,
    patterns: [String.raw`weight loss(?<=\b(?:despite|with|through|by|including|after) weight loss)`],
  },
  {
    id: 'weight-loss',
    category: 'malignancy',
    patterns: [
      String.raw`(?:unexplained |unintentional |unintended )?(?:weight|wt\.?) loss`,
      // ... told with the verb: "5 kg of weight lost without trying", "weight lost unintentionally".
      String.raw`(?:weight|wt\.?) (?:lost|dropped)(?= without (?:trying|dieting|meaning to)| unintentionally| unintendedly)|(?:weight|wt\.?) lost(?<=\d ?(?:kg|kilos?|lbs?|pounds) of (?:weight|wt\.?) lost)`,
      // ... and in a second language's order: "Also 5 kg weight she has lost in two months without diet".
      String.raw`lost(?<=\d ?(?:kg|kilos?|lbs?) (?:of )?weight (?:she |he )?(?:has |had )?lost)`,
    ],
  },
  {
    id: 'night-pain',
    category: 'malignancy',
    patterns: [String.raw`(?:pain at night|night(?:time)? pain|nocturnal pain)`],
  },

  {
    id: 'neuro-deficit',
    category: 'neurologic',
    patterns: [
      // The syndrome; "the cauda equina was visualized" names the anatomy.
      String.raw`cauda equina syndrome`,
      String.raw`saddle ana?esthesia`,
      String.raw`(?:(?:bowel|bladder)(?: ?(?:and|or|\/) ?(?:bowel|bladder))? (?:dysfunction|incontinence|retention|symptoms|problems|changes?|complaints|c\/o|sx|difficulty))`,
      // ... "urine retention" in a second language's words.
      String.raw`(?:urinary|urine|fecal|faecal) (?:incontinence|retention)`,
      // ... and in plain words: "she cannot pass water", "unable to pass urine".
      String.raw`(?:cannot|can't|can not|could not|couldn't|unable to) pass (?:water|urine)`,
      // A bladder that fills unfelt: "he now has a palpable bladder with no urge to void".
      String.raw`(?:palpable|distended|painless(?:ly)? (?:full|distended)) bladder`,
      String.raw`incontinen(?:ce|t)`,
      String.raw`(?:para|quadri|tetra|hemi|mono)(?:paresis|plegia|plegic)`,
      // The senses or the cord disturbed, in a second language's words: "no sensory disturbance", "no sensory or motor
      // disturbances", "without focal symptomatics".
      String.raw`(?:(?:sensory|motor)(?: (?:or|and|\/) (?:sensory|motor))? )disturbances?|focal symptomatics?`,
      // A limb's palsy in a second language's words: "Residual paresis of right foot", "Lower extremity paralysis";
      // a paresis alone is a limb's ("Paresis and sphincter disorders negates"), not a face's, an eye's or a nerve's, nor a
      // consent's risk; a paralysis alone only where denied ("No paralysis, no bladder-rectal disorder": "risks such as death
      // and paralysis" are no deficit).
      String.raw`(?:paresis|paralysis)(?= of (?:the )?(?:(?:right|left|both|R|L) )?(?:foot|feet|leg|legs|lower (?:limbs?|extremit(?:y|ies))|arm|hand))|(?:lower (?:limb|extremity)|leg) (?:paresis|paralysis)`,
      String.raw`paresis(?! of (?:the )?(?:face|facial|vocal|gaze|eye|\w+ nerve))(?<!(?:facial|vocal cord|gaze|nerve|palsy|cranial) paresis)(?<!\brisks?\b[^.;]{0,40}paresis)`,
      String.raw`(?:sphincter|bladder[- ]rectal) (?:disorders?|disturbances?|dysfunction|problems?|troubles?)|paralysis(?<=\b(?:no|nil|without|denies) paralysis)`,
      String.raw`(?:(?:leg|arm|extremity|motor|muscle|focal|lower extremity|upper extremity|[RLB][UL]E|LE|bilateral) )weakness`,
      String.raw`weak(?:ness|enss) (?:on (?:her|him) )?(?:in|of) (?:the |both |his |her |bilateral |the two )?(?:(?:right|left|R|L) )?(?:legs?|arms?|lower|upper|inferior members|extremit\w+|feet|foot|hands?)`,
      String.raw`(?:triceps|biceps|deltoid|quad\w*|hamstring|hip[- ](?:flex|abduct)ors?|(?:hip|knee) (?:flexion|extension)|grip|EHL|tibialis anterior|gastroc\w*|ankle|toe|wrist extensor|(?:plantar ?|dorsi)flex\w*) weakness`,
      String.raw`weakness (?:of|in) (?:the )?(?:right|left|bilateral|both) (?:plantar ?flexion|dorsiflexion|triceps|biceps|deltoid|quadriceps|grip|hip|ankle|toe|foot|hand|arm|leg)s?`,
      String.raw`numbness`,
      // "No loss of strength in the legs", a second language's "loss of force in both legs".
      // ... or "deficits of strength or of sensitivity in the lower limbs".
      String.raw`(?:loss|deficits?) of (?:strength|power|force|sensation|sensibility|sensitivity|feeling)(?=(?: (?:or|and) (?:of )?(?:strength|power|sensation|sensibility|sensitivity|feeling))? in (?:the |both |his |her )?(?:legs?|lower (?:limbs?|extremit(?:y|ies))|inferior (?:limbs|members)|feet|foot))`,
      String.raw`pa?ra?esthesias?`,
      String.raw`pins and needles|tingling`,
      String.raw`hypo?a?esthesia`,
      String.raw`(?:reduced|decreased|diminished|altered|impaired|absent|loss of|lost) (?:(?:light[- ]touch|pin ?prick|vibration|proprioceptive|perianal)(?: sensation)?|sensation|proprioception)`,
      // A muscle graded below full: "4/5 left EHL", "EHL 4/5".
      String.raw`(?:EHL|hip flex(?:ion|ors?)|quads?|tibialis anterior|(?:ankle )?dorsiflex(?:ion|ors?)|iliopsoas|gastroc\w*) [0-4][+-]?\/5`,
      String.raw`[0-4][+-]?\/5 (?:(?:left|right|bilateral|L|R) )?(?:EHL|hip flex\w*|quad\w*|tibialis anterior|(?:dorsi|plantar ?)flex\w*|gastroc\w*|deltoids?|biceps|triceps|grip|wrist extensors?|hamstrings?|iliopsoas)`,
      String.raw`(?:reduced|decreased|diminished) (?:motor )?(?:power|strength)`,
      String.raw`MRC (?:grade )?[0-4](?:\/5)?`,
      String.raw`sphincter (?:disturbances?|dysfunction|involvement|problems)`,
      String.raw`sensation (?:is |was |are )?(?:decreased|diminished|reduced|absent|altered|impaired)`,
      String.raw`difficulty (?:voiding|urinating|with urination|passing urine)`,
      String.raw`(?:positive|\+) Hoffmann'?s?(?: sign)?|Hoffmann'?s?(?: sign)? (?:is )?(?:positive|present)`,
      String.raw`(?:loss of|lost|reduced|decreased|diminished|absent|poor|lax) (?:anal|rectal|sphincter) tone`,
      String.raw`(?:anal|rectal) tone (?:is |was )?(?:reduced|decreased|diminished|absent|lax|poor)`,
      // Signs of the cord: "upgoing plantars", "positive Babinski".
      String.raw`(?:upgoing|extensor) plantars?(?: responses?)?|(?:positive|\+) Babinski|Babinski (?:sign )?(?:is )?(?:positive|present|upgoing)`,
      String.raw`weak (?:(?:right|left|bilateral) )?(?:(?:ankle|hip|knee|great toe|toe|wrist|elbow|shoulder) )?(?:(?:dorsi|plantar ?)?flex\w*|exten\w*|abduction|grip)`,
      // ... and the weakness of a movement or a muscle: "mild weakness of great toe extension", "weakness in the left EHL".
      String.raw`weakness (?:of|in) (?:the )?(?:(?:right|left|R|L|both|bilateral) )?(?:(?:great toe|big toe|toe|ankle|hip|knee|foot) )?(?:(?:dorsi|plantar ?)?flex\w*|exten\w*|EHL|quad\w*|tibialis anterior|hip flexors?)`,
      // "No focal neurology": British for no focal deficit.
      String.raw`focal neurology`,
      String.raw`sensory (?:level|loss|deficits?|changes?)`,
      // ... and in the other order: "Known left-sided drop foot since disc operation".
      String.raw`foot drop|drop foot`,
      String.raw`myelopath(?:y|ic)`,
      String.raw`clonus|hyperreflexia`,
      // ... shorthand's "neuro def", and a bare "def" marked none under a neuro label ("Neuro: Ø def").
      String.raw`(?:focal )?neuro(?:log(?:ic|ical))? (?:deficits?|defs?|compromise|symptoms|signs|changes|sx)|neurodeficits?|neurologically (?:compromised|impaired)`,
      String.raw`defs?(?<=[Ø∅] ?defs?)`,
      // ... or heavy, in a patient's words: "since this morning both legs feel heavy".
      // ... a second language's doubled subject: "the legs they have become weak", "the urine is not coming"; a weakness
      // coming on: "both legs are becoming weak".
      String.raw`(?:legs?|arms?) (?:they )?(?:feel |feels |felt |are |is |became |(?:are |is |were |was )?(?:becoming|getting|growing) |have become |has become )?weak|legs? (?:they )?(?:feel|feels|felt|feeling|are|have become|became) (?:very )?heavy|urine (?:is |was )?not coming`,
      String.raw`numb`,
      // Strength graded below full: "strength is 3 out of 5", "4/5 shoulder strength".
      String.raw`(?:strength|power) (?:is |of )?[0-4](?:\+|-| plus| minus)?(?: ?\/ ?| out of |-)5`,
      String.raw`(?:complete |incomplete )?(?:spinal )?cord injury|SCI`,
      String.raw`[0-4][+-]?\/5 (?:[a-z]+ ){0,2}(?:strength|power)`,
      String.raw`(?:can't|cannot|can not|could not|couldn't|unable to|(?:can|could) no longer) (?:lift|move|feel|walk on) (?:(?:her|his|my|the|both|either) )?(?:legs?|arms?|feet)`,
      // ... in the patient's own words: "my legs won't hold me"; and a sensory level told as a band: "a band of numbness at
      // the level of the umbilicus".
      String.raw`legs? (?:won't|will not|wouldn't|would not|don't|do not|can't|cannot) (?:hold|support|carry) (?:me|her|him|(?:my|her|his) weight)|band of (?:numbness|altered sensation|sensory loss)`,
      String.raw`(?:lost|loss of) control of (?:(?:her|his|the) )?(?:bladder|bowels?)`,
      String.raw`(?:bladder|bowel) control (?:is )?lost`,
      // ... "she has wet herself twice without realising".
      String.raw`(?:wet|soiled) (?:herself|himself|themselves|the bed)`,
      String.raw`(?:focal |gross )?(?:motor |sensory )?deficits?`,
    ],
  },
  // Weakness named without a limb: a deficit when the text denies it ("denies weakness"), but on its own
  // ("generalized weakness") not a sign of the spine.
  {
    id: 'weakness',
    category: 'neurologic',
    patterns: [String.raw`(?:generali[sz]ed |general |overall |increasing )?weakness`],
  },
  // A finding from the past that is still there: "spinal AVM resection 1986 with residual T9 sensory level".
  { id: 'still-present', category: null, patterns: [String.raw`residual|persistent|persisting|ongoing|continued`] },
  // A cord pressed in words the page need not show: "~4mm retropulsion indenting cord", "a fragment that flattens the conus",
  // "a fragment pushed backwards pressing the conus".
  {
    id: 'cord-compression',
    category: null,
    patterns: [
      String.raw`(?:indent|flatten)(?:ing|s|ation of) (?:the )?(?:spinal )?(?:cord|conus|cauda equina)|(?:press(?:ing|es)|impinging) (?:on |against |upon )?(?:the )?(?:spinal )?(?:cord|conus(?: medullaris)?|cauda equina)`,
    ],
  },
  // A canal or roots pressed in words the page need not show: "narrowing the central canal", "compressing the
  // traversing nerve roots", "polyradiculopathy".
  {
    id: 'canal-compromise',
    category: null,
    // ... or the canal alone: "retropulsed fragment narrowing canal".
    patterns: [
      String.raw`narrow(?:s|ing) (?:of )?the (?:central|spinal central|central spinal) canal|narrow(?:s|ing) (?:the )?(?:spinal )?canal`,
      // ... or a share of it taken: "a retropulsed fragment occupying 60% of the canal".
      String.raw`(?:occupy(?:ing|ies)|fill(?:ing|s)|narrow(?:ing|s)|compromis(?:ing|es)|obliterat(?:ing|es)) (?:~|about |approximately |nearly |almost )?\d{1,3} ?% of the (?:spinal |central |vertebral )?canal`,
    ],
  },
  {
    id: 'neural-compression',
    category: null,
    patterns: [
      // ... and a root named by its side and level: "a retropulsed fragment compressing the right L3 nerve root".
      String.raw`compress(?:ing|es|ion of) the (?:traversing|exiting|descending) (?:nerve )?roots?|polyradiculopath(?:y|ies)|compress(?:ing|es|ion of) the (?:(?:right|left|bilateral) )?(?:[CTLS]\d{1,2} )?nerve roots?`,
      // "pressing on roots of cauda equina", "impinging on the thecal sac".
      String.raw`(?:press(?:ing|es)|impinging) on (?:the )?(?:(?:traversing|exiting|descending) )?(?:(?:nerve )?roots?|thecal sac|cauda equina|conus)`,
    ],
  },
  // Bone pushed into the canal in words of its own: "the posterior wall pushed backwards into the spinal canal".
  {
    id: 'retropulsion',
    category: null,
    patterns: [
      String.raw`(?:pushed|displaced|protruding|bulging|driven) (?:back|backwards?|posteriorly) into the (?:spinal |vertebral )?canal`,
    ],
  },
  // Retention in the patient's words, which the page need not show: "difficulty starting to pass urine".
  {
    id: 'neuro-deficit',
    category: null,
    patterns: [
      String.raw`difficulty (?:starting|beginning|initiating) to (?:pass urine|void|urinate)`,
      // "his legs had become weak", "both legs became weak".
      String.raw`legs (?:had |have |has )?(?:become|became|got|gone|grown) (?:weak|numb)`,
      // "she has not voided since last night" (the "not" inside is the finding's own, not a denial of it).
      String.raw`(?:has|had|have) not (?:voided|urinated|passed (?:urine|water))|(?:hasn't|hadn't|unable to) (?:voided|void|urinated?|pass(?:ed)? (?:urine|water))`,
      String.raw`legs (?:give|gave|giving|keep giving|are giving) way`,
      // "no bladder or leg symptoms".
      String.raw`(?:bowel|bladder) or (?:leg|limb) (?:symptoms|sx|problems|complaints)`,
      // Shorthand arrows and contractions: "↓ power L leg 4/5", "↓ sensation both legs + urinary ret'n".
      String.raw`↓ ?(?:power|strength|sensation|sens)\b|(?:urinary )?ret'n`,
    ],
  },
  // A cause of numbness in a nerve or the brain: a deficit in its sentence is not a spinal one, and a
  // report that names one (and no spinal cause) has its sensory symptoms set aside.
  {
    id: 'nerve-cause',
    category: null,
    patterns: [
      String.raw`carpal tunnel(?: syndrome)?|(?:peripheral |diabetic |chemotherapy[- ]induced |sensory )?(?:poly)?neuropathy|ulnar neuritis`,
      // A drug named as the cause: "tingling in her feet from bortezomib".
      String.raw`(?:bortezomib|thalidomide|vincristine|oxaliplatin|paclitaxel|cisplatin)(?<=(?:from|due to|secondary to|related to) (?:bortezomib|thalidomide|vincristine|oxaliplatin|paclitaxel|cisplatin))`,
      // A nerve trapped or bruised in a limb: "median nerve entrapment", "ulnar nerve compression at the elbow", "mild
      // median nerve paresthesia" after a wrist fracture, "(median nerve distribution)".
      String.raw`(?:median|ulnar|radial|peroneal|lateral femoral cutaneous) nerve (?:entrapment|compression|palsy|lesion|injury|damage|distribution|territory|paraesthesiae?|paresthesias?|neurapraxia)|entrapment neuropathy`,
      // The pattern of a neuropathy, not of a root: "numbness in a stocking distribution".
      String.raw`(?:stocking(?:[- ]glove)?|glove(?:[- ]and[- ]stocking)?) distribution`,
      // Diabetes named as the cause, not merely in the history: "diminished vibration at the toes, consistent
      // with his diabetes".
      String.raw`(?:diabetes(?: mellitus)?|T2DM|DM)(?<=(?:consistent with|due to|from|attributed to|attributable to|related to|secondary to|c\/w) (?:(?:his|her|the|known|long-?standing|poorly controlled) )*(?:diabetes(?: mellitus)?|T2DM|DM))`,
    ],
  },
  // A brain lesion, which explains weakness as well as numbness: "right hemiparesis from a left MCA infarct".
  {
    id: 'brain-cause',
    category: null,
    patterns: [
      String.raw`stroke|CVA|(?:cerebral|cortical|brain|MCA|ACA|PCA|lacunar|thalamic|pontine|cerebellar|capsular)(?: branch| territory)? (?:infarct(?:ion)?s?|h(?:a)?emorrhage)`,
    ],
  },
  // An infection told as over with its "now asymptomatic", which is the infection's, not the spine's (read whole, before the
  // urinary cause and "asymptomatic"): "Treated for UTI last month with nitrofurantoin, now asymptomatic".
  {
    id: 'infection',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`(?:pneumonia|(?:chest |urinary tract )?infection|UTI|cellulitis)(?: (?:last|this|in) \w+)?(?: (?:with|on) [\w-]+)?,? now asymptomatic`,
    ],
  },
  // Another cause outside the spine, of incontinence or of numbness at one site: a deficit in its
  // sentence is not a spinal one.
  {
    id: 'non-spinal-cause',
    category: null,
    patterns: [
      // Incontinence of another cause: "since childbirth", "stress incontinence", the prostate.
      String.raw`childbirth|(?:stress|urge) (?:urinary )?incontinence|overactive bladder|detrusor (?:overactivity|instability)|BPH|benign prostatic hyp\w+|prostatectomy|urinary tract infection|UTI`,
      // "chronically incontinent of urine from her dementia".
      String.raw`dementia(?<=(?:from|due to|because of|secondary to|with) (?:her |his )?(?:advanced |moderate |severe )?dementia)`,
      // ... and the bladder a pelvic radiotherapy left: "his only bladder change is the frequency he has had since the
      // radiotherapy".
      String.raw`(?:radiotherapy|radiation|brachytherapy)(?<=(?:since|after|from|following|due to) (?:the |his |her |pelvic |prostate )*(?:radiotherapy|radiation|brachytherapy))`,
      // An old weakness of another cause: "chronic left foot drop from childhood polio".
      String.raw`(?:post-?)?polio(?:myelitis)?`,
      // Arm numbness with chest pain is the heart's: "Left arm numbness and chest pain".
      String.raw`(?:and|with) chest pain`,
      // Weakness that pain holds back, not a weak muscle: "4+/5 hip flexion limited by hip surgery discomfort".
      String.raw`(?:limited|restricted) by (?:\w+ ){0,3}(?:pain|discomfort)|pain[- ]limited`,
      // Numbness at a site no spinal root explains alone: "clavicle numbness", "numbness around the incision".
      String.raw`(?:facial|perioral|incisional|clavic(?:le|ular)|chest wall|lip|tongue|chin|jaw|scalp)(?= (?:numbness|pa?ra?esthesias?|tingling))`,
      String.raw`(?:of|in|over|around|near|along|at) the (?:face|lips?|chin|cheek|jaw|clavicle|incision|wound|scar|surgical site)`,
      // Deficits of thinking, not of the cord: "MoCA 21/30 with deficits in delayed recall, verbal fluency".
      String.raw`cognitive|(?:delayed |short-term )?recall|verbal fluency|Montreal Cognitive Assessment|MoCA|Mini-Cog|MMSE`,
    ],
  },
  // Imaging signs and root pain: neurologic words to see, but not a deficit of the patient by themselves.
  // Cord compression apart, since "no cord compression" also says there is no spinal deficit.
  {
    id: 'cord-compression',
    category: 'neurologic',
    patterns: [
      String.raw`(?:spinal )?cord compression`,
      String.raw`compression (?:of|on) the (?:spinal )?cord`,
      String.raw`compress(?:ing|es|ion of) (?:the )?(?:ventral |dorsal |thoracic )?(?:conus(?: medullaris)?|cauda equina|(?:spinal )?cord)`,
    ],
  },
  {
    id: 'neural-compression',
    category: 'neurologic',
    patterns: [
      String.raw`(?:nerve )?root compression`,
      String.raw`compress(?:ing|es|ion of) the (?:thecal sac|(?:nerve )?roots?)`,
      String.raw`radiculopath(?:y|ies)`,
    ],
  },

  // "T12 osteoporotic compression fracture": the adjective describes the fracture and takes no level from it.
  {
    id: 'osteoporosis',
    category: 'bone-health',
    modifier: true,
    patterns: [
      String.raw`ost[eé]oporoti(?:c|que)(?=\s+(?:[\w-]+\s+){0,2}?(?:compression|fractures?|fx|wedg|deformit|VCF|CF|collapse))`,
      // "L1 OP CF": an osteoporotic fracture; so is a second language's "osteoporosis fracture".
      // ... a region between them too: "multiple old OP thoracic VCFs".
      // ... and a level: "known chronic OP L2 wedge #".
      // ... and in a second language's spelling: "osteoporose fracture", "osteoporoza fracture".
      String.raw`(?:OP|osteoporosis|osteoporo(?:se|za))(?= (?:(?:[CTLS]|Th|D)\d{1,2} )?(?:(?:thoracic|lumbar|thoracolumbar|spinal|vertebral) )?(?:V?CF|VFs?|fx|#|fractures?|wedge|compression|comp|burst|crush))`,
    ],
  },
  // The condition a bone drug is given for is the patient's, in a plan too: "Plan: ...; continue alendronate for her
  // osteoporosis".
  {
    id: 'osteoporosis',
    category: 'bone-health',
    assertion: 'affirmed',
    patterns: [
      String.raw`osteoporosis(?<=\b(?:alendronate|alendronic acid|risedronate|ibandronate|zoledron\w*|denosumab|Prolia|teriparatide|Forsteo|romosozumab|raloxifene|bisphosphonates?)[^.;\n]{0,30}? for (?:her|his|the patient's|their) osteoporosis)`,
    ],
  },
  {
    id: 'osteoporosis',
    category: 'bone-health',
    patterns: [
      // With the misspellings "osteoporsis" and "osteoporosys", and Portuguese's and Dutch's "osteoporose", French
      // "ostéoporotique", Esperanto "osteoporoza".
      String.raw`ost[eé]op(?:or|ro)(?:o?sis|osys|otique|otic|ose|oza)`,
      // "known OP", "k/c/o OP" (known case of): the abbreviation only after a word that says it is a diagnosis ("OP" is
      // also an operation).
      String.raw`(?:known|hx|h\/o|k\/c\/o|PMHx?|severe|established) OP(?![\w-])|OP(?![\w-])(?<=(?:->|→) ?OP)`,
      // "no OP", "not OP": the abbreviation alone, so that the denial denies it.
      String.raw`OP(?![\w-])(?<=\b(?:no|nil|not) OP)`,
      // OP as an item of a list of conditions: "78F OP, acute L1 CF", "on pred for PMR, OP.", "pred + OP,", "79F, OP
      // (DXA T -2.9)", "75yo F | OP, s/p VP", a list's last item at its line's end ("PMHx: L3–S1 PLIF 2017; T2DM; OP"), or a
      // sentence of its own: "Pt: F79. OP."; a list's first item: "84M w/ OP + EtOH cirrhosis".
      String.raw`OP(?=\s*[,;.(+&]|[ \t]*(?:\n|$))(?<=(?:\d[MF]|[,;+|]|\bw\/|\bwith) OP|[.\n] ?OP|(?:Δ|Dx|Imp|PMHx?|Hx):? ?OP)`,
      // "OP on alendronate": treated, so a diagnosis, not an operation.
      // "OP denied".
      String.raw`OP(?= (?:denied|excluded)\b| ?[✗✘✓])`,
      String.raw`OP(?= on (?:DXA|DEXA|BMD|alendronate|risedronate|ibandronate|zoledron\w*|denosumab|teriparatide|romosozumab|bisphosphonates?|Prolia|Fosamax|Actonel|Aclasta|Reclast|Forteo|Evenity))`,
      String.raw`osteopeni(?:a|c)`,
      // Denied in general words: "no known bone disease" (a bone disease said to be there may be a tumour's).
      String.raw`bone d(?:isease|z)(?<=\b(?:no|nil) (?:known )?(?:metabolic )?bone d(?:isease|z))`,
      // Low density is the disease; "bone density" alone is the test ("never had a bone density scan").
      String.raw`(?:low|reduced|decreased) bone (?:mineral )?density`,
    ],
  },
  // ... the sign dictated: "a T-score of minus 2.9".
  {
    id: 't-score',
    category: 'bone-health',
    patterns: [String.raw`T-? ?score(?: of)? ?(?:[-−–]|minus )? ?\d(?:\.\d)?`],
  },
  // ... and in shorthand after the test's name: "DEXA 2023 T -2.7", "BMD: T -3.1".
  {
    id: 't-score',
    category: null,
    patterns: [
      String.raw`(?:DXA|DEXA|BMD)(?: (?:scan|20\d\d))?:? T ?[-−–] ?\d(?:\.\d)?`,
      // ... or after the site measured: "L1-L4 T -3.1, FN T -2.6".
      String.raw`(?:L[1-4][-–]L[1-4]|FN|femoral neck|hip|L-?spine|lumbar spine) T ?[-−–] ?\d(?:\.\d)?`,
      // "lumbar spine T-score is -2.9".
      String.raw`T-? ?score (?:is|was|of) [-−–] ?\d(?:\.\d)?`,
    ],
  },
  {
    id: 'steroids',
    category: 'bone-health',
    patterns: [
      String.raw`(?:chronic |long-term )?(?:cortico)?steroids?`,
      String.raw`glucocorticoids?`,
      String.raw`prednisone`,
    ],
  },
  {
    id: 'bone-therapy',
    category: 'bone-health',
    patterns: [
      String.raw`bisphosphonates?|alendronate|zoledronic acid|denosumab|teriparatide|abaloparatide|romosozumab`,
    ],
  },
  // A limb named by its side that cannot be moved, read by the case only: "she cannot lift her R leg off the bed".
  {
    id: 'neuro-deficit',
    category: null,
    patterns: [
      String.raw`(?:can't|cannot|can not|unable to|(?:can|could) no longer) (?:lift|move|raise) (?:her|his|the) (?:R|L|right|left) (?:leg|arm|foot)`,
    ],
  },
  // Calcium checked, listed among other labs or taken with vitamin D, not a cancer: "after checking Ca, 25-OH
  // vitamin D and creatinine",
  // "Ca, alk phos, TSH and testosterone normal" (before the cancer rules, which would take "Ca" at the same place;
  // no case field reads it).
  {
    id: 'calcium',
    category: null,
    patterns: [
      // ... and a Romanian lab line's "Ca and fosfataza alcalină in normal limits".
      String.raw`Ca(?<=(?:check(?:ing|ed)?|serum|corrected|adjusted|ionised|ionized) Ca)|Ca(?=,? (?:(?:and|&) )?(?:alk|phos|fosf|PTH|vit|Mg|albumin|creat))`,
      // A supplement after vitamin D: "start vit D/Ca", "Vit D + Ca"; an Indian lab list's "Sr. Vit D3, S. Ca, BMD" (serum).
      String.raw`Ca(?<=\bD ?[\/+&] ?Ca)|Ca(?<=\b(?:S|Sr|Se)\.? ?Ca)|Ca(?<=\bVit(?:amin)? D3?,? (?:and )?Ca)`,
    ],
  },
  // Cancer and trauma in a second language's words: "no malignoma in the anamnesis", "without signs of malignity", "no
  // antecedents of neoplasia" (Catalan "neoplàsia", and Spanish and Catalan shorthand's "No neo."), "no tumoral
  // antecedent", "without traumatism", "No previous neoplasms", "Malignitad: none known".
  {
    id: 'cancer',
    category: null,
    patterns: [
      String.raw`malignoma|malignit(?:y|eit|ad|é|à)|neopl[aà]sias?|neo(?<=\bno neo)(?=\s*[.,;]|\s*$)|tumoral antecedents?|neoplasms?(?<=\b(?:no|without|nil) (?:previous |prior |known )?neoplasms?)`,
    ],
  },
  { id: 'trauma', category: null, patterns: [String.raw`traumatism`] },
  // A fusion in a surgeon's other words: "a T11 to L2 posterior instrumented
  // stabilisation", "posterior fixation T12 to L2 with pedicle screws", "D11-L1 posterior stabilisation".
  {
    id: 'fusion',
    category: 'intervention',
    patterns: [
      String.raw`(?:posterior |spinal )?(?:instrumented (?:stabili[sz]ation|fixation)|(?:posterior|pedicle screw|transpedicular) (?:fixation|stabili[sz]ation))`,
      // "instrumented from T10 to L2 in 2017".
      String.raw`instrumented(?= (?:from |at |across )?{LEVEL})`,
      // "L3-S1 fixation 2017": a fixation named by its levels.
      String.raw`fixation(?<=[CTLS]\d{1,2}(?:[-–/][CTLS]?\d{1,2})? fixation)`,
      // ... with its screws after the levels: "st.p. stabilisation L3–L5 with transpedicular screws".
      String.raw`stabili[sz]ation(?= (?:of )?(?:the )?(?:{LEVEL}|Th ?\d{1,2})[^.;\n]{0,20}? with (?:(?:transpedicular|pedicle) )?screws)`,
      // ... and an operation "to fix" the spine told by its screws: "She had operation to fix her lumbar spine L4-L5 with screw in
      // 2021".
      String.raw`(?:operation|surgery) to fix(?= (?:(?:her|his|the) )?(?:(?:lumbar|thoracic|cervical) )?(?:spine |back )?(?:{LEVEL}|Th ?\d{1,2})[^.;\n]{0,20}? with (?:(?:transpedicular|pedicle) )?screws?\b)`,
    ],
  },
  // Shorthand for a metastatic cancer or an osteoporotic fracture: "mRCC on pazopanib",
  // "chronic L1 OVF", "old L1 OVCF" (not a motorbike crash told with its speed: "MBC ~80 km/h").
  {
    id: 'cancer',
    category: 'malignancy',
    patterns: [String.raw`m(?:RCC|CRPC|CRC|BC|NSCLC|HSPC)(?! ~?\d{2,3} ?(?:km\/h|kph|mph))`],
  },
  { id: 'osteoporotic-fracture', category: 'fracture', capitals: true, patterns: [String.raw`OVC?Fs?`] },
  // "DEXA-proven OP", "PMHx: OP, HTN", hurried typos ("osteoprotic", "osteoprosis"), read by the case only.
  {
    id: 'osteoporosis',
    category: null,
    patterns: [
      String.raw`proven OP(?![\w-])`,
      String.raw`OP(?![\w-])(?<=\b(?:PMHx?|PMH|hx|h\/o):\s?OP)`,
      // "long-standing steroid-induced OP".
      String.raw`OP(?![\w-])(?<=\b(?:steroid|glucocorticoid|GC|senile|post-?menopausal)[- ]induced OP|(?:senile|post-?menopausal) OP)`,
      String.raw`osteopro(?:tic|sis)|osteopor(?:sis|tic)`,
    ],
  },
  // ... and in capitals where the note names its treatment or a fracture's cause: "OP, started on alendronic acid",
  // "known old L2 wedge fx (OP)" (not "post op, on morphine").
  {
    id: 'osteoporosis',
    category: null,
    capitals: true,
    patterns: [String.raw`OP(?=,? (?:on|started on|treated with)\b)|OP(?=\))(?<=(?:fx|fracture|#|CFs?) \(OP)`],
  },
  // The same drugs by other names, read by the case only.
  {
    id: 'bone-therapy',
    category: null,
    patterns: [String.raw`risedronate|ibandronate|raloxifene|Prolia|Fosamax|Actonel|Forteo|Evenity|Aclasta|Reclast`],
  },

  {
    id: 'high-energy-trauma',
    category: 'trauma',
    patterns: [
      String.raw`(?:motor vehicle|motorcycl(?:e|ist)|motorbike|car|vehicle|pedestrian) (?:(?:traffic|road) )?(?:accident|collision|crash|vs\.? car)`,
      // A machine that rolled over, on the patient or with him: "tractor overturned on him", "quad bike rolled over".
      String.raw`(?:tractor|vehicle|car|jeep|truck|lorry|quad(?: bike)?|ATV) (?:overturned|rolled over|flipped over)|(?:rollover|roll-over) (?:accident|crash|collision|MVC|MVA|RTA)`,
      // ... and as British and Commonwealth notes name it: "Road traffic accident on the highway" (not a "road traffic
      // collision", often a low-speed one, nor "RTA", which is also renal tubular acidosis, nor "RTC", return to clinic).
      // ... and with no article, as many second languages write it: "motorbike rider, hit by truck".
      String.raw`MVA|MVC|MCC|MBA|road traffic accident|(?:hit|struck|knocked down|run over) by (?:a |an |the )?(?:speeding )?(?:car|truck|lorry|bus|vehicle|van|motor ?bike|motorcycle|train|tractor)`,
      String.raw`(?:highway|hwy|high|motorway|freeway)[- ]speed|head-on (?:collision|crash)`,
      String.raw`roll-?over|\d{2,3} ?(?:km\/h|kph|mph)`,
      // "came off at speed and was thrown over the handlebars", "came off his mountain bike at speed ... and was thrown
      // several metres".
      String.raw`(?:came|coming|come) off (?:his |her |the |a )?(?:\w+ ){0,2}at (?:high )?speed|thrown (?:several|many|a few|some|\d+) (?:metres|meters|feet|yards)|thrown (?:over|off|from) (?:the |his |her |a )?(?:[\w-]+ )?(?:handlebars|bike|motorbike|horse)`,
      String.raw`high[- ](?:speed|energy|velocity)(?: (?:collision|trauma|injury|impact))?`,
      // (Not a fall "from height of own height", as Russian-trained writers put one from standing.)
      String.raw`fall from (?:a )?(?:height|ladder|roof)(?! of (?:(?:his|her|one's|the patient's) )?own (?:height|growth|stature))`,
      // ... "Fell from mango tree (approx. 20 feet)", "he was fall from coconut tree approx. 8 meters".
      String.raw`fell (?:from|off) (?:a |the )?(?:(?!(?:standing|sitting|low|own|chair|bed)\b)[\w-]+ )?(?:height|ladder|roof|balcony|scaffold\w*|horse|tree)`,
      String.raw`fall from (?:a )?(?:(?!(?:standing|sitting|low|own|chair|bed)\b)[\w-]+ )?(?:balcony|scaffold\w*|horse|tree)`,
      String.raw`(?:fell|fall(?:ing)?)(?: of| from| off)?(?: (?:a|the))? (?:about |approx(?:imately|\.)? |roughly |nearly |some |~ ?)?(?:\d+(?:\.\d)?|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty) ?(?:m|metres?|meters?|feet|foot|ft|stor(?:e?ys|ies))\b`,
      // ... the height before the fall, as a second language orders it: "from roof of house 6 meters fell".
      String.raw`(?:[2-9]|\d{2})(?:\.\d)? ?(?:m|metres?|meters?) (?:fell|fallen)\b`,
      // ... the height told after what the patient fell from: "fell from the bench of the open pit, about 5 metres", "fell
      // off the loading dock (approx 2 m)".
      String.raw`(?:fell|fall(?:ing)?) (?:from|off) (?:[\w-]+ ){1,5}?[\w-]+(?:,| \(| -) ?(?:about |approx(?:imately|\.)? ?|roughly |nearly |some |~ ?)?(?:[2-9]|\d{2})(?:\.\d)? ?(?:m|metres?|meters?|feet|ft|stor(?:e?ys|ies))\b`,
    ],
  },
  {
    id: 'low-energy-trauma',
    category: 'trauma',
    patterns: [
      // ... and a fall from standing as Spanish and Catalan say it ("caída al mismo nivel"): "Fall to the same level at home".
      String.raw`(?:ground[- ]level |mechanical )?fall(?:s|ing)?(?: (?:to|at|on|from) the same level)?`,
      String.raw`fell|fallen|tripp(?:ed|ing)|slipp(?:ed|ing)|stumbl(?:e|ed|ing)`,
      // A fracture from a cough or a sneeze: no trauma at all.
      String.raw`cough(?:ing)? (?:fit|spell|bout)|sneez(?:e|ing)`,
      String.raw`miss(?:ed|ing) (?:a |the |her |his )?(?:last |bottom )?(?:step|stair)`,
      String.raw`rolled (?:off|out of) (?:the |her |his )?bed`,
    ],
  },
  // ... and said of the fracture, as its modifier, so the fracture still takes the level of the treatment it was
  // for: "s/p L1 kyphoplasty Aug '23 for a low-energy CF".
  {
    id: 'low-energy-trauma',
    category: 'trauma',
    modifier: true,
    // ... and a crash at low speed: "low-speed rear-end collision".
    patterns: [
      // ... "Low-trauma mechanism fits an osteoporotic fracture".
      String.raw`low[- ]energy|low[- ]trauma|minor trauma|a-?traumatic|non-?traumatic`,
      String.raw`low[- ]speed(?= (?:rear[- ]end |side )?(?:collision|crash|accident|impact|MVC|MVA|RTC|shunt|bump))`,
    ],
  },
  // Everyday strains the page need not show, which say the energy was low: "started when she coughed hard" (not
  // a posture: "she is more bent over", "the back is bending forward more and more"),
  // "after lifting a heavy pot", "bending to tie his shoes", "stepped awkwardly off a kerb", "a minor slip"; what was
  // lifted is no finding ("lifting a bag of cement").
  {
    id: 'low-energy-trauma',
    category: null,
    patterns: [
      String.raw`coughed|after (?:a )?(?:hard |violent |forceful )?cough(?:ing)?|lift(?:ed|ing) (?:a |an |the |her |his )?(?:heavy |light |small )?[a-z]+(?: of (?:cement|concrete|sand|potatoes|rice|water))?|(?:bending|bent)(?<!(?:more|is|looks|become|became) bent)(?<!\b(?:is|are|keeps|keep) bending) (?:over|down|forward|to)`,
      String.raw`sl(?:id|ipped|iding) (?:off|out of|from) (?:(?:a|the|her|his|edge|of) ){0,4}(?:\w+ )?(?:arm)?(?:chair|bed|toilet|stool|sofa|couch)|(?:sat|sitting) (?:down )?(?:heavily|hard)|sat down on (?:the|a) (?:ground|floor)|(?:bout|fit|spell) of coughing|sneezed|sl(?:id|iding) (?:on)?to the floor|turning (?:over )?in bed|shovel(?:l)?ing|went down from standing|rolling (?:off|out of) (?:the |her |his )?bed|(?:step|jump)(?:ed|ped|ing|ping)? (?:awkwardly )?(?:off|down(?: off| from)?) (?:a |the )?(?:single |small |low )?(?:curb|kerb|step|stair|bus)|minor (?:slip|stumble|fall)|slip(?= (?:at|in|on|while|from standing)\b)`,
    ],
  },
  // An injury denied in plain words: "thoracic back pain without any injury", "no new injury" (read by the case
  // only; "injury" said of a nerve or the cord is another rule's).
  { id: 'trauma', category: null, patterns: [String.raw`injur(?:y|ies)`] },
  // Trauma named without its force: only its denial says anything ("no trauma", "without trauma"), since
  // "trauma CT series" or "ED trauma note" says nothing of the energy.
  { id: 'trauma', category: 'trauma', patterns: [String.raw`trauma(?:tic)?`] },

  // A bone density test that was normal denies osteoporosis: "DXA 2023 normal", "his bone density scan last year
  // was normal", "Her DXA in May was normal"; so does bone that looks normally mineralised.
  {
    id: 'osteoporosis',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`(?:DXA|DEXA|bone density)(?: (?:scan|test))?(?: (?:in )?(?:19|20)\d\d| last (?:year|month)| in (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: (?:19|20)\d\d)?)? (?:was |is )?normal`,
      // ... and a report's "Bone mineralization is normal".
      String.raw`bone mineral(?:i[sz]ation|ity|ization)? (?:is |appears )?normal|normal bone mineral(?:i[sz]ation|ity)`,
    ],
  },
  // An examination in plainer or second-language words, read by the case only: "Legs strength OK", "Both legs power normal", "Strength and sensibility preserved in the legs",
  // "Motor and sensory function normal".
  {
    id: 'neuro-intact',
    category: null,
    assertion: 'negated',
    patterns: [
      // ... and their movement: "Leg move normal, feeling normal", "Lower limb power symmetric and normal".
      String.raw`(?:both )?(?:legs?|lower limbs?)(?: (?:power|strength|moves?|movements?|moving))? (?:(?:is|are|feel|felt) )?(?:symmetric(?:al)? and )?(?:(?:ok|normal|fine|preserved|strong)\b|ⓝ)`,
      // ... and what they do: "his legs work normally", "her legs are working fine"; strength alone as its own sentence: "Full
      // strength."
      String.raw`(?:legs?|lower limbs?) (?:(?:are|is) )?work(?:s|ing)? (?:normally|fine|well|as before)|full (?:motor )?(?:strength|power)(?: throughout)?(?=\s*(?:[.;]|$))`,
      // ... "He can feel and move both legs normally".
      String.raw`(?:feel and move|move and feel) (?:both |his |her |the )?(?:legs|feet|lower limbs) (?:normally|fine|well)`,
      // "power and sensation in the legs are unchanged and normal".
      // ... and a third named in the list: "strength, sensation and bladder function remain normal".
      String.raw`(?:strength|power|force|motor function)(?:, (?:sensibility|sensitivity|sensation|reflexes))? and (?:sensibility|sensitivity|sensation|reflexes|(?:bladder|bowel|sphincter) function)(?: (?:in|of) (?:the |both )?(?:legs|lower limbs|lower extremities))? (?:are |remain )?(?:unchanged and |symmetric(?:al)? and )?(?:preserved|normal|intact|conserved)`,
      // ... and movement and feeling by their functions: "sensory and motor functions are preserved", "movements and
      // sensitivity in lower extremities fully preserved", "motor and sensory functions of lower extremities saved" (a
      // literal "сохранены").
      String.raw`(?:motor|sensory|movements?|sensitivity|sensibility|sensation) and (?:motor|sensory|movements?|sensitivity|sensibility|sensation)(?: functions?)?(?: (?:in|of) (?:the |both )?(?:lower (?:extremities|limbs)|legs|inferior (?:limbs|members)))? (?:are |is )?(?:fully |completely )?(?:preserved|conserved|saved|intact|normal)`,
      // ... with the place after: "force and sensibility preserved in lower limbs", "power of both lower limbs 5/5".
      String.raw`(?:power|strength|force) (?:of|in) (?:the |both )?(?:lower limbs|legs|lower extremities) (?:is |are )?5\/5`,
      // "Neurological examination of the lower limbs is unremarkable", "... of the limbs is normal", "Moving both legs well",
      // "power/sens normal".
      String.raw`neuro(?:logic(?:al)?)? exam(?:ination)? of the (?:(?:lower |upper and lower |four )?(?:limbs|extremities)|legs|inferior (?:members|limbs)) (?:is |was )?(?:unremarkable|normal|intact)`,
      String.raw`moving (?:both|all (?:four )?) (?:legs|limbs) (?:well|normally)|power\/sens(?:ation)? (?:normal|nml|nl|intact)`,
      // ... and in more second languages' words: "Neurologically there are no deviations", "Neurological status is
      // without remark", "Neurological exam without alterations", "Neurologic status within normal limit", "Motoric and
      // sensoric normal", "Motoric 5/5", "Neurological finding is normal", "Neurological status: negative", "the
      // neurological exam is without findings", "Her neurological examination today is normal", shorthand's "Neuro exam -ve",
      // Turkish's "doğal": "Neurological examination natural"; "Lower limb neurological findings: no abnormality"; Serbian's
      // "uredan" (in order), Swedish "u.a." (utan anmärkning): "Neurological finding uredan", "Neurologically ua".
      String.raw`neurologically there (?:are|were) no (?:deviations|abnormalities|deficits)|(?:neuro(?:logic(?:al)?)?|nerve) (?:status|exam(?:ination|en)?|findings?):? (?:today |on (?:arrival|admission) |in (?:the )?(?:clinic|ED|office|surgery) )?(?:is |was |are |were )?(?:(?:documented|recorded|reported) as )?(?:[a-z]+ \()?(?:without (?:remarks?|abnormalit(?:y|ies)|deviations?|pathology|alterations?|peculiarit(?:y|ies)|particularit(?:y|ies)|(?:any )?(?:pathological |abnormal |focal )?findings)|normal|natural|intact|unremarkable|negative|-ve|neg|(?:with)?in normal limits?|no abnormalit(?:y|ies)|in order|uredan)|neurologically (?:ua|u\.a\.)(?![\w])|neurologically without (?:remarks?|alterations?|deviations?|patholog(?:y|ical findings?))|(?:lower limb|LL|leg) neurology (?:is |remains )?(?:entirely |completely )?(?:normal|intact)`,
      String.raw`motorics?(?: and (?:sensoric|sensory|sensibility))?(?: of the (?:lower extremities|lower limbs|legs))?:? (?:(?:is|are) )?(?:normal|intact|preserved|5\/5|(?:with)?in normal limits?)|sensoric (?:is )?(?:normal|intact|within normal limits?)`,
      // A manual muscle test at full marks: "Both lower limbs MMT 5".
      String.raw`MMT:? ?5(?: ?\/ ?5)?(?!\d|\.\d)`,
      // "Neurological exploration normal", "... without alterations" (Spanish "exploración").
      String.raw`neuro(?:logic(?:al)?)? exploration:? (?:is |was )?(?:normal|unremarkable|without (?:alterations?|findings|abnormalit(?:y|ies)|deficits?))`,
      String.raw`motor and sensory (?:function|exam\w*)(?: of (?:the |both )?(?:lower extremities|lower limbs|legs))? (?:is |are |was )?(?:normal|intact)`,
      // "BLE NAD", "Power B/L LL 5/5", "Neuro: UE/LE normal".
      String.raw`(?:BLE|BLL|B\/L LLs?|LLs?|legs|bilateral lower limbs?|UE ?\/ ?LE|LE ?\/ ?UE) (?:(?:power |MRC )?(?:NAD|normal|intact|5\/5))|sens(?:ation)? intact|power (?:B\/L|bilat(?:eral)?|both) (?:LLs?|lower limbs?|legs) 5\/5`,
      // Portuguese-English: "Force muscular conserved in the inferior members", "Force and sensibility of the inferior members
      // without alterations", "Force 5/5 in the inferior members", "sensibility without alterations"; shorthand's "Neuro -ve".
      String.raw`(?:force|strength)(?: muscular)?(?: and (?:sensibility|sensitivity|sensation))?(?: (?:of|in) (?:the |both )?(?:inferior (?:members|limbs)|lower limbs|legs))? (?:is |are )?(?:conserved|preserved|without alterations?)|(?:force|strength|power) 5\/5 (?:in|of|at) (?:the |both )?(?:(?:four|all) (?:members|limbs)|inferior members|lower limbs|legs)|power (?:of )?(?:the )?(?:lower extremities|lower limbs|legs) 5\/5|(?:sensibility|sensitivity) (?:is )?(?:without alterations?|conserved|preserved)|neuro(?:logy)?:? (?:[-−]ve|neg)\b`,
      // "No neurological symptoms".
      String.raw`no neuro(?:logical)? (?:symptoms|sx|complaints|findings?|signs?)`,
      // "Nervous system examination: no abnormality".
      String.raw`nervous system (?:exam(?:ination)?|status):? (?:no abnormalit(?:y|ies)|normal|unremarkable|intact)`,
      // "neuro: PNS intact" (the peripheral nervous system's examination), "Neurovasc intact".
      String.raw`PNS (?:intact|normal|NAD)|neuro-?vasc(?:ular(?:ly)?)?\.? (?:(?:is|are|was) )?(?:intact|normal|NAD)`,
      // "Neuro: no sx".
      String.raw`neuro(?:logical(?:ly)?)?:? (?:no|nil) (?:sx|symptoms|complaints|deficits?|concerns)\b`,
      // "She walks independently with normal leg strength and sensation", "normal lower-limb neurology".
      String.raw`normal (?:leg|lower limb|lower extremity) (?:strength|power)(?: and sensation)?|normal (?:leg |lower[- ]limb |lower[- ]extremity )?neurology`,
      // Full marks said in other ways: "Force of both lower limbs 5/5", a grade as Korean notes write it ("motor all G5").
      // ... "Force of the lower limbs conserved", "strength in legs 5 points".
      // ... "Power in legs is full", a local word glossed: "The kracht (strength) in the legs is good".
      String.raw`(?:force|strength|power|[\w\u00C0-\u024F]+ \((?:force|strength|power)\)) (?:of|in) (?:both |the )?(?:lower limbs|legs|lower extremities):? (?:is |are )?(?:5\/5|5 points|normal|preserved|conserved|full|good|intact)|motor:? (?:all )?G5\b`,
      // "UMN/LMN exam NAD".
      String.raw`(?:UMN|LMN)(?: ?(?:\/|and|&) ?(?:UMN|LMN))? exam(?:ination)? (?:is |was )?(?:NAD|normal|intact|nil)`,
      // In a second language's words: "Neurology is without pathological findings", "he conserves strength and
      // sensibility in both legs", "no neurological clinic".
      String.raw`neurology (?:is |was )?without (?:any )?(?:pathological |abnormal |focal )?findings`,
      String.raw`(?:conserves|preserves) (?:the )?(?:strength|power) and (?:sensibility|sensation)`,
      // "Legs: strength is preserved, sensitivity is not changed".
      String.raw`(?:muscle )?(?:strength|force) (?:is |was |are )?(?:preserved|conserved|kept)`,
      String.raw`(?:no|without) neuro(?:logic(?:al)?)? (?:clinic|signs|focality)`,
      // "Legs: normal power, reflexes and sensation".
      String.raw`normal (?:power|strength)(?:,? (?:and )?(?:reflexes|sensation|tone))+`,
      // "Strength, sensation and rectal tone are normal".
      String.raw`(?:strength|power),? (?:sensation|reflexes)(?:,? (?:and )?(?:sensation|reflexes|(?:rectal|anal|sphincter) tone))+ (?:are|were) (?:all )?(?:normal|intact)`,
      // "moving all four limbs with normal sensation, and perianal sensation is preserved".
      String.raw`normal sensation|(?:perianal |saddle )?sensation (?:is |was )?preserved`,
      // "Neuro screen clear (myotomes, dermatomes, reflexes normal)", "a normal lower-limb neuro exam",
      // "myotomes, dermatomes and reflexes all normal".
      String.raw`neuro(?:logical)?(?: exam(?:ination)?| screen)?:? (?:(?:is|was) )?clear\b`,
      String.raw`normal (?:(?:lower[- ]limb|lower[- ]extremity|leg|LL) )?neuro(?:logic(?:al)?)? exam(?:ination)?`,
      String.raw`(?:myotomes|dermatomes)(?:,? (?:and )?(?:myotomes|dermatomes|reflexes))* (?:(?:are|were) )?(?:all )?(?:normal|intact)`,
      // "Moves both legs against gravity and resistance symmetrically".
      String.raw`moves (?:all (?:four )?(?:limbs|extremities)|both (?:legs|lower (?:limbs|extremities)))[\w ]{0,40}? (?:symmetrically|equally|normally)`,
      // "strength, sensation and knee and ankle reflexes are normal".
      String.raw`(?:power|strength)(?:,? (?:and )?(?:sensation|(?:knee and ankle |deep tendon )?reflexes))+ (?:are |were )?(?:all )?(?:normal|intact)`,
    ],
  },
  // Platelets too few for a needle, counted in thousands: "Platelets 14k despite transfusion".
  // Too few platelets, counted in thousands or in 10^9/L: "platelets 14k", "Plt 35, not correcting".
  {
    id: 'coagulopathy',
    category: null,
    patterns: [
      // ... "platelets stuck around 20 despite treatment", "her platelet count stays around 14", "His platelet count is
      // 18 x 10^9/L". (Not a count a transfusion is planned to raise: "Plt 45 → platelet transfusion to >50 pre-proc".)
      String.raw`(?:platelets|plts?|platelet count):? (?:(?:are|is|was) )?(?:(?:stuck|running|persistently|still|only|stays|remains) )?(?:of |at |around |about |~)?(?:[1-4]\d|\d)(?: ?k\b|(?!\d|\.\d))(?![^.;\n]{0,30}\btransfus\w* (?:to|pre|before|prior))`,
      // ... or written out in full: "platelet count is persistently low (30,000/cumm)".
      String.raw`platelet count (?:is |was )?(?:persistently |still )?(?:low )?\(?(?:[1-4]\d|\d),?000(?: ?\/ ?(?:cumm|mm3|µL|uL|mcL))?`,
    ],
  },
  // Clotting that does not correct: "INR 1.9, not correcting despite FFP", "an INR that won't correct".
  {
    id: 'coagulopathy',
    category: null,
    patterns: [
      String.raw`(?:not|won't|will not|failed to) correct(?:ing|ed)?(?= despite| with| after| on|[.;,]|$)`,
      // "His INR remains 2.3 despite vitamin K and plasma".
      String.raw`INR (?:remains|is still|still) (?:[2-9]|1\.[5-9])(?:\.\d+)? despite`,
      // ... "whose INR stays above 2.5 despite vitamin K and plasma".
      String.raw`INR (?:stays|remains|is still|still) (?:above|over|>) ?(?:[2-9]|1\.[5-9])(?:\.\d+)? despite`,
      // ... or a blood thinner that may not be stopped: "cardio say warfarin cannot stop or reverse because of mechanical
      // valve", "apixaban cannot be held", "INR running 3–4, and cardiology advise it cannot safely be reversed".
      String.raw`{ANTICOAGULANT}[^.;\n]{0,20}? (?:cannot|can't|can not|must not) (?:be )?(?:stop(?:ped)?|revers(?:e|ed)|held|hold|paused|interrupted)\b|(?:cannot|can't|can not) (?:safely )?be reversed`,
      // ... or a bleeding disorder said not to correct: "a platelet function disorder that haematology say cannot be corrected".
      String.raw`(?:platelet (?:function )?(?:disorder|dysfunction)|bleeding disorder|coagulation disorder|clotting disorder)(?=[^.;\n]{0,40}?(?:cannot|can't|can not|could not|won't|will not) be (?:corrected|reversed))`,
      // ... or a specialist who will not let it be stopped: "cardiology will not allow it to be held or reversed".
      String.raw`(?:will not|won't|would not|do not|does not|did not) (?:allow|permit|let) (?:it|this|them|the (?:warfarin|anticoagulant|anticoagulation|DOAC))(?: to)? (?:be )?(?:held|stopped|reversed|interrupted|paused)\b`,
      // ... or platelets that transfusion does not raise: "Platelets are 18 and have not responded to transfusion".
      String.raw`(?:(?:have|has|had) not|did not|do not|does not|not) (?:responded|respond|risen|rise|increased|improved) (?:to|with|after|despite) (?:platelet |repeated? )?transfusions?|refractory to (?:platelet )?transfusions?`,
    ],
  },
  // Clotting measured and normal: "coagulation values are normal", "Coags normal", "clotting normal".
  {
    id: 'coagulopathy',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`(?:coagulation|coags?|clotting)(?: (?:values|tests|profile|studies|screen))? (?:are |is |were )?normal|normal (?:coagulation|clotting)`,
      // "Coagulation is correctable", "coagulopathy corrected", "INR now acceptable for procedure".
      String.raw`(?:coagulation|coagulopathy|clotting|INR) (?:is |are |has been |was |now )?(?:correctable|reversible|corrected|reversed)|INR (?:is |now )*(?:acceptable|adequate|ok|fine) for (?:the )?(?:procedure|augmentation|kyphoplasty|vertebroplasty|surgery)`,
      // "Platelets and INR normal", "INR nl".
      String.raw`(?:(?:platelets|plts) and )?INR (?:and (?:platelets|plts) )?(?:is |are |were )?(?:(?:normal|nl|WNL)\b|ⓝ)`,
      // A blood thinner that may be stopped or undone: "AF on apixaban (can be held for procedures)", "warfarin for LV thrombus -
      // reversible" (not "cardio: not reversible").
      String.raw`{ANTICOAGULANT}\b[^.;\n]{0,40}?\b(?:(?:can|could|will) (?:safely )?be (?:held|stopped|paused|reversed|bridged|brought down|suspended)|(?<!\bnot )reversible)\b`,
      // ... or one a specialist is happy to stop, read with the INR it will undo: "AF on warfarin, INR 2.6 today - haematology
      // happy to withhold and reverse", "varfarina for atrial fibrillation, INR 2.4 - can be suspended".
      String.raw`{ANTICOAGULANT}\b(?:[^.;\n]|\d\.\d){0,60}?\b(?:(?:happy|able|agreed?|planned) to (?:withhold|hold|stop|reverse)|can be suspended)\b`,
      // ... or one a plan holds for days or swaps for a heparin: "hold warfarin 5 days and check INR before procedure",
      // "Sincumar to be replaced with Clexane before intervention".
      String.raw`(?:hold|stop|withhold|omit|pause|suspend)(?:ing)? (?:the |her |his )?{ANTICOAGULANT} (?:for )?(?:\d|x ?\d|from|tonight|today|before|pre-?)`,
      String.raw`{ANTICOAGULANT}\b[^.;\n]{0,40}?\b(?:replaced|switched|changed|converted|bridged) (?:with|to|by|for) {HEPARIN}\b`,
      // An INR below 1.5 in a checklist: "INR 1.0", "INR: 1.1", "his INR today is 1.1"; shorthand's "INR/plt ok".
      String.raw`INR(?: today| now| this morning)?(?: of| is| was|:)? ?(?:0?\.\d+|1(?:\.[0-4]\d*)?)\b(?!\.\d)`,
      String.raw`INR ?(?:\/|and|&) ?(?:plts?|platelets) (?:ok|OK|normal|fine|nl)\b`,
    ],
  },
  // No blood thinner at all: "takes no anticoagulants", "not on anticoagulation", "not on any anticoagulant", a form's
  // "Anticoag: N".
  {
    id: 'coagulopathy',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`anticoagula\w+(?<=\b(?:no|nil|not on(?: any)?|off) anticoagula\w+)`,
      // ... in plain words: "He takes aspirin only, no blood thinners", "not on any blood thinner".
      String.raw`blood[- ]thinners?(?<=\b(?:no|nil|not on(?: any)?|off|takes no) blood[- ]thinners?)`,
      // "is not anticoagulated", "no bleeding contraindication to a procedure".
      String.raw`anticoagulated(?<=\bnot anticoagulated)|(?:bleeding|coagulation) contraindication(?<=\bno (?:bleeding|coagulation) contraindication)`,
      String.raw`anticoag\w*(?=:[ \t]*(?:N|no|nil|none)\b)`,
    ],
  },
  // A crash at speed in words the page does not show: "a motorway collision at speed".
  {
    id: 'high-energy-trauma',
    category: null,
    patterns: [
      String.raw`(?:collision|crash|accident) at (?:high |motorway |highway )?speed|(?:motorway|highway|freeway) (?:collision|crash|accident)`,
      // "collision with a minibus on the highway", "crash with a lorry".
      String.raw`(?:collision|crash|collided) with (?:an? |the )?(?:[\w-]+ ){0,2}?(?:car|bus|minibus|truck|lorry|van|vehicle|taxi|train|tractor)\b|(?:collision|crash) with (?:an? |the )?[\w-]+(?: [\w-]+)? on (?:the |a )?(?:highway|motorway|freeway|main road)`,
      // A speed or a vehicle against another: "MVC ~80 km/h", "motorbike vs car", "motorbike vs matatu" (a minibus).
      String.raw`(?:[3-9]\d|1\d\d) ?(?:km\/h|kph|mph)|(?:motor ?bike|motorcycle|car|cyclist|bicycle|pedestrian) vs\.? (?:an? |the )?[a-z-]{3,}`,
      // A parachute landing, a tackle: "static-line para jump, hard landing in high wind", "driven backwards into the
      // ground in a tackle".
      String.raw`(?:static[- ]line |para(?:chute)? |parachuting )(?:jump|landing)|hard landing|(?:rugby |football )?tackle(?<=in a (?:rugby |football )?tackle)`,
      // A blast: "his patrol vehicle struck an IED".
      String.raw`IED|(?:roadside |improvised )?(?:bomb|blast) (?:injury|explosion)|blast injury`,
      // A height in numbers the body came down from: "came off a 6-metre kicker", "jumped from a 12 ft wall".
      String.raw`(?:came|jumped|thrown|was thrown) (?:off|from) (?:a |the )?\d+(?:\.\d)?[- ]?(?:m|metres?|meters?|feet|foot|ft)\b`,
      // ... or a jump's height: "lands from a snowboard jump of about 4 m onto her buttocks".
      String.raw`jump (?:of|from) (?:about |around |approximately |~ ?)?\d+(?:\.\d)?[- ]?(?:m|metres?|meters?|feet|foot|ft)\b`,
    ],
  },
  // Shorthand the page does not show: "for OP T12 fx" (osteoporotic), "R lung adenoca" (adenocarcinoma).
  {
    id: 'osteoporosis',
    category: null,
    patterns: [String.raw`OP(?= [CTL]\d{1,2}(?:(?: ?[+,&] ?| and )[CTL]\d{1,2})* (?:V?CFs?|fx|#|fractures?))`],
  },
  // Denied as a history: "no history of bone disease or cancer" (the page shows only "no known bone disease").
  {
    id: 'osteoporosis',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`bone d(?:isease|z)(?<=\b(?:no|nil|denies) (?:past |prior )?(?:(?:history|hx) of |h\/o )bone d(?:isease|z))`,
    ],
  },
  {
    id: 'cancer',
    category: null,
    patterns: [
      String.raw`adenoca|(?:lung|breast|prostate|colon|pancreatic|gastric|oesophageal|esophageal) adeno\b`,
      // Iberian and Italian notes' "neo" (neoplasm) of an organ: "neo of prostate 2019", "neo de mama".
      String.raw`neo (?:of|de|do|da|di) (?:the )?(?:prostate|pr[oó]stata|breast|mama|lung|pulm[oó]n|colon|c[oó]lon|rectum|recto|kidney|ri[ñn][oó]n|bladder|vejiga|stomach|est[oó]mago|pancreas|p[aá]ncreas|ovary|ovario|uterus|thyroid|liver)\b`,
    ],
  },
  // Blood and squamous cancers in capitals: "SCC lung dx 1/12", "CLL on ibrutinib".
  { id: 'cancer', category: null, capitals: true, patterns: [String.raw`SCC|AML|CML|CLL`] },
  // A cancer named by its treatment or its shorthand: "L breast IDC 2019, on letrozole", "on ADT".
  {
    id: 'cancer',
    category: null,
    patterns: [
      String.raw`letrozole|anastrozole|exemestane|tamoxifen|enzalutamide|abiraterone|bicalutamide|apalutamide|darolutamide`,
      // "on daratumumab/lenalidomide/dex", "on osimertinib", "leuprolide injections".
      String.raw`lenalidomide|pomalidomide|thalidomide|bortezomib|carfilzomib|daratumumab|osimertinib|pembrolizumab|nivolumab|trastuzumab|palbociclib|ribociclib|leuprolide|leuprorelin|goserelin|degarelix|docetaxel|paclitaxel|carboplatin|cisplatin|capecitabine`,
      // An operation done only for a cancer: "a radical nephrectomy for a clear-cell tumour".
      String.raw`radical (?:nephrectomy|prostatectomy|mastectomy|cystectomy|hysterectomy)|clear[- ]cell (?:carcinoma|tumou?r)`,
      // ... or by its place: "finished radiotherapy to his prostate bed last year" (the bed a prostatectomy for cancer left).
      String.raw`prostate bed`,
    ],
  },
  // (Not an indwelling catheter: "IDC inserted, 900 mL drained".)
  {
    id: 'cancer',
    category: null,
    capitals: true,
    patterns: [String.raw`IDC(?! (?:inserted|insertion|in situ|removed|catheter|drain))|ILC|DCIS|ADT`],
  },
  // A spine operation told in the patient's words: "an operation on a disc in the lower back", "disc surgery".
  {
    id: 'spine-surgery',
    category: null,
    patterns: [
      String.raw`(?:operation|surgery) on (?:a|the|his|her) (?:disc|spine|back)|dis[ck] (?:operation|surgery)`,
    ],
  },
  // Read by the case extractor only.
  {
    id: 'asymptomatic',
    category: null,
    patterns: [
      // Not said of a complication or a by-finding: "small asymptomatic paravertebral venous cement leak".
      String.raw`asymptomatic(?!(?: [\w-]+){0,3} (?:leak(?:age)?|extravasation|emboli?|embolism|cysts?|nodules?|h(?:a)?emangiomas?|stones?|gallstones?))`,
      String.raw`asx`,
      // "his back has not troubled him at all".
      String.raw`(?:back|spine) (?:has|had) not (?:troubled|bothered) (?:him|her)`,
      // "She is symptom-free: swimming twice a week" (said of the patient: "his neck has been symptom-free since the surgery"
      // is another part's).
      String.raw`symptom[- ]free(?<=\b(?:she|he|patient|pt|who) (?:is|was|remains|has been|had been) (?:otherwise )?symptom[- ]free)`,
      // A film's indication: "preoperative evaluation. No complaints."
      // ... "no current complaints".
      // ... "No other complaints" after the film's reason.
      String.raw`(?:no|nil|without) (?:current |present |new |other )?complaints(?: (?:about|of|regarding|on) (?:the |her |his )?back)?(?=[ \t]*(?:[.;,\n]|$))`,
      String.raw`incid(?:ent(?:a)?l(?:l?y)?)?(?: (?:found|noted|seen|finding))?`,
      // ... in a second language's words: "there was coincidentally seen a wedge deformity", "as a side finding".
      String.raw`coincidental(?:ly)?(?: (?:found|noted|seen|finding))?|(?:as a )?side finding`,
      // In the patient's words: "her back doesn't bother her at all".
      // ... "her back has never troubled her".
      String.raw`(?:back|spine) (?:has )?(?:doesn't|does not|never|did not|didn't) (?:bother(?:s|ed)?|trouble[sd]?|hurts?)(?: (?:her|him|them))?`,
      // ... "her back has been 'no trouble at all'", "Complaints on pain in back are absent".
      String.raw`(?:back|spine) (?:has been|is|was) ["“']?no (?:trouble|bother|problem)|complaints? (?:on|of|about) pain in (?:the )?(?:back|spine) (?:are|is) absent`,
      // ... "nothing in my back bothers me at all", "she said nothing about her spine because nothing there hurts".
      String.raw`nothing (?:in|with|about) (?:my|her|his|the) (?:back|spine) (?:bothers|troubles|hurts)(?: (?:me|her|him))?|nothing (?:there|here) (?:hurts|bothers (?:her|him|me))`,
      // ... a relative's word for it: "she \"hasn't complained about her back once\"", "he has never complained of his back".
      String.raw`(?:hasn't|has not|never|has never|hadn't|had not|didn't|did not) (?:once )?complained (?:about|of) (?:her|his|the|my) (?:back|spine)`,
      // ... "He has no symptoms at all from his back", "no symptoms referable to the spine".
      String.raw`(?:no|nil|without) (?:\w+ )?symptoms(?: (?:at all|whatsoever))? (?:from|referable to|related to|in|of) (?:the |his |her |my )?(?:back|spine|fracture)`,
    ],
  },
  // Without pain, which may be one level's ("L1 pain-free") rather than the patient's.
  // ... and "nothing hurts him in the back" (before the pain word "hurts", which it holds).
  {
    id: 'pain-free',
    category: null,
    // ... and "Back pain-free" (read from "Back", where the back's pain would start).
    patterns: [
      String.raw`(?:(?:back|spine|spinal) )?pain[- ]free`,
      String.raw`painless`,
      String.raw`nothing (?:hurts|aches|is (?:painful|sore))`,
    ],
  },
  {
    id: 'pain',
    category: null,
    patterns: [
      String.raw`(?:(?:low |lower |mid |upper )?back|thoracic|lumbar|spinal|spine) pain`,
      String.raw`pains?`,
      String.raw`painful`,
      // "getting out of bed hurts too much".
      // ... and a second language's "the back is paining again", "umhlane (back) paining x 2/52", "the middle back is hurt
      // her".
      String.raw`hurts|hurting|paining|hurt(?= (?:her|him|them)\b)(?<=\b(?:back|spine) (?:is|was) hurt)`,
      // Pain told by the drugs it still needs: "He still needs codeine at night".
      String.raw`still (?:needs|requires|needing|requiring|takes|taking) (?:regular |nightly |night-time )?(?:codeine|opioids?|oxycodone|morphine|tramadol|analgesi[ac]\w*|painkillers|pain relief)`,
      // A likeness for the pain: "his back feels like it's been hit with a sledgehammer".
      String.raw`(?:back|spine) ["“']?(?:feels|felt) (?:like|as if|as though)`,
      // ... "his lower back 'gave out' when he sneezed".
      String.raw`gave (?:out|way)(?<=\b(?:back|spine) ["“'‘]?gave (?:out|way))`,
      // ... or a burning: "her low back has been 'on fire' since she sat down hard".
      String.raw`(?:back|spine) (?:has been|is|was|feels|felt|has felt) ["“'‘]?(?:on fire|burning|killing (?:her|him|me))`,
      // ... or in the patient's own words: "It feels like a knife in my back", "I haven't been able to stand up straight since",
      // "yells whenever he tries to stand".
      String.raw`knife in (?:my|his|her|the) back|(?:haven't|hasn't|have not|has not) been able to (?:stand|sit) up straight|(?:can't|cannot|couldn't) (?:stand|sit) up straight|(?:yells|screams|cries out|winces|groans) (?:in pain )?(?:whenever|when|every time)`,
      String.raw`sore(?:ness)?(?! throat)`,
      // ... and "LBA" (low back ache), as Indian notes write it: "C/o LBA x 10 days".
      String.raw`LB[PA]`,
      // Second languages' words for back pain: "refers a lumbalgia of brutal installation", "dorsalgia", "rachialgia".
      String.raw`lumbalgias?|lombalgi(?:as?|es?)|dorsalgi(?:as?|es)|rachialgias?|lumbago|dorsolumbalgias?`,
      String.raw`ache|aching|back-?ache`,
      // ... and shorthand's "TTP" (tender to palpation): "TTP TL JXN".
      String.raw`tender(?:ness)?|TTP\b`,
      // A pain score above nought: "VAS 7/10"; a bare score with what brings it on: "9/10 with any movement".
      String.raw`VAS:? ?(?:[1-9]|10)(?: ?\/ ?10)?`,
      String.raw`(?:[1-9]|10)\/10(?= (?:with|on) (?:any |every )?(?:movement|motion|moving|standing|walking|sitting|activity|mobili[sz]ing|coughing)\b)`,
      // "No back or chest pain": the back's pain, said before the other site's; "no back or chest wall symptoms".
      String.raw`back (?:or|and|\/) (?:chest wall|\w+) (?:pain|symptoms|problems)`,
      // "No complaints of the back", "back complaints".
      String.raw`complaints? (?:of|about) (?:the |her |his )?back|back complaints?`,
      // Pain shown rather than told, as staff describe a patient who cannot say it: "grimaces and cries
      // out with every transfer".
      String.raw`grimac(?:e|es|ed|ing)|cr(?:y|ies|ied|ying) out`,
      // "every move out of a chair has been agony".
      String.raw`agon(?:y|ising|izing)`,
      // The moment the back went, told as a feeling: "felt something give in his lower back", "felt a pop".
      String.raw`(?:felt|feels?|feeling) (?:something|a)(?: (?:sudden|sharp|loud))? ['‘"“]?(?:give|go|pop|snap|crack)`,
      // ... and told by what it does or what it stops, with no pain word at all: "winces with every transfer", "a sharp,
      // catching sensation", "a band-like tightness", "her mid-back seizes up", "his back catches", "cannot roll over".
      String.raw`winc(?:e|es|ed|ing)|(?:catching|buckling|gripping|stabbing) (?:sensation|feeling)|band-like (?:tightness|pain)|seiz(?:es|ed|ing) up`,
      String.raw`catch(?:es|ing)?(?<=\bback ["“”']?catch(?:es|ing)?)`,
      // ... "admitted unable to mobilise after lifting a watering can", "unable to weight bear".
      // (Not a limb's: "left groin pain, unable to bear weight" after a fall is the hip's or the pelvis's.)
      String.raw`(?:cannot|can't|can not|unable to|not able to|no longer able to) (?:sit up|straighten up|roll over|get out of bed|turn in bed|mobili[sz]e|weight[- ]bear|bear weight)(?<!\b(?:groin|hip|knee|ankle|foot|leg|thigh|pelvic) pain[^.;\n]{0,20}(?:weight[- ]bear|bear weight))`,
      // ... or by the ordinary things it stops, as a teaching summary tells it: "still cannot sit through a meal", "cannot stand long
      // enough to shave", "sleeping in a recliner since the fall", "she is now bed-bound".
      String.raw`(?:cannot|can't|can not|unable to|not able to|(?:can|could) no longer) (?:sit|stand) (?:through|long enough|for (?:more than|longer than|long)|up straight)`,
      // ... "has not been able to stand up straight or put his socks on", "cannot turn over in bed", "can no longer bend to tie his
      // shoelaces", "can no longer manage the stairs", "can no longer get from bed to chair".
      String.raw`(?:cannot|can't|can not|unable to|not (?:been )?able to|(?:can|could) no longer) (?:stand up straight|turn over|bend (?:down|over|to)|put (?:his|her|my) (?:socks|shoes) on|tie (?:his|her|my) shoe(?:lace)?s|manage the stairs|get from (?:the )?bed to (?:the )?chair)`,
      String.raw`(?:sleep(?:s|ing)?|slept) (?:upright )?in (?:a|her|his|the) (?:recliner|chair|armchair)|(?:sleep(?:s|ing)?|slept) (?:sitting )?upright`,
      String.raw`bed-?bound(?<=\b(?:now|since then|become|became) bed-?bound)`,
      // "no back symptoms at all", "no back complaints", "No spinal symptoms".
      // ... "he has had no back trouble".
      String.raw`(?:back|spinal) (?:symptoms|problems|trouble)`,
    ],
  },
  // Pain of a site the spine does not explain (read before "pain"): "c/o R groin pain" after a hip fracture.
  {
    id: 'pain-elsewhere',
    category: null,
    patterns: [
      // "epigastric and right upper quadrant pain", "flank pain", "leg pain from a disc".
      String.raw`${OTHER_SITE}(?: (?:and|or|\/) ${OTHER_SITE})?(?: OA| arthritis)? pain`,
    ],
  },
  // Pain said not to have grown: "No increase of pain", "no worsening of her back pain" (read as one: the NegEx pseudo-trigger
  // "no increase", there for "no increase in size", would leave the growth after it affirmed).
  {
    id: 'worsening-pain',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`(?:no|nil|without) (?:increase|worsening|aggravation) (?:of|in) (?:the |her |his )?(?:(?:low |lower |mid |upper )?back )?(?:pain|ache)`,
    ],
  },
  // Pain getting worse: a symptom (not by itself a fracture getting worse).
  {
    id: 'worsening-pain',
    category: null,
    patterns: [
      String.raw`(?:worsening|increasing|progressive|incr) (?:(?:low |lower |mid |upper )?back )?(?:pain|ache)|(?:increase|aggravation) of (?:the )?(?:(?:low |lower |mid |upper )?back )?pain|(?:worsening|increasing|incr\.?) mid-back ache`,
      // Read from the verb back: at "pain" the pain word itself takes the place; "His back pain has also got worse".
      // ... and with its place between: "Pain at the same spot has been steadily worse for 6 weeks", "the pain at that
      // same spot has got steadily worse".
      String.raw`severe(?<=pain (?:has become|became|is becoming|got|gets|has got(?:ten)?) (?:more and more|increasingly|progressively more) severe)`,
      String.raw`(?:worse|worsen(?:ing|ed)|increas(?:ing|ed)|incr|escalating|augments|augmenting|stronger)(?<=(?:pain|aching|ache|l[ou]mbalgi\w*|dorsalgi\w*)(?: (?:at|in|over) (?:the |her |his |that |this )?[\w-]+(?: [\w-]+)?)? (?:is |has been |has got |has gotten |has become |became |becomes |is becoming |is getting |has |got )?(?:now |also |still )?(?:got |gotten |become )?(?:steadily |gradually |progressively |much |far |more and more |slowly )?(?:getting )?\w+)`,
      // "Back pain ↑ over last 2/12", "pain ^"; "her back is much worse these last 10 days".
      String.raw`worse(?<=\bback (?:is|has been|has got|has gotten|got) (?:much |a lot |far |really |getting )?worse)`,
      // ... or the arrow before it: "↑ LBP past 2/12".
      String.raw`↑(?<=\b(?:pain|LB[PA]) ?↑)|\^(?<=\b(?:pain|LB[PA]) ?\^)|↑ ?(?:(?:low |mid |upper )?back )?(?:pain|LB[PA])\b`,
      // A second language's present tense: "back pain more increase".
      String.raw`increase(?<=\b(?:pain|ache) (?:more |much )?increase)\b`,
      // ... and the pain named again as "it": "Her pain had been settling, but over the last eight weeks it has worsened
      // steadily".
      String.raw`worsened(?<=\bpain\b[^.;\n]{0,80}\bit (?:has|had) (?:steadily |gradually |progressively )?worsened)`,
    ],
  },
  // An MRI of another organ says nothing of the spine's: "Prostate MRI showed a PI-RADS 5 lesion", "MRI of the
  // brain" (but "MRI of the pelvis and lumbar spine" is the spine's too). Before the MRI rule, which would take "MRI" at the same place (no case field reads it).
  {
    id: 'other-study',
    category: null,
    patterns: [
      String.raw`(?:prostate|brain|breast|pelvic|cardiac|knee|shoulder|hip|liver|abdominal|head) MRI|MRI (?:of (?:the )?)?(?:prostate|brain|breasts?|pelvis|abdomen|liver|knee|shoulder|hip|head|heart)(?! and (?:the )?(?:whole |thoracic |lumbar |thoracolumbar |cervical )?(?:spine|[TL]-?spine))`,
    ],
  },
  // A protocol's list of planes and sequences sets a study up, it reports none: "Sag T1/STIR/T2, ax T2 T10-L1. No gad."
  {
    id: 'sequence-list',
    category: null,
    silent: true,
    patterns: [
      // (Slashes, as a protocol writes them: a report's "technique: sagittal t1, t2, stir" is of a study done.)
      String.raw`(?:sag(?:ittal)?|ax(?:ial)?|cor(?:onal)?) (?:T1|T2|STIR)(?: FS)?(?: ?[\/+] ?(?:T1|T2|STIR|FS|DWI|PD)(?: FS)?)+`,
    ],
  },
  // A study whose result a plan waits on, inside the condition that names it ("Should MRI show epidural extension, ...";
  // the trigger holds the study's own word, so the study is marked here).
  {
    id: 'mri',
    category: null,
    study: true,
    assertion: 'hypothetical',
    patterns: [
      String.raw`MRI(?<=\b(?:[Ss]hould|[Ii]f) (?:the )?MRI)(?= (?:show|shows|confirm|confirms|demonstrate|demonstrates|reveal|reveals)\b)`,
      // ... and one only awaited: "MRI not yet, because machine is booked full" (the trigger "not" reads forward).
      String.raw`MRI(?= not yet\b)`,
      // ... and a bare "for MRI" opening a clause, a handover's plan ("MRI not yet done, for MRI LS spine"; a trigger "for"
      // would clash with NegEx's terminator).
      String.raw`MRI(?<=(?:^|[.!?\n|:,;]\s*)[Ff]or MRI)`,
      // ... or one of two offered: "For CT vs MRI – ED reg to d/w rads".
      String.raw`MRI(?<=(?:^|[.!?\n|:,;]\s*)[Ff]or (?:CT|XR|x-?ray|bone scan|PET(?:-CT)?) (?:vs|or|\/|and) MRI)`,
    ],
  },
  // The study a denial names as where it looked is one done: "Without signs of malignancy in the MRI", "no oedema on the MRI"
  // (before the rule below, which would take the same word and let the denial reach it).
  {
    id: 'mri',
    category: null,
    study: true,
    assertion: 'affirmed',
    patterns: [
      String.raw`MRI(?<=\b(?:no|without)\b[^.;\n]{1,60}\b(?:in|on) (?:the|this|that) MRI)(?! (?:is|was) (?:not|pending|booked))`,
    ],
  },
  {
    id: 'mri',
    category: null,
    study: true,
    patterns: [
      // An MR study of another organ shows the spine too: "MRCP ... incidentally shows marrow edema in L1".
      String.raw`MRI|MRCP|MR (?:imaging|scan|exam(?:ination)?|study|enterography|cholangiography)|MR-scann(?:ed|ing)|magnetic (?:resonance(?: imaging)?|tomography)|STIR`,
      // Greek's "the magnetic" (μαγνητική): "The magnetic is not done yet".
      String.raw`magnetic(?<=\b[Tt]he magnetic)(?! (?:resonance|field|stimulation|tomography))`,
      // Spanish's "resonancia" as a Spanish-schooled note writes it: "refer for resonance", "needs resonance with gadolinium" (not
      // a chest's "vocal resonance" or "resonant to percussion": only as a study asked for or with its contrast).
      String.raw`resonance(?<=\b(?:for|needs?|needed|requires?|request(?:ed)?|order(?:ed)?|pending|awaiting) resonance)(?! (?:to percussion|on percussion|is normal|normal))|resonance(?= with (?:gadolinium|contrast)| (?:is |was )?(?:not|pending|done|performed|reali[sz]ed|booked|requested)\b)`,
    ],
  },
  // ... and its short names in other languages' notes, in capitals: "RNM of lumbar spine", "MR with contrast", "MR of L-S spine from
  // 02.02.2024", "Spine MR was not done", Romanian "RMN" (not a heart's "moderate MR": only before a spine, a date or a verb),
  // Czech "MK" (magnetická rezonance) in the same places: "MK of lumbar spine is planned", "MK (MRI) not done yet"; French
  // "IRM", Russian "NMR", Bulgarian and Russian "ЯМР" and "МРТ" in Cyrillic; Spanish and Portuguese "RM" ("Asks RM of the lumbar column", "not realised RM nor TC", a label's "RM: posterior ligamentary complex intact"); in English notes
  // after what it found ("new pathologic L1 fracture on MR") or before its day ("MR today showing ..."); a Nordic note's "MR columna",
  // "No MR yet - MR ordered", "MR correlation is recommended".
  {
    id: 'mri',
    category: null,
    study: true,
    capitals: true,
    patterns: [
      String.raw`RNM|RMN|MRT|IRM|NMR|ЯМР|МРТ|RM(?=:| (?:of|with|da|do|de)\b| (?:lumbar|dorsal|thoracic|cervical|spine)\b| nor\b| not\b| never\b| was (?:not|never|done|performed)\b| (?:urgent|requested|pending)\b)|M[RK](?=:| (?:of|from|at|dated)\b| with (?:contrast|gadolinium|gad)\b| and (?:CT|XR|PET)\b| \(?(?:19|20)\d\d-\d| \(?\d{1,2}[./]\d{1,2}[./]\d| \d{1,2}[./](?:19|20)\d\d\b| in (?:\w+ )?(?:19|20)\d\d\b| \(MRI?\)| (?:[CTLS]-?spine|L-?S|Th-?spine|thoracic|lumbar|spine|columna|was|is|not|has|showed|shows|showing|revealed|demonstrated|taken|done|performed|made|today|yesterday|then|yet|ordered|requested|booked|pending|correlation)\b)|M[RK](?=\s*[.;]|$)(?<=\b(?:for|awaiting|await|no|an?|the) M[RK])|MR(?![\w-])(?<=\b(?:on|by|repeat|spine|spinal|lumbar|thoracic) MR)`,
    ],
  },
  // Imaging beyond radiographs denied as a whole: "No cross-sectional imaging has been obtained yet", "No
  // further imaging has been obtained" ("no further" is otherwise a pseudo-negation).
  {
    id: 'further-imaging',
    category: null,
    assertion: 'negated',
    // "Not yet re-imaged", "Nothing beyond X-ray so far", "only plain films so far" (not a reading: "No imaging features
    // of a pathologic fracture").
    patterns: [
      String.raw`no (?:further |cross-?sectional |advanced |new |other )?imaging(?! (?:features?|findings?|signs?|evidence|appearances?)\b)|not (?:yet )?(?:re-?)?imaged|(?:nothing (?:beyond|but|other than)|only) (?:(?:an?|the|plain) )?(?:x-?rays?|XRs?|films|radiographs)(?= (?:so far|yet|to date)\b)`,
    ],
  },
  { id: 'further-imaging', category: null, patterns: [String.raw`(?:cross-?sectional|advanced) imaging`] },
  // A cold is no infection that stops a procedure: "a coughing spell with an upper respiratory infection" (read
  // here so that the infection rule does not take its words; no case field reads it).
  {
    id: 'minor-infection',
    category: null,
    patterns: [String.raw`(?:upper respiratory (?:tract )?|viral (?:upper respiratory )?)infection|URTI|common cold`],
  },
  // No fever: said of infection, as "afebrile, no infection" says it; so do normal markers and a normal
  // temperature in a checklist ("Infection markers: CRP 4, WCC normal", "CRP nl", "Temp 36.8"). Before the rule
  // below, which would take "Infection" at the same place.
  {
    id: 'infection',
    category: null,
    assertion: 'negated',
    patterns: [
      String.raw`afebrile|apyrexial|no temperature`,
      String.raw`blood cultures?(?: from \w+)? (?:are |were )?(?:negative|neg|clear)`,
      // A reading set aside for another: "her CRP of 12 reflects active synovitis rather than infection".
      String.raw`(?:rather than|instead of) (?:an? )?(?:active )?infection`,
      String.raw`(?:CRP|ESR|inflammatory markers?|infection markers?)(?: (?:and|\/) (?:CRP|ESR|WCC|WBC))?:? (?:(?:is|are|was|were) )?(?:normal|nl|negative|unremarkable|not (?:raised|elevated))`,
      String.raw`infection markers:? CRP [0-4](?:\.\d)?\b`,
      String.raw`(?:temp|temperature):? ?(?:3[56]\.\d|37\.[0-4])\b`,
    ],
  },
  // An infection a plan waits on is there now: "VP on hold until infection treated", "vertebroplasty once the infection has
  // settled" (read before the rule below, which would take the same word as over).
  {
    id: 'infection',
    category: null,
    assertion: 'affirmed',
    patterns: [
      String.raw`(?:pneumonia|(?:chest |urinary tract )?infection|UTI|cellulitis|sepsis)(?<=\b(?:until|once|when) (?:the |her |his )?\w+)(?= (?:is |has )?(?:been )?(?:treated|resolved|cleared|settled)\b)`,
    ],
  },
  // An infection told as over is no infection now: "Pneumonia last month, treated, afebrile now", "UTI, now resolved".
  {
    id: 'infection',
    category: null,
    assertion: 'negated',
    patterns: [
      // ... "shingles last year, which settled fully", "The diverticulitis settled with oral antibiotics last month".
      String.raw`(?:pneumonia|(?:chest |urinary tract )?infection|UTI|cellulitis|sepsis|shingles|diverticulitis|colitis)(?=(?:,? (?:last|this|in) \w+)?,? (?:(?:which|that) )?(?:has |had )?(?:now |since )?(?:fully )?(?:treated (?:and )?)?(?:treated|resolved|cleared|settled)\b)`,
      // ... "in with a chest infection that has now settled".
      String.raw`(?:pneumonia|(?:chest |urinary tract )?infection|UTI|cellulitis|sepsis)(?= (?:that|which) (?:has|had) (?:now )?(?:settled|resolved|cleared)\b)`,

      // ... or its treatment finished: "He finished antibiotics for a chest infection a fortnight ago".
      String.raw`(?:pneumonia|(?:chest |urinary tract )?infection|UTI|cellulitis|sepsis)(?<=\b(?:finished|completed)(?: (?:a|the|her|his) course of)? (?:oral |IV )?(?:antibiotics|abx) for (?:an? |her |his |the )?(?:\w+ )?(?:pneumonia|(?:chest |urinary tract )?infection|UTI|cellulitis|sepsis))`,
    ],
  },
  {
    id: 'infection',
    category: null,
    patterns: [
      String.raw`osteomyelitis|dis[ck]itis|peritonitis|epidural abscess|spondylodiscitis|active (?:urinary tract |chest |wound )?infection|(?:uro)?sepsis|bactera?emia|(?:bld|blood) (?:cx|cultures?) (?:\+|positive)|positive blood cultures`,
      String.raw`pneumonia|febrile`,
      // "Blood cultures drawn through her infected port grew Klebsiella".
      String.raw`(?:bld|blood) (?:cx|cultures?)[^.;\n]{0,40}?\b(?:grew|growing|grown)\b|infected (?:port|line|PICC|Hickman(?: line)?|central line|catheter)`,
      // Tuberculosis on treatment: "Diagnosed PTB 10 days ago ... intensive phase of TB Rx, sputum smear positive".
      String.raw`tuberculo(?:sis|us)|PTB|TB(?= (?:spondylitis|Rx|treatment|therapy|meds|drugs))|(?:sputum )?smear[- ]positive`,
      // "no infection", "septic screen neg", "no fever now", "cellulitis ... on oral antibiotics".
      // ... and shorthand's "Infx: Ø".
      String.raw`infection|infx|pyelonephritis|septic (?:screen|work-?up)|fever|cellulitis|abscess|on (?:oral |IV |intravenous )?(?:antibiotics|abx)`,
      // An antibiotic named running in a vein, and a pneumonia by its initials while treated ("CT CAP" is a study): "CAP
      // improving on IV co-amoxiclav".
      String.raw`on (?:IV|intravenous) (?:co-amoxiclav|augmentin|amoxicillin|ceftriaxone|cefuroxime|piperacillin|tazocin|pip-tazo|meropenem|vancomycin|gentamicin|flucloxacillin|clarithromycin|benzylpenicillin|ampicillin)`,
      String.raw`(?:CAP|HAP)(?= (?:improving|on (?:IV|oral|PO)\b|treated|requiring|with))`,
    ],
  },
  // The shorthand of requisitions and sign-out notes, in capitals only.
  { id: 'compression-fracture', category: 'fracture', capitals: true, patterns: [String.raw`VCFs?`] },
  // "VF" is also ventricular fibrillation: a vertebral fracture only after a level or a bone word ("OP VFs", "new T10 VF").
  {
    id: 'fracture',
    category: 'fracture',
    capitals: true,
    patterns: [String.raw`VFs?(?<=(?:[CTLS]\d{1,2}|OP|osteoporotic|fragility|multiple|new|old|acute) VFs?)`],
  },
  // "CF" is also cystic fibrosis: a fracture only where a level or a vertebra is named with it.
  { id: 'fracture', category: 'fracture', capitals: true, patterns: [String.raw`CFs?`] },
  // A handover's or a request's bare "For KP - pls eval.", "For VP.": a plan (a trigger "for" would clash with NegEx's
  // terminator of the same words), read before the shorthand below takes the place; so is one a step is done before:
  // "INR 2.4 — to be bridged pre-VP".
  {
    id: 'vertebroplasty',
    category: 'intervention',
    capitals: true,
    assertion: 'hypothetical',
    patterns: [String.raw`VP(?=\s*(?:[-–.;,?]|$))(?<=(?:^|[.!?\n|:]\s*|\s[-–]\s)[Ff]or VP)|VP(?<=\b[Pp]re-VP)`],
  },
  {
    id: 'kyphoplasty',
    category: 'intervention',
    capitals: true,
    assertion: 'hypothetical',
    patterns: [String.raw`KP(?=\s*(?:[-–.;,?]|$))(?<=(?:^|[.!?\n|:]\s*|\s[-–]\s)[Ff]or KP)|KP(?<=\b[Pp]re-KP)`],
  },
  {
    id: 'vertebroplasty',
    category: 'intervention',
    capitals: true,
    patterns: [String.raw`VPs?(?!\s+(?:shunt|catheter|tub))`, String.raw`PVP`],
  },
  { id: 'kyphoplasty', category: 'intervention', capitals: true, patterns: [String.raw`KPs?`, String.raw`[BP]KP`] },
  // "MRI: BME L1": bone marrow edema.
  { id: 'marrow-edema', category: 'acuity', capitals: true, patterns: [String.raw`BMO?E|BMO`] },
  // A ground-level fall.
  { id: 'low-energy-trauma', category: 'trauma', capitals: true, patterns: [String.raw`GLF`] },
  // "no hx ca", "ca hx": lower-case "ca" is cancer only beside "hx" (before the
  // capitals-only shorthand, which would take the place and refuse it).
  {
    id: 'cancer',
    category: 'malignancy',
    patterns: [String.raw`hx (?:of )?ca`, String.raw`ca(?= hx\b)`, String.raw`onc hx`],
  },
  // "Ca" before a number is calcium (and "MM" after one is millimetres: see the capitals rule).
  // Shorthand in lower case where only a cancer fits (before the capitals rule, which would take "ca" and drop it): "no ca", "hx ca" (not calcium, which has a value).
  {
    id: 'cancer',
    category: 'malignancy',
    patterns: [String.raw`ca(?![\w-]|[\s:=]*\d)(?<=\b(?:no|nil|hx|h\/o|known|denies) ca)`],
  },
  // "Never had ca", "No PMHx ca", a form's "Oncologic hx: none personally".
  {
    id: 'cancer',
    category: 'malignancy',
    patterns: [
      String.raw`ca(?![\w-]|[\s:=]*\d)(?<=\b(?:had|PMHx?|any) ca)`,
      String.raw`onc(?:ologic(?:al)?|ology)? (?:hx|history)`,
    ],
  },
  // "Ca" alone in capitals; not calcium beside vitamin D ("Ca/vit D", "Ca + D"), a level ("Ca 2.4") or a check
  // ("denosumab once Ca checked"), nor California before a zip code or a note's date ("Fresno CA, 09/15/2024"), nor a lab
  // line's "Ca-9.1", nor the ion's "Ca²⁺ 2.9".
  {
    id: 'cancer',
    category: 'malignancy',
    capitals: true,
    patterns: [
      String.raw`MM(?!\/)`,
      String.raw`Ca(?![\s:=-]*[\d²]|\s*[\/+&]| (?:check|level|screen)|,? (?:\d{5}\b|\d{1,2}\/\d{1,2}\/\d{2,4}))`,
      String.raw`N?SCLC|RCC|HCC|DLBCL|NHL`,
    ],
  },
  // Anchors: which bone a fracture word without a level is about.
  {
    id: 'vertebra',
    category: null,
    anchor: 'vertebral',
    silent: true,
    patterns: [
      String.raw`vertebra(?:e|l)?(?: bod(?:y|ies))?`,
      String.raw`(?:thoracic|lumbar|cervical|thoracolumbar|dorsal) (?:spine|vertebra\w*|level|segment)s?`,
      String.raw`spine|spinal column|[TL]-spine`,
    ],
  },
  {
    id: 'other-bone-or-hardware',
    category: null,
    anchor: 'other',
    silent: true,
    patterns: [
      String.raw`NOF|neck of femur|plates?|screws?|rods?|hardware|ribs?|clavic(?:le|les|ular)|humer(?:us|al|i)|hips?|femor(?:al)?|femur|wrists?|radius|radial|ulna[r]?|sternum|sternal|scapula[r]?|pelvis|pelvic|sacral alae?|acetabul(?:um|ar)|pubic rami|ram(?:us|i)|ankle|tibia[l]?|fibula[r]?|skull|mandible|nasal|orbital|finger|toe|hand|foot|elbow|shoulder|patella[r]?|calcane(?:us|al)|metatarsal|metacarpal|coccy(?:x|geal)`,
    ],
  },
  {
    id: 'coagulopathy',
    category: null,
    // "INR of 2.8 has not corrected": an INR of 2 or more.
    patterns: [
      // ... unless the note says it can be undone: "INR 3.4 - can be bridged/reversed peri-procedure", "INR 3.1 today -
      // IR plan to reverse with vitamin K", "INR 3.4 on warfarin - withheld + vit K given"; nor a range aimed at
      // ("target INR 2.5-3.5"); nor one a pharmacist's plan stops and bridges: "INR 3.1 today; stop 5/7 pre-procedure, bridge w/
      // LMWH", "INR 2.8 today; hold from tonight, no bridging needed", "INR 2.9 - will need bridging", "INR 2.6 - cardiology OK
      // w/ heparin bridge".
      String.raw`coagulopathy|bleeding (?:diathesis|disorder)|uncorrect\w* INR|INR(?<!target INR)(?![^\n]{0,60}\b(?:(?:can|could|will) be (?:bridged|reversed|corrected|held|stopped|paused)|(?:stop|hold|withhold|omit) (?:\d|x ?\d|for \d|from|tonight|today|now)|bridge (?:w\/|with)|{HEPARIN} bridg\w*|no bridging|bridging (?:is )?(?:possible|planned|arranged)|(?:will |would )?(?:need|needs|require|requires) bridging|(?:plan|planned|planning|to) (?:to )?(?:reverse|bridge|stop|hold)|to be (?:paused|bridged|held|stopped|reversed)|withheld|vit(?:amin)? K (?:given|administered)|expected to correct))(?: of| is| was|:)? ?(?:[2-9]|1\d)(?:\.\d+)?\b`,
    ],
  },
  {
    id: 'instability',
    category: null,
    patterns: [
      String.raw`(?:spinal |mechanical )?instability|unstable (?:fracture|spine|(?:three|3)[- ]column (?:injury|fracture))|unstable(?= (?:burst|compression|chance|flexion-distraction) fracture)`,
      String.raw`(?:three|3)[- ]column (?:injury|involvement)`,
      // ... "posterior ligamentary complex disrupted" (a Spanish writer's adjective).
      String.raw`(?:posterior )?ligament(?:ous|ary) (?:complex )?(?:disruption|injury|tear|disrupted|torn|ruptured)`,
      // ... said the other way round: "disruption of the posterior ligamentous complex", "PLC injury" (an "injury of" is the
      // trauma rule's word, read first).
      String.raw`(?:disruption|tear|rupture) of the (?:posterior )?ligamentous complex|PLC (?:disruption|injury|tear)`,
      // A Spinal Instability Neoplastic Score the writer calls unstable: "SINS 13 (unstable)" (the word is the writer's; no
      // score threshold is bundled).
      String.raw`SINS(?: score)?(?: of|:|=)? ?\d{1,2},? \(?unstable\b`,
    ],
  },
  // A known fracture said not to have changed: "no further collapse" ("no further" is otherwise a pseudo-
  // negation), "height unchanged on serial radiographs", "kyphosis stable".
  {
    id: 'worsening',
    category: null,
    assertion: 'negated',
    patterns: [
      // ... the level inside it too: "no further loss of L1 height", "no further L1 ht loss".
      String.raw`no (?:further|interval|new|progressive) (?:(?:[CTLD]\d{1,2} )?(?:anterior |vertebral |body )?(?:collapse|height loss|ht loss|loss of height|wedging)|loss of (?:[CTLD]\d{1,2} )?(?:vertebral |body )?height)`,
      // ... "not more pain than before", "T12 not change from before".
      String.raw`not (?:more|worse) (?:pain )?than before|not chang(?:e|ed) from before`,
      // ... "a fracture that has not changed in height since", "her pain is the same as it has been for years".
      String.raw`(?:has|have|had) not changed in (?:its )?(?:height|shape|appearance)|pain (?:is|has been|remains) (?:the same|unchanged) (?:as (?:it has been|before|ever)|for (?:years|months))`,
      // A known fracture compared and found the same: "chronic T9 + T11 wedge fx, no Δ vs 2021".
      String.raw`no (?:Δ|(?:significant |interval )?change)(?=,? (?:vs|versus|since|from|compared|c\/w|on)\b)`,
      // ... or in what it would have lost: "no change in L1 height", "no change in the kyphosis".
      String.raw`no (?:significant |interval )?change in (?:the )?(?:[CTLD]\d{1,2} )?(?:vertebral )?(?:body )?(?:height|ht|collapse|wedging|kyphosis|deformity)`,
      // ... "identical with RMN from 2021", "identical to the prior study".
      String.raw`identical(?= (?:with|to) (?:the )?(?:prior|previous|earlier|last|RMN|MRI|MR|CT|XR|x-?ray|films?|radiographs?|study|examination|imaging|scan)\b)`,
      // ... or a level called stable against a film: "XR: T11 stable vs 2022", "L2 unchanged from 2021"; and a pain that has not grown: "no ↑
      // pain", "no increase in pain".
      String.raw`(?:stable|unchanged)(?= (?:vs|versus|since|compared|c\/w|from)\b)(?<=[CTL]\d{1,2},? (?:is |remains )?\w+)|no (?:↑|increased?(?: in)?) ?(?:back )?(?:pain|kyphosis|deformity)\b`,
      // Read from "stable" back, since the fracture's words before it are a finding of their own.
      // "Her pain is steadily improving" says a fracture is settling, not getting worse.
      String.raw`(?:improving|settling)(?<=pain (?:is |has been )?(?:steadily |gradually |slowly )?(?:improving|settling))`,
      String.raw`(?:unchanged|stable)\b(?<=(?:height|collapse|deformit(?:y|ies)|kyphosis|wedging|fractures?|fxs?|VCFs?)(?:(?: of)?[\s,+&]+(?:and )?[CTL]\d{1,2})*,? (?:is |are |was |remains? |has remained )?(?:unchanged|stable))`,
      // ... or before it: "chronic healed L1 compression deformity with unchanged ~25% height loss"; a fracture called stable
      // before its name: "Chronic stable L1 compression fracture".
      String.raw`unchanged(?= (?:~|about |approximately )?\d{1,2} ?% (?:anterior |vertebral |body )?(?:height loss|ht loss|loss of (?:anterior |vertebral )?height))|stable(?= (?:[CTL]\d{1,2} )?(?:osteoporotic |compression |wedge )*(?:fracture|fx|deformity|CF)\b)`,
      // ... or after the height it lost, measured: "Chronic compression deformity of L3 with ~30% height loss, unchanged
      // from the 2024 radiographs".
      String.raw`(?:unchanged|stable)\b(?<=\d{1,2} ?% (?:anterior |vertebral |body )?(?:height loss|ht loss|loss of (?:anterior |vertebral )?height),? (?:is |and )?(?:unchanged|stable))`,
    ],
  },
  // "Progressive kyphotic deformity", "progressive thoracic kyphsis" (a hurried typo).
  {
    id: 'worsening',
    category: null,
    patterns: [
      // A fragment pushed further back: "CT now shows progressive retropulsion of the posterior wall" (the word alone, so the
      // retropulsion is still read as its own finding).
      String.raw`(?:progressive|increasing|increased|worsening|further)(?= (?:posterior )?retropuls)`,
      // The segment a kyphosis is measured over is the kyphosis's, not a fracture's levels: "increased kyphosis in Th12-L2
      // segment".
      String.raw`(?:progressive|progression of|increasing|increased|incr|worsening|further|additional|more|interval increase in) (?:(?:of )?the )?(?:[CTLD]\d{1,2} )?(?:(?:anterior |vertebral |body |focal |thoracic |lumbar |kyphotic )?(?:collapse|height loss|ht loss|loss of height|deformity|(?:hyper)?kypho?sis(?: (?:in|of|at|over) (?:the )?(?:[CTLD]|Th)\d{1,2}[-–](?:[CTLSD]|Th)?\d{1,2} (?:segment|region|junction))?|kyphotic angle|compression|wedging|wedge))`,
      // "T11 has lost further height", "further loss of L1 height", "the wedge has collapsed further", "films show the L3 body
      // collapsing further", "stooping more", a
      // second language's "(kyphosis increase)".
      String.raw`(?:has |have )?(?:lost (?:further|more) height|(?:collapsed|collapsing|collapses) further)|(?:further|progredient|progressive) Sinterung|(?:further|progressive|more) (?:loss|reduction) of (?:the )?(?:[CTLD]\d{1,2} )?(?:vertebral )?(?:height|ht)|stooping more|kyphosis increase\b`,
      // "his thoracic kyphosis and mid-back ache have both increased", "kyphosis grows", "a kyphosis that has increased
      // markedly over three years".
      // ... "a kyphosis that has steadily increased over 18 months", "the kyphosis is progressive".
      String.raw`(?:hyper)?kyphosis(?: and (?:(?:his|her|the) )?[\w-]+(?: [\w-]+){0,2}| (?:that|which))? (?:(?:have|has) (?:both |also )?)?(?:(?:steadily|gradually|slowly|progressively|markedly) )?(?:increased|worsened|progressed)|kyphosis grows|kyphosis (?:is|has become) progressive`,
      // A height loss told then and now: "anterior height loss was 20%, now 40%"; a deformation "progressing"; "kyphosis more".
      // ... as a second language says it: "anterior height loss 40% become 65%".
      String.raw`was (?:about |~)?\d{1,3} ?%,? (?:and )?now (?:it is |almost |about |nearly |~)?\d{1,3} ?%|\d{1,3} ?% (?:become|became|becomes|has become) \d{1,3} ?%|progressing(?<=(?:deformit(?:y|ies)|deformations?|wedg(?:e|ing)|collapse|height loss)(?: of (?:the )?(?:[CTLD]|Th)\d{1,2}(?: body)?)? (?:is )?progressing)|kyphosis more\b`,
      // A height loss told now, with what it was then in brackets: "now 60% height loss (previously 30%)", "anterior height
      // lost now ~50% (in January ~20%)", "now ca. 50 % (08/2023: ca. 25 %)"; a fracture called progressive before its kind:
      // "Progressive pathologic compression fracture of T8".
      String.raw`now (?:ca\.? |about |approximately |~)?\d{1,3} ?%(?: [\w-]+){0,3}? ?\((?:previously|prev\.?|was|before|in [A-Z]?[a-z]+|\d{1,2}\/\d{4}:?)? ?(?:ca\.? |about |approximately |~)?\d{1,3} ?%\)`,
      String.raw`progressive(?= (?:pathologic(?:al)?|osteoporotic|benign|malignant|insufficiency) (?:compression )?(?:fracture|fx|collapse|deformity))`,
      // ... the writer's own word between, glossed: "increased kilform (wedging) of Th9 and Th10".
      String.raw`(?:increased|increasing|progressive|further) [^\s()]{2,20} \((?:wedging|collapse|compression|height loss|kyphosis)\)`,
      // The fracture's own words said to worsen: "the deformity is getting worse", "the L2 wedge is becoming worse".
      // ... and a second language's order: "collapse of Th12 progressive".
      String.raw`progressive(?<=(?:collapse|deformity|wedging|height loss) of (?:the )?(?:[CTLD]|Th)\d{1,2}(?: body)? progressive)`,
      String.raw`(?:is|are) (?:getting|becoming|growing) worse(?<=(?:deformit(?:y|ies)|collapse|wedg(?:e|ing)|fractures?|#) (?:is|are) \w+ worse)`,
      // "ht loss 25% -> 45%", "20->40%": an arrow between two percentages (not "20% to 30%", which may be a range); "kyphotic
      // angle 18 -> 32 deg".
      String.raw`\d{1,3} ?%? ?(?:->|→) ?\d{1,3} ?%|kyphotic angle \d{1,2} ?(?:->|→) ?\d{1,2}`,
      // ... and in words: "the local kyphotic angle at L3 increasing from 8 to 19 degrees".
      String.raw`(?:kyphotic|kyphosis|Cobb) angle(?: (?:at|of) (?:the )?[CTL]\d{1,2})? (?:(?:is |has been )?(?:increasing|increased|progressing|progressed|worsening|worsened)) from \d{1,2}(?: ?°| degrees)? to \d{1,2}`,
      // The stoop a collapsing fracture makes: "her forward stoop is getting worse", "his kyphosis is visibly
      // worse", "his kyphosis has visibly increased", a form's "Kyphosis: progressing on serial XR"; a glossed "the cifosa
      // (kyphosis) increases".
      String.raw`(?:stoop|hunch(?:ing)?|posture|kyphosis|hump)\)?:? (?:is |has been |has become |has )?(?:(?:visibly|clearly|markedly|noticeably|much|steadily|progressively) )?(?:worse|getting worse|worsening|worsens|increas(?:es|ing|ed)|progress(?:es|ing|ed)|worsened|more pronounced|deepened)`,
      // "progression from about 20% to 45% anterior height loss", "progression 20% -> 45% ant ht loss", "the anterior
      // wall has slumped from 20% to 40%", "progression from 30% to more than 50%", "the front of T11 went down from
      // 30% to 50%".
      String.raw`(?:progression|progressed|progressing|increased?|increasing|slumped|sunk|sagged|collapsed|worsened|gone|passing|(?:went|gone) down) (?:further )?(?:from )?{PERCENT_RISE}`,
      // A height left that has fallen: "height of L2 body decreased from 70% to 50% of the norm".
      String.raw`(?:decreased|reduced|dropped|fallen|fell|diminished)(?<=\b(?:height|ht)\b[^.;\n]{0,40}\w+) (?:further )?from (?:about |approximately |~)?\d{1,3} ?% (?:to|->|→) (?:about |approximately |~)?\d{1,3} ?%`,
      // "L3 more collapsed than in August", "L1 collapsed more" (read from "more", since "collapsed" is a finding of its
      // own; not "collapsed more than 50%", an amount); the stoop that follows: "he is going more bent forward".
      String.raw`(?:more|further) (?:collapsed|compressed|flattened)|more\b(?! than)(?<=(?:collapsed|compressed|flattened|sunk|slumped) (?:a (?:bit|little) |even |much |slightly )?more)|more (?:bent|stooped|hunched)(?: forward)?`,
      // "↑ thoracic kyphosis", "↑ L2 collapse".
      String.raw`↑ ?(?:[CTLD]\d{1,2} )?(?:thoracic |lumbar |anterior )?(?:kyphosis|collapse|height loss|ht loss|wedging)`,
      // "further ↓ ant ht T12 c/w 2023 film".
      String.raw`(?:further|progressive) ↓ ?(?:ant(?:erior)?\.? )?(?:ht|height)`,
      // "an accentuation of the collapse", "increase of the kyphosis".
      // ... "progressing of thoracic kyphosis", "increase of wedge deformity of Th8", a Spanish-schooled "progression of the
      // aplastamiento of L2".
      String.raw`(?:accentuation|increase|aggravation|progression|progressing) of (?:the )?(?:(?:thoracic|lumbar|wedge|kyphotic) )?(?:collapse|kyphosis|deformity|deformation|height loss|wedging|aplastamiento|acu[ñn]amiento)`,
      // ... a further amount of it: "a further 15% loss of L3 height", "a further 10% height loss".
      String.raw`further (?:~|about |approximately )?\d{1,2} ?% (?:(?:loss|reduction) of (?:the )?(?:[CTLD]\d{1,2} )?(?:vertebral )?(?:body )?(?:height|ht)|(?:height|ht) loss)`,
      // ... "further lowering of anterior height of Th8".
      String.raw`(?:further|progressive|increasing) (?:lowering|decrease|diminution) of (?:the )?(?:anterior )?(?:vertebral )?(?:body )?height`,
      // A Genant grade reached: "repeat VFA shows progression at T12 to grade 3", "progressed from grade 1 to grade 2".
      String.raw`(?:progression|progressed|progressing)(?: (?:at|of) [CTLD]\d{1,2})?(?: from (?:Genant )?(?:grade|SQ) ?[0-3])? to (?:Genant )?(?:grade|SQ) ?[1-3]\b`,
      // "the anterior height loss has progressed", "her thoracic kyphosis has progressed", "His thoracic kyphosis and upper
      // back ache have progressed": the verb alone, so that the finding it is said of stays the page's.
      String.raw`(?:has |have )?(?:progress(?:ed|es|ing)?|increased|worsened|deepened)(?<=(?:collapse|height loss|loss of height|deformity|kyphosis|wedging|wedge|fracture)(?: of [CTLD]\d{1,2}| and (?:[\w-]+ ){1,3}?(?:ache|pain))? (?:has |have |is |was )?\w+)`,
    ],
  },
];

/** The lexicon the engine compiles: every rule with its slots filled in. */
export const LEXICON: Concept[] = RULES.map((rule) => ({ ...rule, patterns: rule.patterns.map(expandSlots) }));

/** Regional words: a stretch of spine, highlighted as a level word but never turned into levels. */
export const REGION_PATTERN = String.raw`thoracolumbar junction|cervicothoracic junction|lumbosacral junction|(?:upper|mid|lower)[- ]?(?:thoracic|lumbar|cervical) (?:spine|region|vertebrae)`;
