import { getEntity } from '../core/dataset';
import type { Quote } from '../core/dataset/schema';
import { formatDate } from './format';
import { t } from '../platform/i18n';
import { SourceLine } from './SourceLine';

/** A quote: the words, who said them, where and when, whether verbatim, and the source. */
export function QuoteBlock({ quote }: { quote: Quote }) {
  const speaker = getEntity(quote.speakerId)?.name ?? t('quoteUnknownSpeaker');
  const when = quote.date ? formatDate(quote.date) : quote.when;
  const direct = quote.kind === 'direct';
  return (
    <figure class={`af-quote af-quote--${quote.kind}`} data-quote-id={quote.id}>
      <blockquote class="af-quote-text">{direct ? `“${quote.text}”` : quote.text}</blockquote>
      <figcaption class="af-quote-meta">
        <span class={`af-badge af-badge--${quote.kind}`}>{direct ? t('quoteDirect') : t('quoteReported')}</span>
        <span class="af-quote-speaker">{speaker}</span>
        <span class="af-quote-venue">{quote.venue}</span>
        {when ? <span class="af-quote-when">{when}</span> : null}
        <SourceLine sourceId={quote.sourceId} />
      </figcaption>
    </figure>
  );
}
