import { getEntity } from '../core/dataset';
import { CATEGORIES, type Category, type Entity } from '../core/dataset/schema';
import { enabledCategories, isSiteEnabled, siteCoverage, type Settings, type SiteCoverage } from '../core/settings';
import type { PageQuote, PageState } from '../platform/messaging';
import type { PageStatus, PopupTab } from './page-state';

/**
 * What the popup shows, worked out from the settings, the tab and the page's state: pure, so
 * every case is tested without a browser or a component.
 */

/** The site the switch is for: from the tab's address, or the host the page reported. */
export function siteOfTab(tab: PopupTab | null, page: PageStatus): SiteCoverage | null {
  return siteCoverage(tab?.url) ?? (page.kind === 'ready' ? siteCoverage(`https://${page.state.host}/`) : null);
}

interface SiteSwitchView {
  site: string;
  /** Set when the switch covers more hosts than this one (news.google.com -> google.com). */
  widensFrom: string | null;
  /** On only when the page is really highlighted: never on while the global switch is off. */
  checked: boolean;
  disabled: boolean;
}

export function siteSwitchView(settings: Settings, coverage: SiteCoverage): SiteSwitchView {
  return {
    site: coverage.site,
    widensFrom: coverage.widens ? coverage.host : null,
    checked: isSiteEnabled(settings, coverage.site),
    disabled: !settings.enabled,
  };
}

interface MentionGroup {
  category: Category;
  items: Array<{ entity: Entity; count: number }>;
}

export type OnPageView =
  | { kind: 'global-off' }
  | { kind: 'site-off' }
  | { kind: 'categories-off' }
  | { kind: 'no-mentions' }
  | { kind: 'mentions'; groups: MentionGroup[] };

/** "On this page": the names found, or why there are none. */
export function onPageView(settings: Settings, site: string, state: PageState): OnPageView {
  if (!settings.enabled) return { kind: 'global-off' };
  if (!isSiteEnabled(settings, site)) return { kind: 'site-off' };
  if (enabledCategories(settings).size === 0) return { kind: 'categories-off' };
  const groups = groupMentions(state.mentions);
  return groups.length ? { kind: 'mentions', groups } : { kind: 'no-mentions' };
}

export type QuotesView = { kind: 'hidden' } | { kind: 'off' } | { kind: 'none' } | { kind: 'quotes'; quotes: PageQuote[] };

/** "Quotations on this page": shown only where the page is highlighted. */
export function quotesView(settings: Settings, site: string, state: PageState): QuotesView {
  if (!isSiteEnabled(settings, site)) return { kind: 'hidden' };
  if (!settings.quotes) return { kind: 'off' };
  return state.quotes.length ? { kind: 'quotes', quotes: state.quotes } : { kind: 'none' };
}

/** By category in the dataset's order, most mentioned first; ids the dataset does not know are dropped. */
export function groupMentions(mentions: PageState['mentions']): MentionGroup[] {
  const byCategory = new Map<Category, Array<{ entity: Entity; count: number }>>();
  for (const { entityId, count } of mentions) {
    const entity = getEntity(entityId);
    if (!entity || count <= 0) continue;
    const list = byCategory.get(entity.category) ?? [];
    list.push({ entity, count });
    byCategory.set(entity.category, list);
  }
  return CATEGORIES.filter((category) => byCategory.has(category)).map((category) => ({
    category,
    items: byCategory.get(category)!.sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name)),
  }));
}

/** The address the lookup page opens at: the entity shown, the search typed, or nothing. */
export function lookupPath(selected: Entity | null, query: string): `/lookup.html${string}` {
  if (selected) return `/lookup.html?id=${encodeURIComponent(selected.id)}`;
  const typed = query.trim();
  return typed ? `/lookup.html?q=${encodeURIComponent(typed)}` : '/lookup.html';
}
