import { useEffect, useState } from 'preact/hooks';
import { getEntity, lookupNameWithin } from '../core/dataset';
import type { Entity } from '../core/dataset/schema';
import { EntityDetails } from '../ui/EntityDetails';
import { t } from '../platform/i18n';
import { SearchBox } from '../ui/SearchBox';

interface LookupTarget {
  query: string;
  entity: Entity | null;
  /** An `id` was asked for that the dataset does not have. */
  missingId: string | null;
}

/** `?id=<entityId>` shows that entity; `?q=<text>` shows the entity the text names, or the search results for it. */
export function resolveLookup(search: string): LookupTarget {
  const params = new URLSearchParams(search);
  const id = params.get('id')?.trim() ?? '';
  const query = (params.get('q') ?? '').slice(0, 200);
  if (id) {
    const entity = getEntity(id) ?? null;
    return { query, entity, missingId: entity ? null : id };
  }
  return { query, entity: query.trim() ? lookupNameWithin(query) : null, missingId: null };
}

export function LookupApp({ search }: { search: string }) {
  const [initial] = useState(() => resolveLookup(search));
  const [entity, setEntity] = useState<Entity | null>(initial.entity);
  const [query, setQuery] = useState(initial.query);
  const [searchKey, setSearchKey] = useState(0);

  useEffect(() => {
    document.title = entity ? `${entity.name} · ${t('appName')}` : t('lookupTitle');
  }, [entity]);

  const open = (next: Entity) => {
    setEntity(next);
    history.replaceState(null, '', `?id=${encodeURIComponent(next.id)}`);
    window.scrollTo?.(0, 0);
  };

  return (
    <main class="lookup">
      <header class="lookup-header">
        <h1>{t('appName')}</h1>
        <p class="af-muted">{t('lookupIntro')}</p>
      </header>
      <SearchBox
        key={searchKey}
        initialQuery={entity ? '' : query}
        autoFocus={!entity}
        limit={20}
        onQueryChange={(next) => {
          setQuery(next);
          if (entity && next.trim()) setEntity(null);
        }}
        onOpen={(next) => {
          open(next);
          setSearchKey((key) => key + 1);
        }}
      />
      {initial.missingId && !entity && !query.trim() ? (
        <p class="af-muted" role="status">
          {t('lookupNotFound', initial.missingId)}
        </p>
      ) : null}
      {entity ? (
        <div class="lookup-details">
          <EntityDetails entity={entity} />
        </div>
      ) : null}
    </main>
  );
}
