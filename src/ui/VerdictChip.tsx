import type { VerdictKind } from '../core/quotes';
import { t, type MessageKey } from '../platform/i18n';

const VERDICT_KEYS: Record<VerdictKind, MessageKey> = {
  exact: 'verdictExact',
  partial: 'verdictPartial',
  close: 'verdictClose',
  unknown: 'verdictUnknown',
};

export function verdictChipLabel(verdict: VerdictKind): string {
  return t(VERDICT_KEYS[verdict]);
}

/** A quotation's verdict in a word or three, on the verdict's tint (never "false"). */
export function VerdictChip({ verdict }: { verdict: VerdictKind }) {
  return (
    <span class={`af-verdict af-verdict--${verdict}`} data-verdict={verdict}>
      {verdictChipLabel(verdict)}
    </span>
  );
}
