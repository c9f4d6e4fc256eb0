/** How the card should look on this page: light or dark like the page itself, and sized to its text. */
export interface PageLook {
  theme: 'light' | 'dark';
  /** The card's size relative to its 13 px design, from the page's base font size. */
  scale: number;
}

type Rgba = [number, number, number, number];

/** "rgb(12, 34, 56)", "rgba(0 0 0 / 0.5)" (what getComputedStyle gives) -> channels; null for anything else. */
export function parseColor(css: string): Rgba | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%)?)?\s*\)$/.exec(css.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/**
 * A background is dark when white text on it has more contrast than black text: the point
 * where a reader's eyes have adjusted to a dark page and a white card would glare.
 */
export function isDark(rgb: readonly number[]): boolean {
  const l = luminance(rgb);
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05;
}

/** Pages this much larger than the browser's 16 px default get a card this much larger, up to twice the size. */
export function scaleFor(baseFontPx: number): number {
  if (!Number.isFinite(baseFontPx) || baseFontPx <= 16) return 1;
  return Math.min(2, Math.round((baseFontPx / 16) * 100) / 100);
}

/** Ancestors read for a background: a page's colour is on the body or a wrapper a few levels up. */
const MAX_ANCESTORS = 40;

/**
 * The page's look where the name is: the first opaque background behind it (the page's own
 * darkness, not only the operating system's theme, which many dark sites and reading modes
 * ignore), and the base font size of the document (a large-font page or a reader who set a
 * larger default size). Falls back to the page's declared colour scheme.
 */
export function pageLook(anchor: Element): PageLook {
  const view = anchor.ownerDocument.defaultView;
  if (!view) return { theme: 'light', scale: 1 };
  let theme: PageLook['theme'] | null = null;
  let depth = 0;
  for (let el: Element | null = anchor; el && depth < MAX_ANCESTORS; el = el.parentElement, depth++) {
    const color = parseColor(view.getComputedStyle(el).backgroundColor);
    if (color && color[3] >= 0.5) {
      theme = isDark(color) ? 'dark' : 'light';
      break;
    }
  }
  const root = anchor.ownerDocument.documentElement;
  if (!theme) {
    // A transparent page shows the browser's canvas: dark only where the page allows a dark scheme and the reader has one.
    const scheme = view.getComputedStyle(root).colorScheme;
    theme = /dark/.test(scheme) && view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  const body = anchor.ownerDocument.body;
  const sizes = [root, body].filter(Boolean).map((el) => parseFloat(view.getComputedStyle(el!).fontSize));
  return { theme, scale: scaleFor(Math.max(...sizes.filter(Number.isFinite), 0)) };
}
