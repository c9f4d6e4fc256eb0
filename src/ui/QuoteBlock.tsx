import { quoteSpeakerName, shownQuoteText } from '../core/dataset';
import type { Quote } from '../core/dataset/schema';
import { formatDate } from './format';
import { DATASET_TEXT, directionOfText, quoted, t } from '../platform/i18n';
import { RestoredName } from './RestoredName';
import { SourceLine } from './SourceLine';

/**
 * A quote: the words, who said them (or, when the speaker is no entity of ours, who
 * reported them), where and when, whether verbatim, and the source.
 */
export function QuoteBlock({ quote }: { quote: Quote }) {
  const named = quoteSpeakerName(quote);
  const speaker = named ?? t('quoteUnknownSpeaker');
  const when = quote.date ? formatDate(quote.date) : quote.when;
  const direct = quote.kind === 'direct';
  const text = shownQuoteText(quote);
  return (
    <figure class={`af-quote af-quote--${quote.kind}`} data-quote-id={quote.id}>
      {/* The interface's quotation marks around words that run their own way (dir="auto" would not see through the marks). */}
      <blockquote class="af-quote-text" lang={DATASET_TEXT.lang} dir={directionOfText(quote.text) ?? 'auto'}>
        {direct ? quoted(text) : text}
      </blockquote>
      <figcaption class="af-quote-meta">
        <span class={`af-badge af-badge--${quote.kind}`}>{direct ? t('quoteDirect') : t('quoteReported')}</span>
        <span class="af-quote-speaker" {...(named ? DATASET_TEXT : {})}>
          {speaker}
        </span>
        <span class="af-quote-venue" {...DATASET_TEXT}>
          {quote.venue}
        </span>
        {/* An exact date is ours to format; a relative one ("last week") is the source's English. */}
        {when ? (
          <span class="af-quote-when" {...(quote.date ? {} : DATASET_TEXT)}>
            {when}
          </span>
        ) : null}
        <SourceLine sourceId={quote.sourceId} quoteId={quote.id} />
      </figcaption>
      {quote.restoredName ? <RestoredName restored={quote.restoredName} /> : null}
    </figure>
  );
}
