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
