/**
 * Decides when to stop re-highlighting content that the page keeps removing.
 * A page that re-renders its article now and then gets its highlights back each
 * time; a page that removes them as fast as they appear gets exponentially longer
 * pauses, so the extension's work on it stays bounded.
 */
export interface BackoffPolicy {
  /** Re-highlight batches allowed per window before backing off. */
  maxFightsPerWindow: number;
  windowMs: number;
  firstPauseMs: number;
  maxPauseMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  maxFightsPerWindow: 15,
  windowMs: 10_000,
  firstPauseMs: 2_000,
  maxPauseMs: 60_000,
};

export class Backoff {
  private fights: number[] = [];
  private nextPauseMs: number;

  constructor(private readonly policy: BackoffPolicy = DEFAULT_BACKOFF) {
    this.nextPauseMs = policy.firstPauseMs;
  }

  /**
   * Records a batch in which the page removed our highlights; returns how long to
   * pause before the next batch, or 0 to go on.
   */
  recordFight(now: number): number {
    this.fights = this.fights.filter((time) => now - time < this.policy.windowMs);
    this.fights.push(now);
    if (this.fights.length <= this.policy.maxFightsPerWindow) return 0;
    const pause = this.nextPauseMs;
    // The window keeps its history: the first fight after a pause earns the next, longer pause.
    this.nextPauseMs = Math.min(this.nextPauseMs * 2, this.policy.maxPauseMs);
    return pause;
  }

  /** Total pauses so far grow: a page that fights forever is visited less and less often. */
  get currentPauseMs(): number {
    return this.nextPauseMs;
  }
}
