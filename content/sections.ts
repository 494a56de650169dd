import { sectionAfter } from '@/logic/assertion/sentences';
import type { Block } from './text-index';

/** Elements that are a heading by what they are, colon or not ("Family history" in an <h3>). */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'th', 'caption', 'legend']);

export function isHeading(block: Block): boolean {
  return HEADINGS.has(block.element.localName);
}

/**
 * Which section each block of a full scan starts in, so the page reads a block under "FAMILY HISTORY"
 * (a heading element of its own, or a header line in a block above) as the panel reads the whole text.
 * Blocks are added in document order as the walk finds them; a block's section is worked out when it is
 * first matched, reading forward from the last block worked out, so a scan reads each block's headers
 * once however the blocks are matched (near ones first). A block a page change brings (a paragraph
 * re-rendered by a framework) starts in the section of the scanned block before it in the document.
 */
export class SectionTrail {
  private readonly blocks: Block[] = [];
  private readonly place = new Map<Block, number>();
  /** The section in force after block i, for i below `after.length`. */
  private readonly after: string[] = [];

  add(block: Block): void {
    this.place.set(block, this.blocks.length);
    this.blocks.push(block);
  }

  clear(): void {
    this.blocks.length = 0;
    this.after.length = 0;
    this.place.clear();
  }

  /** Whether `next` is the block right after `block` in the page (both walked by the scan). */
  follows(block: Block, next: Block): boolean {
    const at = this.place.get(block);
    return at !== undefined && this.place.get(next) === at + 1;
  }

  /** The section `block` starts in: the one in force after the block before it. */
  before(block: Block): string {
    const at = this.place.get(block) ?? this.scannedBefore(block);
    if (at === 0) return '';
    while (this.after.length < at) {
      const j = this.after.length;
      const previous = this.blocks[j] as Block;
      this.after.push(sectionAfter(previous.text, j > 0 ? (this.after[j - 1] as string) : '', isHeading(previous)));
    }
    return this.after[at - 1] as string;
  }

  /**
   * How many scanned blocks stand before a block the scan never saw, by document position (binary
   * search: the scanned blocks are in document order).
   */
  private scannedBefore(block: Block): number {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const position = (this.blocks[mid] as Block).element.compareDocumentPosition(block.element);
      if (position & FOLLOWING) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Node.DOCUMENT_POSITION_FOLLOWING: the other node comes after this one. */
const FOLLOWING = 4;
