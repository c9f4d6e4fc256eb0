import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeCard, type Placement, type Rect } from './position';

/**
 * Measures the rendered card and places it next to its anchor, inside the
 * viewport. Until measured, the card is laid out but hidden, so it never
 * flashes at the wrong place.
 */
export function useCardPlacement(anchor: Rect, deps: readonly unknown[]) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card) return;
    const view = card.ownerDocument.defaultView!;
    setPlacement(
      placeCard(anchor, { width: card.offsetWidth, height: card.offsetHeight }, { width: view.innerWidth, height: view.innerHeight }),
    );
  }, [anchor, ...deps]); // the caller lists what changes the card's size
  const style = placement
    ? { top: `${placement.top}px`, left: `${placement.left}px` }
    : { visibility: 'hidden', top: '0', left: '0' };
  return { ref, side: placement?.side, style };
}
