import { z } from 'zod';
import { type CaseField, CaseInputSchema, EvidenceSchema } from './case';
import { CaseSourceSchema, PendingSelectionSchema } from './messages';
import { CATEGORIES, type Category, CategorySchema } from './terms/mention';

/**
 * What the extension stores, and where. Patient text (selections, the case) lives only in
 * storage.session, which the browser keeps in memory and drops when it closes; storage.local holds
 * settings, never patient text. Every read goes through these schemas.
 */

/** The case form as the panel left it: values, the words each prefilled value came from, the user's edits. */
export const CaseStateSchema = z.object({
  case: CaseInputSchema,
  evidence: EvidenceSchema,
  /** Fields the user set by hand: a new prefill asks before replacing them. */
  yours: z.array(z.enum(Object.keys(CaseInputSchema.shape) as [CaseField, ...CaseField[]])),
  /** `at` of the last selection applied to this case. */
  selectionAt: z.number().nullable(),
  /** The report the case belongs to; null only for facts entered with no report tab at all. */
  source: CaseSourceSchema.nullable().default(null),
});
export type CaseState = z.infer<typeof CaseStateSchema>;

/** Cases kept at most: one per report tab, the least recently used dropped first. */
export const MAX_CASES = 12;

/**
 * Every case of the session, one per report (tab and address), the most recently used first, and the
 * `at` of the last handed-over selection taken (applied or declined), so a waiting selection is taken once.
 */
export const CaseBookSchema = z.object({
  cases: z.array(CaseStateSchema).max(MAX_CASES),
  takenAt: z.number().nullable(),
});
export type CaseBook = z.infer<typeof CaseBookSchema>;

export const SESSION = {
  pendingSelection: { key: 'pendingSelection', schema: PendingSelectionSchema },
  caseBook: { key: 'caseBook', schema: CaseBookSchema },
} as const;

/**
 * Okabe–Ito colours: told apart with the common colour-vision deficiencies. Shared by the page
 * highlighter and the panel's legend through settings.colours.
 */
export const DEFAULT_COLOURS: Record<Category, string> = {
  fracture: '#D55E00',
  level: '#0072B2',
  intervention: '#009E73',
  acuity: '#E69F00',
  malignancy: '#CC79A7',
  neurologic: '#56B4E9',
  'bone-health': '#F0E442',
  trauma: '#999999',
};

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const SettingsSchema = z.object({
  highlightEnabled: z.boolean().default(true),
  categories: z.array(CategorySchema).default([...CATEGORIES]),
  colours: z.record(CategorySchema, Colour).default({ ...DEFAULT_COLOURS }),
  /** The panel's foldable sections, open or folded as the user last left them. */
  sections: z
    .object({
      pitfalls: z.boolean().default(true),
      nextSteps: z.boolean().default(true),
      differential: z.boolean().default(false),
      spineMap: z.boolean().default(true),
    })
    .default({ pitfalls: true, nextSteps: true, differential: false, spineMap: true }),
});
export type FoldableSection = keyof Settings['sections'];
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}

/** An imported criteria pack: not patient text, so storage.local. Re-validated with loadPack on every read. */
export const StoredPackSchema = z.object({
  fileName: z.string().max(260),
  importedAt: z.number(),
  pack: z.unknown(),
});
export type StoredPack = z.infer<typeof StoredPackSchema>;

export const LOCAL = {
  settings: { key: 'settings', schema: SettingsSchema },
  criteriaPack: { key: 'criteriaPack', schema: StoredPackSchema },
} as const;

/** Parse one stored value; a corrupt one reads as absent (and says why) rather than breaking the UI. */
export function readStored<T>(schema: z.ZodType<T>, raw: unknown, key: string): T | null {
  if (raw === undefined) return null;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  console.warn(`VCF Lens: ignored stored "${key}": ${z.prettifyError(result.error)}`);
  return null;
}
