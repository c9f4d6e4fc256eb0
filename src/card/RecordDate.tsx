import { articleFarFromRecord } from '../core/article-date';
import { t } from '../platform/i18n';
import { formatDate } from '../ui/format';

interface RecordDateProps {
  /** The dates of the sources the card's claims come from, earliest first. */
  dates: readonly string[];
  /** The article's own publication date, when the page declares one. */
  articleDate?: string | null;
  id?: string;
}

/**
 * When the card's record is from, before any claim: "As reported on 23 January 2017", and
 * that later events are not in it. When the article the reader is on was published well
 * before or after that, both dates side by side, so a 2019 article is not read against a
 * 2017 record as if they spoke of the same moment.
 */
export function RecordDate({ dates, articleDate, id }: RecordDateProps) {
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return null;
  const asOf = first === last ? t('cardAsOf', formatDate(last)) : t('cardAsOfRange', formatDate(first), formatDate(last));
  const far = articleDate ? articleFarFromRecord(articleDate, last) : false;
  return (
    <div class="af-card-record" id={id}>
      <p class="af-card-asof">
        <span class="af-card-asof-date">{asOf}</span> <span class="af-card-later">{t('cardLaterEvents')}</span>
      </p>
      {far && articleDate ? (
        <p class="af-card-article-date" data-article-date={articleDate}>
          {t('cardArticleDate', formatDate(articleDate), formatDate(last))}
        </p>
      ) : null}
    </div>
  );
}
