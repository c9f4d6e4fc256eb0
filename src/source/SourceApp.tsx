import { useEffect, useMemo, useRef } from 'preact/hooks';
import {
  citedEvidence,
  parseCitationQuery,
  resolveCitation,
  type CitationProblem,
  type CitedItem,
  type CitedProblem,
  type ResolvedCitation,
} from '../core/citation';
import { quoteSpeakerName, shownQuoteText } from '../core/dataset';
import { locateExcerpt } from '../core/text/excerpt';
import { DATASET_TEXT, t } from '../platform/i18n';
import { formatDate } from '../ui/format';
import { anchorIdFor, SourceText } from './SourceText';

interface SourceAppProps {
  /** The page's query string: `?source=<id>&fact=<id>` or `&quote=<id>`. */
  search: string;
  /** Language for the publication date (the browser's UI language). */
  locale: string;
}

/**
 * The source view: a bundled source document, verbatim, opened on the excerpts of the fact or
 * quote whose citation was followed. Works offline; everything it shows ships with the extension.
 */
export function SourceApp({ search, locale }: SourceAppProps) {
  const result = useMemo(() => resolveCitation(parseCitationQuery(search)), [search]);
  return result.ok ? <SourceView citation={result.citation} locale={locale} /> : <SourceError problem={result.problem} />;
}

function SourceView({ citation, locale }: { citation: ResolvedCitation; locale: string }) {
  const { source, text, cited, citedProblem } = citation;
  const evidence = cited ? citedEvidence(cited) : null;
  const ranges = useMemo(() => (evidence ? evidence.evidence.map((excerpt) => locateExcerpt(text, excerpt)) : []), [text, cited]);
  const date = formatDate(source.date, locale);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${t('sourceLine', source.outlet, date)} · ${t('appName')}`;
    const root = main.current;
    if (!root) return;
    // Where the reader came for: the first excerpt found, else the note on what is missing.
    const first = ranges.findIndex((range) => range !== null);
    const target = first >= 0 ? root.querySelector<HTMLElement>(`#${anchorIdFor(ranges, first)}`) : root.querySelector<HTMLElement>('[data-focus-first]');
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'center' });
  }, [source, ranges]);

  return (
    <main class="source" ref={main}>
      <header class="source-header">
        <p class="source-kicker">{t('appName')} · {t('sourceViewKicker')}</p>
        <h1 class="source-outlet">{source.outlet}</h1>
        <dl class="source-meta">
          <div>
            <dt>{t('sourceViewPublished')}</dt>
            <dd>
              <time dateTime={source.date}>{date}</time>
            </dd>
          </div>
          {source.url ? (
            <div>
              <dt>{t('sourceViewAddress')}</dt>
              <dd>
                <a class="source-url" href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.url}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        <p class="source-description" {...DATASET_TEXT}>
          {source.description}
        </p>
        {source.url ? null : <p class="af-muted source-no-url">{t('sourceViewNoAddress')}</p>}
      </header>

      {cited && evidence ? (
        <section class="source-cited" aria-labelledby="source-cited-title">
          <h2 id="source-cited-title">{cited.kind === 'fact' ? t('sourceViewCitedFact') : t('sourceViewCitedQuote')}</h2>
          <CitedSummary cited={cited} />
          {evidence.restoredName ? (
            <p class="source-restored">{t('sourceViewRestoredName', evidence.restoredName.reads, evidence.restoredName.name)}</p>
          ) : null}
          <ExcerptLinks ranges={ranges} evidence={evidence.evidence} />
        </section>
      ) : null}

      {citedProblem ? (
        <p class="source-problem" role="alert" tabIndex={-1} data-focus-first>
          {citedProblemText(citedProblem)}
        </p>
      ) : null}

      <section class="source-body" aria-labelledby="source-text-title">
        <h2 id="source-text-title" class="source-text-title">
          {t('sourceViewText')}
        </h2>
        <p class="af-muted source-verbatim">{t('sourceViewVerbatim')}</p>
        <SourceText text={text} ranges={ranges} />
      </section>
    </main>
  );
}

function CitedSummary({ cited }: { cited: CitedItem }) {
  if (cited.kind === 'fact') {
    return (
      <p class="source-cited-text" {...DATASET_TEXT}>
        <span class="source-cited-subject">{cited.entity.name}: </span>
        {cited.fact.text}
      </p>
    );
  }
  const { quote } = cited;
  const direct = quote.kind === 'direct';
  return (
    <figure class="source-cited-quote">
      <blockquote class="source-cited-text" {...DATASET_TEXT}>{direct ? `“${shownQuoteText(quote)}”` : shownQuoteText(quote)}</blockquote>
      <figcaption class="af-muted">
        {[quoteSpeakerName(quote) ?? t('quoteUnknownSpeaker'), quote.venue, direct ? t('quoteDirect') : t('quoteReported')].join(' · ')}
      </figcaption>
    </figure>
  );
}

/** One link per excerpt to its highlight (focus moves there too), or a note where one was not found. */
function ExcerptLinks({ ranges, evidence }: { ranges: readonly (ReturnType<typeof locateExcerpt>)[]; evidence: readonly string[] }) {
  const jump = (event: MouseEvent, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'center' });
  };
  return (
    <ul class="source-excerpts">
      {evidence.map((excerpt, index) => {
        const id = anchorIdFor(ranges, index);
        const label = evidence.length > 1 ? t('sourceViewExcerptN', index + 1) : t('sourceViewExcerpt');
        return (
          <li key={index}>
            {id ? (
              <a href={`#${id}`} onClick={(event) => jump(event, id)}>
                {label}
              </a>
            ) : (
              <span class="source-excerpt-missing" data-focus-first tabIndex={-1}>
                {t('sourceViewExcerptNotFound', index + 1, excerpt)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function citedProblemText(problem: CitedProblem): string {
  switch (problem.kind) {
    case 'fact-and-quote':
      return t('sourceViewFactAndQuote');
    case 'unknown-fact':
      return t('sourceViewUnknownFact', problem.id.slice(0, 80));
    case 'unknown-quote':
      return t('sourceViewUnknownQuote', problem.id.slice(0, 80));
  }
}

function SourceError({ problem }: { problem: CitationProblem }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${t('sourceViewErrorTitle')} · ${t('appName')}`;
    heading.current?.focus();
  }, []);
  return (
    <main class="source source--error">
      <p class="source-kicker">{t('appName')} · {t('sourceViewKicker')}</p>
      <h1 ref={heading} tabIndex={-1}>
        {t('sourceViewErrorTitle')}
      </h1>
      <p role="alert" class="source-problem">
        {problemText(problem)}
      </p>
      <p>
        <a href="lookup.html">{t('sourceViewOpenLookup')}</a>
      </p>
    </main>
  );
}

function problemText(problem: CitationProblem): string {
  switch (problem.kind) {
    case 'no-source':
      return t('sourceViewNoSource');
    case 'unknown-source':
      return t('sourceViewUnknownSource', problem.id.slice(0, 80));
    case 'no-text':
      return t('sourceViewNoText', problem.id);
  }
}
