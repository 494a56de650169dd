import { z } from 'zod';
import { LevelSchema } from '../spine/levels';

/** Lexicon categories, as the analyze contract names them. */
export const CATEGORIES = [
  'fracture',
  'level',
  'intervention',
  'acuity',
  'malignancy',
  'neurologic',
  'bone-health',
  'trauma',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/** How the text holds a finding (ConText values). */
export const ASSERTIONS = ['affirmed', 'negated', 'possible', 'historical', 'hypothetical', 'other-person'] as const;
export const AssertionSchema = z.enum(ASSERTIONS);
export type Assertion = z.infer<typeof AssertionSchema>;

/** One lexicon hit over a text: offsets are UTF-16 indices into that text, end exclusive. */
export const MentionSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  category: CategorySchema,
  assertion: AssertionSchema,
  levels: z.array(LevelSchema),
});
export type Mention = z.infer<typeof MentionSchema>;
