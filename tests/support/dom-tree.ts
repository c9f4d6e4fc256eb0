/**
 * A node tree with text-node boundaries, comments and attributes visible, so a
 * merged or left-over split shows up when two DOM states are compared.
 */
export function domTree(node: Node = document.body): string {
  if (node.nodeType === Node.TEXT_NODE) return `[${(node as Text).data}]`;
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${(node as Comment).data}-->`;
  const el = node as Element;
  const attrs = el.attributes ? [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('') : '';
  return `<${node.nodeName}${attrs}>${[...node.childNodes].map((child) => domTree(child)).join('')}</${node.nodeName}>`;
}

/**
 * The same for a page driven by Playwright: self-contained, because it is sent
 * to the page as source text by `page.evaluate(serializeBody)`.
 */
export function serializeBody(): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return `[${(node as Text).data}]`;
    if (node.nodeType === Node.COMMENT_NODE) return `<!--${(node as Comment).data}-->`;
    const attrs = node instanceof Element ? [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('') : '';
    return `<${node.nodeName}${attrs}>${[...node.childNodes].map(walk).join('')}</${node.nodeName}>`;
  };
  return walk(document.body);
}

/**
 * The highlighted mentions a reader sees, in document order, with the pieces of a
 * name split across inline elements joined back into one mention. Self-contained,
 * for `page.evaluate(readMentions)` in Playwright and puppeteer alike.
 */
export function readMentions(): { entity: string; text: string }[] {
  const out: { entity: string; text: string }[] = [];
  let previous: Element | null = null;
  for (const el of document.querySelectorAll('[data-astana-entity]')) {
    const entity = el.getAttribute('data-astana-entity')!;
    const last = out[out.length - 1];
    let adjacent = false;
    if (previous) {
      // Two pieces of one mention have no text between them.
      const range = document.createRange();
      range.setStartAfter(previous);
      range.setEndBefore(el);
      adjacent = range.toString() === '';
    }
    if (last && last.entity === entity && adjacent) last.text += el.textContent;
    else out.push({ entity, text: el.textContent ?? '' });
    previous = el;
  }
  return out;
}
