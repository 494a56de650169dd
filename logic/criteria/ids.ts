/**
 * Ids fixed by the analyze contract (../shared/design/ANALYZE-CONTRACT.md): the scenarios decide() routes to
 * and the alerts with their severities. A pack must carry all of them so a decision can always be spoken.
 */
export const SCENARIO_IDS = [
  'imaging-new-symptomatic-no-malignancy',
  'imaging-new-symptomatic-known-malignancy',
  'imaging-new-pain-prior-vcf',
  'imaging-asymptomatic-malignancy-history',
  'treatment-asymptomatic-osteoporotic',
  'treatment-osteoporotic-with-edema',
  'treatment-benign-worsening',
  'treatment-new-vcf-prior-augmentation-or-surgery',
  'treatment-pathologic-mechanical-pain',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** The scenario the founding article covers in depth (its differential is bundled). */
export const FOUNDING_SCENARIO: ScenarioId = 'treatment-new-vcf-prior-augmentation-or-surgery';

export const SEVERITIES = ['emergency', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ALERT_SEVERITY = {
  'neurologic-emergency': 'emergency',
  'malignancy-red-flags': 'warning',
  'malignant-mri-features': 'warning',
  'same-level-recurrence': 'warning',
  'procedure-contraindication': 'warning',
  'failed-conservative-therapy': 'info',
  'adjacent-to-fusion': 'info',
  'adjacent-to-augmentation': 'info',
  'instability-or-compression': 'warning',
  'mri-before-augmentation': 'info',
  'osteoporosis-treatment': 'info',
  'high-energy-trauma': 'warning',
  'asymptomatic-incidental': 'info',
} as const satisfies Record<string, Severity>;
export type AlertId = keyof typeof ALERT_SEVERITY;
export const ALERT_IDS = Object.keys(ALERT_SEVERITY) as AlertId[];

export const RATING_WORDS = ['usually-appropriate', 'may-be-appropriate', 'usually-not-appropriate'] as const;
export type RatingWord = (typeof RATING_WORDS)[number];
