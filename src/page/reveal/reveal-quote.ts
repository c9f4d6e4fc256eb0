import { flashElements } from './flash';
import { revealScrollBehavior } from './scroll-behavior';
import type { QuoteMark } from '../quotes/registry';

const FLASH_CLASS = 'astana-quote-flash';

/** Scrolls to a marked quotation and flashes it briefly. False when there is no such quotation. */
export function revealQuote(marks: readonly QuoteMark[], index: number): boolean {
  const mark = marks[index];
  const elements = mark?.elements.filter((el) => el.isConnected) ?? [];
  if (!elements.length) return false;
  elements[0]!.scrollIntoView({ block: 'center', behavior: revealScrollBehavior() });
  flashElements(elements, FLASH_CLASS);
  return true;
}
