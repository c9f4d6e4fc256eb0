import { getSource } from '../core/dataset';
import { formatDate } from './format';
import { t } from '../platform/i18n';

/** "CNN, 23 January 2017": a link only when the dataset knows the source's address. */
export function SourceLine({ sourceId }: { sourceId: string }) {
  const source = getSource(sourceId);
  if (!source) {
    return <span class="af-source af-source--missing">{t('sourceUnknown')}</span>;
  }
  const text = t('sourceLine', source.outlet, formatDate(source.date));
  return (
    <span class="af-source" title={source.description}>
      <span class="af-visually-hidden">{t('sourceLabel')} </span>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {text}
          <span class="af-visually-hidden"> {t('sourceOpens')}</span>
        </a>
      ) : (
        text
      )}
    </span>
  );
}
