import type { TextRun } from '../dom/runs';

/**
 * Long runs (a 1 MB paragraph, a text node with 50,000 names) are highlighted a window at a
 * time, so that no task holds the main thread for long and marking stays linear: mark.js
 * splits a text node at every name, and each split copies the rest of the node, which is
 * quadratic in one huge node. A window boundary that falls inside a text node splits it
 * once; the split is recorded and undone when the highlights go.
 */

/** Characters of run text one window covers (a window may run on to the end of a name). */
export const WINDOW_CHARS = 16_384;
/** Names one window marks at most: mark.js work grows with names × text nodes. */
export const WINDOW_MATCHES = 400;

/** A split made at a window boundary: `left` and `right` were one text node of the page. */
export interface WindowSplit {
  left: Text;
  right: Text;
}

/**
 * Takes the nodes that cover the next `length` characters off the front of `nodes` (which
 * start exactly at the window's start), splitting the last one where the window ends.
 */
export function takeWindow(nodes: Text[], length: number, splits: WindowSplit[]): TextRun['nodes'] {
  const taken: Text[] = [];
  let covered = 0;
  while (nodes.length && covered < length) {
    const node = nodes[0]!;
    const room = length - covered;
    if (node.data.length <= room) {
      taken.push(node);
      covered += node.data.length;
      nodes.shift();
      continue;
    }
    const right = node.splitText(room);
    splits.push({ left: node, right });
    taken.push(node);
    nodes[0] = right;
    covered = length;
  }
  return taken;
}

/** Joins the text nodes split at window boundaries again, last split first, where the page left them side by side. */
export function undoSplits(splits: WindowSplit[]): void {
  for (let i = splits.length - 1; i >= 0; i--) {
    const { left, right } = splits[i]!;
    if (left.nextSibling !== right || !left.isConnected) continue;
    left.data += right.data;
    right.remove();
  }
  splits.length = 0;
}
