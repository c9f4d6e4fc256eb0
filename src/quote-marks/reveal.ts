import type { QuoteMark } from './registry';

const FLASH_CLASS = 'astana-quote-flash';

/** Scrolls to a marked quotation and flashes it briefly. False when there is no such quotation. */
export function revealQuote(marks: readonly QuoteMark[], index: number): boolean {
  const mark = marks[index];
  const elements = mark?.elements.filter((el) => el.isConnected) ?? [];
  if (!elements.length) return false;
  elements[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const element of elements) {
    element.classList.remove(FLASH_CLASS);
    // Restart the animation when the same quotation is revealed twice in a row.
    void element.offsetWidth;
    element.classList.add(FLASH_CLASS);
    setTimeout(() => element.classList.remove(FLASH_CLASS), 1300);
  }
  return true;
}
