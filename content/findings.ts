import type { Mention } from '@/logic/terms/mention';
import type { Block } from './text-index';

/** One finding on the page: a mention of the text engine, tied to the block whose text it was found in. */
export interface PageFinding extends Mention {
  block: Block;
}

export type FindMentions = (text: string) => Mention[];

export function matchBlock(block: Block, findMentions: FindMentions): PageFinding[] {
  return findMentions(block.text).map((mention) => ({ ...mention, block }));
}

/** The highlights a finding is painted in: negated ones only muted, uncertain ones in their colour and marked. */
export function highlightNames(finding: PageFinding): string[] {
  if (finding.assertion === 'negated') return ['vcf-lens-negated'];
  const colour = `vcf-lens-${finding.category}`;
  return finding.assertion === 'affirmed' ? [colour] : [colour, 'vcf-lens-uncertain'];
}
