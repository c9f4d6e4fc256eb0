import type { VerdictKind } from '../core/quotes';
import { t, type MessageKey } from '../platform/i18n';

const VERDICT_KEYS: Record<Exclude<VerdictKind, 'misattributed'>, MessageKey> = {
  exact: 'verdictExact',
  partial: 'verdictPartial',
  close: 'verdictClose',
  unknown: 'verdictUnknown',
};

/** `recordedFor`: for 'misattributed', the speaker the words are recorded for. */
function verdictChipLabel(verdict: VerdictKind, recordedFor?: string): string {
  if (verdict === 'misattributed') return recordedFor ? t('verdictMisattributed', recordedFor) : t('verdictOtherSpeaker');
  return t(VERDICT_KEYS[verdict]);
}

/** A quotation's verdict in a word or three, on the verdict's tint (never "false"). */
export function VerdictChip({ verdict, recordedFor }: { verdict: VerdictKind; recordedFor?: string }) {
  return (
    <span class={`af-verdict af-verdict--${verdict}`} data-verdict={verdict}>
      {verdictChipLabel(verdict, recordedFor)}
    </span>
  );
}
