/**
 * How the page script's features end. Each is started with an AbortSignal and registers its own
 * teardown on it; nothing else stops it. The root lifetime is the WXT context's signal (aborted
 * when the extension is updated, reloaded or removed); the controller opens a narrower one for
 * each run of the settings, inside it.
 */

/**
 * A lifetime that ends when `parent` does, or earlier, when it is aborted itself. Lifetimes opened
 * within one parent end in the order they were opened.
 */
export function lifetimeWithin(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort();
  // Removed with the child, so a page whose settings change often does not pile up listeners on the root.
  else parent.addEventListener('abort', () => child.abort(), { once: true, signal: child.signal });
  return child;
}

/** Runs `teardown` once when `signal` is aborted, or at once if it already is. */
export function onEnd(signal: AbortSignal, teardown: () => void): void {
  if (signal.aborted) teardown();
  else signal.addEventListener('abort', teardown, { once: true });
}
