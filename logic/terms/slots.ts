import { LEVEL_TOKEN } from '../spine/parse';

/**
 * Slots a target rule may use in its patterns, so a phrasing is written as a template: "{VERTEBRA}
 * (?:body )?{FRACTURE}" reads "vertebral body fracture", "vertebra fx", "vertebral deformity". Each slot
 * is a non-capturing fragment; an unknown slot name is an error when the lexicon is built.
 */
export const SLOTS = {
  /**
   * A fracture noun, with the shorthand of notes ("fx", and "#" as British and Australian notes write it), typos (an r/l
   * swap: "flacture") and a Russian writer's "wedge compression deformation".
   */
  FRACTURE: String.raw`(?:fractures?|fracures?|fractrues?|flactures?|fx|#|fraction|deformit(?:y|ies)|deformations?)`,
  /** A vertebra word: "vertebra", "vertebrae", "vertebral body". */
  VERTEBRA: String.raw`vertebra[el]?(?: body)?`,
  /** A modifier of acuity or severity. */
  MOD: String.raw`(?:acute|subacute|chronic|old|healed|healing|remote|recent|new|age[- ]indeterminate|mild|moderate|severe|minimal|marked)`,
  /** One vertebral level as written ("T11", "T-11", "L 1"); for lookaheads, since levels are hits of their own. */
  LEVEL: LEVEL_TOKEN,
  /** A height loss that grew, then and now: "20% to 45%", "~30% -> more than 50%". */
  PERCENT_RISE: String.raw`(?:about |approximately |roughly |~)?\d{1,3} ?% (?:to|->|→) (?:about |approximately |nearly |almost |more than |over |~)?\d{1,3} ?%`,
  /** A blood thinner by its class or its name, and a second language's spelling: "varfarina". */
  ANTICOAGULANT: String.raw`(?:warfarin|varfarin\w*|coumadin|marevan|acenocoumarol|sintrom|sin[ck]umar|phenprocoumon|marcoumar|anticoagula\w+|DOAC|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran|pradaxa)`,
  /** A heparin, what a blood thinner is swapped for or bridged with: "LMWH", "enoxaparin", "Clexane". */
  HEPARIN: String.raw`(?:LMWH|(?:low[- ]molecular[- ]weight )?heparin|enoxaparin|clexane|fraxiparin\w*|dalteparin|fragmin|tinzaparin)`,
  /** Words that say a vertebral body's height is kept. */
  HEIGHTS_KEPT: String.raw`(?:maintained|preserved|normal|intact|unremarkable|well maintained|within normal limits)`,
} as const;

/** A pattern with its slots filled in. */
export function expandSlots(pattern: string): string {
  return pattern.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const fill = (SLOTS as Record<string, string>)[name];
    if (fill === undefined) throw new Error(`Unknown slot {${name}} in target pattern "${pattern}"`);
    return fill;
  });
}
