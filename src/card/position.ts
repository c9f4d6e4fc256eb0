export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where the card goes for a highlight, in viewport coordinates: below the name
 * when it fits (or when there is more room below), otherwise above; shifted
 * left or right so that it never leaves the viewport.
 */
export function placeCard(anchor: Rect, card: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const preferredTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  const top = clamp(preferredTop, MARGIN, viewport.height - card.height - MARGIN);
  // Start at the name's left edge; near the right edge, end at its right edge instead.
  const preferredLeft = anchor.left + card.width + MARGIN <= viewport.width ? anchor.left : anchor.right - card.width;
  const left = clamp(preferredLeft, MARGIN, viewport.width - card.width - MARGIN);
  return { top, left, side };
}

function clamp(value: number, min: number, max: number): number {
  // A card larger than the viewport sticks to the top-left margin.
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
