// CDP tracing: collect a trace of one page load and attribute main-thread time to the extension.

// 'disabled-by-default-devtools.timeline' and 'v8' are left out: on the stress page they add about
// a million events (per-mutation invalidations, counters) and minutes of transfer, and nothing the
// analysis needs (v8.compile is also in devtools.timeline).
export const TRACE_CATEGORIES = [
  'toplevel', // RunTask: task boundaries
  'devtools.timeline', // FunctionCall, EvaluateScript, v8.compile, TimerFire, TimeStamp, ...
  'v8.execute',
];

/** Starts tracing on a CDP session; returns `stop()` which resolves to the events. */
export async function startTrace(cdp) {
  // ReturnAsStream: one stream read at the end, much faster than thousands of dataCollected
  // messages for the big pages' traces.
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    streamFormat: 'json',
    streamCompression: 'none',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  });
  return async function stop() {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await done;
    const chunks = [];
    for (;;) {
      const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 8 << 20 });
      chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
      if (eof) break;
    }
    await cdp.send('IO.close', { handle: stream }).catch(() => {});
    const parsed = JSON.parse(chunks.join(''));
    return Array.isArray(parsed) ? parsed : parsed.traceEvents;
  };
}
