/**
 * Where blocks count as near the viewport, per document: the top window's viewport widened by MARGIN
 * screens above and below, and in a same-origin frame that band clipped to the frame's own, in the
 * frame's coordinates. Kept apart from Nearby, which decides what lies in it.
 */

/**
 * How far outside the viewport blocks count as near, in viewport heights above and below. Half a screen:
 * Chrome checks every registered highlight range again on each change to the page (a clock ticking), at
 * about 14 µs a range as measured, so each range painted ahead of the scroll costs every changing frame.
 * A whole screen each way registered 114 ranges on the 2 MB bench page and added 1.2–1.8 ms to a clock
 * tick's frame; half a screen registers 86 and adds 0.3–0.4 ms, and scrolling costs the same.
 */
export const MARGIN = 0.5;

export interface Band {
  /** In the document's own viewport coordinates. */
  top: number;
  bottom: number;
  /** Added to the document's coordinates to get the top window's. */
  offset: number;
}

/** The band of each document under `view`, each worked out once for as long as the function is used (one refine). */
export function nearBands(view: Window): (doc: Document) => Band | null {
  const bands = new Map<Document, Band | null>();
  const bandOf = (doc: Document): Band | null => {
    let band = bands.get(doc);
    if (band === undefined) {
      band = bandIn(view, doc, bandOf);
      bands.set(doc, band);
    }
    return band;
  };
  return bandOf;
}

/** Where a document's blocks count as near, in its own coordinates; null when its frame is far away. */
function bandIn(top: Window, doc: Document, bandOf: (doc: Document) => Band | null): Band | null {
  const view = doc.defaultView;
  if (!view) return null;
  const height = view.innerHeight || doc.documentElement.clientHeight;
  const own = { top: -MARGIN * height, bottom: (1 + MARGIN) * height };
  if (doc === top.document) return { ...own, offset: 0 };
  let frame: Element | null = null;
  try {
    frame = view.frameElement;
  } catch {
    frame = null;
  }
  const outer = frame ? bandOf(frame.ownerDocument) : null;
  if (!frame || !outer) return null;
  const rect = frame.getBoundingClientRect();
  const offset = outer.offset + rect.top + frame.clientTop;
  // The top window's band in this frame's coordinates, clipped to the frame's own band.
  const topBand = bandOf(top.document) as Band;
  const band = {
    top: Math.max(own.top, topBand.top - offset),
    bottom: Math.min(own.bottom, topBand.bottom - offset),
    offset,
  };
  return band.top <= band.bottom ? band : null;
}
