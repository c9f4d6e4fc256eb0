import { useLayoutEffect, useState } from 'preact/hooks';
import { quotesBySpeaker } from '../core/dataset';
import type { Entity } from '../core/dataset/schema';
import { CategoryChip } from '../ui/CategoryChip';
import { FactList } from '../ui/FactList';
import { DATASET_TEXT, t } from '../platform/i18n';
import { QuoteBlock } from '../ui/QuoteBlock';
import { CardFrame, cardNameId, cardRecordId, type CardPlacementProps } from './CardFrame';
import { entityRecordDates } from './record-date';
import { RecordDate } from './RecordDate';

/** Facts shown before "Show all": enough to orient, few enough to read at a glance. */
const KEY_FACTS = 3;

interface HoverCardProps extends CardPlacementProps {
  entity: Entity;
}

/**
 * The card a reader sees on a highlighted name: who or what it is, when the record is from
 * (before any claim: every line below is true as of that date, not necessarily today), its key
 * facts with their sources, and one sourced quote; "Show all" expands to the rest.
 */
export function HoverCard({ entity, ...placement }: HoverCardProps) {
  const { id, articleDate } = placement;
  const [expanded, setExpanded] = useState(false);
  const quotes = quotesBySpeaker(entity.id);
  const facts = expanded ? entity.facts : entity.facts.slice(0, KEY_FACTS);
  const shownQuotes = expanded ? quotes : quotes.slice(0, 1);
  const hidden = entity.facts.length - facts.length + quotes.length - shownQuotes.length;

  useLayoutEffect(() => setExpanded(false), [entity.id]);

  return (
    <CardFrame
      {...placement}
      class={`af-card af-cat-${entity.category}`}
      data={{ 'data-entity-id': entity.id }}
      deps={[entity.id, expanded]}
    >
      <header class="af-card-header">
        <strong class="af-card-name" id={cardNameId(id)} {...DATASET_TEXT}>
          {entity.name}
        </strong>
        <CategoryChip category={entity.category} />
      </header>
      <RecordDate id={cardRecordId(id)} dates={entityRecordDates(entity)} articleDate={articleDate} />
      <p class="af-card-role" {...DATASET_TEXT}>
        {entity.role}
      </p>
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
    </CardFrame>
  );
}
