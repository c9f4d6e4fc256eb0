/**
 * Block-level elements end a run of text: a name never continues from one
 * paragraph, list item or table cell into the next.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

function isBlockElement(element: Element): boolean {
  // Upper-case tag names are HTML elements; XHTML and foreign elements report lower case.
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** The nearest block element at or above `element`, going no higher than `limit`. */
export function enclosingBlock(element: Element, limit?: Element): Element {
  let block = element;
  while (block !== limit && !isBlockElement(block) && block.parentElement) block = block.parentElement;
  return block;
}
