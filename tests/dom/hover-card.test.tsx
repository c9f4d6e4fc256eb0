// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getEntity } from '../../src/core/dataset';
import { HoverCard } from '../../src/card/HoverCard';
import { formatDate } from '../../src/ui/format';

const ANCHOR = { top: 10, left: 10, bottom: 30, right: 100 };
const RECORD = formatDate('2017-01-23');

afterEach(() => cleanup());

function card(entityId: string, props: Partial<Parameters<typeof HoverCard>[0]> = {}) {
  const entity = getEntity(entityId);
  if (!entity) throw new Error(`no entity ${entityId}`);
  render(<HoverCard id="card" entity={entity} anchor={ANCHOR} {...props} />);
  return screen.getByRole('dialog');
}

/** Text of the card's blocks in reading order. */
function blocks(root: HTMLElement): string[] {
  return [...root.querySelectorAll('header, p, li')].map((el) => el.textContent ?? '');
}

describe('HoverCard', () => {
  it('says when its record is from right under the name, before any claim', () => {
    const root = card('bashar-al-assad');
    const order = blocks(root);
    const asOf = order.findIndex((text) => text.includes(`As reported on ${RECORD}`));
    expect(asOf).toBe(1);
    expect(order[1]).toContain('Later events are not in this record.');
    // The role and every fact come after it.
    const role = order.indexOf(getEntity('bashar-al-assad')!.role);
    expect(role).toBeGreaterThan(asOf);
    expect(root.querySelector('.af-card-record')!.compareDocumentPosition(root.querySelector('.af-fact')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Named by its heading and described by its date, for screen readers.
    expect(root.getAttribute('aria-labelledby')).toBe('card-name');
    expect(document.getElementById('card-name')!.textContent).toBe('Bashar al-Assad');
    expect(document.getElementById(root.getAttribute('aria-describedby')!)!.textContent).toContain(RECORD);
  });

  it('marks a name restored from a stripped gap as ours, with the source text as it stands', () => {
    const root = card('bashar-al-jaafari');
    const restored = root.querySelector('.af-restored');
    expect(restored?.textContent).toBe('Name restored as Bashar al-Jaafari: this copy of the source reads “UN Ambassador Bashar  ”');
  });

  it('says when the article is far from the record, and not when it is close', () => {
    let root = card('mohammad-alloush', { articleDate: '2019-05-03' });
    expect(root.querySelector('.af-card-article-date')?.textContent).toBe(`This article: ${formatDate('2019-05-03')} · our record: ${RECORD}`);
    cleanup();
    root = card('mohammad-alloush', { articleDate: '2017-01-24' });
    expect(root.querySelector('.af-card-article-date')).toBeNull();
    cleanup();
    root = card('mohammad-alloush');
    expect(root.querySelector('.af-card-article-date')).toBeNull();
  });

  it('is laid out in the interface\'s own language and direction, whatever the page\'s', () => {
    document.documentElement.setAttribute('dir', 'rtl');
    document.documentElement.setAttribute('lang', 'ar');
    try {
      const root = card('united-nations');
      expect(root.getAttribute('dir')).toBe('ltr');
      expect(root.getAttribute('lang')).toBe('en');
    } finally {
      document.documentElement.removeAttribute('dir');
      document.documentElement.removeAttribute('lang');
    }
  });

  it('follows the page\'s darkness and text size', () => {
    const root = card('united-nations', { look: { theme: 'dark', scale: 1.5 } });
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--af-scale')).toBe('1.5');
  });

  it('takes the focus only when asked for with the keyboard, and gives it back when tabbed out of', () => {
    const dismiss = vi.fn();
    let root = card('mohammad-alloush', { trigger: 'pointer' });
    expect(document.activeElement).not.toBe(root);
    cleanup();
    root = card('mohammad-alloush', { trigger: 'keyboard', dismiss });
    expect(document.activeElement).toBe(root);
    const more = root.querySelector<HTMLButtonElement>('.af-card-more')!;
    more.focus();
    fireEvent.keyDown(more, { key: 'Tab' });
    expect(dismiss).toHaveBeenCalledTimes(1);
    root.focus();
    fireEvent.keyDown(root, { key: 'Tab', shiftKey: true });
    expect(dismiss).toHaveBeenCalledTimes(2);
  });

  it('tells a keyboard reader on a focused link how to reach its controls', () => {
    const root = card('mehmet-simsek', { trigger: 'focus' });
    expect(root.textContent).toContain('Press Alt+Shift+Enter to open this card.');
  });
});
