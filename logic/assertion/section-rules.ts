import type { Modifier } from './trigger';

/**
 * Section rules (data): what a section header says of everything under it when no trigger in the
 * sentence does. Headers are matched upper-cased, whether the text has them inline ("Family history:")
 * or the page has them as heading elements of their own.
 */
export interface SectionRule {
  header: RegExp;
  assertion: Modifier;
  /** It asks for something to be done: it sets only the studies and procedures under it, not the findings. */
  requests?: boolean;
}

/** A relative named as a label ("Mother: pancreatic ca"): the label heads only its own sentence (sentences.ts). */
export const RELATIVE_LABEL = 'MOTHER|FATHER|SISTER|BROTHER|DAUGHTER|SON|MUM|DAD';

export const SECTION_RULES: readonly SectionRule[] = [
  // Not the referrer's title or service: "Requisition from family physician:", "Family med f/u (Calgary):". A relative as a
  // label: "Mother: pancreatic ca".
  {
    header: new RegExp(
      String.raw`FAMILY(?! (?:PHYSICIAN|DOCTOR|PRACTITIONER|PRACTICE|MEDICINE|MED\b|GP|CLINIC|HEALTH TEAM))|\bF(?:AM )?HX\b|^FH$|^(?:${RELATIVE_LABEL})$`,
    ),
    assertion: 'other-person',
  },
  // "ASSESSMENT AND PLAN", "IMPRESSION/PLAN" open with the diagnosis: only the plan's own words (consider,
  // will undergo) make what follows hypothetical.
  // An operation note's "PLANNED PROCEDURE:", a referral's questions, a meeting's outcome ("Outcome: kyphoplasty at T9"),
  // a discharge's follow-up, a handover's R ("R: MRI requested"), and a SOAP note's P ("P: MRI L-spine") ask
  // for or plan what they name; so do an Indian note's "Adv:" (advised), a consult's "Rec:", a triage note's
  // "Safety-netted:" (what to come back for), a vetting note's "Accepted:", "Vetted:" and a Brazilian note's "Conduct:" (conduta,
  // the plan) and a French one's "Conduct to hold:" (conduite à tenir), a second language's "Propose:" and "Suggest:", a handover's "To do:", a home visit's "Actions:" and a
  // discharge's "GP actions:", a board's "Options to discuss:", the plan in a German, Dutch, Czech, French, Swedish or
  // Hungarian note's own word ("Procedere:", "Beleid:", "Empfehlung:", "Doporučení:", "Proposition:", "Åtgärd:",
  // "Javaslat:"), a radiologist's "Protocol:" (the study being set up), a discharge summary's "Discharge Instructions:" and "Return
  // precautions:" (what to come back for); a question's lettered answer options (sentences.ts marks them). A plan in brackets is
  // an aside of a header that names something else: "Pre-op CXR (R mastectomy planned):" heads the film's findings.
  {
    header:
      /^(?!.*(?:ASSESSMENT|IMPRESSION|A\/P|A&P)).*\bPLAN(?:NED)?\b(?![^()]*\))|RECOMMENDATION|^RECOMMENDED$|^(?:CLINICAL |SPECIFIC |KEY )?QUESTIONS?(?: FOR (?:RADIOLOGY|THE RADIOLOGIST|IR))?$|^(?:MDT )?OUTCOME$|^FOLLOW[- ]?UP$|^[PR]$|^ADV(?:ICE|ISED)?$|^RECS?$|^SAFETY[- ]?NET(?:TED|TING)?(?: ADVICE)?$|(?:^|- )(?:VETTED|ACCEPTED)(?: (?:AS|FOR))?$|^ANSWER OPTIONS$|^PROPOS(?:E|ED|AL)$|^(?:GP |NURSING |FOLLOW[- ]UP )?ACTIONS?$|^(?:TREATMENT )?OPTIONS?(?: TO DISCUSS| FOR DISCUSSION)?$|^SUGGEST(?:ED|ION|IONS)?$|^CONDU(?:CT|TA|ITE)(?: (?:TO HOLD|À TENIR|A TENIR))?$|^TO[- ]?DO$|^(?:PROCEDERE|BELEID|EMPFEHLUNG|DOPORUČENÍ|DOPORUCENI|PROPOSITION|ÅTGÄRD|ATGARD|JAVASLAT)$|^PROTOCOL$|^DISCHARGE INSTRUCTIONS?$|^(?:RETURN|ED) PRECAUTIONS$/,
    assertion: 'hypothetical',
  },
  // A request form's label: "Request type: MRI thoracic + lumbar spine", "REQUEST: MRI thoracolumbar spine", an insurer's
  // "Pre-authorization summary: percutaneous kyphoplasty, T10", "Authorization request: vertebroplasty T10", a vetting note's "Protocol: CT T-L spine non-con", a referral's
  // last field "| Req: VP/KP L2", an IR booking line's "IR book: KP L1 | ..." and "IR slot req:", a procedure list's "IR list Thurs: T9 VP", a referral's "Q: MRI to
  // confirm acute #?" (a teaching case's "Q: A 63-year-old woman ...
  // Thoracic films show a T7 compression fracture" tells the case it asks about; the
  // findings told under it stay the patient's; a referral's letter, which tells the studies done, is no request).
  {
    header:
      /^(?:(?:IMAGING|MRI|CT|RADIOLOGY|IR|PROTOCOL) )?(?:REQUEST(?:ED)?|REQ)(?: TYPE)?$|^(?:INSURANCE )?(?:PRE-?AUTH|PRIOR AUTH)\w*(?: SUMMARY| REQUEST)?$|^(?:INSURANCE |INSURER )?AUTHORI[SZ]ATION(?: REQUEST)?$|^MEDICAL NECESSITY(?: STATEMENT)?$|^PROTOCOL(?:LED)?(?: (?:AS|FOR))?$|^(?:EXAM(?:INATION)?|STUDY|PROCEDURE) REQUESTED$|^Q$|^(?:IR )?(?:BOOK(?:ING)?|SLOT)(?: REQ(?:UEST)?)?$|^IR SLOT REQ(?:UEST)?$|^(?:IR|VP|KP|THEATRE|THEATER) LIST (?:MON|TUES?|WED|THURS?|FRI|TOMORROW)$/,
    assertion: 'hypothetical',
    requests: true,
  },
  // A teaching case's discussion and the paper it is read with talk of studies and procedures in general: "Discussion: MRI
  // signs that separate benign from malignant collapse", "Paper: timing of vertebroplasty in the randomized trials". The
  // findings under it stay the patient's ("DISCUSSION: Pain returning at the treated level raises the question ...").
  {
    header:
      /^(?:DISCUSSION|DISCUSSION POINTS?|PAPER|ARTICLE|JOURNAL CLUB PAPER|TEACHING POINTS?|LEARNING POINTS?|KEY POINTS?|TAKE[- ]HOME(?: POINTS?| MESSAGES?)?|REFERENCES?)$/,
    assertion: 'hypothetical',
    requests: true,
  },
  { header: /DIFFERENTIAL/, assertion: 'possible' },
  // ... and a procedure clinic's "Procedure history:", the treatment the visit follows up.
  {
    header: /PAST (?:MEDICAL|SURGICAL)|SURGICAL HISTORY|PROCEDUR(?:E|AL) HISTORY|PREVIOUS|^P[MS]HX?$/,
    assertion: 'historical',
  },
];
