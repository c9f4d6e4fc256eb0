import { aliasText, quotesBySpeaker } from '../core/dataset';
import type { Entity } from '../core/dataset/schema';
import { CategoryChip } from './CategoryChip';
import { FactList } from './FactList';
import { DATASET_TEXT, datasetInUiLanguage, t } from '../platform/i18n';
import { QuoteBlock } from './QuoteBlock';

interface EntityDetailsProps {
  entity: Entity;
  /** Heading level of the name; sections use the next level. */
  level?: 2 | 3;
}

/** Everything the dataset says about one entity: role, every fact with its source, every quote, other names. */
export function EntityDetails({ entity, level = 2 }: EntityDetailsProps) {
  const quotes = quotesBySpeaker(entity.id);
  const aliases = otherNames(entity);
  const Title = level === 2 ? 'h2' : 'h3';
  const Section = level === 2 ? 'h3' : 'h4';
  return (
    <article class={`af-details af-cat-${entity.category}`} aria-labelledby={`af-entity-${entity.id}`} data-entity-id={entity.id}>
      <header class="af-details-header">
        <Title class="af-details-name" id={`af-entity-${entity.id}`} {...DATASET_TEXT}>
          {entity.name}
        </Title>
        <CategoryChip category={entity.category} />
      </header>
      <p class="af-details-role" {...DATASET_TEXT}>
        {entity.role}
      </p>
      {datasetInUiLanguage() ? null : <p class="af-muted af-details-language">{t('datasetLanguageNote')}</p>}

      <section class="af-section" aria-label={t('detailsFacts')}>
        <Section class="af-section-title">{t('detailsFacts')}</Section>
        {entity.facts.length > 0 ? <FactList facts={entity.facts} /> : <p class="af-muted">{t('detailsNoFacts')}</p>}
      </section>

      {quotes.length > 0 ? (
        <section class="af-section" aria-label={t('detailsQuotes')}>
          <Section class="af-section-title">{t('detailsQuotes')}</Section>
          {quotes.map((quote) => (
            <QuoteBlock key={quote.id} quote={quote} />
          ))}
        </section>
      ) : null}

      {aliases.length > 0 ? (
        <section class="af-section" aria-label={t('detailsAliases')}>
          <Section class="af-section-title">{t('detailsAliases')}</Section>
          <ul class="af-aliases">
            {aliases.map(({ text, lang }) => (
              <li key={text} lang={lang} dir="auto">
                {text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

/** The aliases other than the display name, each spelling once, with its language when known. */
function otherNames(entity: Entity): Array<{ text: string; lang: string | undefined }> {
  const seen = new Set([entity.name]);
  const names: Array<{ text: string; lang: string | undefined }> = [];
  for (const alias of entity.aliases) {
    const text = aliasText(alias);
    if (seen.has(text)) continue;
    seen.add(text);
    names.push({ text, lang: typeof alias === 'string' ? undefined : alias.lang });
  }
  return names;
}
