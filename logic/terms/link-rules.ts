import type { ConceptId } from './concept-ids';
import type { Category } from './mention';

/**
 * Level linking by gap rules (data): a finding with no level of its own takes the levels of the finding
 * before it when the words between match. "L1 kyphoplasty for an osteoporotic compression fracture",
 * "s/p L2 KP ('22) for osteoporotic CF": the fracture a treatment was for is at the treated level.
 * Each rule names the concepts it passes levels from, the category it passes them to, and the words
 * that may stand between.
 */
export interface GapRule {
  from: readonly ConceptId[];
  toCategory: Category;
  /** Concepts of another category that take the levels too ("pathologic collapse" is a malignancy word). */
  alsoTo?: readonly ConceptId[];
  gap: RegExp;
  /** The levels pass back, from the finding after the gap to the one before it (`from` names the one after). */
  back?: boolean;
}
export const GAP_RULES: GapRule[] = [
  {
    from: ['vertebroplasty', 'kyphoplasty', 'augmentation'],
    toCategory: 'fracture',
    // "T12 kyphoplasty for a pathologic compression fracture in January", "Prior vertebral augmentation at T11, T12 and L2 for
    // fragility fractures".
    alsoTo: ['pathologic-fracture'],
    // A date may stand between: "L1 kyphoplasty in 2019 for an osteoporotic fracture", "KP ('22) for CF", "KP 2023 for CF",
    // "the vertebroplasty at T9 back in 2021 for the crushed vertebra there",
    // "L1 kyphoplasty Aug '23 for a low-energy CF".
    // "Kyphoplasty was performed at T12 and L1 for compression fractures", "vertebroplasty at the eleventh
    // thoracic, twelfth thoracic and first lumbar levels in 2020 for osteoporotic fractures": the levels between.
    // Shorthand lists the levels bare and puts the fracture in brackets: "s/p VP T11 + L1 for OP fx", "s/p L1 KP 2021
    // (OP CF)", "VP T12 + L1 (2022, OP CFs)"; a date and a bracket both: "s/p KP L2 2021 (other hosp) for OP #";
    // "Vertebroplasty to T12 and L1 in 2020 for osteoporotic #s", "L1 KP 2y ago for OP fx"; a second language's "vertebroplasty L2 at 2022 because of
    // osteoporosis fracture", "vertebroplasty VL3 in 2021 because of osteoporosis fracture"; the verb after the level: "Vertebroplasty Th12 was
    // done 2024-02 for a painful fracture"; a place: "L1 vertebroplasty at an outside hospital in March 2023 for a painful
    // osteoporotic compression fracture"; a Buddhist-era year and a bare "because": "vertebroplasty at L2 in year 2565 B.E. (2022)
    // because osteoporotic fracture"; a booking and its day: "Booked T12 VP Mon for painful acute OP #", "T12 VP booked for
    // acute fracture"; a place after the date: "vertebroplasty at T8 and T9 in 2020 at a private hospital for osteoporotic
    // compression fractures"; the levels' vertebrae named, a place in brackets: "vertebroplasty of Th12 and L1 vertebrae (regional
    // hospital, Kyiv) for osteoporotic compression fractures"; a masked year: "s/p T12 and L1 kyphoplasties in [**2144**]
    // (approximately 6 years ago) for osteoporotic compression fractures"; a town or a country named, the verb bare: "kyphoplasty of
    // T12 vertebra done in India (Chennai) in November 2022 for osteoporotic fracture".
    gap: /^\s*(?:(?:was|were)\s+(?:performed|done|carried out)\s+)?(?:(?:(?:at|of|on|in|to)\s+)?(?:the\s+)?(?:(?:V?(?:[CTLS]|Th)\d{1,2}|\w+(?:st|nd|rd|th)\s+(?:cervical|thoracic|lumbar))(?:\s*(?:,|and|-|\+|&|through|to)\s*)?){1,6}(?:\s*(?:levels?|vertebrae?|(?:vertebral\s+)?bodies))?\s*)?(?:(?:was|were)\s+)?(?:(?:performed|done|carried out)\s+)?(?:at\s+(?:an?\s+|the\s+)?(?:outside|other|another|different|private|local)\s+(?:hospital|centre|center|facility|institution|clinic)\s*)?(?:\([^)]{0,30}\)\s*|(?:(?:back\s+)?(?:in|on|at)\s+(?:\w+\s+)?)?(?:\d{1,2}\/)?(?:19|20)\d\d(?:-\d{1,2})?\s*|(?:in\s+)?\[\*\*[^\]*]{1,30}\*\*\]\s*|(?:in\s+)?(?:year\s+)?25\d\d\s*B\.?\s?E\.?\s*|(?:[A-Z][a-z]{2,8}\s+)?'\d\d\s*|(?:\w+\s+)?(?:years?|months?|weeks?)\s+ago\s*|\d{1,2}\s?[ymw]\s+ago\s*|\d{1,2}\/(?:12|52)\s+ago\s*|(?:(?:is|was)\s+)?(?:booked|planned|scheduled|listed|arranged)\s+|at\s+(?:an?\s+|the\s+)?(?:outside|other|another|different|private|local)\s+(?:hospital|centre|center|facility|institution|clinic)\s+|in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+|(?:(?:on|next|this)\s+)?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|tomorrow|today)\s+){0,3}(?:,?\s*(?:(?:both|each)\s+)?(?:for|of|because(?: of)?|due to)\s+|\(\s*(?:(?:19|20)\d\d|'\d\d)?\s*,?\s*)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i,
  },
  // Cement placed back at its fractures: "Kyphoplasty cement is present in the T12 and L1 vertebral bodies at the sites of
  // known prior compression fractures".
  {
    from: ['cement', 'vertebroplasty', 'kyphoplasty', 'augmentation'],
    toCategory: 'fracture',
    gap: /^[^.;:\n]{0,80}?\bat\s+the\s+sites?\s+of\s+(?:(?:the|known|prior|previous|old|earlier|treated|healed)\s+){0,3}$/i,
  },
  // ... and cement put into a fracture named after it: "had cement injected into a broken L2 vertebra".
  {
    from: ['compression-fracture', 'osteoporotic-fracture', 'fracture'],
    toCategory: 'intervention',
    back: true,
    gap: /^\s*(?:(?:was|were)\s+)?(?:injected|placed|put|inserted)\s+(?:into|in)\s+(?:(?:a|an|the|his|her)\s+)?$/i,
  },
  // Cement placed at a level, then the treatment that left it, then what that was for: "Cement is again seen within the T12
  // vertebral body from prior kyphoplasty for a compression fracture" (the treatment takes the cement's level, and passes it on
  // by the rule above).
  {
    from: ['cement'],
    toCategory: 'intervention',
    gap: /^[^.;\n]{0,80}?\b(?:from|of|after)\s+(?:(?:the|a|an|her|his)\s+)?(?:(?:prior|previous|earlier|old|remote)\s+)?$/i,
  },
  // A fracture told first and its treatment after, as a second language orders it: "2023 year because L2 vertebral
  // compression fracture did PKP operation".
  {
    from: ['compression-fracture', 'osteoporotic-fracture', 'fracture', 'injury-fracture'],
    toCategory: 'intervention',
    // ... or in a clause of its own: "an old L1 osteoporotic fracture that was kyphoplastied in 2019".
    gap: /^\s*(?:(?:that|which)\s+)?(?:was\s+|were\s+)?(?:did|done|had|underwent|treated\s+(?:with|by)|managed\s+with)?\s*(?:an?\s+)?$/i,
  },
  // ... and a treatment of the fractures listed after it takes their levels back: "kyphoplasty of T8 and T9 compression
  // fractures", "vertebroplasty for the T11, T12 and L1 fractures".
  {
    from: [
      'compression-fracture',
      'osteoporotic-fracture',
      'fracture',
      'pathologic-fracture',
      'insufficiency-fracture',
    ],
    toCategory: 'intervention',
    back: true,
    gap: /^\s*(?:of|for)\s+(?:the\s+)?(?:[CTLS]\d{1,2}(?:\s*(?:,\s*and|,|and|&|\+)\s*|\s+))+$/i,
  },
  // A fracture through the lesion that caused it, the level named with the lesion: "a new pathologic compression fracture
  // through a blastic metastasis at L5".
  {
    from: ['cancer', 'tumour', 'destructive-lesion'],
    toCategory: 'fracture',
    alsoTo: ['pathologic-fracture'],
    back: true,
    gap: /^\s*(?:through|of|in|within|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i,
  },
  // One operation in two words: "an L4-L5 decompression and instrumented fusion" fused the decompressed levels.
  {
    from: ['decompression'],
    toCategory: 'intervention',
    gap: /^\s*(?:and|with|\+|&)\s+(?:[\w-]+\s+){0,2}$/i,
  },
  // "Marrow oedema at T11 with a superior endplate fracture", "lytic lesion of T8 with pathologic
  // collapse", "oedema in the L1 vertebral body in keeping with a recent fracture", "tumour
  // infiltration of the T4 body with loss of height", "T10 metastasis, now with pathological collapse", "loss of
  // height of the tenth thoracic vertebral body consistent with an acute compression fracture", "a lytic
  // metastasis at L2 has collapsed, producing a pathological compression fracture", "bright STIR signal in the L4
  // body beneath a fractured superior endplate": the
  // sign and the fracture it comes with.
  {
    from: ['marrow-edema', 'height-loss', 'destructive-lesion', 'tumour', 'cancer'],
    toCategory: 'fracture',
    alsoTo: ['pathologic-fracture'],
    // ... or a comma alone: "Biopsy of T10 confirm metastasis, pathological collapse 50%"; "tumour replacing the L1
    // vertebral body with 40% collapse"; or a place pointed at:
    // "myeloma infiltration at L4, where he has a pathological compression fracture"; a measure in brackets between: "lytic
    // lesion of L3 (SUVmax 11.2) with pathologic compression fracture"; a place through its body: "lytic lesion of body of L2
    // vertebra with pathological compression fracture".
    // A cancer word straight before the fracture noun is what the fracture is: "a kyphoplasty for an L2 myeloma
    // fracture", "T9 metastatic compression fracture".
    gap: /^ +$|^\s*,\s*$|^\s*(?:[\w-]+\s+)?(?:(?:at|of|in|within|involving)\s+(?:the\s+)?[CTLS][\w-]{0,6}\s*)?,\s*(?:where|in which) (?:he|she|there|the patient) (?:now )?(?:has|had|is|was) (?:an?\s+|the\s+)?(?:[\w%-]+\s+){0,3}$|^\s*(?:(?:(?:at|of|in|within|involving|throughout|replacing)\s+(?:the\s+)?(?:(?:vertebral\s+)?(?:body|corpus)\s+of\s+(?:the\s+)?)?(?:[CTLS][\w-]{0,6}|\w+\s+(?:cervical|thoracic|lumbar|sacral))|V?(?:[CTLS]|Th)\d{1,2})(?:\s+(?:vertebral\s+)?(?:body|vertebra))?\s*)?(?:\([^()]{0,30}\)\s*)?,?\s*(?:now\s+)?(?:with|w\/|and|(?:consistent|compatible|in keeping) with|suggestive of|due to|representing|has|have|had|producing|causing|resulting in|beneath|under)\s+(?:an?\s+|the\s+)?(?:[\w%-]+\s+){0,3}$/i,
  },
  // A deformity and the reader's verdict on it: "L1 vertebral body wedge-shaped change, consider fresh compression fracture",
  // "T8 wedge deformation, in keeping with an old fracture".
  {
    from: ['deformity'],
    toCategory: 'fracture',
    gap: /^\s*,?\s*(?:consider|considered|consistent with|compatible with|in keeping with|c\/w|likely|probably|representing|suggesting|suggestive of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i,
  },
  // ... and the other way round, the fracture first and the sign that places it after: "new fracture with collapse of L4".
  {
    from: ['height-loss', 'marrow-edema'],
    toCategory: 'fracture',
    back: true,
    gap: /^\s*(?:with|w\/)\s+(?:(?:an?|the|some|partial|mild|moderate|severe)\s+)?$/i,
  },
];
