// Types for the ES module sources of mark.js, used by markjs.ts to swap its node iterator.
declare module 'mark.js/src/lib/domiterator.js' {
  export default class DOMIterator {
    constructor(ctx: unknown, iframes?: boolean, exclude?: string[], iframesTimeout?: number);
    createIterator(ctx: Node, whatToShow: number, filter: (node: Node) => number): unknown;
  }
}

declare module 'mark.js/src/lib/mark.js' {
  import type Mark from 'mark.js';
  import type DOMIterator from 'mark.js/src/lib/domiterator.js';

  export default class MarkJS {
    constructor(ctx: unknown);
    protected ctx: unknown;
    protected opt: { iframes: boolean; exclude: string[]; iframesTimeout: number };
    get iterator(): DOMIterator;
    markRanges(ranges: Mark.Range[], options?: Mark.MarkRangesOptions): void;
    markRegExp(regexp: RegExp, options?: Mark.MarkRegExpOptions): void;
    unmark(options?: Mark.MarkOptions): void;
  }
}
