import { ENTITY_ATTR, UI_HOST_TAG } from '../../platform/dom-contract';
import { isOwnHighlight } from '../names/registry';

/**
 * Elements whose text is never highlighted: form fields, editable areas, code,
 * non-rendered text, SVG/MathML (an HTML <mark> inside them would not render),
 * existing highlights and the extension's own UI.
 */
const EXCLUDED_ELEMENTS = [
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'pre',
  'code',
  'kbd',
  'samp',
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'head',
  'iframe',
  'svg',
  'math',
  UI_HOST_TAG,
  `[${ENTITY_ATTR}]`,
  '[contenteditable]:not([contenteditable="false"])',
];

/** Matches an excluded element itself. */
export const EXCLUDED_SELF_SELECTOR = EXCLUDED_ELEMENTS.join(',');

/** The tag names of EXCLUDED_ELEMENTS, as `localName`s. */
const EXCLUDED_TAGS = new Set(EXCLUDED_ELEMENTS.filter((selector) => /^[a-z-]+$/.test(selector)));

/**
 * mark.js tests its `exclude` selectors against a text node's parent only, so
 * descendants of excluded elements are listed explicitly (`<pre><b>x</b></pre>`).
 */
export const MARKJS_EXCLUDE: string[] = EXCLUDED_ELEMENTS.flatMap((selector) => [selector, `${selector} *`]);

/**
 * The same test as `element.matches(EXCLUDED_SELF_SELECTOR)`, without the selector engine:
 * the page walk asks it of every element, tens of thousands of times on a long page.
 */
export function isExcludedElement(element: Element): boolean {
  if (EXCLUDED_TAGS.has(element.localName)) return true;
  // The extension's own highlights, known by its registry. Marks that only carry the attribute
  // (left by an earlier copy of this script that Firefox destroyed on an extension reload
  // without letting it clean up, or forged) are never trusted, carded or removed, but their
  // text is left alone too, so that an old highlight never gets a second one inside it.
  if (isOwnHighlight(element) || element.hasAttribute(ENTITY_ATTR)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True when the element or one of its ancestors is excluded. */
export function isInsideExcluded(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) if (isExcludedElement(el)) return true;
  return false;
}
