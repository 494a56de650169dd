import { z } from 'zod';
import { PendingSelectionSchema } from './messages';
import { CategorySchema } from './terms/mention';

/**
 * What the extension stores, and where. Patient text (selections, the case) lives only in
 * storage.session, which the browser keeps in memory and drops when it closes; storage.local holds
 * settings, never patient text. Every read goes through these schemas.
 */
export const SESSION = {
  pendingSelection: { key: 'pendingSelection', schema: PendingSelectionSchema },
} as const;

export const SettingsSchema = z.object({
  highlightEnabled: z.boolean().default(true),
  categories: z.array(CategorySchema).default([...CategorySchema.options]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const LOCAL = {
  settings: { key: 'settings', schema: SettingsSchema },
} as const;

/** Parse one stored value; a corrupt one reads as absent (and says why) rather than breaking the UI. */
export function readStored<T>(schema: z.ZodType<T>, raw: unknown, key: string): T | null {
  if (raw === undefined) return null;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  console.warn(`VCF Lens: ignored stored "${key}": ${z.prettifyError(result.error)}`);
  return null;
}
