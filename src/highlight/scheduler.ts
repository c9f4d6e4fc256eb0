/**
 * Runs a queue of small jobs in slices that never hold the main thread for long,
 * so highlighting a 2 MB page never blocks scrolling or typing. Urgent jobs (the
 * text in the viewport) run in back-to-back tasks; the rest at background priority.
 */
export const SLICE_BUDGET_MS = 10;

type Job = () => void;

export class SliceScheduler {
  private urgent: Job[] = [];
  private idle: Job[] = [];
  private pending: { cancel(): void } | null = null;

  constructor(private readonly budgetMs = SLICE_BUDGET_MS) {}

  add(jobs: Job[], urgent: boolean): void {
    (urgent ? this.urgent : this.idle).push(...jobs);
    this.schedule();
  }

  get size(): number {
    return this.urgent.length + this.idle.length;
  }

  cancel(): void {
    this.urgent = [];
    this.idle = [];
    this.pending?.cancel();
    this.pending = null;
  }

  /** Runs every queued job now; for tests and for a final flush. */
  drain(): void {
    while (this.size) this.runSlice(Infinity);
  }

  private schedule(): void {
    if (this.pending || !this.size) return;
    const run = () => {
      this.pending = null;
      this.runSlice(this.budgetMs);
      this.schedule();
    };
    this.pending = this.urgent.length ? nextTask(run) : whenIdle(run);
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

interface PostTaskScheduler {
  postTask(fn: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<void>;
}

/**
 * Background-priority tasks where the browser has them (the page's input, rendering and
 * own tasks go first); otherwise idle callbacks. Idle callbacks alone come at most once a
 * frame, and far less often in some headless and background cases, which stretched the
 * rest of a long page over many seconds.
 */
function whenIdle(fn: () => void): { cancel(): void } {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    scheduler.postTask(fn, { priority: 'background', signal: controller.signal }).catch(() => {
      // Aborted by cancel().
    });
    return { cancel: () => controller.abort() };
  }
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 500 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(fn, 1);
  return { cancel: () => clearTimeout(id) };
}
