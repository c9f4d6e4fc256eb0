/**
 * Where a quote's text stands right before words the source lost without a trace: the offset
 * just after each of its `gapsAfter` phrases, in text order. The card shows "[…]" there, and
 * quote checking lets the place stand for one word.
 */
export function lostWordOffsets(text: string, gapsAfter: readonly string[] = []): number[] {
  return gapsAfter
    .map((before) => text.indexOf(before))
    .flatMap((at, i) => (at < 0 ? [] : [at + gapsAfter[i]!.length]))
    .sort((a, b) => a - b);
}
