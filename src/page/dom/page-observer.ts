import { HIGHLIGHT_SELECTOR, UI_HOST_TAG } from '../../platform/dom-contract';
import { onEnd } from '../lifetime';
import { isOwnHighlight } from '../names/registry';

export interface PageChanges {
  /** Nodes the page added or whose text it changed, to be searched again. */
  dirty: Node[];
  /** Our highlights that the page removed (a re-render, or a page fighting us). */
  removedHighlights: number;
}

const BATCH_DELAY_MS = 40;

/**
 * Watches the page for added or changed content and hands it over in batches.
 * The highlighter's own DOM changes are run through `withoutObserving`, so they
 * never come back as page changes. It stops watching when its lifetime ends.
 */
export class PageObserver {
  private readonly observer: MutationObserver;
  private dirty = new Set<Node>();
  private removedHighlights = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private paused = false;

  constructor(
    private readonly root: Node,
    private readonly onChanges: (changes: PageChanges) => void,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    onEnd(signal, () => {
      this.observer.disconnect();
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.dirty.clear();
      this.removedHighlights = 0;
    });
  }

  start(): void {
    if (!this.signal.aborted) this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  /** Holds batches back (while backing off); changes keep accumulating, starting with `pending`. */
  pause(pending: Node[] = []): void {
    this.paused = true;
    for (const node of pending) this.dirty.add(node);
  }

  resume(): void {
    if (this.signal.aborted) return;
    this.paused = false;
    this.scheduleFlush();
  }

  /** Runs the highlighter's own DOM work: page changes made before it are kept, its own are dropped. */
  withoutObserving<T>(work: () => T): T {
    this.collect(this.observer.takeRecords());
    try {
      return work();
    } finally {
      this.observer.takeRecords();
    }
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        this.dirty.add(record.target);
        continue;
      }
      record.addedNodes.forEach((node) => {
        if (!isOwnUi(node)) this.dirty.add(node);
      });
      record.removedNodes.forEach((node) => {
        this.removedHighlights += countHighlights(node);
      });
    }
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.timer || this.paused || this.signal.aborted || (!this.dirty.size && !this.removedHighlights)) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.paused) return;
      const changes = { dirty: [...this.dirty], removedHighlights: this.removedHighlights };
      this.dirty.clear();
      this.removedHighlights = 0;
      this.onChanges(changes);
    }, BATCH_DELAY_MS);
  }
}

function isOwnUi(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(UI_HOST_TAG) != null;
}

function countHighlights(node: Node): number {
  if (node.nodeType !== Node.ELEMENT_NODE) return 0;
  const element = node as Element;
  let count = isOwnHighlight(element) ? 1 : 0;
  for (const mark of element.querySelectorAll(HIGHLIGHT_SELECTOR)) if (isOwnHighlight(mark)) count++;
  return count;
}
