import type { Assertion, Category } from './mention';

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
  id: string;
  category: Category | null;
  patterns: string[];
  assertion?: Assertion;
}

const FRACTURE_NOUN = String.raw`(?:fractures?|fx|fraction|deformit(?:y|ies))`;
const HEIGHTS_KEPT = String.raw`(?:maintained|preserved|normal|intact|unremarkable|well maintained|within normal limits)`;
const SPINE_BODY = String.raw`(?:vertebral(?: body)?|vertebra[el]?(?: body)?)`;
// Adjectives a fracture phrase may carry between an acuity word and the fracture noun.
const ACUITY_LOOKAHEAD = String.raw`(?=(?:[\s,-]+[\w%/]+){0,3}?[\s-]+(?:compression|fracture|deformit|wedg|collapse|end[- ]?plate|burst|height|vertebra))`;

export const LEXICON: Concept[] = [
  // Traps first: words that look like a fracture but are not one.
  {
    id: 'disc-height',
    category: null,
    patterns: [
      String.raw`(?:intervertebral )?dis[ck](?: space)? height(?: loss)?`,
      String.raw`(?:loss|narrowing|decrease) of (?:the )?(?:intervertebral )?dis[ck](?: space)? height`,
      String.raw`dis[ck] space (?:narrowing|collapse)`,
    ],
  },
  {
    id: 'heights-maintained',
    category: 'fracture',
    assertion: 'negated',
    patterns: [
      String.raw`${SPINE_BODY} heights?(?: and (?:alignment|dis[ck] spaces?|intervertebral dis[ck] spaces?))? (?:(?:is|are|appears?|were|was|remains?) )?(?:(?:well|relatively|otherwise|grossly|essentially) )?${HEIGHTS_KEPT}`,
      String.raw`(?:normal|maintained|preserved) ${SPINE_BODY} heights?`,
    ],
  },
  {
    id: 'neuro-intact',
    category: 'neurologic',
    assertion: 'negated',
    patterns: [
      String.raw`neuro(?:logically|vascularly)? (?:grossly )?intact`,
      String.raw`non-?focal neurologic(?:al)? exam\w*`,
      String.raw`neuro(?:logic(?:al)?)?(?: exam(?:ination)?)?:\s*(?:grossly |essentially )?(?:intact|normal|non-?focal|within normal limits|unremarkable)`,
    ],
  },
  {
    id: 'insufficiency-fracture',
    category: 'fracture',
    patterns: [
      String.raw`(?:pathologic(?:al)? )?insufficiency ${FRACTURE_NOUN}`,
      String.raw`pathologic(?:al)? insufficiency`,
      String.raw`osteoporotic ${FRACTURE_NOUN}`,
      String.raw`fragility fractures?`,
    ],
  },
  {
    id: 'pathologic-fracture',
    category: 'malignancy',
    patterns: [String.raw`pathologic(?:al)? (?:compression )?${FRACTURE_NOUN}`],
  },
  {
    id: 'compression-fracture',
    category: 'fracture',
    patterns: [
      String.raw`compression(?:[- ]type)? ${FRACTURE_NOUN}(?: deformit(?:y|ies))?`,
      String.raw`(?:spinal |vertebral )?compression deformit(?:y|ies)`,
      String.raw`wedg(?:e|ed|ing)(?: compression)?(?: ${FRACTURE_NOUN})?`,
      String.raw`biconcave (?:${FRACTURE_NOUN}|appearance)`,
      String.raw`crush ${FRACTURE_NOUN}`,
      String.raw`end[- ]?plates? (?:fractures?|depressions?|deformit(?:y|ies)|compression|collapse)`,
      String.raw`vertebra plana`,
      String.raw`burst ${FRACTURE_NOUN}`,
      String.raw`${SPINE_BODY} (?:body )?${FRACTURE_NOUN}`,
      String.raw`(?:vertebral|vertebral body|spinal|spine|odontoid|dens|chance) fractures?`,
      String.raw`fracture[- ]dislocations?`,
    ],
  },
  {
    id: 'height-loss',
    category: 'fracture',
    patterns: [
      String.raw`(?:\d{1,3}(?:\.\d)? ?(?:%|percent) )?(?:(?:anterior|posterior|central|vertebral|vertebral body|body) )*height loss(?: of (?:about |approximately |up to )?\d{1,3}(?:\.\d)? ?(?:%|percent))?`,
      String.raw`(?:loss|reduction) of (?:about |approximately |up to )?(?:\d{1,3}(?:\.\d)? ?(?:%|percent) (?:of )?)?(?:the )?(?:(?:anterior|posterior|central|vertebral|vertebral body|body) )*height`,
      String.raw`(?:vertebral(?: body)? )?collapse`,
    ],
  },
  {
    id: 'retropulsion',
    category: 'fracture',
    patterns: [String.raw`retropuls(?:ion|ed)(?: (?:bone |bony )?fragments?)?`],
  },
  { id: 'canal-compromise', category: 'fracture', patterns: [String.raw`canal (?:compromise|encroachment|narrowing)`] },
  { id: 'fracture', category: 'fracture', patterns: [String.raw`fractures?`] },
  // "Fractured plate", "fractured rib": highlighted, but an object's breakage, not a vertebral fracture by itself.
  { id: 'fractured', category: 'fracture', patterns: [String.raw`(?:re)?fractured`] },

  { id: 'vertebroplasty', category: 'intervention', patterns: [String.raw`vertebroplast(?:y|ies)`] },
  {
    id: 'kyphoplasty',
    category: 'intervention',
    patterns: [String.raw`kyphoplast(?:y|ies)`, String.raw`balloon kyphoplasty`],
  },
  {
    id: 'augmentation',
    category: 'intervention',
    patterns: [String.raw`(?:percutaneous )?(?:vertebral |cement )?augmentation`, String.raw`augmented`],
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
      String.raw`(?:ACDF|PLIF|TLIF|ALIF|XLIF|OLIF|LLIF)`,
      String.raw`(?:(?:spinal|spine|interbody|posterolateral|posterior|anterior|lumbar|cervical|thoracic|instrumented) )*fusions?`,
      String.raw`arthrodes[ie]s`,
      String.raw`fused`,
      String.raw`(?:segmental |spinal |posterior )?instrumentation`,
      String.raw`pedicle screws?(?: and rods?)?`,
      String.raw`(?:anterior )?(?:cervical )?plat(?:e|ing) fixation`,
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

  {
    id: 'marrow-edema',
    category: 'acuity',
    patterns: [
      String.raw`(?:bone )?marrow (?:o)?edema(?: pattern)?`,
      String.raw`STIR (?:hyper-?intens\w+|signal(?: abnormality)?|bright\w*)(?: signal)?`,
      String.raw`(?:increased|high) (?:T2|STIR) signal`,
      String.raw`(?:intra)?vertebral (?:vacuum )?cleft`,
      String.raw`(?:vacuum|fluid) cleft`,
      String.raw`fluid sign`,
    ],
  },
  {
    id: 'acuity-word',
    category: 'acuity',
    patterns: [
      String.raw`(?:acute|subacute|chronic|old|healed|healing|remote|recent|new|age[- ]indeterminate)${ACUITY_LOOKAHEAD}`,
    ],
  },

  {
    id: 'malignant-mri-feature',
    category: 'malignancy',
    patterns: [
      String.raw`convex(?:ity|ed)? (?:bulg(?:e|ing) )?(?:of )?(?:the )?posterior (?:vertebral )?(?:body )?(?:cortex|cortical (?:margin|border)|border|margin|wall)`,
      String.raw`posterior (?:cortical|cortex) bulg(?:e|ing)`,
      String.raw`pedic(?:le|ular) (?:involvement|destruction|infiltration|lesion)`,
      String.raw`(?:epidural|paraspinal|paravertebral) (?:soft[- ]tissue )?(?:mass|tumou?r|extension|component)`,
      String.raw`soft[- ]tissue mass`,
      String.raw`(?:diffuse )?(?:T1 )?marrow replacement`,
    ],
  },
  {
    id: 'cancer',
    category: 'malignancy',
    patterns: [
      String.raw`metasta(?:sis|ses|tic)(?: (?:disease|lesions?|deposits?))?`,
      String.raw`(?:multiple )?myeloma`,
      String.raw`plasmacytoma`,
      String.raw`(?:adeno|squamous cell |renal cell |small cell )?carcinoma`,
      // The organ is part of the term ("breast cancer"); any word before it would swallow "no" or "of".
      String.raw`(?:(?:breast|lung|prostate|thyroid|throat|stomach|gastric|colon|colorectal|rectal|bowel|bladder|kidney|renal|pancreatic|pancreas|liver|ovarian|cervical|uterine|endometrial|o?esophageal|skin|bone|head and neck|oral|laryngeal|testicular|brain|metastatic|advanced) )?cancer`,
      String.raw`malignan(?:cy|cies|t)(?: (?:lesions?|neoplasm|tumou?r))?`,
      String.raw`melanoma|lymphoma|sarcoma|leuka?emia`,
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
    ],
  },
  { id: 'tumour', category: 'malignancy', patterns: [String.raw`tumou?rs?`] },
  {
    id: 'weight-loss',
    category: 'malignancy',
    patterns: [String.raw`(?:unexplained |unintentional |unintended )?weight loss`],
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
      String.raw`cauda equina(?: syndrome)?`,
      String.raw`saddle an(?:a)?esthesia`,
      String.raw`(?:(?:bowel|bladder)(?: (?:and|or|\/) (?:bowel|bladder))? (?:dysfunction|incontinence|retention|symptoms|problems|changes|complaints))`,
      String.raw`(?:urinary|fecal|faecal) (?:incontinence|retention)`,
      String.raw`incontinen(?:ce|t)`,
      String.raw`(?:para|quadri|tetra|hemi|mono)(?:paresis|plegia|plegic)`,
      String.raw`(?:(?:leg|arm|extremity|motor|muscle|focal) )?weakness`,
      String.raw`numbness`,
      String.raw`paresthesias?`,
      String.raw`sensory (?:level|loss|deficits?|changes?)`,
      String.raw`foot drop`,
      String.raw`myelopath(?:y|ic)`,
      String.raw`clonus|hyperreflexia`,
      String.raw`(?:focal )?neurolog(?:ic|ical) (?:deficits?|compromise|symptoms|signs|changes)`,
      String.raw`(?:focal |gross )?(?:motor |sensory )?deficits?`,
    ],
  },
  // Imaging signs and root pain: neurologic words to see, but not a deficit of the patient by themselves.
  {
    id: 'neural-compression',
    category: 'neurologic',
    patterns: [
      String.raw`(?:spinal )?cord compression`,
      String.raw`compression (?:of|on) the (?:spinal )?cord`,
      String.raw`(?:nerve )?root compression`,
      String.raw`radiculopath(?:y|ies)`,
    ],
  },

  {
    id: 'osteoporosis',
    category: 'bone-health',
    patterns: [
      String.raw`osteoporo(?:sis|tic)`,
      String.raw`osteopeni(?:a|c)`,
      String.raw`(?:low )?bone (?:mineral )?density`,
    ],
  },
  { id: 't-score', category: 'bone-health', patterns: [String.raw`T-? ?score(?: of)? ?-?\d(?:\.\d)?`] },
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

  {
    id: 'high-energy-trauma',
    category: 'trauma',
    patterns: [
      String.raw`motor vehicle (?:accident|collision|crash)`,
      String.raw`MVA|MVC`,
      String.raw`high[- ](?:speed|energy|velocity)(?: (?:collision|trauma|injury|impact))?`,
      String.raw`fall from (?:a )?(?:height|ladder|roof)`,
      String.raw`fell (?:from|off) (?:a )?(?:height|ladder|roof)`,
    ],
  },
  {
    id: 'low-energy-trauma',
    category: 'trauma',
    patterns: [String.raw`(?:ground[- ]level |mechanical )?falls?`, String.raw`fell`, String.raw`trauma(?:tic)?`],
  },

  // Read by the case extractor only.
  {
    id: 'asymptomatic',
    category: null,
    patterns: [String.raw`asymptomatic`, String.raw`incidental(?:ly)?(?: (?:found|noted|seen|finding))?`],
  },
  {
    id: 'pain',
    category: null,
    patterns: [String.raw`(?:(?:low |lower |mid |upper )?back|thoracic|lumbar|spinal|spine) pain`, String.raw`pain`],
  },
  { id: 'mri', category: null, patterns: [String.raw`MRI|MR imaging|magnetic resonance(?: imaging)?|STIR`] },
  {
    id: 'infection',
    category: null,
    patterns: [
      String.raw`osteomyelitis|dis[ck]itis|epidural abscess|spondylodiscitis|active infection|sepsis|bacteremia`,
    ],
  },
  { id: 'coagulopathy', category: null, patterns: [String.raw`coagulopathy|bleeding diathesis|uncorrect\w* INR`] },
  {
    id: 'instability',
    category: null,
    patterns: [String.raw`(?:spinal |mechanical )?instability|unstable (?:fracture|spine)`],
  },
  {
    id: 'worsening',
    category: null,
    patterns: [
      String.raw`(?:progressive|progression of|increasing|increased|worsening) (?:collapse|height loss|deformity|kyphosis|compression)`,
    ],
  },
];

/** Regional words: a stretch of spine, highlighted as a level word but never turned into levels. */
export const REGION_PATTERN = String.raw`thoracolumbar junction|cervicothoracic junction|lumbosacral junction|(?:upper|mid|lower)[- ]?(?:thoracic|lumbar|cervical) (?:spine|region|vertebrae)`;
