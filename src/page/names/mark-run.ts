import { Mark, type MarkRange } from './markjs';
import type { Category } from '../../core/dataset/schema';
import type { CompiledMatcher, Match } from '../../core/matcher';
import { CATEGORY_ATTR, ENTITY_ATTR, HIGHLIGHT_CLASS, HIGHLIGHT_TAG } from '../../platform/dom-contract';
import { MARKJS_EXCLUDE } from '../dom/exclusions';
import { runText, type TextRun } from '../dom/runs';
import { registerMention } from './registry';

export interface Mention {
  entityId: string;
  category: Category;
  /** One element, or several when the name crosses inline elements. */
  elements: HTMLElement[];
}

export interface MarkOptions {
  matcher: CompiledMatcher;
  isCategoryOn(category: Category): boolean;
}

/** The mentions to highlight in a run's text, as offsets into that text. */
export function findMentions(run: TextRun, options: MarkOptions): Match[] {
  return options.matcher.find(runText(run)).filter((match) => options.isCategoryOn(match.category));
}

/**
 * Wraps the mentions found in a run with mark.js `markRanges`, and returns them as
 * Mentions. mark.js gets the run's own text nodes as its context, so its offsets are
 * those of the run's text; a range that crosses inline elements becomes several pieces.
 */
export function markMentions(run: TextRun, matches: readonly Match[]): Mention[] {
  if (!matches.length) return [];
  const byRange = new Map<MarkRange, Mention>();
  const ranges = matches.map((match) => {
    const range: MarkRange = { start: match.start, length: match.end - match.start };
    byRange.set(range, { entityId: match.entityId, category: match.category, elements: [] });
    return range;
  });
  // mark.js walks each context with a NodeIterator, which accepts a text node as its root.
  new Mark(run.nodes).markRanges(ranges, {
    element: HIGHLIGHT_TAG,
    className: HIGHLIGHT_CLASS,
    exclude: MARKJS_EXCLUDE,
    each(element, range) {
      const el = element as HTMLElement;
      el.removeAttribute('data-markjs');
      const mention = byRange.get(range)!;
      el.setAttribute(ENTITY_ATTR, mention.entityId);
      el.setAttribute(CATEGORY_ATTR, mention.category);
      mention.elements.push(el);
    },
  });
  const made = [...byRange.values()].filter((mention) => mention.elements.length > 0);
  for (const mention of made) registerMention(mention);
  return made;
}
