/**
 * Quote checking as work that can stop and resume. The pure modules cannot look at a clock,
 * so long work is a generator that yields after every bounded piece of it; the page runs it
 * for as long as its time slice lasts and resumes it in a later task. Callers without a
 * scheduler (tests, the node-side checks) run it to the end at once.
 */
export type Work<T> = Generator<undefined, T, undefined>;

/** Runs `work` to its end without stopping. */
export function runToEnd<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `work` until it ends or `enough()` says the slice is used up (asked at each yield).
 * The result, or `undefined` when the work is not finished: call again to go on.
 */
export function runFor<T>(work: Work<T>, enough: () => boolean): { value: T } | undefined {
  for (;;) {
    const step = work.next();
    if (step.done) return { value: step.value };
    if (enough()) return undefined;
  }
}

/**
 * A count of elementary steps (characters read, array entries visited, alignment cells),
 * for the complexity tests: they compare counts for inputs of different sizes, which wall
 * time on a shared machine cannot do reliably. Counting is a few additions per region read,
 * never per character.
 */
export const meter = { ops: 0 };

export function count(steps: number): void {
  meter.ops += steps;
}
