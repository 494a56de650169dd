import { NUMBER_WORDS } from '../spine/parse';
import type { Trigger } from './trigger';

const forward = (kind: Trigger['kind'], ...phrases: string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, kind, direction: 'forward' }));
const backward = (kind: Trigger['kind'], ...phrases: string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, kind, direction: 'backward' }));
/** Triggers whose scope ends at a comma (see Trigger.clause). */
const forwardInClause = (kind: Trigger['kind'], ...phrases: string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, kind, direction: 'forward', clause: true }));
const backwardInClause = (kind: Trigger['kind'], ...phrases: string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, kind, direction: 'backward', clause: true }));

/**
 * Every way of writing a phrase from its slots, one option from each in turn; an empty option leaves
 * its slot out: spellings(['has', ''], ['not'], ['yet', '']) is "has not yet", "has not", "not yet", "not".
 */
const spellings = (...slots: string[][]): string[] =>
  slots.reduce<string[]>(
    (phrases, options) =>
      phrases.flatMap((phrase) => options.map((option) => [phrase, option].filter(Boolean).join(' '))),
    [''],
  );

/** The relatives a note names as someone else's history ("mother had breast cancer"). */
const RELATIVES = ['mother', 'father', 'sister', 'brother', 'daughter', 'son'];

/** When an earlier study was taken, as a comparison names it: a month, a year, or so long ago. */
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const RECENT_YEARS = Array.from({ length: 30 }, (_, i) => String(2000 + i));
export const COMPARED_WHEN = [
  ...spellings(['in'], [...MONTHS, ...RECENT_YEARS]),
  ...spellings(
    ['a', 'one', 'two', 'three', 'four', 'five', 'six', '2', '3', '4', '5', '6'],
    ['year', 'years', 'month', 'months'],
    ['ago'],
  ),
  // ... or counted back from the study: "a new T11 compression fracture not present 12 months earlier".
  ...spellings(
    ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'twelve', '2', '3', '4', '5', '6', '12', '18', '24'],
    ['year', 'years', 'month', 'months'],
    ['earlier'],
  ),
  // ... and as shorthand writes months and weeks: "not present 6/12 ago".
  ...spellings(
    Array.from({ length: 12 }, (_, i) => String(i + 1)).flatMap((n) => [`${n}/12`, `${n}/52`]),
    ['ago'],
  ),
  'last year',
  'at that time',
  // ... or the bare year of the study, as shorthand writes it: "new mild L1 compression fx (not present 2023)".
  ...RECENT_YEARS,
];

/**
 * Our own triggers for how radiology reports and spine notes say things, added to the ConText lists:
 * planned procedures are hypothetical, "status post" is historical, "cannot be excluded" is possible.
 */
/** A complaint the patient "does not present" (read both ways: see its rule below). */
const NOT_PRESENTED = spellings(['does not', 'did not', "doesn't"], ['present']);

export const RADIOLOGY_TRIGGERS: Trigger[] = [
  // A study or a procedure the patient would not have is not done: "He has refused MRI, saying he could not lie still" (not
  // its reason: "she has refused therapy because 'my back hurts where they operated'").
  ...forward('negated', 'refused', 'refuses', 'refusing'),
  // (Its spellings with a pronoun end a relative's scope too, below; each must end the denial as well.)
  ...spellings(['because'], ['', 'he', 'she']).map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'negated' }),
  ),
  ...forward(
    'negated',
    'no definite',
    'there is no',
    'there are no',
    'negative for',
    'no evidence of',
    'free of',
    'nor',
    'never',
    'has never',
    'never been diagnosed with',
    'has never been diagnosed with',
    'not been diagnosed with',
    'never diagnosed with',
    'never had',
    'has never had',
    'no diagnosis of',
    'neg for',
    // "neg cancer hx".
    'neg',
    'denies any',
    'nil',
    // Haitian Creole's "there is no", in a gloss: "IRM not done yet (pa gen IRM nan lopital la)".
    'pa gen',
    // "We have not yet performed an MRI", "she has not had an MRI".
    ...spellings(['has', 'have'], ['not'], ['yet', ''], ['had', 'performed', 'obtained', 'undergone']),
  ),
  // A study's state, said of the item just before it in a list: "MRI not done", "MRI pending", not the
  // fracture before it; "Ca hx neg", "Hx of cancer: nil", "Fractures: none".
  ...forwardInClause('negated', 'pending', 'is pending'),
  // "x3 wks w/o relief, pain 9/10": shorthand's "without" reaches to the end of its clause.
  ...forwardInClause('negated', 'w/o'),
  // The reading a report sets aside: "an ossicle consistent with a limbus vertebra rather than a fracture".
  ...forwardInClause('negated', 'rather than'),
  // "reduced in a stocking distribution, and vibration is absent": "absent" denies its own clause only.
  ...backwardInClause('negated', 'absent'),
  // A denial after its object, as Russian and other second-language notes order it: "Pain in back patient denies, palpation
  // ... is painless, falls he denies" (its own clause only; forward it reads as ever: "he denies weakness, numbness").
  ...backwardInClause('negated', 'patient denies', 'he denies', 'she denies'),
  ...forward('negated', 'patient denies', 'he denies', 'she denies'),
  // ... and a contraction of ConText's "not complaining": "he isn't complaining of back pain at all".
  ...forward('negated', ...spellings(["isn't", "wasn't", "hasn't been"], ['complaining of', 'complaining about'])),
  // ... and so do the base list's "is absent" and "is not seen" after a list of findings: "compression fracture of Th10,
  // height decreased ~20%, lytic destruction is not seen", "bone marrow oedema, soft tissue mass is absent".
  ...backwardInClause('negated', 'is absent', 'is not seen', 'are absent', 'are not seen'),
  // "fusion in 2012 for a radiculopathy, which resolved": gone, whatever "which" would end; a condition
  // ends, the fusion done for it does not.
  ...[
    'resolved',
    'has resolved',
    'which resolved',
    'that resolved',
    'which has resolved',
    // "The pain at L2 settled completely within a week", "her pain settled with 6 weeks of bracing".
    'settled completely',
    'completely settled',
    'settled with',
    // "a chest infection, which has since resolved".
    'has since resolved',
    'which has since resolved',
    // "a chest infection, which has now fully resolved".
    'now resolved',
    'fully resolved',
    'has now resolved',
    'has fully resolved',
    'has now fully resolved',
    'which has now resolved',
    'which has fully resolved',
    'which has now fully resolved',
    'has cleared',
    'had cleared',
    // "(the infection is cleared now)".
    'is cleared',
    'was cleared',
    'cleared up',
    // "a pneumonia that was fully treated last month".
    'was fully treated',
    'fully treated',
    // "control CT after pneumonia (recovered)".
    'recovered',
    'now recovered',
    'has recovered',
    'fully recovered',
  ].map((phrase): Trigger => ({ phrase, kind: 'negated', direction: 'backward', conditions: true })),
  // The patient, not a condition, recovered: "kyphoplasty of T12 for a T12 fracture, recovered well after operation".
  ...forward('pseudo', 'recovered well', 'recovered from', 'recovered after'),
  // A Czech or Slovak note's "negates" (denies), before or after what it denies: "Trauma negates", "Patient negates
  // paresis", "Tumour disease in anamnesis is negated".
  ...backwardInClause('negated', 'negates', 'negated', 'is negated', 'are negated'),
  ...forwardInClause('negated', 'negates'),
  // ... and an Italian writer's verdict put first: "Negative the oncological anamnesis" (negativa l'anamnesi oncologica).
  ...forwardInClause('negated', 'negative the'),
  // "Not yet done MRI or CT", as a second language orders it (the study after its state).
  ...forwardInClause('negated', 'not yet done', 'still not done'),
  // "MRI is yet to be done as patient is still sourcing for funds".
  ...backwardInClause('negated', 'yet to be done', 'is yet to be done', 'yet to be performed'),
  // A Japanese note's postposed verdict: "Compression fracture was not pointed out"; a Russian one's "new fractures are not
  // found".
  ...backwardInClause('negated', 'not pointed out', 'was not pointed out', 'were not pointed out'),
  ...backwardInClause('negated', 'not found', 'is not found', 'are not found', 'was not found', 'were not found'),
  // "MRI not got done yet", "MRI not yet, because machine is booked full".
  ...backwardInClause('negated', 'not got done', 'not got done yet', 'not yet scheduled', 'is not yet scheduled'),
  // An age doubted is no fracture doubted: "wedge compression fractures of T11 and T12, age of the fractures indeterminate",
  // "mild compression deformity VTh10, age not determined", a Spanish-schooled "date indeterminate" (fecha indeterminada).
  ...forward('pseudo', ...spellings(['age'], ['not determined', 'not determinable', 'undetermined'])),
  // ... and the age of the fractures named: "wedge deformities of T6 and T7, age of fractures not determined".
  ...forward(
    'pseudo',
    ...spellings(
      ['age of', 'age of the', 'age of these'],
      ['fracture', 'fractures', 'deformity', 'deformities', 'deformation', 'deformations'],
      ['', 'is', 'are'],
      ['not determined', 'not determinable', 'undetermined'],
    ),
  ),
  ...forward('pseudo', ...spellings(['date'], ['indeterminate', 'unknown', 'uncertain'])),
  ...forward(
    'pseudo',
    ...spellings(
      ['age of the', 'age of'],
      ['fracture', 'fractures', 'deformity', 'deformities'],
      ['indeterminate', 'uncertain', 'unknown'],
    ),
  ),
  // "Never dx'd with cancer".
  ...forward('negated', "never dx'd with", 'never dxd with', 'never dx with'),
  // ... and after its object, as second languages and letters put it: "Cancer she never had", "Cancer she never have",
  // "Cancer has never been diagnosed" (not a pain "she never had before", which is new).
  ...backwardInClause(
    'negated',
    ...spellings(['she', 'he'], ['never had', 'has never had', 'never have']),
    ...spellings(['has', 'have', 'was', 'were', ''], ['never been diagnosed', 'never diagnosed']),
  ),
  ...forward(
    'negated',
    ...spellings(['she', 'he'], ['never had', 'has never had']),
    ...spellings(['has', 'have', 'was', 'were', ''], ['never been diagnosed', 'never diagnosed']),
    // ... with its "with", which would otherwise end the scope as a terminator: "She was never diagnosed with cancer".
    ...spellings(['has', 'have', 'was', 'were'], ['never been diagnosed with', 'never diagnosed with']),
  ),
  ...forward('pseudo', ...spellings(['she', 'he'], ['never had before', 'has never had before'])),
  // ... and told back with a pronoun, past a comma: "Cancer, she has never had it"; or as a Latin-schooled writer puts
  // it: "Of malignant disease nothing in the anamnesis".
  ...backward(
    'negated',
    ...spellings(['nothing'], ['in the anamnesis', 'in the history', 'in her history', 'in his history']),
  ),
  ...backward('negated', ...spellings(['she', 'he'], ['never had it', 'has never had it'])),
  // Bone disease never treated is there, untreated: "bone-health referral, as he has never been treated for osteoporosis"
  // (not a cancer: "she has never been treated for cancer" denies one).
  ...forward(
    'pseudo',
    ...spellings(
      ['', 'has', 'have', 'had'],
      ['never', 'not'],
      ['been treated for', 'received treatment for'],
      ['osteoporosis', 'osteopenia'],
    ),
  ),
  // A tumour's receptor status is no denial of the tumour: "invasive ductal carcinoma (ER-positive, HER2-negative)", "triple
  // negative breast cancer", "EGFR-negative adenocarcinoma".
  ...forward(
    'pseudo',
    ...spellings(
      [
        'her2',
        'her-2',
        'er',
        'pr',
        'pgr',
        'er/pr',
        'triple',
        'hormone receptor',
        'egfr',
        'alk',
        'kras',
        'braf',
        'pd-l1',
      ],
      ['-negative', ' negative', '-neg', ' neg', '-positive', ' positive', '-pos'],
    ).map((phrase) => phrase.replace(' -', '-')),
  ),
  // A time of yesterday is now, not the history: "since the previous night, weakness of both legs".
  ...forward('pseudo', ...spellings(['previous', 'prior'], ['night', 'evening', 'day', 'morning'])),
  // An answer given when asked is no condition: "If asked, she denies back pain" (a simulated patient's script).
  ...forward('pseudo', 'if asked', 'when asked', 'on asking', 'on questioning'),
  // Care that did not help denies nothing after it: "physio with no improvement, pain 9/10".
  ...forward('pseudo', ...spellings(['with', ''], ['no improvement', 'no relief', 'no benefit'])),
  // "she can not walk to shop, kyphosis increased": what she cannot do ends at the comma; so with any spelling: "he still
  // cannot carry his shopping home, and the pain sits over the metalwork".
  ...forwardInClause('negated', 'can not', 'cannot', "can't", 'could not', "couldn't"),
  // ... and after it: "MRI not do yet, wait for queue", "MRI was never done", a Korean note's "MRI not checked yet".
  ...backwardInClause(
    'negated',
    'not do yet',
    'not checked yet',
    'not yet checked',
    'never done',
    'never realized',
    'never realised',
    'was never done',
    'has never been done',
    'never performed',
  ),
  // A Russian note's "data for compression fracture are not revealed", "compression deformations are not determined" (none
  // found).
  ...backward('negated', ...spellings(['', 'is', 'are', 'was', 'were'], ['not revealed', 'not determined'])),
  // A reader's verdict after the shape it is said of: "The slightly reduced height of L3 reflects a short vertebra without
  // endplate deformity and is not a fracture" (a condition's reach: it never modifies a procedure).
  ...spellings(
    ['is not', 'are not', 'was not', 'were not'],
    ['a fracture', 'fractures', 'a true fracture', 'true fractures'],
  ).map((phrase): Trigger => ({ phrase, kind: 'negated', direction: 'both', conditions: true })),
  // A shape the film's projection made is no finding: "apparent L1 ht loss is projectional (pt rotated)".
  ...backwardInClause(
    'negated',
    ...spellings(
      ['is', 'was', 'are', 'were'],
      ['projectional', 'positional', 'artefactual', 'artifactual', 'due to rotation', 'due to projection'],
    ),
    ...spellings(['is', 'was'], ['a projection', 'a positioning'], ['artefact', 'artifact']),
  ),
  // A second language's no after what it denies: Kyrgyz or Kazakh "signs of metastatic lesion jok", "in our hospital
  // MRT jok", Tibetan "Cancer history mey", Fijian "Leg symptoms - sega", Tongan "Cancer - 'ikai".
  ...backwardInClause('negated', 'jok', 'joq', 'mey', 'sega', 'ikai'),
  // ... and before it, Yiddish "keyn pain".
  ...forward('negated', 'keyn'),
  // A machine that does not work does no study: "MRI not done — the hospital's MRI not working".
  ...backwardInClause('negated', 'not working', 'is not working', 'not functioning', 'out of order', 'is broken'),
  // ... nor one the patient cannot pay for: "MRI not done yet, patient is poor and MRI is expensive".
  ...backwardInClause(
    'negated',
    ...spellings(['is', 'is too'], ['expensive', 'costly', 'unaffordable', 'not affordable']),
  ),
  ...forwardInClause('negated', ...spellings(['cannot', "can't", 'could not', 'unable to'], ['afford', 'pay for'])),
  // A Russian note's "Oncological anamnesis is not burdened" (nothing in it).
  ...backward('negated', 'not burdened', 'is not burdened', 'unburdened'),
  // "MRI is contraindicated" (a pacemaker).
  ...backward('negated', 'contraindicated', 'is contraindicated'),
  // A finding not confirmed stays a doubt: "Possible L3 compression fracture adjacent to the fusion, not confirmed",
  // "The previously questioned compression deformity of T8 is not confirmed on today's lateral view".
  ...backward('possible', 'not confirmed', 'is not confirmed', 'was not confirmed', 'not substantiated'),
  // "MRI was not felt to be indicated".
  ...backward('negated', 'not indicated', 'not felt to be indicated', 'was not indicated'),
  // "Vertebroplasty not appropriate while he has an active infection".
  ...backwardInClause('negated', 'not appropriate', 'is not appropriate', 'was not appropriate'),
  ...backwardInClause(
    'negated',
    // "MRI not done", "an MRI has not yet been done", "MRI has not been obtained", "MRI still not done".
    ...spellings(
      ['has', 'have', ''],
      ['still', ''],
      ['not'],
      ['yet', ''],
      ['been', ''],
      // "MRI has not yet been possible" (a pacemaker, a bed-bound patient).
      ['done', 'obtained', 'performed', 'arranged', 'requested', 'ordered', 'booked', 'possible'],
    ),
    // Written by colleagues trained in Dutch, German or Russian: "An MRI is not yet made.", "NMR is still not made".
    ...spellings(['still', ''], ['not'], ['yet', ''], ['made']),
    // "MRI is not available here, so ... referred for an outpatient MRI", "MRI not yet available - booked for next wk".
    ...spellings(['still', ''], ['not'], ['yet', ''], ['available']),
    'is not available',
    'unavailable',
    'not done yet',
    'pending',
    'is pending',
    'nil',
    'none',
    'neg',
  ),
  // A patient who "does not present" a complaint has none, told before it (up to a comma) or after: "Patient does not present
  // complaints on pain in the back", "Complaints on pain in back the patient does not present" (not "... does not present, at
  // palpation spine painless").
  ...forwardInClause('negated', ...NOT_PRESENTED),
  ...backward('negated', ...NOT_PRESENTED),
  ...backward(
    'negated',
    'not identified',
    'is not identified',
    'are not identified',
    'not present',
    'is not present',
    'are not present',
    'not demonstrated',
    'not visualized',
    'were not seen',
    'was not seen',
    'not noted',
    'are not noted',
    'is not noted',
    'were denied',
    'was denied',
    // "tumour excluded", "malignancy r/o'd on biopsy".
    'excluded',
    'was excluded',
    'has been excluded',
    "r/o'd",
  ),
  // "Infection is less likely given he is afebrile": said after, of the finding before it.
  ...backward('possible', 'less likely', 'is less likely'),
  ...forward(
    'negated',
    ...spellings(['did not', 'does not', 'do not', "didn't", "doesn't", "don't", 'failed to', 'fails to'], ['show']),
  ),
  // A patient's fear names nothing found: "He is worried that he has a 'crushed vertebra'", "He fears a crushed vertebra".
  ...forward(
    'hypothetical',
    ...spellings(['worried', 'afraid', 'worries', 'fears'], ['that']),
    'fears',
    'afraid of',
    'scared of',
  ),
  // German notes' "St.p." and "St.n." (status post, Status nach).
  ...forward('historical', 'st.p', 'st. p', 'st.n', 'st. n'),
  // Chinese radiology's "deny history of tumor" (the patient denies), and its "consider fresh compression fracture" (in
  // keeping with, not a plan).
  ...forward('negated', 'deny'),
  ...forward('pseudo', ...spellings(['consider', 'considered'], ['fresh', 'acute', 'new', 'old', 'recent'])),
  // "Neither MRI nor a bone scan has been obtained".
  ...forward('negated', 'neither'),
  // A lay writer's "he has zero back pain".
  ...forward('negated', 'zero'),
  // "there is nothing to suggest an underlying tumour", "nothing suspicious for malignancy", "nothing on the scan to suggest
  // cancer", "Nothing in her records to suggest cancer".
  ...forward(
    'negated',
    ...spellings(
      ['nothing'],
      [
        '',
        'on the scan',
        'on the MRI',
        'on the images',
        'on the study',
        'on your scan',
        'on your MRI',
        ...spellings(['in'], ['her', 'his', 'the'], ['records', 'notes', 'history']),
        'on examination',
      ],
      ['to suggest', 'to indicate', 'suggesting', 'suggestive of', 'suspicious for'],
    ),
  ),
  // "An MRI has excluded an underlying tumour", "CT in the emergency department excluded any vertebral fracture".
  ...forward(
    'negated',
    'has excluded',
    'have excluded',
    'excludes',
    ...spellings(['excluded', 'ruled out'], ['any', 'a', 'an']),
  ),
  // Short of a grade: "below the threshold for a Genant grade 1 deformity".
  ...forward('negated', ...spellings(['below the threshold', 'below the cut-off'], ['for', 'of'])),
  // "Ca hx denied": said after, as forms do; "Numbness, leg weakness and trouble passing urine are all denied".
  ...backward('negated', 'denied', 'all denied', 'are all denied', 'were all denied'),
  // Contractions the NegEx lists leave out: "He hasn't had an MRI".
  ...forward('negated', ...spellings(["hasn't", "haven't", "hadn't", "didn't"], ['had', 'have', ''])),
  ...forward(
    'possible',
    'possible',
    'possibly',
    'probable',
    'probably',
    'questionable',
    'question of',
    // A consult's "question" names what it asks about: "Acute L4 compression fracture, question vertebroplasty".
    'question',
    'suspicious for',
    'suspected',
    'suspect',
    // "team querying an underlying malignancy", "query metastasis".
    'querying',
    // "GP already queried myeloma".
    'queried',
    'query',
    'concerning for',
    'concern for',
    'concern about',
    // "The primary care physician was concerned about a metastatic process".
    ...spellings(['concerned', 'worried', 'worry'], ['about', 'for']),
    'worrisome for',
    'cannot exclude',
    'can not exclude',
    'cannot rule out',
    // ... as shorthand contracts it: "can't exclude CF", "couldn't rule out a fracture".
    ...spellings(["can't", "couldn't", 'could not', 'can not'], ['exclude', 'rule out']),
    // ... and a concern placed before what it is for: "Concern in the ED for a compression fracture".
    ...spellings(['concern', 'concerns'], ['in the ED', 'in ED', 'in clinic'], ['for', 'about']),
    'differential diagnosis includes',
    'differential includes',
    // ... and as a Vietnamese or French note puts it: "differential with bone metastasis, multiple myeloma".
    ...spellings(['differential', 'differential diagnosis', 'ddx'], ['with']),
    'equivocal',
    'suggestive of',
    'versus',
    'vs',
  ),
  // Telling two things apart that the writer cannot: "cannot distinguish active myeloma from MGUS" doubts both.
  ...forward(
    'possible',
    ...spellings(['cannot', 'can not', 'could not', 'unable to', 'difficult to'], ['distinguish', 'differentiate']),
    // ... nor yet has: "MRI is recommended to help differentiate an osteoporotic from a pathologic fracture".
    // "... which will help separate an osteoporotic from a pathological fracture", "to tell apart".
    ...spellings(['to', 'help', 'to help'], ['distinguish', 'differentiate', 'separate', 'tell apart']),
    'distinguish between',
    'differentiate between',
    // A finding taken for granted before anything showed it: "booked on the assumption of an adjacent-level fracture".
    ...spellings(['on the', 'on an'], ['assumption of', 'presumption of']),
  ),
  // A predicate's object follows it at once: "may be postsurgical, vertebroplasty noted" doubts only the first.
  ...forwardInClause(
    'possible',
    ...spellings(['may', 'might', 'could'], ['represent', 'be', 'reflect', 'indicate']),
    // A worry put to the writer: "You were concerned that he might have a compression fracture".
    ...spellings(['may', 'might', 'could'], ['have']),
  ),
  // ... and its second reading: "may be developmental or represent a mild compression fracture".
  ...forwardInClause('possible', ...spellings(['or'], ['represent', 'reflect', 'indicate'])),
  // "the possibility of a pathologic fracture was raised"; a question put: "Could this be metastatic?", "Could it be myeloma?".
  ...forward('possible', 'possibility of', 'the possibility of'),
  ...forward('possible', ...spellings(['could', 'might', 'can', 'may'], ['this', 'it', 'the fracture'], ['be'])),
  // ... or a reader's advice to exclude one: "the reader suggests excluding myeloma".
  ...forward(
    'possible',
    ...spellings(['suggests', 'suggested', 'recommends', 'recommended', 'advises', 'advised'], ['excluding']),
  ),
  // A finding the report leaves undecided: "Mild T7 wedging, indeterminate" (not its age: "of indeterminate
  // age", a pseudo-trigger below); "Slight T8 wedging, of doubtful significance"; "wedging of T8 which could reflect a mild
  // compression deformity versus normal variant".
  ...backward('possible', 'indeterminate'),
  // ... but one the report settles as normal is no finding: "Slight wedge shape of Th7 and Th8, regarded as a normal variant",
  // "wedging of T7 and T8 with less than 20% height difference, within normal variation". A judgement of a condition, it
  // reaches back as far as an end does ("conditions"), over the measure the report gives first.
  ...[
    ...spellings(['within'], ['normal', 'the normal'], ['variation', 'range', 'limits for age']),
    ...spellings(
      ['regarded as', 'considered', 'considered to be', 'thought to be', 'interpreted as', 'in keeping with', 'likely'],
      ['a normal', 'normal'],
      ['variant', 'variation', 'variants'],
    ),
    // ... or as an adolescent's growth disorder: "wedging of T8, T9 and T10 ..., a pattern typical of Scheuermann disease".
    ...spellings(
      ['typical of', 'in keeping with', 'consistent with', 'characteristic of', 'due to', 'from'],
      ['Scheuermann', "Scheuermann's", 'Scheuermanns'],
      ['disease', 'kyphosis', ''],
    ),
  ].map((phrase): Trigger => ({ phrase, kind: 'negated', direction: 'backward', conditions: true })),
  ...backward(
    'possible',
    ...spellings(['of'], ['doubtful', 'uncertain', 'questionable', 'unclear'], ['significance']),
    ...spellings(['versus', 'vs', 'or'], ['normal', 'a normal'], ['variant', 'variation']),
  ),
  ...backward(
    'possible',
    'cannot be excluded',
    'can not be excluded',
    'not excluded',
    'is not excluded',
    'is suspected',
    'are suspected',
    'is questioned',
    'queried',
    'has been queried',
    'is queried',
    'was queried',
    'is possible',
    'not entirely excluded',
    // "Myeloma or metastatic disease is being considered" (a differential, not a plan).
    'is being considered',
    'are being considered',
    'is one possibility',
    // "occult malignancy to be excluded".
    'to be excluded',
    'is a possibility',
    // Two readings the study cannot tell apart: "Schmorl node or mild compression fracture cannot be differentiated".
    'cannot be differentiated',
    'cannot be distinguished',
    // "Given the history of malignancy, pathologic fracture is a consideration".
    'is a consideration',
    'remains a consideration',
    'remains a possibility',
    'remains possible',
    'is also considered',
    'is on my list',
    'on the differential',
    // "included a neoplastic process such as lymphoma in the differential diagnosis".
    'in the differential',
    // "Metastasis was a concern, but the bone scan showed no evidence of it".
    'was a concern',
    'is a concern',
    'remains a concern',
    // "A pathologic fracture from metastatic recurrence is a leading concern", "... is the main concern".
    ...spellings(
      ['is a', 'is the', 'remains a', 'remains the'],
      ['leading', 'main', 'major', 'chief', 'principal'],
      ['concern'],
    ),
    'in the differential diagnosis',
    'is on the differential',
    // "myeloma has not yet been excluded", "myeloma has to be considered".
    ...spellings(['has', 'have', ''], ['not'], ['yet', ''], ['been', ''], ['excluded', 'ruled out']),
    ...spellings(['has to', 'have to', 'must', 'should', 'needs to', 'need to'], ['be considered']),
    // A deformity a benign variant may explain: "wedging of T9, which may be developmental".
    'may be developmental',
    'which may be developmental',
    'possibly developmental',
    'developmental versus',
    'developmental vs',
    'of uncertain significance',
  ),
  // "Compression fracture versus Schmorl node": both sides of "versus" are in question, the side before it
  // only back to a comma ("pain at T12, ?screw loosening vs pseudarthrosis" does not doubt the pain).
  ...backwardInClause('possible', 'versus', 'vs'),
  // Endplate depressions that sickle cell disease explains are its H-shaped vertebrae, not fractures.
  ...backward(
    'negated',
    'compatible with sickle cell',
    'compatible with xxxx cell',
    'consistent with sickle cell',
    'due to sickle cell',
    'from sickle cell',
  ),
  // "s/p L1 KP, recurrent pain at L1": status post names the item it stands before, not the list after it.
  ...forwardInClause('historical', 'status post', 'status-post', 's/p'),
  ...forward(
    'historical',
    'history of',
    'h/o',
    'hx of',
    'prior',
    'previous',
    'previously',
    'remote history of',
    'past history of',
    'had undergone',
    'previously underwent',
    // "He underwent posterior fusion in 2015 for ... a left L5 radiculopathy and foot drop".
    'underwent',
    'has had',
  ),
  ...backward('historical', 'in the past', 'years ago', 'months ago', 'previously'),
  // An event dated by the patient's age then: "L hip # from an MVC at age 20", "a fall as a teenager".
  ...backward('historical', 'at age', 'at the age of', 'as a child', 'as a teenager', 'in childhood'),
  // "L4-5 discitis 2 yrs back".
  ...backward('historical', ...spellings(['yrs', 'years', 'months', 'mths'], ['back'])),
  // "had back surgery in the 1990s".
  ...backward('historical', ...spellings(['in the'], ['1960s', '1970s', '1980s', '1990s', '2000s', '2010s'])),
  ...forward(
    'hypothetical',
    'awaiting',
    // "Patient is waiting for MR.", "she is still waiting for her MRI" ("her" would end the scope).
    'waiting for',
    ...spellings(['waiting for', 'awaiting'], ['her', 'his']),
    'booked',
    'booked for',
    'to be booked',
    'planned',
    'plan for',
    'plan to',
    'plans for',
    'planning',
    'scheduled for',
    'intend to',
    'intends to',
    // A procedure put forward, not done: "Oncology has raised kyphoplasty but nothing has been done yet".
    ...spellings(['has', 'have', 'had'], ['raised']),
    // Portuguese and Spanish "pretender" is to intend: "We pretend (= intend) to do kyphoplasty of T11".
    'we pretend',
    // Not stated either way: "The referral does not say whether she has back pain".
    ...spellings(
      ['does not say', 'did not say', 'not stated', 'not known', 'unclear', 'not documented'],
      ['whether', 'if'],
    ),
    // A request: "Kindly do MRI dorsolumbar spine".
    'kindly do',
    'please do',
    // "Dr. Lin has ordered an MRI of the thoracic spine".
    ...spellings(['has', 'have'], ['ordered', 'requested', 'arranged']),
    // A wish for a procedure: "Keen for VP but currently septic".
    'keen for',
    'keen on',
    'keen to have',
    // "I have listed her for T12 kyphoplasty" (a waiting list).
    ...spellings(['listed', 'wait-listed', 'waitlisted'], ['for', 'her for', 'him for']),
    'will undergo',
    'will have',
    'to undergo',
    'candidate for',
    'consider',
    'considering',
    'consideration of',
    'recommend',
    'recommends',
    'rec',
    'to assess',
    'recommendation',
    'would benefit from',
    'may benefit from',
    'discussed',
    // A referral's question: "I would value your opinion regarding vertebroplasty".
    ...spellings(['opinion', 'advice', 'asking', 'asks', 'enquiring', 'inquiring'], ['regarding', 'about', 'on']),
    // "please advise re kyphoplasty"; "to schedule L2 kyphoplasty in 2-3 weeks".
    ...spellings(['opinion', 'advice', 'advise', 'asking', 'asks', 'enquiring', 'inquiring'], ['re']),
    ...spellings(['advise'], ['regarding', 'about', 'on']),
    ...spellings(['to', 'will'], ['schedule', 'arrange', 'book']),
    'suitability for',
    'suitable for',
    'whether to',
    'proceed with',
    // Requests: "Please perform MRI thoracic spine", "urgent MRI whole spine", "Requesting assessment for
    // vertebroplasty".
    'please perform',
    // "Referrer has asked for 'MRI L-spine'".
    'asked for',
    'please arrange',
    // A surgeon going through an operation with the patient: "I described the procedure of L4-5 fusion".
    'described the procedure',
    'explained the procedure',
    'reviewed the procedure',
    'risks of',
    'risks and benefits of',
    // "Options including a brace and kyphoplasty at L2 were reviewed".
    ...spellings(['options'], ['include', 'including']),
    'option of',
    'in case of',
    // "Apixaban held in case vertebroplasty goes ahead".
    'in case',
    'proposed',
    'would like to',
    'to prevent',
    'evaluation for',
    'evaluate for',
    // A request's shorthand: "Mid back pain after lifting, eval for compression fracture".
    'eval for',
    'to evaluate for',
    'to assess for',
    // "an MRI to look for any fresh oedema"; a test sent "to screen for myeloma".
    'to look for',
    'to screen for',
    'screen for',
    'screening for',
    'to rule out',
    // A purpose, not a finding excluded: "MRI suggested to exclude a pathologic fracture", "must exclude pathologic
    // fracture".
    'to exclude',
    ...spellings(['must', 'need to', 'needs to'], ['exclude', 'rule out']),
    // ... a referral's purpose, read whole so that "referred to" (a request) does not take its "to": "referred to exclude
    // myeloma after an L1 compression fracture".
    ...spellings(['referred', 'sent'], ['to exclude', 'to rule out']),
    'to evaluate',
    'assess for',
    'rule out',
    'r/o',
    'correlation for',
    'correlate for',
    // A question, not a history: "correlate with any history of malignancy"; nor a finding: "correlate with point tenderness".
    ...spellings(['correlate with', 'correlation with', 'correlate clinically for'], ['any']),
    ...spellings(['correlate with', 'correlation with', 'correlate for'], ['point', 'focal']),
    // Discharge advice: "Return for fever, new or worsening back pain, or leg weakness".
    // "... he understands to call immediately for any leg weakness".
    // "... she knows to call or come in right away for leg weakness".
    ...spellings(
      ['return', 'come back', 'come in', 'call', 'seek medical attention', 'seek care'],
      ['immediately', 'urgently', 'right away', 'straight away', ''],
      ['for', 'if'],
    ),
    // "Return precautions for new back pain, fever, leg weakness or numbness" ("for" alone ends a plan's scope).
    ...spellings(['return precautions'], ['', 'for', 'given for', 'reviewed for']),
    'return to the emergency department for',
    // "She understands to go to the emergency department for any leg weakness".
    ...spellings(
      ['go to', 'come to', 'present to', 'attend'],
      ['the emergency department', 'the ED', 'ED', 'A&E'],
      ['for', 'if'],
    ),
    'return to the emergency department if',
    // A risk explained, not a finding: "this may result in weakness of all four extremities".
    'may result in',
    'can result in',
    'could result in',
    'may cause',
    'can cause',
    'could cause',
    'may lead to',
    'can lead to',
    'risk of',
    'risks include',
    // A consent's list: "The risks, including cement leakage, embolism, infection, ...".
    ...spellings(['risks', 'risks,'], ['including', 'such as']),
  ),
  ...backward(
    'hypothetical',
    // British and Australian notes: "MRI booked", "MRI booked for Friday", "MRI awaited"; Indian ones: "MRI has
    // been advised and is awaited".
    'advised',
    'has been advised',
    'is awaited',
    'booked',
    'booked for',
    'awaited',
    'requested',
    'scheduled',
    'planned',
    'is planned',
    'was planned',
    // A French writer's "envisagé": "vertebroplasty is eventually envisaged (only if the pain persists)".
    'envisaged',
    'is envisaged',
    'is eventually envisaged',
    'is recommended',
    'is scheduled',
    'was discussed',
    // "MRI of the lumbar spine with and without contrast will be obtained".
    ...spellings(['will be', 'is to be', 'to be'], ['performed', 'obtained', 'done', 'arranged', 'requested']),
    'is proposed',
    'ordered',
    'was ordered',
    'has been ordered',
    'to follow',
    'was offered',
    'offered',
    // "If the pain persists, L2 kyphoplasty may be considered."
    ...spellings(['may', 'might', 'could', 'can', 'will', 'would', 'to'], ['be considered', 'be discussed']),
    // "Dedicated radiographs or MRI could further evaluate", "MRI can help".
    ...spellings(
      ['could', 'can', 'may', 'might', 'would'],
      ['further evaluate', 'further characterize', 'further characterise', 'help', 'clarify', 'be helpful'],
    ),
    // "reviewer agreed MRI is the next study".
    ...spellings(
      ['is', 'would be', 'as'],
      ['the next study', 'the next step', 'the next test', 'the next investigation'],
    ),
    // "augmentation would ordinarily be worth discussing".
    ...spellings(['', 'would be', 'would ordinarily be', 'may be', 'is'], ['worth discussing', 'worth considering']),
    // "MRI please".
    'please',
  ),
  ...forward(
    'other-person',
    // A relative's death and its cause ("a father who died of colon cancer"): "who" otherwise ends the scope.
    ...spellings(['who'], ['died of', 'died from', 'passed away from']),
    // ... and a relative's own clause: "like his wife, who had a compression fracture last year".
    ...[...RELATIVES, 'wife', 'husband', 'aunt', 'uncle', 'friend'].flatMap((relative) => [
      `${relative}, who`,
      `${relative} who`,
      `${relative}, whose`,
      `${relative} whose`,
      // A second language's possessive after the relative: "it is the father of her who had a cancer".
      ...spellings([`${relative} of`], ['her', 'him'], ['', 'who']),
    ]),
    // British words for a parent: "Mum had osteoporotic spine #s"; shorthand's "Bro w/ prostate ca"; a Pacific or
    // Commonwealth writer's "Her aunty had cancer of the breast".
    'mum',
    'mam',
    'aunty',
    'auntie',
    'bro',
    'sis',
    'dtr',
    // Shorthand: "FHx ca breast - mother".
    'fhx',
    'fam hx',
    'family hx',
    'family history of',
    'family history',
    ...RELATIVES,
    // Someone outside the family: "A neighbour's vertebroplasty 'went badly'".
    ...spellings(['neighbour', 'neighbor'], ["'s", 's', '']),
  ),
  // "s/p T11-L1 fusion, now incr pain at T12", "s/p L1 KP 2021, new L3 CF": what follows "now" or
  // "new" is not history.
  // ... nor is what a study shows after a history told: "He has had back pain since a coughing fit, and CT
  // shows an acute T11 fracture".
  // The patient again after a relative, in shorthand: "Mother had breast ca, pt no ca hx", "daughter on chemo for
  // ovarian ca, no personal hx of cancer".
  ...['pt', 'personal'].map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'other-person' }),
  ),
  // ... and the patient's choice put after a relative spoken with: "I will discuss with her and her son whether she would
  // want an MRI".
  ...spellings(['whether', 'if'], ['she', 'he'], ['would', 'wants', 'wishes']).map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'other-person' }),
  ),
  // ... nor the patient's state said after a history: "history of breast cancer, asymptomatic, annual surveillance";
  // nor what came after a spell of health: "vertebroplasty in 2022 ... and did well until a month ago, when the old
  // pain returned"; nor a symptom growing now: "L4-S1 fusion in 2019, increasing low back pain at the fused levels over the
  // last 6 weeks".
  ...[
    'now',
    'currently now',
    // "w/ h/o breast CA (L mastectomy 2019, on letrozole), c/o acute back pain".
    'c/o',
    'increasing',
    'worsening',
    'new',
    'shows',
    'demonstrates',
    'reveals',
    'asymptomatic',
    ...spellings(['well', 'fine', 'comfortable', 'pain-free', 'pain free'], ['until']),
    'until recently',
    // ... nor what the patient tells now after it: "who had vertebroplasty for T10 and T11 fractures in 2022 describes a
    // month of aching pain over T11".
    'describes',
    'complains of',
    'presents with',
  ].map((phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'historical' })),
  // ... and, as ConText's "presents" does, a relative's (the longer phrase takes its place): "An 82-year-old man whose sister
  // recently underwent kyphoplasty for myeloma presents with two weeks of severe low back pain after a minor stumble".
  ...['presents with', 'complains of'].map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'other-person' }),
  ),
  // A reading said after a denial is the report's conclusion, not denied with it: "no soft-tissue mass, a pattern
  // typical of osteoporotic collapse"; nor is a condition a denial waits on: "No vertebral augmentation until malignancy has been
  // confirmed or excluded".
  ...['typical of', 'in keeping with', 'consistent with', 'until'].map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'negated' }),
  ),
  // A history's list ends where the patient's present state starts: "with history of breast cancer, no complaints, routine
  // surveillance".
  ...['no complaints', 'nil complaints', 'without complaints'].map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'historical' }),
  ),
  // Other levels are another topic: a denial of a new fracture there does not reach back to the level before ("L1 height
  // loss increased from 20% to 35%, in other levels new fracture is not seen").
  ...spellings(
    ['in', 'at', 'on'],
    ['other', 'the other', 'all other'],
    ['levels', 'vertebrae', 'vertebral bodies'],
  ).map((phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'negated' })),
  // A clause of the patient's own after "and" ends a denial, as "her" alone ends a plan or a relative's scope: "has no personal
  // history of cancer, and her DXA T-score is -3.1", "pain without trauma, that wakes her in the night, and she has lost 5 kg".
  ...(['negated', 'historical', 'hypothetical', 'other-person'] as const).flatMap((of) =>
    ['and her', 'and his', 'and she', 'and he'].map(
      (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of }),
    ),
  ),
  // ... nor doubted by a doubt about something else before it: "after a seizure with possible aspiration
  // incidentally shows a T7 compression fracture"; nor denied by a denial of something else: "new back pain without any
  // injury, and the plain films done yesterday show a T10 compression deformity". A study that does not show it still
  // denies it: "imaging did not show a spinal fracture".
  // Nor planned by a study's purpose before it: "CT chest done to exclude PE shows an acute T12 compression fracture".
  ...(['possible', 'negated', 'hypothetical'] as const).flatMap((of) =>
    ['show', 'shows', 'demonstrates', 'reveals'].map(
      (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of }),
    ),
  ),
  ...forward(
    'terminate',
    // A new event after a denied one: "without any fall or injury, he developed sharp pain".
    'developed',
    'but',
    'however',
    'although',
    'though',
    'except',
    'whereas',
    'which',
    'while',
    'otherwise',
    'aside from',
    'apart from',
    'and there is',
    'and there are',
    'there is',
    'there are',
    // A new predicate: "negative for malignancy, showing osteoporotic bone", "no suspicious features, and his
    // DXA confirms osteoporosis".
    'showing',
    'revealing',
    'confirms',
    // "no history of cancer, and his 2022 DXA showed osteoporosis".
    'showed',
    'demonstrated',
    'revealed',
  ),
  // "with" starts a new finding ("no retropulsion, with a new L2 fracture"), except of a relative, whose
  // findings it goes on listing ("her mother had osteoporosis with several vertebral fractures"); a plan goes on
  // over a second procedure ("recommends urgent posterior decompression at T6 with T4 to T8 posterior stabilization").
  ...(['hypothetical', 'negated', 'possible', 'historical'] as const).map(
    (of): Trigger => ({
      phrase: 'with',
      kind: 'terminate',
      direction: 'forward',
      of,
      conditions: of === 'hypothetical',
      forwardOnly: true,
    }),
  ),
  // "who" opens a clause about the patient after what the patient has not got: "previously healthy with no known
  // bone disease, who was the rider in a motorcycle collision" (a relative's "who" is handled above).
  ...(['negated', 'possible', 'historical'] as const).map(
    (of): Trigger => ({ phrase: 'who', kind: 'terminate', direction: 'forward', of }),
  ),
  // A question put to a colleague: "For vertebroplasty opinion", "kyphoplasty referral", "VP consult".
  ...backwardInClause('hypothetical', 'opinion', 'referral', 'consult', 'candidate', 'list', 'worklist'),
  // Offered and turned down: "A vertebroplasty was raised by the on-call team and declined by the patient".
  // (Not "declined" alone: "osteoporosis (declined treatment)" is the disease, its treatment declined.)
  ...backwardInClause(
    'negated',
    'was declined',
    ...spellings(['declined by'], ['the patient', 'her', 'him', 'the surgeon', 'the team', 'the family']),
  ),
  // ... or put off: "hold off VP while septic".
  ...forwardInClause('hypothetical', 'hold off', 'hold off on'),
  // A referral asks for a procedure or a study; the condition it names is the patient's: "referred for an
  // incidental T12 wedge deformity", "Requesting assessment for vertebroplasty".
  ...[
    'referral for',
    // "MK has not been done, referral to MK of lumbar spine"; a Russian "Direction for MRI" (направление).
    'referral to',
    'direction for',
    'refer for',
    'referred for',
    // ... whoever sent the patient: "referred by oncology for T9 kyphoplasty +/- RFA".
    'referred by',
    // "plan to refer her to the regional referral hospital for MRI".
    ...spellings(['refer', 'referred', 'referring'], ['her', 'him', 'the patient', ''], ['to']),
    // "Her GP has referred her for a kyphoplasty".
    ...spellings(['refer', 'referred', 'referring'], ['her', 'him', 'the patient'], ['for']),
    // ... and what the letter asks the reader to do: "Kindly review him for kyphoplasty", "please assess her for VP".
    // ("please review" alone is a pseudo-trigger that would take the words).
    ...spellings(['please review', 'review'], ['her', 'him', 'the patient', ''], ['for']),
    ...spellings(['assess', 'evaluate'], ['her', 'him', 'the patient'], ['for']),
    'requesting',
    'request',
    'request for',
    'assessment for',
    'consultation for',
    'consult for',
    // "IR consulted for percutaneous vertebral augmentation".
    'consulted for',
    // "He still needs an MRI", "I'd like you to get an MRI", a vetting comment's "need MRI w/ STIR before accepting".
    'needs',
    'still needs',
    'need',
    'will need',
    'like you to',
    // A talk or a question about a procedure is none done: "discussion with haematology about radiotherapy or
    // kyphoplasty", "he has asked about kyphoplasty"; nor is an admission's plan: "admitting for analgesia and MRI".
    ...spellings(['discussion', 'discussions'], ['with', 'about', 'regarding', 're', 'of']),
    'asked about',
    // ... nor a visit about one: "Interventional radiology saw him regarding kyphoplasty; he preferred a brace".
    // ... or one agreed to: "The interventional radiologists have agreed to see her about augmentation at T11".
    ...spellings(
      ['saw', 'seen', 'reviewed', 'assessed', 'see', 'review', 'assess'],
      ['him', 'her', 'the patient', ''],
      ['regarding', 'about'],
    ),
    // A procedure a study must come before: "MRI today to confirm edema before any kyphoplasty is considered", or one
    // nobody had offered: "before anyone considered augmentation".
    'before any',
    'before anyone',
    // A request in a second language's words: "we ask for NMR of Th-L spine", "Indicated for vertebroplasty L2".
    ...spellings(['we', ''], ['ask for', 'asking for']),
    ...spellings(['is', 'are', ''], ['indicated for']),
    // An Indian note's "Adv MRI D-L spine" (advised), and written out: "Advised MRI, booked for Thursday".
    'adv',
    'advised',
    // A question put to the radiologist: "Please advise MRI or CT."
    'advise',
    // "Consented for KP T11-12 next list"; a Polish note's "qualified to vertebroplasty of L-1" (listed for it) and a
    // Portuguese one's "we pretend to do kyphoplasty" (intend).
    'consented for',
    // "Interventional radiology ... offered L2 kyphoplasty, which ... she declined".
    'offered',
    'qualified to',
    // A French note's "We demand an MRI of the lumbar rachis" and a Spanish one's "We solicit MRI" (ask for); Iberian
    // requests' "Petition of RMN (MRI) dorsal column", "Asked RM lumbar urgent" (pedida), and "Imaging requisition - MRI".
    'petition of',
    'petition',
    // A report's advice of a study to come: "Correlate with dedicated thoracic spine radiographs or MRI" (not "correlate
    // with the prior MRI", which was done).
    ...spellings(['correlate with', 'correlation with'], ['dedicated', 'further']),
    // An insurer's form: "Medical necessity statement, kyphoplasty T11 and T12".
    'medical necessity statement',
    'medical necessity for',
    'asked',
    'imaging requisition',
    'we demand',
    'we solicit',
    'solicited',
    // A Romanian note's "reevaluation with the RMN" (a study to come).
    ...spellings(['reevaluation', 're-evaluation'], ['with']),
    'qualified for',
    'pretend to',
    // "we are discussing radiofrequency ablation with cement augmentation".
    'discussing',
    // "Interventional Radiology - vertebral augmentation assessment" (read back, below); "Can she be considered for
    // kyphoplasty pls".
    ...spellings(['be considered', 'considered', 'consider her', 'consider him'], ['for']),
    ...spellings(['admitting', 'admit', 'will admit'], ['for']),
  ].map((phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true })),
  // A story told from its year: "In 2015 he fell 12 feet from a ladder and sustained an L1 burst fracture".
  ...forward('historical', ...spellings(['in'], RECENT_YEARS)),
  // A plan that waits on a study: "Depending on MRI, consider bone scan", "RTC after MRI", "a candidate once the
  // MRI has been obtained", "IR clinic after the MRI", "sooner for any new back pain".
  ...forward('hypothetical', 'once', 'clinic after', 'sooner for', 'sooner if', 'earlier for'),
  // A consent's list: "the risks and benefits of the procedure, including cement leakage, infection, ...".
  ...forward('hypothetical', 'of the procedure, including', 'of the procedure including'),
  ...forward(
    'hypothetical',
    'depending on',
    'dependent on',
    ...spellings(['rtc', 'return to clinic', 'review', 'follow up', 'follow-up', 'f/u', 'see again'], ['after']),
  ),
  // An order's urgency asks for the study or procedure it names, never doubts the findings a study then shows
  // ("Today's urgent MRI shows an acute T12 compression fracture"); so does a note's "→ book MRI L-spine", and "we
  // arranged emergency MRI today".
  ...['urgent', 'emergent', 'stat', 'book', 'arrange', 'arranged', 'arranging'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true }),
  ),
  // A request in a letter: "I would be grateful for an MRI of the spine", "We would appreciate a CT".
  ...['grateful for', 'would appreciate', 'would welcome'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true }),
  ),
  // A preference or a judgement is no procedure done: "she favors kyphoplasty", "augmentation would otherwise be
  // reasonable", "kyphoplasty is an option"; nor is a talk about one: "Kyphoplasty discussed, but a brace for now".
  // ... nor an offer to do one: "Happy in principle to do VP but he's febrile".
  ...[
    'favors',
    'favours',
    'prefers',
    'would prefer',
    'would favor',
    'would favour',
    'favor',
    'favour',
    ...spellings(['happy', 'happy in principle'], ['to']),
    // ... nor a French writer's request ("je demande"): "I demand an IRM du rachis entier with injection of gadolinium".
    ...spellings(['i', 'we', ''], ['demand']),
    // ... nor a wish for one: "He is interested in kyphoplasty".
    'interested in',
    'keen on',
  ].map((phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true })),
  ...[
    ...spellings(
      ['would', 'would otherwise', 'may', 'could', 'might'],
      ['be reasonable', 'be an option', 'be appropriate', 'be helpful', 'be useful', 'help'],
    ),
    ...spellings(['is', 'is still', 'remains', 'are', 'remain'], ['an option', 'options']),
    // ... or weighed still: "radiotherapy and vertebral augmentation options are being explored".
    ...spellings(['is', 'are'], ['being explored', 'being weighed']),
    // ... or only named or suggested: "Vertebroplasty was mentioned", "His oncologist suggested kyphoplasty".
    ...spellings(['was', 'were', ''], ['mentioned']),
    'discussed but',
    'discussed, but',
  ].map((phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true })),
  // A procedure put to the patient as an option, named before it or after: "Vertebroplasty option explained to son, to decide
  // after 2 weeks", "Options discussed include SBRT and kyphoplasty".
  ...spellings(['option', 'options'], ['explained', 'discussed', 'offered', 'given']).map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'both', requests: true }),
  ),
  // A study that could settle a question is none done yet: "MRI could establish acuity if clinically warranted", "MRI can
  // establish acuity if clinically indicated", "MRI is suggested".
  ...[
    ...spellings(['could', 'would', 'may', 'might', 'can'], ['establish', 'confirm', 'clarify', 'determine', 'help']),
    'if clinically warranted',
    'if clinically indicated',
    ...spellings(['is', 'are'], ['suggested']),
  ].map((phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true })),
  // A study or procedure recommended, before or after its name: "recommended MRI", "MRI recommended" (what it would look
  // for stays as told: "MRI recommended for the new T8 deformity"); suggested for a purpose: "MRI T-spine suggested for
  // further characterisation" (not "MRI suggested an acute fracture", which is the study's reading).
  ...['recommended', 'suggested for'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'both', requests: true }),
  ),
  // A relation denied, its clause only: "mid-thoracic back pain, not related to any fall, and a thoracic spine X-ray last week
  // reported a new T8 wedge compression fracture".
  ...forwardInClause('negated', 'not related to', 'unrelated to'),
  // A height loss too small to count, and the fracture it is not: "T11 shows mild anterior height reduction of
  // about 15%, below the threshold for fracture", shorthand's "mild ant wedging <20%, below fx threshold".
  ...[
    'below the threshold for',
    'below the threshold of',
    'below fx threshold',
    'below fracture threshold',
    'below the fracture threshold',
    'does not meet criteria for',
    'not meeting criteria for',
  ].map((phrase): Trigger => ({ phrase, kind: 'negated', direction: 'both' })),
  // A history that gives the reason for what the sentence goes on to say reaches its own clause only: "Given the history of
  // breast cancer, MRI lumbar spine with contrast suggested" (the MRI is the plan's, not the history's).
  ...forwardInClause(
    'historical',
    ...spellings(['given', 'in view of', 'because of'], ['the', 'her', 'his', 'a'], ['history of', 'past history of']),
  ),
  // An operation booked for theatre: "Theatre tonight for decompression and T11-L1 posterior fixation".
  ...forward(
    'hypothetical',
    ...spellings(['theatre', 'theater'], ['tonight', 'today', 'tomorrow', 'this afternoon', 'this evening'], ['for']),
  ),
  // ... or left for later: "Kyphoplasty and radiotherapy to be revisited once the infection has settled".
  ...backward('hypothetical', ...spellings(['to be'], ['revisited', 'reconsidered', 'reviewed later'])),
  // A procedure programmed, as Italian and French put a plan: "We programme vertebroplasty for next month", "Vertebroplasty is
  // programmed for next week".
  ...forward('hypothetical', 'we programme', 'we program', 'programmed for'),
  ...backward('hypothetical', ...spellings(['is', 'was'], ['programmed'])),
  // A study the patient must travel for is none done yet: "patient must go to Udon Thani for IRM, family will decide".
  ...spellings(['must', 'has to', 'have to', 'needs to', 'need to', 'will have to'], ['go', 'travel']).map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true }),
  ),
  // A procedure hoped for, before or after its name: "Kyphoplasty we are hoping for at Raigmore", "hoping for a kyphoplasty".
  ...['hoping for', 'hoped for'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'both', requests: true }),
  ),
  // ... or left to another specialist: "Kyphoplasty L2 or revision - to discuss with neurosurgeon".
  ...spellings(['to discuss', 'to be discussed', 'to decide'], ['with']).map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'both', requests: true }),
  ),
  // A decision left until a study, both still to come: "Repeat augmentation will be discussed after MRI".
  ...spellings(['will be', 'to be'], ['discussed', 'decided', 'considered', 'reviewed'], ['after', 'once', 'when']).map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'both', requests: true }),
  ),
  // A checklist before the procedure it names: "IR vertebroplasty - pre-procedure checklist", "IR pre-assessment -
  // vertebroplasty list Thurs".
  ...['pre-procedure', 'pre-procedural', 'preprocedure', 'pre-procedure checklist', 'pre-assessment'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'both', requests: true }),
  ),
  // What a patient is told to come back for is no symptom now: "safety-netted re leg weakness or bladder/bowel change".
  ...forward(
    'hypothetical',
    ...spellings(['safety-netted', 'safety netted', 'safety-netting', 'safety netting'], ['re', 'for', 'about']),
  ),
  // Not decided yet: "the family is weighing whether an MRI fits her goals".
  ...forward(
    'hypothetical',
    ...spellings(['weighing', 'deciding', 'debating', 'wondering', 'undecided'], ['whether', 'if']),
  ),
  // A study or a procedure wanted, decided on, approved or protocolled at vetting is not done yet: "Ortho want the
  // MRI before deciding on augmentation", "MRI T/L spine approved", "Protocol sag T1/STIR/T2".
  ...[
    ...spellings(['want', 'wants', 'would like'], ['', 'the', 'an', 'a']),
    'suggested',
    'suggests',
    // Chinese radiology's "Now suggest further MRI examination".
    'suggest',
    'propose',
    'we propose',
    // "Referred to IR re vertebroplasty", "IR consult re augmentation if still not mobilising", "IR r/v re VP ?next wk": a
    // procedure named as what
    // a referral is about (not "re" alone, which is also "re-herniation").
    ...spellings(
      ['IR', 'referred', 'referral', 'review', 'r/v', 'consult', 'consultation', 'opinion', 'discussion'],
      ['re'],
    ),
    // ... and after who is to see the patient, or when: "Spine team to r/v in AM re KP", "spinal MDT re cement", "family
    // asking re VP", "spine team aware re: kyphoplasty".
    ...spellings(['AM', 'team', 'MDT', 'surgeons', 'asking', 'asked', 'advise', 'aware'], ['re']),
    // ... or who is to see the patient about it: "IR to see as an outpatient regarding augmentation once neurologic status is
    // stable", "spine team to review re fixation".
    ...spellings(
      ['IR', 'team', 'surgeons', 'surgery', 'neurosurgery', 'ortho', 'orthopaedics'],
      ['to see', 'to review'],
    ),
    // "Interventional radiology consulted regarding L3 kyphoplasty", "IR consulted re: KP T12".
    ...spellings(['consulted', 'consult', 'consultation', 'opinion', 'referral', 'referred'], ['regarding', 'about']),
    'consulted re',
    // "IR r/v for KP", Malaysian "KIV vertebroplasty" (keep in view), "Asks RM of the lumbar column", Spanish "to valorate
    // kyphoplasty", Scandinavian "Remiss sent to MR", "is remitted to Radiotherapy".
    'r/v for',
    'kiv',
    'asks',
    ...spellings(['to', ''], ['valorate']),
    ...spellings(['remiss', 'remiss sent', 'remitted'], ['to', 'for']),
    // A colleague's view asked for: "liaise with the GP about the spinal team's view on vertebroplasty".
    ...spellings(['view', 'views', 'opinion', 'thoughts'], ['on']),
    // A result waited for: "avoid manual handling until the MRI result is available".
    ...spellings(['until', 'pending'], ['the', 'an'], ['MRI result', 'MRI results', 'MRI report']),
    // A meeting a case is taken to: "Presented in the column committee for vertebroplasty", "tumour board for kyphoplasty".
    ...spellings(['committee', 'board', 'MDT', 'meeting'], ['for']),
    // Not imaged yet: "Not yet scanned with MRI".
    ...spellings(['not yet', 'not'], ['scanned with', 'imaged with']),
    ...spellings(['deciding', 'decide', 'decision'], ['on', 'about', 're', 'of']),
    'protocol',
    'protocolled',
    'protocoled',
    // Put on an operating or procedure list: "We will list her for T12 kyphoplasty", "on the waiting list for VP".
    ...spellings(['list', 'listing'], ['her for', 'him for', 'the patient for']),
    ...spellings(['on the', 'on the waiting', 'on the IR'], ['list for']),
  ].map((phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true })),
  // ... either side of its study: "MRI T/L spine approved", "Approved – MRI L spine w/o contrast", "MRI vetting – L spine",
  // a vetting's "Accepted → MRI L-spine non-contrast".
  // "Pls MRI L-spine" asks for the study, not for what the case is: "Spine reg pls - 70F w/ L3-S1 fusion '19, new L2 fx on CT".
  { phrase: 'pls', kind: 'hypothetical', direction: 'forward', requests: true },
  // ... and one preferred to waiting: "Bed-bound 2° pain → early PVP rather than wait".
  ...['rather than wait', 'rather than waiting'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true }),
  ),
  ...['approved', 'accepted'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'both', requests: true }),
  ),
  ...['vetting'].map((phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true })),
  // Considered and not done: "An MRI was considered, but ... it cannot be performed", "He was offered an MRI
  // but declined it"; advice: "My advice is a contrast-enhanced MRI first".
  // ... "Kyphoplasty of T8 was raised by a covering physician, but he declined".
  ...backward(
    'hypothetical',
    'was considered',
    'were considered',
    'pencilled in',
    'penciled in',
    'was raised',
    'was offered',
  ),
  // ... and a consult's title: "INTERVENTIONAL RADIOLOGY CONSULTATION - Vertebral augmentation evaluation".
  ...['assessment', 'evaluation'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true }),
  ),
  // A symptom said to be as it always was is an old one: "pins and needles, but that's the same as ever".
  ...backward('historical', 'same as ever', 'same as always', 'as it has always been'),
  // A relative's own illness after the relative: "the son mentions his own prostate cancer" ("his" otherwise turns
  // back to the patient).
  ...['his own', 'her own', 'their own'].map((phrase): Trigger => ({ phrase, kind: 'pseudo', direction: 'forward' })),
  // One procedure in two words, so "with" does not end the plan before its second: "discussing radiofrequency ablation
  // with cement augmentation".
  ...['ablation with'].map((phrase): Trigger => ({ phrase, kind: 'pseudo', direction: 'forward' })),
  // A team called, not a call to make: "TRAUMA CALL | 27 yo M | motorbike vs car".
  ...['trauma call', 'code trauma'].map((phrase): Trigger => ({ phrase, kind: 'pseudo', direction: 'forward' })),
  // Advised or due later: "An outpatient MRI has been recommended to the GP", "MRI of the whole spine in the
  // morning", "kyphoplasty next week".
  ...[
    ...spellings(['has been', 'have been', 'was', 'were'], ['recommended']),
    'tomorrow',
    'in the morning',
    'next week',
  ].map((phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true })),
  // "VP booked 14/3".
  // ... and "A kyphoplasty has been provisionally scheduled for next month" ("scheduled for" also reads forward).
  ...['booked', 'booked for', 'scheduled', 'scheduled for', 'sched'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true }),
  ),
  // A study said not done after a "but" that would end the scope: "The GP requested an MRI but it has not been done yet",
  // "ordered an MRI, but it is still awaiting authorization".
  ...backward(
    'negated',
    ...spellings(
      ['but it', 'but this', 'but the scan', 'so it'],
      ['has not been done', 'has not yet been done', 'was not done', 'has not been performed', 'was not performed'],
    ),
  ),
  // ... or one the patient could not go through with: "The ED ordered an MRI but she couldn't lie flat, so it was not done"
  // (not "could not lie still", which more often degrades a study that was done).
  ...spellings(['but he', 'but she'], ["couldn't", 'could not', 'was unable to'], ['lie flat', 'tolerate it']).map(
    (phrase): Trigger => ({ phrase, kind: 'negated', direction: 'backward', requests: true }),
  ),
  ...spellings(['but it is', 'but it was', 'but is'], ['still awaiting', 'awaiting']).map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true }),
  ),
  // A study the patient is to come back with or keep: "Review with MRI", "Keep your MRI appointment on [**2151-8-21**]",
  // "Follow up with Interventional Radiology after your MRI".
  ...['review with', 'revert with', 'keep your', 'after your', 'before your'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true }),
  ),
  // A suspicion said to be low: "Inflammatory markers normal, low suspicion for infection".
  ...forward('negated', ...spellings(['low', 'very low'], ['suspicion for', 'suspicion of', 'concern for'])),
  // ... and one raised, which only asks: "Plain X-ray raised suspicion of compression of Th12" (a study then answers it).
  ...forward(
    'possible',
    ...spellings(['raised', 'raises', 'raising'], ['suspicion of', 'suspicion for', 'the suspicion of']),
  ),
  // A study that excluded what follows: "CT excluded vertebral fracture", "MRI ruled out a fracture".
  ...forward(
    'negated',
    ...spellings(['CT', 'MRI', 'imaging', 'XR', 'X-ray', 'radiographs'], ['excluded', 'ruled out']),
  ),
  // A study waited for is not done, nor is what it waits to settle: "Augmentation not to be discussed until MRI and labs are
  // back", "No vertebral augmentation until MRI is done and malignancy has been confirmed or excluded".
  ...forward('hypothetical', ...spellings(['until', 'till'], ['MRI', 'the MRI', 'an MRI'])),
  // ... and forward when someone has done the scheduling: "The interventional team have scheduled an L1 vertebroplasty
  // for next Tuesday", "we have booked a kyphoplasty".
  // ... "IR scheduled L3 kyphoplasty as an outpatient".
  ...spellings(['have', 'has', 'we', 'IR', 'team', 'surgeons', 'radiology'], ['scheduled', 'booked', 'planned']).map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true }),
  ),
  // "is scheduled for" read whole, either side, so that "is scheduled" (backward) does not take its first words: "He is
  // scheduled for posterior stabilisation from L1 to L3", "MRI is booked for Thursday".
  ...['is scheduled for', 'is booked for', 'was scheduled for'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'both', requests: true }),
  ),
  // ... and in a clause of its own after the procedure: "his L1 kyphoplasty, which is booked for 09/09" ("which" would end
  // the scope).
  ...spellings(['which', 'that'], ['is', 'has been'], ['booked', 'scheduled', 'planned'], ['for', '']).map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true }),
  ),
  ...backward(
    'negated',
    // ... "MRI could not be obtained because of his pacemaker".
    ...spellings(
      ['cannot be', 'could not be', "couldn't be", 'was not'],
      ['performed', 'done', 'completed', 'obtained'],
    ),
  ),
  // ... and in a second language's verbs: "Scanner and MRI are not yet realized", "The MRI is not yet executed", "MRI
  // was not carried out", "Until now was not realized MRI", "Not yet had an MRI", "MRI is not taken yet", "MRI was not conducted
  // yet".
  ...spellings(
    ['not yet', 'is not yet', 'are not yet', 'is not', 'are not', 'was not', 'were not'],
    ['realized', 'realised', 'executed', 'effectuated', 'carried out', 'conducted', 'checked', 'do', 'had', 'taken'],
  ).map((phrase): Trigger => ({ phrase, kind: 'negated', direction: 'both', requests: true })),
  // ... and bare: "Until now not realized MRI", "Not yet have MRI" (not "not had" or "not have", which deny findings
  // too: "Not have weakness of legs").
  ...[
    ...spellings(['not'], ['realized', 'realised', 'executed', 'effectuated', 'carried out', 'conducted', 'taken']),
    'not yet have',
  ].map((phrase): Trigger => ({ phrase, kind: 'negated', direction: 'both', requests: true })),
  // ... and with the study as the verb: "Not yet MR-scanned" (of studies and procedures only: "not yet healed" is no denial).
  ...['not yet'].map((phrase): Trigger => ({ phrase, kind: 'negated', direction: 'forward', requests: true })),
  // ... or after it, in its clause: "MRI not yet, the insurance is asking authorization", a glossed "MRI belum (not
  // yet)".
  { phrase: 'not yet', kind: 'negated', direction: 'backward', requests: true, clause: true },
  // A study or a procedure ruled out for the patient: "MRI not possible - non-conditional pacemaker", "MRI
  // contraindicated (pacemaker)", "MRI was not needed".
  // ... and a pathway's "MRI not justified per pathway".
  ...['not possible', 'contraindicated', 'not needed', 'not required', 'not indicated', 'not justified'].map(
    (phrase): Trigger => ({ phrase, kind: 'negated', direction: 'backward', requests: true }),
  ),
  // In a second language's words: "Magnetic resonance has not been realized yet".
  ...backward('negated', ...spellings(['has not been', 'have not been'], ['realized', 'realised'])),
  ...forward('hypothetical', 'was offered', 'were offered', 'my advice is', 'i would advise', 'i advise'),
  // An offer made, its patient named after it ("her" would end the scope): "I have offered her kyphoplasty at L3 and she
  // wishes to proceed".
  ...forward('hypothetical', ...spellings(['offered'], ['her', 'him', 'them', 'the patient'])),
  // A history written as negative, as Italian and Spanish notes do: "Negative anamnesis for neoplasias".
  ...forward('negated', ...spellings(['negative'], ['anamnesis for', 'anamnesis of', 'history for', 'history of'])),
  // ... and a study asked for, in French English: "The IRM (MRI) is demanded but not yet realized", "MRI is asked for urgently".
  ...backward('hypothetical', ...spellings(['is', 'was', 'are', 'were'], ['demanded', 'asked for'])),
  // A study's finding waited on: "if it confirms marrow oedema at T12 ... vertebroplasty would be discussed", "Should MRI show
  // epidural extension, ..." (the showing verb would otherwise end the condition's scope).
  ...forward(
    'hypothetical',
    ...spellings(
      ['if', 'should'],
      ['it', 'mri', 'the mri', 'imaging', 'the scan'],
      ['show', 'shows', 'confirm', 'confirms', 'demonstrate', 'demonstrates', 'reveal', 'reveals'],
    ),
  ),
  // A double negative affirms: "she is not without pain at any point", "pain she describes as not unlike her fracture pain".
  ...forward('pseudo', 'not without', 'not unlike'),
  // "Never" said of the treatment is no denial of the disease: "known, never-treated osteoporosis"; nor is "nil" of the
  // treatment: "k/c/o OP (BMD T -2.9) on nil Rx".
  ...forward('pseudo', 'never-treated', 'on nil'),
  // A diagnosis ruled out after it: "DEXA normal, osteoporosis is rejected".
  ...backwardInClause('negated', 'is rejected', 'was rejected'),
  // Pain dated from a time back lasts until now: "back pain from 2 months ago" (not "... months ago", a past event); so does
  // pain that started then: "The pain started two months ago without any injury and has steadily increased".
  ...forward(
    'pseudo',
    ...spellings(
      ['from', 'since', 'started', 'began'],
      [...Array.from({ length: 12 }, (_, n) => String(n + 1)), ...NUMBER_WORDS.slice(0, 6), 'a', 'a few', 'several'],
      ['days', 'weeks', 'months', 'day', 'week', 'month'],
      ['ago'],
    ),
  ),
  // A Portuguese note's "nega" (denies): "Nega weakness of inferior members, nega paresthesias", "Nega neoplasia"; a Dutch
  // note's "not known with" (niet bekend met): "Not known with malignancy".
  ...forward('negated', 'nega', 'not known with', 'is not known with'),
  // A study not asked for is none done: "I have not requested an MRI as I felt she would be better assessed in clinic",
  // "I have not yet requested an MRI".
  ...forward(
    'negated',
    ...spellings(['have not', 'has not', "haven't", "hasn't"], ['yet', ''], ['requested', 'ordered', 'arranged']),
  ),
  // Who told it, not whose history ("According to his daughter there is no leg weakness" is read with "per", below): a
  // spouse telling of the patient: "his wife says he has been unable to walk"; and a child telling of the parent:
  // "Her daughter says mom has lost about 10 lb".
  ...forward(
    'pseudo',
    ...spellings(['his wife'], ['says', 'said', 'reports', 'reported', 'tells us', 'told us'], ['he']),
    ...spellings(['her husband'], ['says', 'said', 'reports', 'reported', 'tells us', 'told us'], ['she']),
    ...spellings(
      ['his', 'her', 'the'],
      ['daughter', 'son'],
      ['says', 'said', 'reports', 'reported', 'states', 'stated', 'tells us', 'told us'],
      ['', 'that '].flatMap((that) => ['mom', 'mum', 'mother', 'dad', 'father'].map((parent) => that + parent)),
    ),
  ),
  // ... and one who denies it for the patient: "Dtr denies leg weakness/numbness, no bladder/bowel change".
  ...forward(
    'negated',
    ...spellings(
      ['', 'his', 'her'],
      ['daughter', 'dtr', 'son', 'wife', 'husband', 'family', 'carer', 'partner'],
      ['denies'],
    ),
  ),
  // A question asked about it, or a meeting's talk of it: "Pt and relatives are asking whether vertebroplasty can be done",
  // "Radiotherapy and kyphoplasty are discussed in the tumour board"; and a finding asked after past the "there is" that
  // would end the question's reach: "an MRI to clarify whether there is a fracture".
  ...forward('hypothetical', 'whether', ...spellings(['whether', 'if'], ['there is', 'there are', 'there has been'])),
  // The grounds for a procedure weighed, as a second language asks it: "please assess indication to vertebroplasty Th12", "to
  // assess the indication for kyphoplasty" (not a report's "Indication for exam: s/p kyphoplasty").
  ...['indication to', 'indications to', 'assess indication for', 'assess the indication for'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true }),
  ),
  // Never looked for, so neither there nor denied: "She has never been assessed for osteoporosis", "not been screened for it".
  ...forward(
    'hypothetical',
    ...spellings(
      ['has never been', 'has not been', 'never been', 'not been'],
      ['assessed', 'tested', 'screened', 'evaluated', 'investigated', 'checked', 'worked up'],
      ['for'],
    ),
  ),
  // (Not findings told to a colleague: "findings of today's MRI were discussed by telephone with Dr. Nguyen".)
  ...backward(
    'hypothetical',
    ...spellings(['is', 'are'], ['discussed in', 'discussed at']),
    'being discussed',
    ...spellings(['can', 'could'], ['be done']),
  ),
  // A procedure to be weighed again later: "We will reassess for augmentation once the infection has cleared".
  ...forward(
    'hypothetical',
    ...spellings(
      ['reassess', 're-assess', 're-evaluate', 'reevaluate', 'reassessment', 'reevaluation', 're-evaluation'],
      ['for'],
    ),
  ),
  // Whether it is there is still open: "No vertebral augmentation until malignancy has been confirmed or excluded".
  ...backward(
    'possible',
    ...spellings(['confirmed or', 'proven or'], ['excluded', 'ruled out', 'refuted']),
    'ruled in or out',
    'excluded or confirmed',
  ),
  // Denials in the patient's words: "I don't have any back pain", "he does not report any"; and a hurried typo: "he
  // denys any back pain".
  ...forward(
    'negated',
    'denys',
    ...spellings(["don't", "doesn't", 'do not', 'does not'], ['have', 'have any', 'get any', 'report', 'report any']),
  ),
  ...backward('negated', ...spellings(['does not', 'did not', "doesn't", "didn't"], ['report any']), 'none reported'),
  // A deficit, not a denial: "she cannot lift her R leg off the bed and is numb over the shin".
  // So is what she can no longer do: "can no longer get out of a chair: thoracolumbar pain for 10 days", "he can no longer
  // manage the stairs to bed ... and scores the pain 7/10"; and what she could not do: "she could not stand: both legs
  // are weak".
  ...forward(
    'pseudo',
    ...spellings(
      [
        'cannot',
        "can't",
        'could not',
        "couldn't",
        'can no longer',
        'could no longer',
        'is no longer able to',
        'was no longer able to',
      ],
      [
        'lift',
        'move',
        'raise',
        'feel',
        'walk',
        'stand',
        'sit',
        'sleep',
        'get',
        'mobilise',
        'mobilize',
        'weight bear',
        'manage',
        'climb',
        'cope',
      ],
    ),
  ),
  // One operation in two parts, whose "with" goes on with the same plan or history: "surgical options include
  // L3-L5 decompression with extension of the fusion", "no previous laminectomy with fusion".
  ...forward('pseudo', ...spellings(['decompression', 'laminectomy', 'corpectomy', 'discectomy'], ['with'])),
  // Where a finding was read, not a request for it: "No back pain per requisition".
  ...forward('pseudo', ...spellings(['per'], ['requisition', 'the requisition', 'request', 'the request'])),
  // A page to a colleague asks for a visit, not a study: "Pls call re Mrs B, 79yo: s/p T12 VP 2022", "Pls see - 69 yr old man".
  ...forward('pseudo', ...spellings(['pls', 'please'], ['call', 'see', 'review', 'page'])),
  // ... and a call taken is a call, not one to make: "Tel. call w/ husband re: 82F, s/p L2 VP 2023", "Phone call from son".
  ...forward(
    'pseudo',
    ...spellings(['tel', 'phone', 'telephone'], ['call']),
    ...spellings(['call'], ['w', 'with', 'from']),
  ),
  // ... and its urgency is the call's, not a request for what the page goes on to tell: "URGENT pls call back - 74F, s/p
  // L1 KP 2022".
  ...spellings(['pls', 'please', ''], ['call back', 'callback', 'call me back']).map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'hypothetical' }),
  ),
  // The relative again, not the patient: "his daughter ... mentioned that she herself had been treated for breast cancer".
  ...forward('pseudo', 'that she herself', 'that he himself'),
  // A comparison, not a doubt: "new T5, T6 compression fx vs survey 1 yr ago".
  ...forward(
    'pseudo',
    ...spellings(
      ['vs', 'versus'],
      ['survey', 'prior', 'previous', 'the prior', 'the previous', 'old films', 'films', 'last'],
    ),
  ),
  // Not reported before is new, not a history: "a compression fracture of T9 that nobody had previously reported".
  ...forward('pseudo', ...spellings(['nobody had', 'no one had', 'not'], ['previously'])),
  // ... nor is a finding nobody had named: "previously unrecognised wedge fractures at T7 and T9".
  ...forward(
    'pseudo',
    ...spellings(
      ['previously'],
      ['unrecognised', 'unrecognized', 'undiagnosed', 'undetected', 'unreported', 'unknown'],
    ),
  ),
  // A routine study told as done when it was due: "At planned control CT of chest and abdomen 02.02.2024, ... is
  // compression fracture".
  ...forward('pseudo', ...spellings(['at', 'on', 'during'], ['the', 'a', ''], ['planned', 'scheduled'])),
  // An urgency said of what was done, not asked for: "She underwent urgent posterior decompression".
  ...forward('pseudo', ...spellings(['underwent', 'had'], ['urgent', 'emergent', 'emergency'])),
  // A symptom come back, not a plan to come back: "She now has a return of the same band-like pain".
  ...forward('pseudo', 'a return of', 'return of the', 'return of'),
  // A drug denied, where "not on" alone compares with a study: "he is not on any osteoporosis medication".
  ...forward('negated', 'not on any'),
  // The patient's own history named with the family's: "No personal or family history of cancer".
  ...forward('pseudo', ...spellings(['personal'], ['or', 'and'], ['family history', 'family hx'])),
  // Health before the event, not a history of the event: "a previously healthy man fell four metres".
  ...forward('pseudo', ...spellings(['previously'], ['healthy', 'well', 'fit'])),
  // A relative named with the patient's own title and name is the patient, as a caller speaks of him: "call from
  // daughter. Dad (Mr Kowalski, 79 yrs) has had new mid-back pain".
  ...forward('pseudo', ...spellings(['dad', 'mum', 'mom', 'father', 'mother'], ['(mr', '(mrs', '(ms', '(miss'])),
  // No cause for what follows, as Chinese English says it: "no obvious inducement appear lumbar pain".
  ...forward(
    'pseudo',
    ...spellings(['no obvious', 'without obvious'], ['inducement', 'incentive', 'cause', 'trigger']),
  ),
  // An offer taken up is a procedure done: "She was offered and underwent L1 kyphoplasty".
  ...forward('pseudo', ...spellings(['offered and', 'was offered and'], ['underwent', 'had', 'received'])),
  // A limit, not a denial: "cannot walk to the kitchen without stopping because of back pain".
  // ... nor is weight lost "without diet" or "without trying" a denial of what follows.
  ...forward(
    'pseudo',
    'without stopping',
    'without resting',
    'without help',
    'without diet',
    'without dieting',
    'without trying',
  ),
  // A comparison, not a denial: "a grade 2 deformity at L-1 that was not seen on the 2022 scan"; in the present tense only
  // with an earlier study named: "a compression fracture of T7 that is not seen on a chest radiograph from February", "a fresh
  // L2 wedge fracture that is absent on last autumn's film".
  ...forward(
    'pseudo',
    ...spellings(['was', 'were'], ['not present', 'not seen', 'not visible', 'absent'], ['on', 'in']),
    ...spellings(
      ['is', 'are'],
      ['not present', 'not seen', 'not visible', 'absent'],
      ['on', 'in'],
      [
        'last',
        ...spellings(['the', 'a', 'an'], ['prior', 'previous', 'earlier', 'old']),
        ...spellings(['a', 'the'], ['chest radiograph', 'radiograph', 'chest film', 'film', 'CT', 'scan'], ['from']),
        ...spellings(['an', 'the'], ['MRI', 'X-ray'], ['from']),
      ],
    ),
  ),
  // Ordered, not done: "MRI spine to be booked", "MRI requisition faxed today", "will requisition an MRI".
  ...backward(
    'hypothetical',
    ...spellings(['to be'], ['booked', 'arranged', 'ordered', 'requested', 'done', 'performed', 'obtained']),
    // A report's suggestion: "MRI of the lumbar spine can be obtained for further characterization".
    ...spellings(['can be', 'could be', 'may be', 'should be'], ['obtained', 'performed']),
    ...spellings(['requisition', 'request'], ['', 'sent', 'faxed', 'made']),
    'requisitioned',
  ),
  ...forward(
    'hypothetical',
    ...spellings(['will'], ['order', 'request', 'requisition', 'arrange', 'book', 'obtain', 'get']),
    // Order shorthand: "Plan MRI T-spine" ("Pls MRI L-spine" below).
    'plan',
    // "Triage: accept for kyphoplasty", "GP to review Monday re MRI".
    // "consent discussion for kyphoplasty".
    ...spellings(
      ['consent', 'consented', 'consent discussion', 'consent taken', 'consent obtained', 'consent has been taken'],
      // "Consented today for T12 kyphoplasty".
      ['', 'today', 'this morning', 'yesterday'],
      ['for'],
    ),
    ...spellings(['accept', 'accepted'], ['for', 'her for', 'him for']),
    'to review',
    'to discuss',
    'discuss',
  ),
  // A study asked for after its name, or still to be done: "MRI whole spine URGENT pls", "MRI outstanding" (British for
  // not yet done), "MRI is not yet.". Requests only: "new T10 # urgent pls" asks nothing of the fracture.
  ...[
    ...spellings(['urgent', 'urgently', 'asap'], ['pls', 'please']),
    'outstanding',
    'still outstanding',
    // A second language's "MRI is not yet." (not yet done); a study waited for: "MRT queue in Izhevsk 3 weeks", "MRI waiting
    // list".
    'is not yet',
    'queue',
    'waiting list',
    // ... and Latin's "cito" (urgently), as Russian-schooled notes order a study: "MRT cito".
    'cito',
  ].map((phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true })),
  // A procedure named before what is to be done about it: "Vertébroplastie to discuss.", "kyphoplasty to be discussed".
  ...['to discuss', 'to be discussed'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true, clause: true }),
  ),
  // A study the writer asks which of to do: "Please advise which MRI to make", "advise what imaging is next".
  ...['advise which', 'advise what', 'suggest which'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'forward', requests: true }),
  ),
  // A procedure proposed, before or after it: "Vertebroplasty of D11 was proposed; the patient ... refused", "Was proposed for
  // vertebroplasty of L1".
  { phrase: 'was proposed', kind: 'hypothetical', direction: 'both' },
  // A booking books a study or a procedure; the findings on its line are the patient's: "IR booking - KP.", "IR booking —
  // 73 M — KP L2 (2021) → now acute L3 CF".
  { phrase: 'booking', kind: 'hypothetical', direction: 'forward', requests: true },
  // "Req MRI L-spine" asks for the study; the findings after a request's dash are the patient's ("GP req - 83yo M c/o
  // acute LBP 2/52").
  { phrase: 'req', kind: 'hypothetical', direction: 'forward', requests: true },
  // The patient again after a relative: "his wife agrees that he has had no back pain", "His daughter says he has had no
  // back complaints".
  // ... and a relative who brought the patient: "brought to the ER by his Manoy [older brother] after he fell from a coconut
  // tree", "His daughter brought him in because he can no longer bend to tie his shoelaces".
  ...spellings(['that', 'says', 'said', 'states', 'stated', 'after', 'because'], ['he', 'she']).map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'other-person' }),
  ),
  // ... and a relative named as the patient's opens a relative's scope ("patient" alone would end one): "his mother (the
  // patient's wife) had breast cancer", "Pt's wife had a kyphoplasty last year".
  ...forward(
    'other-person',
    ...spellings(["patient's", "pt's"], [...RELATIVES, 'wife', 'husband', 'partner', 'mum', 'dad']),
  ),
  // ... and a relative who only brought or came with the patient is no experiencer, as ConText's "by her husband" says:
  // "brought in by his daughter after a fall from standing height".
  ...forward(
    'pseudo',
    ...spellings(
      ['by'],
      ['his', 'her'],
      [...RELATIVES, 'wife', 'husband', 'partner', 'carer', 'grandson', 'granddaughter'],
    ),
    // ... nor one who tells of the patient: "Per the daughter he has no tingling", "according to her husband she is passing
    // urine normally".
    ...spellings(
      ['per', 'according to'],
      ['the', 'his', 'her'],
      [...RELATIVES, 'wife', 'husband', 'partner', 'carer', 'family'],
    ),
  ),
  // A new predicate of the patient's after a denial: "laminectomy without fusion in 2016 and has had mild numbness ever since".
  // (Not "and has" alone: "a urinary tract infection was treated and has cleared" is denied by what follows.)
  // ... and after a clause's comma: "Although she denies any fall, she has had severe pain since Tuesday"; an arrival: "without
  // antecedents of interest, brought by ambulance after a high-velocity motorcycle accident".
  ...['and has had', 'she has had', 'he has had', 'brought by', 'brought in'].map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'negated' }),
  ),
  // What the patient says starts a statement of its own: "read on MRI as osteoporotic with no sign of tumour, says the pain has
  // been getting worse".
  ...['says', 'writes', 'reports', 'states', 'tells us', 'tells me'].map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'negated' }),
  ),
  // A length of time starts a new item of a list: "no known primary cancer, six weeks of thoracic back pain".
  ...spellings(['days', 'weeks', 'months', 'years'], ['of']).map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'negated' }),
  ),
  // A memory, not a finding of today: "he recalls a heavy tackle at 19 followed by a week of back pain";
  // a study dated to the fracture's start: "(MRI at onset: benign appearance with marrow oedema)".
  ...forward('historical', 'recalls', 'remembers', 'at onset', 'at diagnosis', 'at the time of diagnosis'),
  // ... read whole with the presentation it dates ("presented" alone ends a history): "At diagnosis he presented with a
  // painful pathologic T12 compression fracture, treated with kyphoplasty in 05/2021".
  ...forward(
    'historical',
    ...spellings(
      ['at onset', 'at diagnosis', 'at the time of diagnosis', 'initially'],
      ['he', 'she'],
      ['presented with'],
    ),
  ),
  // A question about a procedure: "she asks whether she should have the L1 vertebra injected", "whether to go
  // ahead with augmentation".
  ...forward(
    'hypothetical',
    ...spellings(['asks', 'asked', 'wonders'], ['whether', 'if']),
    ...spellings(['whether'], ['she should', 'he should', 'they should']),
    'go ahead with',
    // "Having read about vertebroplasty online".
    // ("Asked about weight loss, he denies any" is a review of systems, not a wish.)
    ...spellings(['read', 'heard', 'information'], ['about']),
  ),
  // Called off, either side of the procedure: "IR list Fri - case 1 CANCELLED: 73M for L4 KP", "KP cancelled - plt 22".
  ...['cancelled', 'canceled', 'was cancelled', 'was canceled'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'both', requests: true }),
  ),
  // Put off: "Augmentation deferred until the bacteremia has cleared", "defer kyphoplasty".
  // ... as is one that will wait: "so vertebroplasty will wait until the infection has cleared". Only a procedure or a
  // study is put off, not the reason before it ("Active MRSA bacteraemia on IV vanc → KP deferred").
  ...['deferred', 'was deferred', 'postponed', 'on hold', 'will wait', 'must wait', 'has to wait', 'can wait'].map(
    (phrase): Trigger => ({ phrase, kind: 'hypothetical', direction: 'backward', requests: true }),
  ),
  ...forward('hypothetical', 'defer', 'deferring', 'postpone'),
  // "Kyphoplasty is planned for the L1 fracture": the plan is hypothetical, its reason is not; a procedure
  // after it stays in the plan ("Recommend IR for T7 kyphoplasty").
  // So is what brought the question on: "referred to exclude myeloma after an L1 compression fracture".
  ...['for', 'to treat', 'due to', 'because of', 'after a', 'after an'].map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'hypothetical', conditions: true }),
  ),
  // A relative clause tells what the patient had, not what is asked ("asking me to review Mrs H., whom I fused from T11
  // to L1 in 2021"), as "who" does in the NegEx list.
  // The admission that follows a denied history is the present problem: "previously fit with no known bone disease,
  // admitted on 24 January after a motorcycle collision".
  // (Not "admitted with", whose "with" ends other scopes of its own.)
  ...spellings(['admitted', 'presented'], ['on', 'after', 'following']).map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'negated' }),
  ),
  ...['whom', 'whose'].map(
    (phrase): Trigger => ({ phrase, kind: 'terminate', direction: 'forward', of: 'hypothetical' }),
  ),
  ...forward(
    'pseudo',
    'not only',
    'no change',
    'no interval change',
    'no significant change',
    'no increase',
    'no further',
    'not certain',
    // Care that failed, not a denial of the pain: "a brace has not controlled the pain", "backache since 3/52, not settled
    // with conservative mx".
    ...spellings(['has not', 'have not', 'did not'], ['controlled', 'relieved', 'settled', 'helped', 'eased']),
    'not settled',
    // A place denied with its object a pronoun, so nothing after it is: "the pain is below the cement, not at it: 78-year-old
    // woman, vertebroplasty for an L1 fracture".
    ...spellings(['not at', 'not in', 'not from', 'not above', 'not below'], ['it', 'them', 'that one', 'this one']),
    // A rota, not a plan: "On-call list item 6".
    'on-call',
    'on call',
    // A note's own occasion, not an instruction: "Tel call 14:10 - Mr D, known T12 fracture".
    'tel call',
    'telephone call',
    'phone call',
    'video call',
    'call from',
    'call with',
    // Care that failed, not a denial of what follows: "a brace for eight weeks without improvement, and the pain
    // is now keeping her in bed".
    ...spellings(
      ['without', 'w/o'],
      ['', 'any', 'much', 'meaningful', 'significant', 'real'],
      ['improvement', 'relief', 'benefit', 'success', 'effect', 'result', 'response'],
    ),
    ...spellings(['indeterminate'], ['age', 'chronicity', 'acuity']),
    // ... and a time, as Spanish's "tiempo de evolución" says the age: "wedge fracture of T7, of indeterminate time of evolution".
    ...spellings(
      ['indeterminate', 'undetermined', 'unknown', 'uncertain'],
      ['time', 'duration', 'evolution', 'timing'],
    ),
    // ... and an age not told, glossed: "their age cannot be told (indeterminate)".
    ...spellings(['told', 'determined', 'decided', 'said', 'known'], ['(indeterminate', '(unknown', '(uncertain']),
    ...spellings(['age', 'age-'], ['indeterminate']).map((phrase) => phrase.replace('- ', '-')),
    // Weight lost unintentionally, not a denial: "lost 8 kg without trying, and night pain".
    'without trying',
    'without dieting',
    'without meaning to',
    'gram negative',
    // How a study is ordered, not a new finding after "with": "MRI without and with contrast is ordered".
    ...spellings(
      [
        'with',
        'without',
        'with and without',
        'without and with',
        'with or without',
        'w/wo',
        'w/ and w/o',
        'w/o and w/',
      ],
      ['contrast', 'gadolinium', 'gad', 'IV contrast'],
    ),
    // The referrer's title, not a relative: "Requisition from her family physician".
    ...spellings(['family'], ['physician', 'doctor', 'practitioner', 'practice', 'medicine', 'GP', 'clinic']),
    // A comparison with an earlier study says the finding is new, not absent: "new L3 fracture, not
    // present on the films from 2022", "not seen on the prior", "not on 2023 films".
    'not present on',
    'not present at',
    // ... "a collapse of the D8 vertebral body, not present in the previous control of 2023".
    ...spellings(
      ['not present in', 'not seen in', 'not visible in'],
      [
        'the previous',
        'the prior',
        'the last',
        'the earlier',
        'the PET-CT',
        'the CT',
        'the MRI',
        'the RX',
        'the X-ray',
        'the chest X-ray',
        'the radiograph',
        'the films',
      ],
    ),
    'not seen on',
    'not visible on',
    'not on',
    'not present before',
    'not present previously',
    'was not present before',
    'not there before',
    // ... or when it was taken: "a new T7 fracture that was not present in March", "not seen two years ago".
    ...spellings(['not present', 'not seen', 'not visible', 'not there'], COMPARED_WHEN),
    // ... contracted: "a T8 compression fracture that wasn't there two years ago".
    ...spellings(["wasn't there", 'wasn’t there', "weren't there"], COMPARED_WHEN),
    // ... or the year alone, as shorthand does: "L3 CF, not seen 2021" (the trigger expression has room for
    // this one verb only).
    ...spellings(['not seen'], RECENT_YEARS),
    // ... or a month and year: "new T8 compression fx (not seen 2/2024)" (the trigger stops at the month).
    ...spellings(
      ['not seen'],
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    ),
    // A crash, not a doubt: "motorcyclist vs car at 80 km/h".
    ...spellings(['vs', 'versus'], ['car', 'truck', 'bus', 'lorry', 'van', 'tree', 'pole', 'wall']),
    // Two pain scores compared, not a doubt: "Pain 2/10 this AM vs 8/10 preop".
    ...spellings(
      ['vs', 'versus'],
      Array.from({ length: 11 }, (_, score) => `${score}/10`),
    ),
    // ... and so are a study and one weeks or months before it: "progressive ht loss L1 vs 3/12 ago".
    ...spellings(['vs', 'versus'], Array.from({ length: 12 }, (_, n) => [`${n + 1}/12`, `${n + 1}/52`]).flat()),
    // "Versus" an earlier study compares, it does not doubt: "new on XR vs 2023 film", "vs prior", "new vs staging CT".
    ...spellings(
      ['vs', 'versus'],
      ['prior', 'previous', 'the prior', 'the previous', 'old', 'last', 'staging', 'baseline', ...RECENT_YEARS],
    ),
    // ... and so does "versus" a study named by its kind: "(new vs CT 2024)", "new vs XR of May".
    ...spellings(
      ['vs', 'versus'],
      ['CT', 'MRI', 'XR', 'x-ray', 'radiograph', 'radiographs', 'film', 'films', 'DXA', 'PET'],
    ),
    // No earlier study to compare with, not an absent finding: "in the absence of prior imaging a
    // metastasis cannot be excluded".
    ...spellings(
      ['absence of', 'without'],
      ['prior', 'previous', 'earlier'],
      ['imaging', 'studies', 'study', 'films', 'scans'],
    ),
    'absence of comparison',
    'without comparison',
    // A symptom's length, not a past illness: "a 3-week history of back pain" is pain now.
    ...spellings(['week', 'weeks', 'wk', 'month', 'months', 'year', 'years'], ['history of', 'hx of']),
    // "Previously" that says when a level was treated, not when the pain was: "the pain is below the
    // previously treated levels".
    ...spellings(['previously'], ['treated', 'cemented', 'augmented', 'fused', 'operated']),
    // A study someone else asked for and now reports: "the MRI you requested last week shows".
    'you requested',
    'you kindly requested',
    'you arranged',
    'you kindly arranged',
    // A symptom that has come back or grown is a symptom now: "he has had a return of low back pain".
    ...spellings(
      ['has had', 'have had'],
      [
        'a return of',
        ...spellings(
          ['', 'a', 'an'],
          ['ache', 'aching', 'deep', 'dull', 'nagging', 'gnawing', 'burning', 'throbbing', 'numb'],
        ),
        // ... and so does a deficit: "He has had numbness over the lateral left foot since 2009".
        'numbness',
        'tingling',
        'weakness',
        'pins and needles',
        'recurrent',
        'recurrence of',
        'increasing',
        'worsening',
        'progressive',
        'new',
        'ongoing',
        'persistent',
        'recurring',
        // Present perfect of a symptom runs up to now: "for the past month she has had deep aching pain".
        'pain',
        'back pain',
        'severe',
        'constant',
        'sharp',
        'intermittent',
        'some',
      ],
    ),
  ),
];
