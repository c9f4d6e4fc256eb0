import { describe, expect, it } from 'vitest';
import { isDark, parseColor, scaleFor } from '../../src/card/page-look';

describe('the card follows the page', () => {
  it('reads computed colours', () => {
    expect(parseColor('rgb(17, 17, 17)')).toEqual([17, 17, 17, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseColor('transparent')).toBeNull();
    expect(parseColor('color(srgb 1 1 1)')).toBeNull();
  });

  it('calls a background dark where white text reads better on it than black', () => {
    expect(isDark([255, 255, 255])).toBe(false);
    expect(isDark([250, 247, 240])).toBe(false);
    expect(isDark([18, 18, 18])).toBe(true);
    expect(isDark([30, 41, 59])).toBe(true);
    // Mid-grey sits on the line; a saturated dark blue is dark, a yellow light.
    expect(isDark([0, 0, 139])).toBe(true);
    expect(isDark([255, 221, 0])).toBe(false);
  });

  it('scales with the page\'s base font size, never smaller and at most twice the size', () => {
    expect(scaleFor(16)).toBe(1);
    expect(scaleFor(10)).toBe(1);
    expect(scaleFor(24)).toBe(1.5);
    expect(scaleFor(64)).toBe(2);
    expect(scaleFor(Number.NaN)).toBe(1);
  });
});
