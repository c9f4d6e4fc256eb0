/**
 * mark.js, walking its contexts without NodeIterators. mark.js reads each context's text
 * nodes through `document.createNodeIterator`, and Chromium keeps every NodeIterator of a
 * document up to date on every node removal until garbage collection frees it. Marking a
 * page one paragraph at a time left tens of thousands of them alive, and each wrap then
 * paid for all of them: the 2.5 MB bench page took 24 s instead of 1.6 s. The same nodes
 * are read here with a TreeWalker, which the document does not track, and handed to
 * mark.js through the part of the NodeIterator interface it uses.
 */
import type MarkTypes from 'mark.js';
import DOMIterator from 'mark.js/src/lib/domiterator.js';
import MarkJS from 'mark.js/src/lib/mark.js';

type Filter = (node: Node) => number;

/** The nodes a NodeIterator would visit, read at once, with its `nextNode`/`previousNode` pointer. */
class NodeList {
  private position = 0;

  constructor(private readonly nodes: Node[]) {}

  nextNode(): Node | null {
    return this.position < this.nodes.length ? this.nodes[this.position++]! : null;
  }

  previousNode(): Node | null {
    return this.position > 0 ? this.nodes[--this.position]! : null;
  }
}

function readNodes(root: Node, whatToShow: number, filter: Filter): NodeList {
  // A NodeIterator's filter can only skip a node, never its subtree: the walker shows every
  // node, and the type and the filter are tested here.
  const accepts = (node: Node) => (whatToShow & (1 << (node.nodeType - 1))) !== 0 && filter(node) === NodeFilter.FILTER_ACCEPT;
  const nodes: Node[] = accepts(root) ? [root] : [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (accepts(node)) nodes.push(node);
  return new NodeList(nodes);
}

class TreeWalkingIterator extends DOMIterator {
  override createIterator(ctx: Node, whatToShow: number, filter: Filter): NodeList {
    return readNodes(ctx, whatToShow, filter);
  }
}

type Context = ConstructorParameters<typeof MarkTypes>[0] | Node[];

export class Mark extends MarkJS {
  constructor(context: Context) {
    super(context);
  }

  override get iterator(): DOMIterator {
    return new TreeWalkingIterator(this.ctx, this.opt.iframes, this.opt.exclude, this.opt.iframesTimeout);
  }
}

export type MarkRange = MarkTypes.Range;
