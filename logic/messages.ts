import { z } from 'zod';
import { CategorySchema, MentionSchema } from './terms/mention';

/**
 * Every message between extension contexts, typed per direction. A request to the page is one entry of
 * PAGE_CALLS: the schema of the request and the schema of its reply, side by side, so a caller names the
 * request and gets the reply type (and its parse) with it; no caller picks a reply schema by hand
 * (after hypothesis/client's port-rpc-calls). Both ends parse: a message or reply that does not parse is
 * ignored with a console warning, never acted on.
 */

const Text = z.string().max(2_000_000);

/** One page finding as the panel lists it (all findings, painted or not). */
export const FindingSchema = MentionSchema.extend({ index: z.number().int().min(0) });
export type Finding = z.infer<typeof FindingSchema>;

/** The page's highlighting state and findings: the reply to findings/list and to every highlight/ request. */
export const FindingsReplySchema = z.object({
  enabled: z.boolean(),
  findings: z.array(FindingSchema),
});
export type FindingsReply = z.infer<typeof FindingsReplySchema>;
const TextReplySchema = z.object({ text: Text });
const RevealReplySchema = z.object({ found: z.boolean() });

const call = <T extends string, Shape extends z.ZodRawShape, Reply extends z.ZodType>(
  type: T,
  shape: Shape,
  reply: Reply,
) => ({ request: z.object({ type: z.literal(type), ...shape }), reply });

/** Side panel / background → content script in a tab: each request with the reply it gets. */
export const PAGE_CALLS = {
  'highlight/set-enabled': call('highlight/set-enabled', { enabled: z.boolean() }, FindingsReplySchema),
  'highlight/set-categories': call(
    'highlight/set-categories',
    { categories: z.array(CategorySchema) },
    FindingsReplySchema,
  ),
  'findings/list': call('findings/list', {}, FindingsReplySchema),
  'findings/reveal': call('findings/reveal', { index: z.number().int().min(0) }, RevealReplySchema),
  /** Reveal words the case form got from the text (an evidence chip). */
  'text/reveal': call('text/reveal', { text: Text.min(1) }, RevealReplySchema),
  'selection/get': call('selection/get', {}, TextReplySchema),
  'page/text': call('page/text', {}, TextReplySchema),
} as const;

export type PageCall = keyof typeof PAGE_CALLS;
export type PageRequest<K extends PageCall = PageCall> = z.infer<(typeof PAGE_CALLS)[K]['request']>;
export type PageReply<K extends PageCall> = z.infer<(typeof PAGE_CALLS)[K]['reply']>;

const requests = Object.values(PAGE_CALLS).map((entry) => entry.request);
/** Any request to the page, as the content script parses it. */
export const ToContentSchema = z.discriminatedUnion(
  'type',
  requests as unknown as [(typeof requests)[number], ...(typeof requests)[number][]],
);
export type ToContent = PageRequest;

/**
 * The reply to `request`, parsed with the schema its request names; null when nothing answered (no
 * content script in the tab) or the answer does not parse.
 */
export function parsePageReply<R extends ToContent>(request: R, raw: unknown): PageReply<R['type']> | null {
  if (raw === null || raw === undefined) return null;
  const result = PAGE_CALLS[request.type].reply.safeParse(raw);
  if (result.success) return result.data as PageReply<R['type']>;
  console.warn(`VCF Lens: ignored a malformed reply to ${request.type}: ${z.prettifyError(result.error)}`);
  return null;
}

/** What the content script must answer to each request: the reply type of its entry in PAGE_CALLS. */
export type PageHandlers = {
  [K in PageCall]: (request: PageRequest<K>) => PageReply<K> | Promise<PageReply<K>>;
};

/** Content script → background: notices, which get no reply. */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  /** The page's affirmed findings changed in number (all categories, one count): the toolbar badge follows. */
  z.object({ type: z.literal('findings/changed'), affirmed: z.number().int().min(0) }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/** Where a case's text came from: the tab, and the page's address and title when it was read. */
export const CaseSourceSchema = z.object({
  tabId: z.number().int(),
  url: z.string().max(4096).nullable(),
  title: z.string().max(1000),
});
export type CaseSource = z.infer<typeof CaseSourceSchema>;

/** A selection handed to the panel; kept in storage.session only (it is patient text). */
export const PendingSelectionSchema = z.object({
  text: Text.min(1),
  source: z.enum(['context-menu', 'shortcut', 'toolbar', 'panel']),
  tabId: z.number().int().nullable(),
  url: z.string().max(4096).nullable(),
  /** The page's title when the text was handed over (storage.session only, like the text). */
  title: z.string().max(1000).default(''),
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
