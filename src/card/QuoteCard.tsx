import { getEntity } from '../core/dataset';
import { verdictLabel, type CheckedQuotation } from '../core/quotes';
import { t } from '../platform/i18n';
import { QuoteBlock } from '../ui/QuoteBlock';
import type { Rect } from './position';
import { useCardPlacement } from './use-card-placement';
import { VerdictChip } from '../ui/VerdictChip';
import { WordDiffText } from './WordDiffText';

export interface QuoteCardProps {
  id: string;
  checked: CheckedQuotation;
  anchor: Rect;
}

/**
 * The card on a checked quotation: the verdict, the recorded quote it was compared with
 * (speaker, venue, date and source) and, when close, the word differences. When the words
 * are recorded for someone else, that quote too. A quotation we have no record of is "not
 * in our records", never false.
 */
export function QuoteCard({ id, checked, anchor }: QuoteCardProps) {
  const placement = useCardPlacement(anchor, [checked]);
  const { verdict } = checked;
  const speakerName = getEntity(checked.speakerId)?.name ?? t('quoteUnknownSpeaker');
  const otherName = verdict.otherSpeaker ? getEntity(verdict.otherSpeaker.speakerId)?.name : undefined;


  return (
    <div
      ref={placement.ref}
      id={id}
      role="tooltip"
      class={`af-card af-quote-card af-verdict-card--${verdict.verdict}`}
      data-verdict={verdict.verdict}
      data-side={placement.side}
      style={placement.style}
    >
      <header class="af-card-header">
        <strong class="af-card-name">{t('quoteCardTitle')}</strong>
        <VerdictChip verdict={verdict.verdict} />
      </header>
      <p class="af-card-role af-verdict-label">{verdictLabel(verdict, speakerName, otherName)}</p>
      <div class="af-card-body">
        {verdict.quote ? (
          <section class="af-quote-check" aria-label={t('quoteCardRecorded')}>
            <h3 class="af-quote-check-title">{t('quoteCardRecorded')}</h3>
            <QuoteBlock quote={verdict.quote} />
            {verdict.verdict === 'close' && verdict.diff ? <Differences diff={verdict.diff} /> : null}
          </section>
        ) : (
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
    </div>
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
