import type { Category } from '../../core/dataset/schema';
import type { CompiledMatcher } from '../../core/matcher';
import { withSupport } from '../../core/matcher/matcher';
import { Backoff, type BackoffPolicy } from '../dom/backoff';
import { enclosingBlock } from '../dom/blocks';
import { isInsideExcluded } from '../dom/exclusions';
import { findMentions, markMentions, type Mention } from './mark-run';
import { PageObserver, type PageChanges } from '../dom/page-observer';
import { RunCollector, runText, type TextRun } from '../dom/runs';
import type { Match } from '../../core/matcher/types';
import { takeWindow, undoSplits, WINDOW_CHARS, WINDOW_MATCHES, type WindowSplit } from './windows';
import { SliceScheduler } from '../dom/scheduler';
import { unwrapAllIn, unwrapHighlights } from '../dom/unmark';
import { closestOwnHighlight } from './registry';
import { onEnd } from '../lifetime';

export type { Mention } from './mark-run';

export interface HighlighterOptions {
  root: Element;
  /** Every highlight is removed, and the page's text nodes restored, when this is aborted. */
  signal: AbortSignal;
  matcher: CompiledMatcher;
  isCategoryOn(category: Category): boolean;
  /** Called a few times a second at most, when the set of mentions changed. */
  onMentionsChanged?(mentions: readonly Mention[]): void;
  backoff?: BackoffPolicy;
  /** Whether to follow page changes (live blogs, infinite scroll, re-renders). */
  observe?: boolean;
}

/**
 * Another reader of the page's runs (quote checking), called in the highlighter's slices so
 * that it marks a run's text just before the run's names are searched: names then nest inside
 * its marks, and the first screen gets both before the rest of the page gets either.
 */
export interface RunHooks {
  /**
   * Just before a run's names are searched (first pass and page changes alike); returns the
   * run to search (its nodes split by the hook's marks), or null when the hook needs more
   * time: the run is then queued again, and the hook goes on where it stopped.
   */
  beforeRun(run: TextRun): TextRun | null;
  /** Changed blocks, after their highlights were removed and before their runs are read again. */
  blocksChanged?(blocks: Element[]): void;
}

/** Off-screen runs that follow this many runs below the viewport are assumed to be below it too. */
const BELOW_VIEWPORT_STREAK = 40;
/** Time for one slice of reading the page's text nodes. */
const COLLECT_SLICE_MS = 6;
const NOTIFY_DELAY_MS = 250;
/** Time spent on a page change in the task that reports it; the rest is scheduled. */
const CHANGE_SLICE_MS = 5;
/**
 * Highlighted mentions one page gets at most: memory stays bounded on a page that repeats a
 * name a hundred thousand times. Far above any article (the 2.5 MB bench page has 21,616).
 */
const MAX_MENTIONS = 60_000;
/** Text read around a window for a name's context (the word before a surname) and its end. */
const WINDOW_CONTEXT_CHARS = 64;
const WINDOW_OVERLAP_CHARS = 256;

/**
 * Highlights dataset names in a page and keeps them there while the page changes, until its
 * `signal` is aborted: then pending work is dropped, the page is no longer watched, and every
 * highlight is removed, restoring the page's text nodes.
 */
export class Highlighter {
  private readonly scheduler: SliceScheduler;
  private readonly observer: PageObserver | null;
  private readonly backoff: Backoff;
  private mentions: Mention[] = [];
  private started = false;
  private hooks: RunHooks | undefined;
  private notifyPending = false;
  /** Text nodes split at window boundaries of long runs, joined again at the end. */
  private readonly splits: WindowSplit[] = [];

  constructor(private readonly options: HighlighterOptions) {
    const { signal } = options;
    // The scheduler and the observer end with the same signal, before the highlights go.
    this.scheduler = new SliceScheduler(signal);
    this.backoff = new Backoff(options.backoff);
    this.observer = options.observe === false ? null : new PageObserver(options.root, (changes) => this.onPageChanges(changes), signal);
    onEnd(signal, () => this.removeHighlights());
  }

  private get running(): boolean {
    return this.started && !this.options.signal.aborted;
  }

  /** Starts highlighting; `hooks` lets quote checking read each run first (see RunHooks). */
  start(hooks?: RunHooks): void {
    if (this.started || this.options.signal.aborted) return;
    this.started = true;
    this.hooks = hooks;
    // Highlights another highlighter of this script left (a restart with new settings) are
    // redone, not stacked; unwrapAllIn only ever touches the extension's own.
    unwrapAllIn(this.options.root);
    this.collectInSlices([this.options.root], true);
    this.observer?.start();
  }

  private removeHighlights(): void {
    if (!this.started) return;
    unwrapHighlights(this.mentions.flatMap((mention) => mention.elements).filter((element) => element.isConnected));
    undoSplits(this.splits);
    this.mentions = [];
    this.notify();
  }

  /** The mentions currently in the page, in document order of discovery. */
  currentMentions(): Mention[] {
    this.mentions = this.mentions.filter((mention) => mention.elements.every((el) => el.isConnected));
    return this.mentions;
  }

  /**
   * Reads the text under `roots` a slice at a time; each slice's runs are queued
   * as they come, those in the viewport ahead of the rest.
   */
  private collectInSlices(roots: Node[], firstPass: boolean): void {
    // After the first pass, changed blocks are few and just added: asking for their boxes
    // would force a layout of the page on every change, so they are all done next.
    const sorter = firstPass ? new ViewportSorter() : null;
    const collectors = roots.map((root) => new RunCollector(root));
    const step = () => {
      const collector = collectors[0];
      if (!this.running || !collector) return;
      const { runs, done } = collector.next(COLLECT_SLICE_MS);
      if (done) collectors.shift();
      const { visible, rest } = sorter ? sorter.split(runs) : { visible: runs, rest: [] };
      const job = (urgent: boolean) => (run: TextRun) => () => this.process(run, urgent);
      this.scheduler.add(visible.map(job(true)), true);
      this.scheduler.add(rest.map(job(false)), false);
      if (collectors.length) this.scheduler.add([step], true);
    };
    this.scheduler.add([step], true);
  }

  private process(run: TextRun, urgent: boolean): void {
    if (!this.running || !run.block.isConnected) return;
    // The page may have removed some of the run's text since it was collected.
    let live: TextRun = { ...run, nodes: run.nodes.filter((node) => node.isConnected) };
    if (!live.nodes.length) return;
    const hooks = this.hooks;
    if (hooks) {
      const prepared = live;
      const ready = this.observer ? this.observer.withoutObserving(() => hooks.beforeRun(prepared)) : hooks.beforeRun(prepared);
      if (!ready) {
        this.scheduler.add([() => this.process(run, urgent)], urgent);
        return;
      }
      live = ready;
    }
    const text = runText(live);
    if (text.length > WINDOW_CHARS) {
      this.processWindow(live.block, text, [...live.nodes], 0, false);
      return;
    }
    if (this.mentions.length >= MAX_MENTIONS) return;
    const found = findMentions(live, this.options);
    if (found.length) this.mark(live, found);
  }

  /**
   * Highlights one window of a long run, from `from` on, and queues the next. The matcher
   * reads only the window (with a little context on both sides), so a megabyte of text
   * without names costs a slice per window, never one long task.
   */
  private processWindow(block: Element, text: string, nodes: Text[], from: number, urgent: boolean): void {
    if (!this.running || !block.isConnected || this.mentions.length >= MAX_MENTIONS) return;
    const contextStart = Math.max(0, from - WINDOW_CONTEXT_CHARS);
    const limit = Math.min(text.length, from + WINDOW_CHARS);
    const slice = text.slice(contextStart, Math.min(text.length, limit + WINDOW_OVERLAP_CHARS));
    const { matcher, isCategoryOn } = this.options;
    const found: Match[] = [];
    let end = limit;
    for (let span = matcher.next(slice, from - contextStart); span; span = matcher.next(slice, span.end)) {
      const start = span.start + contextStart;
      if (start >= limit) break;
      end = Math.max(end, span.end + contextStart);
      const target = span.target;
      if (target && isCategoryOn(target.category)) {
        found.push({ ...target, start: start - from, end: span.end + contextStart - from, text: slice.slice(span.start, span.end) });
      }
      if (found.length >= WINDOW_MATCHES) {
        end = span.end + contextStart;
        break;
      }
    }
    const windowNodes = this.observer
      ? this.observer.withoutObserving(() => takeWindow(nodes, end - from, this.splits))
      : takeWindow(nodes, end - from, this.splits);
    // A window of a long run counts as one paragraph for aliases that need another name beside them.
    const kept = withSupport(found, '');
    if (kept.length) this.mark({ block, nodes: windowNodes }, kept);
    if (end < text.length && nodes.length) {
      this.scheduler.add([() => this.processWindow(block, text, nodes, end, urgent)], urgent);
    }
  }

  private mark(run: TextRun, found: Match[]): void {
    const created = this.observer ? this.observer.withoutObserving(() => markMentions(run, found)) : markMentions(run, found);
    if (created.length) {
      this.mentions.push(...created);
      this.notify();
    }
  }

  private onPageChanges(changes: PageChanges): void {
    if (!this.running) return;
    if (changes.removedHighlights > 0) {
      const pauseMs = this.backoff.recordFight(performance.now());
      this.notify();
      if (pauseMs > 0 && this.observer) {
        // Leave the page alone for a while; what changed meanwhile is searched once, after the pause.
        this.observer.pause(changes.dirty);
        setTimeout(() => this.running && this.observer?.resume(), pauseMs);
        return;
      }
    }
    const blocks = dirtyBlocks(changes.dirty, this.options.root);
    if (!blocks.length) return;
    this.observer?.withoutObserving(() => {
      // A changed block is searched afresh, as it would be on a first visit: its old
      // highlights may no longer say what we marked, and a name's context (the word
      // before a surname) must not be cut off by a highlight left in place.
      for (const block of blocks) unwrapAllIn(block);
      this.hooks?.blocksChanged?.(blocks);
    });
    this.collectInSlices(blocks, false);
    // A live page's change is usually a few paragraphs: done in this task, not in two or three more.
    this.scheduler.runNow(CHANGE_SLICE_MS);
  }

  private notify(): void {
    if (this.notifyPending || !this.options.onMentionsChanged) return;
    this.notifyPending = true;
    // At most a few times a second: listing the mentions costs time on a page with thousands.
    setTimeout(() => {
      this.notifyPending = false;
      this.options.onMentionsChanged?.(this.currentMentions());
    }, NOTIFY_DELAY_MS);
  }
}

/**
 * The smallest set of blocks to search again: each changed node's enclosing
 * block (a name may now continue into the new text), minus blocks inside others.
 */
function dirtyBlocks(nodes: Node[], root: Element): Element[] {
  const blocks = new Set<Element>();
  for (const node of nodes) {
    if (!node.isConnected || !root.contains(node)) continue;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!element || (isInsideExcluded(element) && !closestOwnHighlight(element))) continue;
    blocks.add(enclosingBlock(element, root));
  }
  return [...blocks].filter((block) => {
    for (let parent = block.parentElement; parent; parent = parent.parentElement) {
      if (blocks.has(parent)) return false;
    }
    return true;
  });
}

/**
 * Splits runs into those in or above the viewport's reach and those below it.
 * Blocks come in document order, so after a streak of runs below the viewport
 * the rest are taken to be below it too, without asking for their boxes.
 */
class ViewportSorter {
  private belowStreak = 0;

  split(runs: TextRun[]): { visible: TextRun[]; rest: TextRun[] } {
    const visible: TextRun[] = [];
    const rest: TextRun[] = [];
    const view = typeof window === 'undefined' ? null : window;
    if (!view || !view.innerHeight) return { visible: runs, rest };
    for (const run of runs) {
      if (this.belowStreak >= BELOW_VIEWPORT_STREAK) {
        rest.push(run);
        continue;
      }
      const rect = run.block.getBoundingClientRect();
      const below = rect.top > view.innerHeight;
      this.belowStreak = below ? this.belowStreak + 1 : 0;
      (below || rect.bottom < 0 ? rest : visible).push(run);
    }
    return { visible, rest };
  }
}
