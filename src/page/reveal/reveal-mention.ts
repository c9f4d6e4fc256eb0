import { flashElements } from './flash';
import { revealScrollBehavior } from './scroll-behavior';
import type { Mention } from '../names/highlighter';
import { documentOrder } from '../dom/document-order';

const FLASH_CLASS = 'astana-hl-flash';
const cursors = new Map<string, number>();

/**
 * Scrolls to the entity's next mention (cycling) and flashes it briefly.
 * Returns false when the entity has no mention on the page.
 */
export function revealNextMention(mentions: readonly Mention[], entityId: string): boolean {
  const ofEntity = mentions
    .filter((mention) => mention.entityId === entityId)
    .sort((a, b) => documentOrder(a.elements[0]!, b.elements[0]!));
  if (!ofEntity.length) return false;
  const index = ((cursors.get(entityId) ?? -1) + 1) % ofEntity.length;
  cursors.set(entityId, index);
  const elements = ofEntity[index]!.elements;
  elements[0]?.scrollIntoView({ block: 'center', behavior: revealScrollBehavior() });
  flashElements(elements, FLASH_CLASS);
  return true;
}
