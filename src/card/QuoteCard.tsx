import { getEntity, quoteSpeakerName } from '../core/dataset';
import { verdictLabel, type CheckedQuotation } from '../core/quotes';
import { t } from '../platform/i18n';
import { QuoteBlock } from '../ui/QuoteBlock';
import { CardFrame, cardNameId, cardRecordId, type CardPlacementProps } from './CardFrame';
import { allRecordDates, quoteRecordDates } from './record-date';
import { RecordDate } from './RecordDate';
import { VerdictChip } from '../ui/VerdictChip';
import { WordDiffText } from './WordDiffText';

interface QuoteCardProps extends CardPlacementProps {
  checked: CheckedQuotation;
}

/**
 * The card on a checked quotation: the verdict, the recorded quote it was compared with
 * (speaker, venue, date and source) and, when close, the word differences. When the words
 * are recorded for someone else, that quote too. A quotation we have no record of is "not
 * in our records", never false.
 */
export function QuoteCard({ checked, ...placement }: QuoteCardProps) {
  const { id, articleDate } = placement;
  const { verdict } = checked;
  // The record compared with; for words we hold no record of, the whole record's date.
  const compared = quoteRecordDates([verdict.quote, verdict.otherSpeaker]);
  const speakerName = getEntity(checked.speakerId)?.name ?? t('quoteUnknownSpeaker');
  const otherName = verdict.otherSpeaker ? quoteSpeakerName(verdict.otherSpeaker) : undefined;

  return (
    <CardFrame
      {...placement}
      class={`af-card af-quote-card af-verdict-card--${verdict.verdict}`}
      data={{ 'data-verdict': verdict.verdict }}
      deps={[checked]}
    >
      <header class="af-card-header">
        <strong class="af-card-name" id={cardNameId(id)}>
          {t('quoteCardTitle')}
        </strong>
        <VerdictChip verdict={verdict.verdict} recordedFor={otherName} />
      </header>
      <RecordDate id={cardRecordId(id)} dates={compared.length ? compared : allRecordDates()} articleDate={articleDate} />
      <p class="af-card-role af-verdict-label">
        {verdictLabel(verdict, speakerName, otherName)
          .map(({ key, substitutions }) => t(key, ...substitutions))
          .join(' ')}
      </p>
      <div class="af-card-body">
        {verdict.quote ? (
          <section class="af-quote-check" aria-label={t('quoteCardRecorded')}>
            <h3 class="af-quote-check-title">{t('quoteCardRecorded')}</h3>
            <QuoteBlock quote={verdict.quote} />
            {verdict.verdict === 'close' && verdict.diff ? <Differences diff={verdict.diff} /> : null}
          </section>
        ) : verdict.verdict === 'misattributed' ? null : (
          <p class="af-muted">{t('quoteCardNoRecord')}</p>
        )}
        {verdict.otherSpeaker ? (
          <section class="af-quote-check af-quote-check--other">
            <h3 class="af-quote-check-title">{t('quoteCardOtherRecorded', otherName ?? t('quoteUnknownSpeaker'))}</h3>
            <QuoteBlock quote={verdict.otherSpeaker} />
            {verdict.otherVerdict === 'close' && verdict.otherDiff ? <Differences diff={verdict.otherDiff} /> : null}
          </section>
        ) : null}
        <p class="af-muted af-quote-attributed">{t('quoteCardAttributedTo', speakerName)}</p>
      </div>
    </CardFrame>
  );
}

function Differences({ diff }: { diff: Parameters<typeof WordDiffText>[0]['diff'] }) {
  return (
    <div class="af-diff-box">
      <p class="af-diff-title">{t('quoteCardDiff')}</p>
      <WordDiffText diff={diff} />
    </div>
  );
}
