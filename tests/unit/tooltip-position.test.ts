import { describe, expect, it } from 'vitest';
import { placeCard } from '../../src/card/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const at = (top: number, left: number, width = 80, height = 20) => ({ top, left, bottom: top + height, right: left + width });

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

  it('stays inside a viewport smaller than the card', () => {
    const placement = placeCard(at(50, 10), { width: 500, height: 900 }, { width: 400, height: 600 });
    expect(placement.top).toBe(8);
    expect(placement.left).toBe(8);
  });
});
