import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersects, MIN_BESIDE_WIDTH, placeCard, type Placement, type Rect, type Size } from '../../src/card/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const at = (top: number, left: number, width = 80, height = 20) => ({ top, left, bottom: top + height, right: left + width });

/** The card's box as the browser would draw it for a placement. */
function boxOf(placement: Placement, size: Size, heightAt: (width: number) => number = () => size.height): Rect {
  const width = placement.width ?? size.width;
  const natural = placement.width !== undefined ? heightAt(width) : size.height;
  const height = Math.min(natural, placement.maxHeight ?? Infinity);
  return { top: placement.top, left: placement.left, bottom: placement.top + height, right: placement.left + width };
}

describe('placeCard', () => {
  it('goes below the name when it fits', () => {
    expect(placeCard(at(100, 100), card, viewport)).toEqual({ top: 126, left: 100, side: 'below' });
  });

  it('flips above near the bottom of the viewport', () => {
    const placement = placeCard(at(700, 100), card, viewport);
    expect(placement.side).toBe('above');
    expect(placement.top).toBe(700 - 6 - 300);
  });

  it('flips to end at the name near the right edge, and never leaves the viewport', () => {
    const placement = placeCard(at(100, 900, 80), card, viewport);
    expect(placement.left).toBe(980 - 360);
    const edge = placeCard(at(100, 990, 8), card, viewport);
    expect(edge.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
    const leftEdge = placeCard(at(100, -50), card, viewport);
    expect(leftEdge.left).toBe(8);
  });

  it('goes beside a name in the middle of a short viewport instead of covering it (1366×657)', () => {
    const tall = { width: 360, height: 420 };
    const name = at(320, 200, 120, 22);
    const placement = placeCard(name, tall, { width: 1366, height: 657 });
    expect(placement.side).toBe('right');
    expect(placement.left).toBe(name.right + 6);
    expect(intersects(boxOf(placement, tall), name)).toBe(false);
  });

  it('narrows a card beside the name, re-measuring its height at the narrower width', () => {
    const name = at(300, 400, 100, 20);
    const wide = { width: 500, height: 420 };
    const placement = placeCard(name, wide, { width: 1000, height: 640 }, (width) => (wide.height * wide.width) / width);
    expect(placement.side).toBe('right');
    expect(placement.width).toBe(1000 - 8 - 506);
    expect(placement.maxHeight).toBeLessThanOrEqual(640 - 16);
  });

  it('scrolls on the roomier side on a narrow phone screen, clear of the name (375×740)', () => {
    const phone = { width: 375, height: 740 };
    const tall = { width: 359, height: 560 };
    const name = at(360, 40, 90, 24);
    const placement = placeCard(name, tall, phone);
    expect(['above', 'below']).toContain(placement.side);
    expect(placement.maxHeight).toBeDefined();
    expect(intersects(boxOf(placement, tall), name)).toBe(false);
    const box = boxOf(placement, tall);
    expect(box.top).toBeGreaterThanOrEqual(8);
    expect(box.bottom).toBeLessThanOrEqual(phone.height - 8);
  });

  it('keeps the side of a card that grew in place, scrolling rather than jumping away from the pointer', () => {
    const name = at(100, 100);
    const grown = { width: 360, height: 900 };
    const placement = placeCard(name, grown, viewport, undefined, 'below');
    expect(placement).toEqual({ top: 126, left: 100, side: 'below', maxHeight: 800 - 8 - 126 });
  });

  it('never covers the name, wherever it is, whatever the sizes and the side it keeps', () => {
    const arbitrary = fc
      .record({
        vw: fc.integer({ min: 320, max: 2560 }),
        vh: fc.integer({ min: 400, max: 1600 }),
        cw: fc.integer({ min: 200, max: 700 }),
        ch: fc.integer({ min: 60, max: 1400 }),
        x: fc.double({ min: 0, max: 1, noNaN: true }),
        y: fc.double({ min: 0, max: 1, noNaN: true }),
        nw: fc.integer({ min: 10, max: 300 }),
        nh: fc.integer({ min: 10, max: 60 }),
        keep: fc.constantFrom(undefined, 'below', 'above', 'right', 'left'),
      })
      .filter(({ vw, cw, nw }) => cw <= vw - 16 && nw <= vw - 16);
    fc.assert(
      fc.property(arbitrary, ({ vw, vh, cw, ch, x, y, nw, nh, keep }) => {
        const name = at(Math.round(y * (vh - nh)), Math.round(x * (vw - nw)), nw, nh);
        const size = { width: cw, height: ch };
        const heightAt = (width: number) => Math.ceil((ch * cw) / width);
        const placement = placeCard(name, size, { width: vw, height: vh }, heightAt, keep);
        const box = boxOf(placement, size, heightAt);
        expect(intersects(box, name)).toBe(false);
        // Inside the viewport, within its margins.
        expect(box.left).toBeGreaterThanOrEqual(8 - 1e-9);
        expect(box.right).toBeLessThanOrEqual(vw - 8 + 1e-9);
        expect(box.top).toBeGreaterThanOrEqual(8 - 1e-9);
        expect(box.bottom).toBeLessThanOrEqual(vh - 8 + 1e-9);
        if (placement.side === 'left' || placement.side === 'right') expect(box.right - box.left).toBeGreaterThanOrEqual(Math.min(MIN_BESIDE_WIDTH, cw));
      }),
      { numRuns: 2000 },
    );
  });
});
