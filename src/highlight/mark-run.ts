import Mark from 'mark.js';
import type { Category } from '../dataset/schema';
import type { CompiledMatcher, MatchTarget } from '../matcher';
import { CATEGORY_ATTR, ENTITY_ATTR, HIGHLIGHT_CLASS, HIGHLIGHT_TAG } from './dom-contract';
import { MARKJS_EXCLUDE } from './exclusions';
import { runText, type TextRun } from './runs';

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

/** True when the run's text holds at least one mention that should be highlighted: cheap, and spares mark.js most runs. */
export function runHasMentions(run: TextRun, options: MarkOptions): boolean {
  return options.matcher.find(runText(run)).some((match) => options.isCategoryOn(match.category));
}

/**
 * Highlights one run with mark.js `markRegExp` and the compiled pattern, and
 * returns the mentions it created. mark.js gets the run's own text nodes as its
 * context, with `acrossElements`, so it searches exactly the run's text.
 */
export function markRun(run: TextRun, options: MarkOptions): Mention[] {
  const shared = options.matcher.sharedRegExp(runText(run));
  const mentions: Mention[] = [];
  // mark.js only calls `exec` and sets `lastIndex`. It calls `exec` once per match and
  // then `filter` and `each` for every piece of it: counting `exec` calls tells which
  // pieces belong to one mention.
  let execCount = 0;
  const regex: Pick<RegExp, 'exec' | 'lastIndex'> = {
    lastIndex: 0,
    exec(text: string) {
      execCount++;
      shared.lastIndex = regex.lastIndex;
      const match = shared.exec(text);
      regex.lastIndex = shared.lastIndex;
      return match;
    },
  };
  let target: MatchTarget | null = null;
  let mentionExec = -1;

  // mark.js walks each context with a NodeIterator, which accepts a text node as its root.
  new Mark(run.nodes as unknown as HTMLElement[]).markRegExp(regex as RegExp, {
    element: HIGHLIGHT_TAG,
    className: HIGHLIGHT_CLASS,
    exclude: MARKJS_EXCLUDE,
    acrossElements: true,
    filter(_node, matchText) {
      target = options.matcher.resolve(matchText);
      return target !== null && options.isCategoryOn(target.category);
    },
    each(element) {
      if (!target) return;
      const el = element as HTMLElement;
      el.removeAttribute('data-markjs');
      el.setAttribute(ENTITY_ATTR, target.entityId);
      el.setAttribute(CATEGORY_ATTR, target.category);
      if (mentionExec === execCount && mentions.length > 0) {
        mentions[mentions.length - 1]!.elements.push(el);
      } else {
        mentionExec = execCount;
        mentions.push({ entityId: target.entityId, category: target.category, elements: [el] });
      }
    },
  });
  return mentions;
}
