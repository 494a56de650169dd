/**
 * Script work in slices of at most SLICE_MS that give the page the main thread back in between, so
 * highlighting never makes a long task on a big report page.
 *
 * How the slices yield matters for frames as much as for tasks: scheduler.yield() continuations run
 * ahead of rendering, so back-to-back slices starved the frame until Chrome's guard stepped in (~100 ms,
 * a long animation frame). Waiting for a frame every few slices fixed that but idled the thread until
 * the next vsync. A background-priority task runs after whatever the page has pending (rendering,
 * input, its own tasks) and right away otherwise; should the page keep the thread that busy, a normal
 * task takes over after STARVED_MS so the scan still finishes.
 */

/**
 * The issue allows 10 ms; a slice checks its deadline between blocks (or every 64 nodes of the walk) and
 * may meet a garbage collection, so it aims lower: at 8 ms the longest slices measured 11–17 ms.
 */
export const SLICE_MS = 6;
/** Longest a slice waits behind the page before it runs at normal priority. */
export const STARVED_MS = 50;

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background'; signal?: AbortSignal }): Promise<void>;
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

/** Lets the page run first: a background task (normal after STARVED_MS), a MessageChannel task without postTask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask !== 'function') return postTask();
  const post = scheduler.postTask.bind(scheduler);
  return new Promise((resolve) => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
      resolve();
    }, STARVED_MS);
    post(() => {}, { priority: 'background', signal: controller.signal }).then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {},
    );
  });
}

/** What the slices of one job took: the longest is what the page felt. */
export interface SliceTiming {
  longest: number;
  total: number;
  slices: number;
}

/**
 * Runs `step` (given its deadline) until it reports done, yielding between slices; stops early,
 * returning false, once `cancelled()` says the work is no longer wanted.
 */
export async function runSliced(
  step: (deadline: number) => boolean,
  cancelled: () => boolean,
  timing?: SliceTiming,
): Promise<boolean> {
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
    await yieldToPage();
  }
  return false;
}
