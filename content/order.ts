import type { Block } from './text-index';

/**
 * Document order across shadow roots and frames: each block's chain of containers from the top
 * document down (shadow host, frame element, …, the block), compared level by level.
 */
function chainOf(element: Element): Element[] {
  const chain = [element];
  let current = element;
  for (;;) {
    const root = current.getRootNode() as Partial<ShadowRoot> & Node;
    const next =
      root.nodeType === 11
        ? root.host
        : root.nodeType === 9
          ? (root as unknown as Document).defaultView?.frameElement
          : null;
    if (!next) return chain;
    chain.unshift(next);
    current = next;
  }
}

/** Negative when `a` comes before `b` in the page (across shadow roots and frames), positive after. */
export function compareBlocks(a: Block, b: Block): number {
  if (a.element.ownerDocument === b.element.ownerDocument && a.element.getRootNode() === b.element.getRootNode()) {
    return compareChains([a.element], [b.element]);
  }
  return compareChains(chainOf(a.element), chainOf(b.element));
}

export function sortByDocumentOrder(blocks: Iterable<Block>): Block[] {
  const chains = new Map<Block, Element[]>();
  for (const block of blocks) chains.set(block, chainOf(block.element));
  return [...chains.keys()].sort((a, b) => compareChains(chains.get(a) as Element[], chains.get(b) as Element[]));
}

function compareChains(a: Element[], b: Element[]): number {
  const length = Math.min(a.length, b.length);
  for (let level = 0; level < length; level++) {
    const left = a[level] as Element;
    const right = b[level] as Element;
    if (left === right) continue;
    const position = left.compareDocumentPosition(right);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  return a.length - b.length;
}
