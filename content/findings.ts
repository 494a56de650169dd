import type { Mention } from '@/logic/terms/mention';
import { highlightName } from './highlight-rules';
import type { Block } from './text-index';

/** A stretch of a block's text: offsets into `block.text`, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One finding on the page, as the panel lists it: a mention of the text engine tied to its block. The
 * index keeps a block's mentions as the engine returns them (no copy per finding: a big page has tens
 * of thousands); these records are made only when the findings are listed.
 */
export interface PageFinding extends Mention {
  block: Block;
}

/** What the highlighter asks of the text engine (logic's functions of the same names). */
export interface Engine {
  /** `section`: the section header the block sits under (a heading element or a header line above it). */
  findMentions(text: string, section?: string): Mention[];
  /** The same mentions part after part: a block of a few hundred KB (a chart in one <pre>) over several slices. */
  mentionsInParts(text: string, size: number, section?: string): Iterator<Mention[]>;
  /** Compiles the engine's expressions, once: what would otherwise make the first call slow. */
  warmUp(): void;
}

/** The highlights a mention is painted in: negated ones only muted, uncertain ones in their colour and marked. */
export function highlightNames(mention: Mention): string[] {
  if (mention.assertion === 'negated') return [highlightName('negated')];
  const colour = highlightName(mention.category);
  return mention.assertion === 'affirmed' ? [colour] : [colour, highlightName('uncertain')];
}

/** Whether a block can be seen: not under display:none, visibility:hidden or skipped content (a closed <details>). */
export function isShown(block: Block): boolean {
  return block.element.checkVisibility({ visibilityProperty: true });
}
