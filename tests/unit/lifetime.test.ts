import { describe, expect, it } from 'vitest';
import { lifetimeWithin, onEnd } from '../../src/page/lifetime';

describe('page feature lifetimes', () => {
  it('end with their parent, in the order they were opened', () => {
    const root = new AbortController();
    const ended: string[] = [];
    const names = lifetimeWithin(root.signal);
    const quotes = lifetimeWithin(root.signal);
    onEnd(quotes.signal, () => ended.push('quotes'));
    onEnd(names.signal, () => ended.push('names'));
    root.abort();
    expect(ended).toEqual(['names', 'quotes']);
  });

  it('end alone without ending their parent, and run each teardown once', () => {
    const root = new AbortController();
    const child = lifetimeWithin(root.signal);
    let teardowns = 0;
    onEnd(child.signal, () => teardowns++);
    child.abort();
    root.abort();
    expect(root.signal.aborted).toBe(true);
    expect(teardowns).toBe(1);
  });

  it('opened within an ended parent, are ended already, and a teardown registered then runs at once', () => {
    const root = new AbortController();
    root.abort();
    const child = lifetimeWithin(root.signal);
    expect(child.signal.aborted).toBe(true);
    let ran = false;
    onEnd(child.signal, () => (ran = true));
    expect(ran).toBe(true);
  });
});
