import { getSource } from '../core/dataset';
import type { Citation } from '../core/citation';
import { formatDate } from './format';
import { t } from '../platform/i18n';
import { inExtensionPage, openSourceViaBackground, sourceViewUrl } from '../platform/source-view';

interface SourceLineProps {
  sourceId: string;
  /** The fact or quote cited, so that the source view opens on its excerpts. */
  factId?: string;
  quoteId?: string;
}

/**
 * "CNN, 23 January 2017", opening the bundled source text on the cited excerpts. In the
 * extension's pages a link; in a card, which runs in a web page that may not link to an
 * extension page, a button that asks the background to open it.
 */
export function SourceLine({ sourceId, factId, quoteId }: SourceLineProps) {
  const source = getSource(sourceId);
  if (!source) {
    return <span class="af-source af-source--missing">{t('sourceUnknown')}</span>;
  }
  const citation: Citation = { sourceId };
  if (factId !== undefined) citation.factId = factId;
  else if (quoteId !== undefined) citation.quoteId = quoteId;
  const label = (
    <>
      {t('sourceLine', source.outlet, formatDate(source.date))}
      <span class="af-visually-hidden"> {t('sourceOpens')}</span>
    </>
  );
  return (
    <span class="af-source" title={source.description}>
      <span class="af-visually-hidden">{t('sourceLabel')} </span>
      {inExtensionPage() ? (
        <a class="af-source-link" href={sourceViewUrl(citation)} target="_blank" rel="noopener">
          {label}
        </a>
      ) : (
        <button
          type="button"
          class="af-source-link"
          onClick={(event) => {
            // Only the reader's own click: a script of the page cannot make the extension open tabs.
            if (event.isTrusted) openSourceViaBackground(citation);
          }}
        >
          {label}
        </button>
      )}
    </span>
  );
}
