/**
 * What the results show, in the panel's terms. Only toResultView (below, once the decision core's
 * Decision is known) reads the decision and pack shapes; the result components read this.
 */
export type RatingLevel = 'usually-appropriate' | 'may-be-appropriate' | 'usually-not-appropriate' | 'not-bundled';

export interface RatingRow {
  procedure: string;
  /** The procedure as ACR names it. */
  name: string;
  rating: RatingLevel;
  /** ACR's words for the rating. */
  words: string;
  /** Relative radiation level, when the pack gives one. */
  radiation: string | null;
  source: string;
}

export interface TextItem {
  id: string;
  text: string;
}

export interface AlertItem extends TextItem {
  severity: 'emergency' | 'warning' | 'info';
}

export interface ResultView {
  scenario: { id: string; title: string } | null;
  /** Why the scenario matched, or why none did. */
  why: string[];
  /** Facts not yet known that would change the scenario. */
  wouldChange: string[];
  ratings: RatingRow[];
  alerts: AlertItem[];
  pitfalls: TextItem[];
  /** Next steps as the downstream branches (e.g. after augmentation / after medical management). */
  branches: { title: string; steps: TextItem[] }[];
  differential: TextItem[];
}

/** The criteria the results come from, shown with every result and named in the summary. */
export interface PackInfo {
  name: string;
  version: string;
  /** The ACR edition the pack encodes ("2022 update"). */
  edition: string;
  /** ACR's official table, where every "not bundled" rating can be looked up. */
  officialUrl: string;
  /** The imported file's name, or null for the bundled pack. */
  importedFrom: string | null;
}
