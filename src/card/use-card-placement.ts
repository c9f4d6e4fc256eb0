import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeCard, type Rect, type Side } from './position';

/**
 * Measures the rendered card and places it next to its anchor, clear of it, inside the
 * viewport. The placement is written to the element directly rather than through Preact's
 * style diffing: measuring needs the card free of the last placement's width and height
 * limits, and Preact would not put back a value it believes unchanged. Until placed, the card
 * is laid out but hidden, so it never flashes at the wrong place.
 */
export function useCardPlacement(anchor: Rect, deps: readonly unknown[]) {
  const ref = useRef<HTMLDivElement>(null);
  /** The side chosen for this anchor: the same card, re-measured after it grew, keeps it. */
  const last = useRef<{ anchor: Rect; side: Side } | null>(null);
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card) return;
    const style = card.style;
    style.visibility = 'hidden';
    style.width = '';
    style.maxHeight = '';
    style.top = '0px';
    style.left = '0px';
    const box = card.getBoundingClientRect();
    const heightAt = (width: number) => {
      style.width = `${width}px`;
      const height = card.getBoundingClientRect().height;
      style.width = '';
      return height;
    };
    const view = card.ownerDocument.defaultView!;
    const keep = last.current?.anchor === anchor ? last.current.side : undefined;
    const placement = placeCard(anchor, { width: box.width, height: box.height }, { width: view.innerWidth, height: view.innerHeight }, heightAt, keep);
    last.current = { anchor, side: placement.side };
    style.top = `${placement.top}px`;
    style.left = `${placement.left}px`;
    if (placement.width !== undefined) style.width = `${placement.width}px`;
    if (placement.maxHeight !== undefined) style.maxHeight = `${placement.maxHeight}px`;
    card.dataset.side = placement.side;
    style.visibility = '';
  }, [anchor, ...deps]); // the caller lists what changes the card's size
  return { ref };
}
