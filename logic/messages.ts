import { z } from 'zod';
import { CategorySchema, MentionSchema } from './terms/mention';

/**
 * Every message between extension contexts, one discriminated union per direction, parsed at the
 * receiving end. A message that does not parse is ignored with a console warning, never acted on.
 */

const Text = z.string().max(2_000_000);

/** Side panel / background → content script in a tab. */
export const ToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('highlight/set-enabled'), enabled: z.boolean() }),
  z.object({ type: z.literal('highlight/set-categories'), categories: z.array(CategorySchema) }),
  z.object({ type: z.literal('findings/list') }),
  z.object({ type: z.literal('findings/reveal'), index: z.number().int().min(0) }),
  /** Reveal words the case form got from the text (an evidence chip). */
  z.object({ type: z.literal('text/reveal'), text: Text.min(1) }),
  z.object({ type: z.literal('selection/get') }),
  z.object({ type: z.literal('page/text') }),
]);
export type ToContent = z.infer<typeof ToContentSchema>;

/** One page finding as the panel lists it (all findings, painted or not). */
export const FindingSchema = MentionSchema.extend({ index: z.number().int().min(0) });
export type Finding = z.infer<typeof FindingSchema>;

/** Content script replies, keyed by the request they answer. */
export const FindingsReplySchema = z.object({
  enabled: z.boolean(),
  findings: z.array(FindingSchema),
});
export type FindingsReply = z.infer<typeof FindingsReplySchema>;
export const TextReplySchema = z.object({ text: Text });
export type TextReply = z.infer<typeof TextReplySchema>;
export const RevealReplySchema = z.object({ found: z.boolean() });

/** Content script → background. */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  /** The page's findings changed (count per category, affirmed only): the toolbar badge follows. */
  z.object({ type: z.literal('findings/changed'), affirmed: z.number().int().min(0) }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/** A selection handed to the panel; kept in storage.session only (it is patient text). */
export const PendingSelectionSchema = z.object({
  text: Text.min(1),
  source: z.enum(['context-menu', 'shortcut', 'toolbar', 'panel']),
  tabId: z.number().int().nullable(),
  url: z.string().max(4096).nullable(),
  at: z.number(),
});
export type PendingSelection = z.infer<typeof PendingSelectionSchema>;

/** Parse a message for one direction; a bad one yields null and a warning naming what was wrong. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown, where: string): T | null {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  console.warn(`VCF Lens ${where}: ignored a malformed message: ${z.prettifyError(result.error)}`);
  return null;
}
