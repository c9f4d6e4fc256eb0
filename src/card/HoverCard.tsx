import { useLayoutEffect, useState } from 'preact/hooks';
import { quotesBySpeaker } from '../core/dataset';
import type { Entity } from '../core/dataset/schema';
import { CategoryChip } from '../ui/CategoryChip';
import { FactList } from '../ui/FactList';
import { t } from '../platform/i18n';
import { QuoteBlock } from '../ui/QuoteBlock';
import type { Rect } from './position';
import { useCardPlacement } from './use-card-placement';

/** Facts shown before "Show all": enough to orient, few enough to read at a glance. */
const KEY_FACTS = 3;

export interface HoverCardProps {
  id: string;
  entity: Entity;
  anchor: Rect;
}

/**
 * The card a reader sees on a highlighted name: who or what it is, its key
 * facts with their sources, and one sourced quote; "Show all" expands to the
 * rest. Positioned next to the name, inside the viewport.
 */
export function HoverCard({ id, entity, anchor }: HoverCardProps) {
  const [expanded, setExpanded] = useState(false);
  const placement = useCardPlacement(anchor, [entity.id, expanded]);
  const quotes = quotesBySpeaker(entity.id);
  const facts = expanded ? entity.facts : entity.facts.slice(0, KEY_FACTS);
  const shownQuotes = expanded ? quotes : quotes.slice(0, 1);
  const hidden = entity.facts.length - facts.length + quotes.length - shownQuotes.length;

  useLayoutEffect(() => setExpanded(false), [entity.id]);

  return (
    <div
      ref={placement.ref}
      id={id}
      role="tooltip"
      class={`af-card af-cat-${entity.category}`}
      data-entity-id={entity.id}
      data-side={placement.side}
      style={placement.style}
    >
      <header class="af-card-header">
        <strong class="af-card-name">{entity.name}</strong>
        <CategoryChip category={entity.category} />
      </header>
      <p class="af-card-role">{entity.role}</p>
      <div class="af-card-body">
        {facts.length ? <FactList facts={facts} /> : null}
        {shownQuotes.map((quote) => (
          <QuoteBlock key={quote.id} quote={quote} />
        ))}
      </div>
      {hidden > 0 || expanded ? (
        <button type="button" class="af-card-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('cardShowLess') : t('cardShowAll', hidden)}
        </button>
      ) : null}
    </div>
  );
}
