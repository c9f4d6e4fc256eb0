import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Entity } from '../core/dataset/schema';
import { searchEntities, type SearchResult } from '../core/search';
import { CategoryDot } from './CategoryChip';
import { DATASET_TEXT, categoryLabel, t } from '../platform/i18n';

interface SearchBoxProps {
  /** Called with the entity the user chose (Enter on the highlighted result, or a click). */
  onOpen(entity: Entity): void;
  initialQuery?: string;
  /** Focus the input when mounted (default true). */
  autoFocus?: boolean;
  onQueryChange?(query: string): void;
  /** The search to run; defaults to the bundled dataset. */
  search?: (query: string) => SearchResult[];
  limit?: number;
}

/**
 * A combobox: type to filter, ArrowDown/ArrowUp to move through the results,
 * Enter to open the highlighted one, Escape to clear. The focus stays in the
 * input; the highlighted option is announced through aria-activedescendant.
 */
export function SearchBox({
  onOpen,
  initialQuery = '',
  autoFocus = true,
  onQueryChange,
  search,
  limit = 8,
}: SearchBoxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-opt-${index}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);

  const results = useMemo(
    () => (search ? search(query) : searchEntities(query, { limit })),
    [query, search, limit],
  );
  const open = results.length > 0;
  const activeIndex = open ? Math.min(active, results.length - 1) : -1;

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (activeIndex < 0) return;
    const option = document.getElementById(optionId(activeIndex));
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const update = (next: string) => {
    setQuery(next);
    setActive(0);
    onQueryChange?.(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        if (!open) return;
        event.preventDefault();
        setActive((activeIndex + 1) % results.length);
        break;
      case 'ArrowUp':
        if (!open) return;
        event.preventDefault();
        setActive((activeIndex - 1 + results.length) % results.length);
        break;
      case 'Home':
      case 'End':
        if (!open || !event.ctrlKey) return;
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : results.length - 1);
        break;
      case 'Enter': {
        const chosen = results[activeIndex];
        if (!chosen) return;
        event.preventDefault();
        onOpen(chosen.entity);
        break;
      }
      case 'Escape':
        if (!query) return;
        event.preventDefault();
        event.stopPropagation();
        update('');
        break;
    }
  };

  const trimmed = query.trim();
  return (
    <div class="af-search">
      <label class="af-visually-hidden" for={`${id}-input`}>
        {t('searchLabel')}
      </label>
      <div class="af-search-field">
        <svg class="af-search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        <input
          ref={inputRef}
          id={`${id}-input`}
          class="af-search-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellcheck={false}
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(event) => update((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} class="af-results" role="listbox" aria-label={t('searchResults')} hidden={!open}>
        {results.map((result, index) => (
          <li
            key={result.entity.id}
            id={optionId(index)}
            class={`af-result${index === activeIndex ? ' af-result--active' : ''}`}
            role="option"
            aria-selected={index === activeIndex}
            data-entity-id={result.entity.id}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => index !== activeIndex && setActive(index)}
            onClick={() => onOpen(result.entity)}
          >
            <CategoryDot category={result.entity.category} />
            <span class="af-result-text">
              <span class="af-result-name" {...DATASET_TEXT}>
                {result.entity.name}
              </span>
              {result.matchedAlias !== result.entity.name ? (
                <span class="af-result-alias">{t('searchMatched', result.matchedAlias)}</span>
              ) : null}
            </span>
            <span class="af-result-category">{categoryLabel(result.entity.category)}</span>
          </li>
        ))}
      </ul>
      {trimmed && !open ? (
        <p class="af-search-empty" role="status">
          {t('searchNoMatch', trimmed)}
        </p>
      ) : null}
    </div>
  );
}
