import { blockOf, isInline, isSkipped } from './text-index';

/** Past this many changed places a full rescan is cheaper and simpler than patching. */
export const FULL_RESCAN_AT = 200;

export interface DirtySet {
  /** Subtrees to index again (each a block element, or an added block-level element). */
  roots: Set<Element>;
  /** Removed nodes: their blocks leave the index. */
  removed: Node[];
  full: boolean;
}

const NON_SPACE = /\S/;

/** The block an element's own text would belong to: itself when it is block-level. */
function blockOfElement(element: Element): Element | null {
  return isInline(element) ? blockOf(element) : element;
}

/** Inside script/style/form fields/hidden subtrees: changes there never change report text. */
function insideSkipped(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isSkipped(current)) return true;
  }
  return false;
}

/**
 * Reduces mutation records to the few places to index again: a clock ticking or a framework patching
 * one paragraph dirties one block, not the page.
 */
export function reduceMutations(records: readonly MutationRecord[]): DirtySet {
  const roots = new Set<Element>();
  const removed: Node[] = [];
  const touch = (element: Element | null) => {
    if (element && !insideSkipped(element)) roots.add(element);
  };
  for (const record of records) {
    const target = record.target;
    if (record.type === 'characterData') {
      touch(blockOf(target));
      continue;
    }
    const parent = target.nodeType === 1 ? (target as Element) : null;
    if (!parent) continue;
    for (const node of record.removedNodes) {
      removed.push(node);
      if (node.nodeType === 3 || (node.nodeType === 1 && isInline(node as Element))) touch(blockOfElement(parent));
    }
    for (const node of record.addedNodes) {
      if (node.nodeType === 3) {
        if (NON_SPACE.test((node as Text).data)) touch(blockOfElement(parent));
      } else if (node.nodeType === 1) {
        touch(isInline(node as Element) ? blockOfElement(parent) : (node as Element));
      }
    }
    if (roots.size > FULL_RESCAN_AT) return { roots, removed, full: true };
  }
  return { roots: outermost(roots), removed, full: false };
}

/** Drops roots inside other roots: indexing the outer one covers them. */
function outermost(roots: Set<Element>): Set<Element> {
  const kept = new Set<Element>();
  for (const root of roots) {
    if (!root.isConnected) continue;
    let inside = false;
    for (let up = root.parentElement; up && !inside; up = up.parentElement) inside = roots.has(up);
    if (!inside) kept.add(root);
  }
  return kept;
}
