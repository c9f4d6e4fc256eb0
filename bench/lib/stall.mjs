// A main thread that stops answering: how long, and whose code is running.
//
// A trace only has a task once it has ended. A task that is still running when the bench stops
// waiting, or when the tab crashes (an out-of-memory crash is the usual end of quadratic work), is
// not in the trace at all, so the longest task figure would silently leave out the worst one. The
// runner notices it from the outside instead: its page.evaluate() polls stop being answered.
// With `sample`, it then asks V8 where the main thread is (CDP Debugger.pause, answered between
// two JS statements even in the middle of a long task, then Debugger.resume at once) and keeps
// the stack: a stack in an extension script means the stalled task is the extension's.
// Debugger.enable must be sent before the page loads (it waits for the main thread too), so
// sampling is only switched on where it is needed (the adversarial pages): with the debugger
// enabled V8 keeps every script's source, which costs a little.

/**
 * @param {import('playwright-core').CDPSession} cdp
 * @param {{ isExtensionUrl: (url: string) => boolean, sample?: boolean }} o
 */
export async function startStallWatch(cdp, { isExtensionUrl, sample = false }) {
  const scripts = new Map();
  const watch = {
    /** Longest time one poll of the page waited for the main thread (ms). */
    longestUnansweredMs: 0,
    /** At the end of the wait: how long the last poll had been waiting (0: it was answered). */
    unansweredAtEndMs: 0,
    /** Where the main thread was when asked: { afterMs, latencyMs, extension, stack } */
    samples: [],
    /** Asks V8 where the main thread is; the answer lands in `samples`, and the page resumes at once. */
    async probe() {},
  };
  if (!sample) return watch;
  let requestedAt = null;
  const t0 = Date.now();
  cdp.on('Debugger.scriptParsed', (s) => scripts.set(s.scriptId, s.url));
  cdp.on('Debugger.paused', (p) => {
    const now = Date.now();
    const frames = p.callFrames.map((f) => ({
      fn: f.functionName || '(anonymous)',
      url: f.url || scripts.get(f.location.scriptId) || '',
      line: f.location.lineNumber + 1,
      col: f.location.columnNumber + 1,
    }));
    watch.samples.push({
      afterMs: now - t0,
      // A pause answered at once landed inside the running task; a late one (the thread was busy
      // outside JS, in layout for example) landed in whatever JS ran next and says nothing.
      latencyMs: requestedAt == null ? null : now - requestedAt,
      extension: frames.some((f) => isExtensionUrl(f.url)),
      stack: frames.slice(0, 6).map((f) => `${f.fn}@${f.url.replace(/^.*\//, '') || '?'}:${f.line}:${f.col}`).join(' < '),
    });
    requestedAt = null;
    cdp.send('Debugger.resume').catch(() => {});
  });
  await cdp.send('Debugger.enable');
  watch.probe = async () => {
    if (requestedAt != null && Date.now() - requestedAt < 5000) return; // one question at a time
    requestedAt = Date.now();
    await cdp.send('Debugger.pause').catch(() => {});
  };
  return watch;
}

/**
 * What the watch saw, for the results: the stalled task's length when it was still running at the
 * end, and whether it was the extension's (true / false / null: not asked, or no conclusive answer).
 */
export function stallSummary(watch) {
  const conclusive = watch.samples.filter((s) => s.latencyMs != null && s.latencyMs < 1000);
  const extension = conclusive.length ? conclusive.some((s) => s.extension) : null;
  const ext = conclusive.filter((s) => s.extension);
  return {
    longestUnansweredMs: watch.longestUnansweredMs,
    unfinishedTaskMs: watch.unansweredAtEndMs > 1000 ? watch.unansweredAtEndMs : 0,
    extension,
    stack: (ext.at(-1) ?? conclusive.at(-1))?.stack ?? null,
    samples: watch.samples.slice(-8),
  };
}
