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
export type Side = 'below' | 'above' | 'right' | 'left';
export interface Placement {
  top: number;
  left: number;
  side: Side;
  /** The card's width when it must be narrower than it would be (beside the name). */
  width?: number;
  /** The card's height limit when it must scroll to stay clear of the name. */
  maxHeight?: number;
}

const GAP = 6;
const MARGIN = 8;
/** Narrower than this, a card beside the name would be a column of single words. */
export const MIN_BESIDE_WIDTH = 240;

/**
 * Where the card goes for a highlight, in viewport coordinates. It never covers the name it
 * explains: a card over its name hides what the reader is asking about, and with the pointer
 * inside it, it never closes and takes the wheel from the page.
 *
 * Below the name when it fits, else above; else beside it (narrower if need be) when there is
 * room for a readable column; else on the roomier of the two, limited to that room so it
 * scrolls. `heightAt(width)` gives the card's height at a narrower width (its text re-wraps).
 */
export function placeCard(
  anchor: Rect,
  card: Size,
  viewport: Size,
  heightAt: (width: number) => number = () => card.height,
  keep?: Side,
): Placement {
  // Never start above the top margin nor end below the bottom one, even for a name partly off screen.
  const belowTop = Math.max(anchor.bottom + GAP, MARGIN);
  const roomBelow = viewport.height - MARGIN - belowTop;
  const aboveBottom = Math.min(anchor.top - GAP, viewport.height - MARGIN);
  const roomAbove = aboveBottom - MARGIN;
  const left = horizontal(anchor, card.width, viewport.width);

  // A card that grows in place ("Show all") stays on its side, scrolling if it must: jumping to
  // another side would pull it from under the pointer that just pressed its button.
  if (keep === 'below' && roomBelow > 0) return withRoom({ top: belowTop, left, side: 'below' }, card.height, roomBelow);
  if (keep === 'above' && roomAbove > 0) {
    const height = Math.min(card.height, roomAbove);
    return withRoom({ top: aboveBottom - height, left, side: 'above' }, card.height, roomAbove);
  }

  if (card.height <= roomBelow) return { top: belowTop, left, side: 'below' };
  if (card.height <= roomAbove) return { top: aboveBottom - card.height, left, side: 'above' };

  const roomRight = viewport.width - MARGIN - (anchor.right + GAP);
  const roomLeft = anchor.left - GAP - MARGIN;
  const keptBeside = keep === 'right' ? roomRight : keep === 'left' ? roomLeft : -1;
  const besideRoom = keptBeside >= MIN_BESIDE_WIDTH ? keptBeside : Math.max(roomRight, roomLeft);
  if (besideRoom >= MIN_BESIDE_WIDTH) {
    const side = keptBeside >= MIN_BESIDE_WIDTH ? (keep as 'left' | 'right') : roomRight >= roomLeft ? 'right' : 'left';
    const width = Math.min(card.width, besideRoom);
    const fullHeight = viewport.height - 2 * MARGIN;
    const height = Math.min(width === card.width ? card.height : heightAt(width), fullHeight);
    // Level with the name, moved up as far as it must to end inside the viewport.
    const top = Math.max(MARGIN, Math.min(anchor.top, viewport.height - MARGIN - height));
    const placement: Placement = { top, left: side === 'right' ? anchor.right + GAP : anchor.left - GAP - width, side };
    if (width < card.width) placement.width = width;
    // The height the top was worked out for: a re-wrapped card never grows past the viewport's end.
    placement.maxHeight = height;
    return placement;
  }

  // No room anywhere for the whole card: the roomier side, scrolling.
  if (roomBelow >= roomAbove) return { top: belowTop, left, side: 'below', maxHeight: Math.max(0, roomBelow) };
  const maxHeight = Math.max(0, roomAbove);
  return { top: aboveBottom - maxHeight, left, side: 'above', maxHeight };
}

function withRoom(placement: Placement, height: number, room: number): Placement {
  if (height > room) placement.maxHeight = room;
  return placement;
}

/** Starts at the name's left edge; near the right edge, ends at its right edge; never leaves the viewport. */
function horizontal(anchor: Rect, width: number, viewportWidth: number): number {
  const preferred = anchor.left + width + MARGIN <= viewportWidth ? anchor.left : anchor.right - width;
  // A card wider than the viewport sticks to the left margin.
  return Math.max(MARGIN, Math.min(preferred, Math.max(MARGIN, viewportWidth - width - MARGIN)));
}

/** True when two rectangles share any area (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
