import { vi } from 'vitest';
import { Highlighter, type HighlighterOptions } from '../../src/page/names/highlighter';
import { QuoteChecker, type QuoteCheckerOptions } from '../../src/page/quotes/quote-checker';

/**
 * A page feature under test, with its own lifetime: `end()` is what a settings change or an
 * extension reload does to it in the page, and `finish()` runs every slice and timer it queued.
 * The features run in slices on timers, so `finish()` needs the test's fake timers.
 */
export type UnderTest<T> = T & { end(): void; finish(): void };

function withLifetime<T extends object>(make: (signal: AbortSignal) => T): UnderTest<T> {
  const lifetime = new AbortController();
  return Object.assign(make(lifetime.signal), {
    end: () => lifetime.abort(),
    finish: () => {
      if (!vi.isFakeTimers()) throw new Error('finish() runs queued slices on fake timers: call vi.useFakeTimers() first');
      vi.runAllTimers();
    },
  });
}

/**
 * Fake timers for the features' slices, with the real clock: a slice still ends when its time
 * is up, so work that takes several slices is still cut into them.
 */
export function useSliceTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
}

export type TestHighlighter = UnderTest<Highlighter>;
export type TestQuoteChecker = UnderTest<QuoteChecker>;

export const testHighlighter = (options: Omit<HighlighterOptions, 'signal'>): TestHighlighter =>
  withLifetime((signal) => new Highlighter({ ...options, signal }));

export const testQuoteChecker = (options: Omit<QuoteCheckerOptions, 'signal'>): TestQuoteChecker =>
  withLifetime((signal) => new QuoteChecker({ ...options, signal }));
