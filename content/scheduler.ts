/**
 * Script work in slices of at most SLICE_MS that give the page the main thread back in between, so
 * highlighting never makes a long task on a big report page.
 */

export const SLICE_MS = 8;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

/** Lets the page run: scheduler.yield() keeps our place in the queue; a MessageChannel task otherwise (no 4 ms clamp). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel?.port2.postMessage(null);
  });
}

/**
 * Runs `step` (given its deadline) until it reports done, yielding between slices; stops early, returning
 * false, once `cancelled()` says the work is no longer wanted.
 */
export async function runSliced(step: (deadline: number) => boolean, cancelled: () => boolean): Promise<boolean> {
  while (!cancelled()) {
    if (step(performance.now() + SLICE_MS)) return true;
    await yieldToPage();
  }
  return false;
}
