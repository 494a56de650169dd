/**
 * Script work in slices of at most SLICE_MS that give the page the main thread back in between, so
 * highlighting never makes a long task on a big report page.
 *
 * Yielding alone is not enough for frames: scheduler.yield() continuations run ahead of rendering, so
 * back-to-back slices starve the frame until Chrome's starvation guard steps in (~100 ms, a long
 * animation frame). So once FRAME_GAP_MS pass without a frame, the next slice waits for one.
 */

export const SLICE_MS = 8;
/** Longest run of slices without letting a frame render. */
export const FRAME_GAP_MS = 32;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

/** A task of its own, without the 4 ms clamp of nested timeouts. */
function postTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel?.port2.postMessage(null);
  });
}

/** Lets the page run: scheduler.yield() keeps our place in the queue; a MessageChannel task otherwise. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return postTask();
}

/**
 * Resolves once the next frame has rendered (a task posted from its animation-frame callback), or after
 * a while without one (the tab was hidden meanwhile: hidden tabs get no frames).
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 4 * FRAME_GAP_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      void postTask().then(resolve);
    });
  });
}

/** Frames only come while the page is shown: a hidden tab gets none, and must not wait for one. */
function framesRun(): boolean {
  return typeof requestAnimationFrame === 'function' && globalThis.document?.visibilityState !== 'hidden';
}

/** What the slices of one job took: the longest is what the page felt. */
export interface SliceTiming {
  longest: number;
  total: number;
  slices: number;
}

/**
 * Runs `step` (given its deadline) until it reports done, yielding between slices and letting a frame
 * render at least every FRAME_GAP_MS; stops early, returning false, once `cancelled()` says the work is
 * no longer wanted.
 */
export async function runSliced(
  step: (deadline: number) => boolean,
  cancelled: () => boolean,
  timing?: SliceTiming,
): Promise<boolean> {
  let lastFrame = performance.now();
  let watching = framesRun();
  const watch = () => {
    lastFrame = performance.now();
    if (watching) requestAnimationFrame(watch);
  };
  if (watching) requestAnimationFrame(watch);
  try {
    while (!cancelled()) {
      const started = performance.now();
      const done = step(started + SLICE_MS);
      if (timing) {
        const took = performance.now() - started;
        timing.longest = Math.max(timing.longest, took);
        timing.total += took;
        timing.slices++;
      }
      if (done) return true;
      if (framesRun() && performance.now() - lastFrame > FRAME_GAP_MS) {
        await afterNextFrame();
        lastFrame = performance.now();
      } else await yieldToPage();
    }
    return false;
  } finally {
    watching = false;
  }
}
