import { onEnd } from '../lifetime';

/**
 * Runs a queue of small jobs in slices that never hold the main thread for long,
 * so highlighting a 2 MB page never blocks scrolling or typing. Urgent jobs (the
 * text in the viewport) run in back-to-back tasks; the rest in idle time.
 * Everything queued is dropped when its lifetime ends.
 */
const SLICE_BUDGET_MS = 10;
/** The most one idle callback may use, when the browser says it has that much idle time. */
const IDLE_SLICE_MAX_MS = 30;

type Job = () => void;

export class SliceScheduler {
  private urgent: Job[] = [];
  private idle: Job[] = [];
  private pending: { cancel(): void } | null = null;

  constructor(
    private readonly signal: AbortSignal,
    private readonly budgetMs = SLICE_BUDGET_MS,
  ) {
    onEnd(signal, () => {
      this.urgent = [];
      this.idle = [];
      this.pending?.cancel();
      this.pending = null;
    });
  }

  add(jobs: Job[], urgent: boolean): void {
    if (this.signal.aborted) return;
    (urgent ? this.urgent : this.idle).push(...jobs);
    this.schedule();
  }

  private get size(): number {
    return this.urgent.length + this.idle.length;
  }

  /** Runs queued jobs now, for up to `budgetMs`; what is left stays scheduled. */
  runNow(budgetMs: number): void {
    this.runSlice(budgetMs);
    // Nothing left: the task scheduled for these jobs would only wake up to find that out.
    if (!this.size && this.pending) {
      this.pending.cancel();
      this.pending = null;
    }
  }

  private schedule(): void {
    if (this.pending || !this.size) return;
    const run = (idleMs?: number) => {
      this.pending = null;
      // Idle time the browser vouches for is used in full (up to a limit), one slice otherwise.
      this.runSlice(Math.min(IDLE_SLICE_MAX_MS, Math.max(this.budgetMs, idleMs ?? 0)));
      this.schedule();
    };
    this.pending = this.urgent.length ? nextTask(() => run()) : whenIdle(run);
  }

  private runSlice(budgetMs: number): void {
    const deadline = performance.now() + budgetMs;
    do {
      const job = this.urgent.shift() ?? this.idle.shift();
      if (!job) return;
      job();
    } while (performance.now() < deadline);
  }
}

function nextTask(fn: () => void): { cancel(): void } {
  const id = setTimeout(fn, 0);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Idle callbacks come at most once a frame, and each gets one slice unless the browser
 * reports more idle time (up to 50 ms when no frame is due), so the rest of a long page is
 * not stretched over many seconds while the reader is not doing anything.
 */
function whenIdle(fn: (idleMs?: number) => void): { cancel(): void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => fn(deadline.didTimeout ? 0 : deadline.timeRemaining()), { timeout: 500 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(fn, 1);
  return { cancel: () => clearTimeout(id) };
}
