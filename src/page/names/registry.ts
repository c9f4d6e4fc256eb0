import type { Mention } from './mark-run';

/**
 * The highlights this extension made, known by the elements themselves rather than by their
 * attributes: a page can add `data-astana-entity` to any element, or change it on one of ours,
 * and neither may ever make the extension vouch for text it did not mark. The entity a
 * highlight stands for is the one recorded when it was made.
 */
const byElement = new WeakMap<Element, Mention>();

export function registerMention(mention: Mention): void {
  for (const element of mention.elements) byElement.set(element, mention);
}

export function forgetMention(mention: Mention): void {
  for (const element of mention.elements) byElement.delete(element);
}

/** The mention a highlight element belongs to, if the extension made it and has not removed it. */
export function mentionOf(element: Element): Mention | undefined {
  return byElement.get(element);
}

/** The extension's own highlight that holds `element` (or is it), if any. */
export function closestOwnHighlight(element: Element | null): Element | null {
  for (let el = element; el; el = el.parentElement) if (byElement.has(el)) return el;
  return null;
}

/** True for a highlight element the extension made and still keeps. */
export function isOwnHighlight(element: Element): boolean {
  return byElement.has(element);
}
