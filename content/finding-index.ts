/**
 * The page's findings as plain records, one list per block, kept apart from scanning and painting: the
 * panel's list, "reveal finding N", the page text and the toolbar badge all read this one store, so they
 * count and order the findings the same way whichever part changed them.
 */
import type { Mention } from '@/logic/terms/mention';
import { isShown, type PageFinding } from './findings';
import { sortByDocumentOrder } from './order';
import type { Block } from './text-index';

/** Badge updates wait this long, so a burst of page changes sends one message. */
export const COUNT_DELAY_MS = 100;

/** Runs `work` after `ms`; returns what cancels it (setTimeout by default, a fake clock in tests). */
export type Later = (work: () => void, ms: number) => () => void;

export const timeout: Later = (work, ms) => {
  const timer = setTimeout(work, ms);
  return () => clearTimeout(timer);
};

export interface FindingIndexOptions {
  /** Told the affirmed-finding count once a burst of changes has settled, when it moved (the toolbar badge). */
  counted?: (affirmed: number) => void;
  /** Whether a block can be seen now; text the page hides is kept but not listed. */
  isShown?: (block: Block) => boolean;
  later?: Later;
}

export class FindingIndex {
  /** Every block matched, by its element (a page change finds the block an element had). */
  private readonly blocks = new Map<Element, Block>();
  private readonly findings = new Map<Block, readonly Mention[]>();
  private affirmed = 0;
  private total = 0;
  private ordered: PageFinding[] | null = null;
  private lastCounted = -1;
  private cancelCount: (() => void) | null = null;
  private readonly counted: (affirmed: number) => void;
  private readonly shown: (block: Block) => boolean;
  private readonly later: Later;

  constructor(options: FindingIndexOptions = {}) {
    this.counted = options.counted ?? (() => {});
    this.shown = options.isShown ?? isShown;
    this.later = options.later ?? timeout;
  }

  /** Blocks matched so far (any order). */
  get size(): number {
    return this.blocks.size;
  }

  /** All findings kept, shown or not. */
  get count(): number {
    return this.total;
  }

  get affirmedCount(): number {
    return this.affirmed;
  }

  /** Keeps a block's findings (as the engine returned them: no copy per finding), replacing any it had. */
  keep(block: Block, mentions: readonly Mention[]): void {
    if (this.findings.has(block)) this.drop(block);
    this.blocks.set(block.element, block);
    this.findings.set(block, mentions);
    this.total += mentions.length;
    for (const mention of mentions) if (mention.assertion === 'affirmed') this.affirmed++;
  }

  /** Forgets one block; returns how many findings it had. */
  drop(block: Block): number {
    if (this.blocks.get(block.element) === block) this.blocks.delete(block.element);
    const mentions = this.findings.get(block);
    if (!mentions) return 0;
    this.findings.delete(block);
    this.total -= mentions.length;
    for (const mention of mentions) if (mention.assertion === 'affirmed') this.affirmed--;
    return mentions.length;
  }

  /** Whether a block has been matched (with or without findings). */
  has(block: Block): boolean {
    return this.findings.has(block);
  }

  of(block: Block): readonly Mention[] | undefined {
    return this.findings.get(block);
  }

  /** The block an element stands for now, if it was matched. */
  blockAt(element: Element): Block | undefined {
    return this.blocks.get(element);
  }

  /** The matched blocks within a removed element (itself included) that have left the page. */
  removedWith(element: Element): Block[] {
    const gone: Block[] = [];
    const take = (at: Element) => {
      const block = this.blocks.get(at);
      if (block && !at.isConnected) gone.push(block);
    };
    take(element);
    if (element.firstElementChild !== null) for (const inner of element.querySelectorAll('*')) take(inner);
    return gone;
  }

  /** Matched blocks in document order. */
  inOrder(): Block[] {
    return sortByDocumentOrder(this.blocks.values());
  }

  /** Matched blocks the reader can see, in document order. */
  shownBlocks(): Block[] {
    return this.inOrder().filter(this.shown);
  }

  /**
   * The findings of blocks shown now, in document order: the panel's list, numbered as "reveal finding N"
   * counts. Text the page's stylesheets hide (a collapsed section, another tab's report) is kept like the
   * rest, so it is painted the moment it shows, but it is not listed.
   */
  shownFindings(): PageFinding[] {
    const shown = new Map<Block, boolean>();
    return this.all().filter((finding) => {
      let visible = shown.get(finding.block);
      if (visible === undefined) {
        visible = this.shown(finding.block);
        shown.set(finding.block, visible);
      }
      return visible;
    });
  }

  /** Every finding in document order, as records tied to their blocks (made once per change). */
  all(): PageFinding[] {
    this.ordered ??= sortByDocumentOrder(this.findings.keys()).flatMap((block) =>
      (this.findings.get(block) ?? []).map((mention) => ({ ...mention, block })),
    );
    return this.ordered;
  }

  /**
   * After any change of findings: a new order next time, and the count told if it moved. It is told
   * once per burst, in a task of its own: a live page that changes every few ms sends one message, and
   * the message's cost stays out of the mutation handling.
   */
  changed(): void {
    this.ordered = null;
    if (this.cancelCount) return;
    this.cancelCount = this.later(() => {
      this.cancelCount = null;
      if (this.affirmed === this.lastCounted) return;
      this.lastCounted = this.affirmed;
      this.counted(this.affirmed);
    }, COUNT_DELAY_MS);
  }

  /** Forgets everything (a full scan starts); the count last told stays, so an equal count is not told again. */
  clear(): void {
    this.blocks.clear();
    this.findings.clear();
    this.affirmed = 0;
    this.total = 0;
    this.ordered = null;
  }

  stop(): void {
    this.cancelCount?.();
    this.cancelCount = null;
    this.clear();
  }
}
