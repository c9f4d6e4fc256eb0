// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealNextMention } from '../../src/page/reveal/reveal-mention';

function prefersReducedMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) => ({ matches: reduce && query.includes('prefers-reduced-motion: reduce'), media: query }) as MediaQueryList,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('jumping to a mention', () => {
  it('scrolls smoothly, unless the reader asked for reduced motion', () => {
    document.body.innerHTML = '<p><mark id="m">Alloush</mark></p>';
    const mark = document.getElementById('m')!;
    const scroll = vi.fn();
    mark.scrollIntoView = scroll;
    const mentions = [{ entityId: 'mohammad-alloush', category: 'person' as const, elements: [mark] }];
    prefersReducedMotion(false);
    revealNextMention(mentions, 'mohammad-alloush');
    expect(scroll).toHaveBeenLastCalledWith({ block: 'center', behavior: 'smooth' });
    prefersReducedMotion(true);
    revealNextMention(mentions, 'mohammad-alloush');
    expect(scroll).toHaveBeenLastCalledWith({ block: 'center', behavior: 'auto' });
  });
});
