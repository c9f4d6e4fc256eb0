/**
 * The DOM contract that tests (ours and others') rely on. See README "DOM contract".
 */

/** Carried by every highlight element and by nothing else on the page. */
export const ENTITY_ATTR = 'data-astana-entity';
/** The entity's category, used by the stylesheet for its colour. */
export const CATEGORY_ATTR = 'data-astana-category';
export const HIGHLIGHT_TAG = 'mark';
export const HIGHLIGHT_CLASS = 'astana-hl';
export const HIGHLIGHT_SELECTOR = `${HIGHLIGHT_TAG}[${ENTITY_ATTR}]`;
/** Host element of the extension's own page UI (the card's shadow root). */
export const UI_HOST_TAG = 'astana-facts-ui';
