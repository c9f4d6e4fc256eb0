/**
 * How to scroll a reader to a mention: smoothly, unless they asked their system for reduced
 * motion, where a long animated scroll is exactly what makes some readers ill.
 */
export function revealScrollBehavior(view: Window = window): ScrollBehavior {
  return view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
