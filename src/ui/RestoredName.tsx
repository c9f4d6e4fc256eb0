import type { RestoredName as Restored } from '../core/dataset/schema';
import { t } from '../platform/i18n';

/**
 * Says that a name in a claim is ours: the source copy lost it to a stripped gap and the
 * dataset restored it. The stripped text is shown as it stands, its gap of spaces kept.
 */
export function RestoredName({ restored }: { restored: Restored }) {
  return (
    <p class="af-restored" data-restored-name={restored.name}>
      {t('restoredName', restored.name, restored.reads)}
    </p>
  );
}
