import { unwrapTextMark } from '../dom/unmark';

/**
 * Removes quote marks and gives the text back to the text nodes mark.js split it from,
 * like the name highlights' unwrap: mark.js leaves a (possibly empty) text node on both
 * sides of every mark, so each mark folds back into its neighbours. Marks are undone
 * last-first, so a node split several times is rebuilt in order.
 *
 * A quote mark normally holds one text node. When a name highlight was made inside it
 * afterwards, its children are moved out and only the text at its two edges is joined,
 * so the name highlight keeps text neighbours and can itself be unwrapped exactly later.
 */
export function unwrapQuoteMarks(marks: readonly Element[]): void {
  for (let i = marks.length - 1; i >= 0; i--) unwrapOne(marks[i]!);
}

function unwrapOne(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const children = [...mark.childNodes];
  if (children.every((child) => child instanceof Text)) {
    unwrapTextMark(mark);
    return;
  }
  const before = mark.previousSibling;
  const after = mark.nextSibling;
  const first = children[0];
  const last = children[children.length - 1];
  if (before instanceof Text && first instanceof Text) {
    before.data += first.data;
    first.remove();
  }
  if (after instanceof Text && last instanceof Text && last.parentNode === mark) {
    last.data += after.data;
    after.remove();
  }
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}
