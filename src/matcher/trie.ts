/**
 * A trie over alias units, emitted as one regex: shared prefixes are written once and at
 * every node the longer continuations are tried before the alias may end there, so the
 * first match JavaScript's backtracking finds at a position is the longest one.
 */
import type { Unit } from './alias-patterns';

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Unit each child edge stands for (keyed like `children`). */
  units: Map<string, Unit>;
  /** Some alias ends here. */
  terminal: boolean;
  /** Every alias that ends here is a surname (the surname guard applies). */
  surnameOnly: boolean;
  /** Longest path below this node, in units. */
  depth: number;
}

const newNode = (): TrieNode => ({
  children: new Map(),
  units: new Map(),
  terminal: false,
  surnameOnly: true,
  depth: 0,
});

export interface EmitOptions {
  /** Written where only surnames end. */
  surnameEnd: string;
  /**
   * Written once in front of the top-level branches that lead to a surname (the surname guard),
   * given the characters those branches can start with (null: any).
   */
  surnameGuard?: (firstCodePoints: number[] | null) => string;
}

export class AliasTrie {
  private readonly root = newNode();

  insert(units: readonly Unit[], surname: boolean): void {
    if (units.length === 0) return;
    let node = this.root;
    const path: TrieNode[] = [node];
    for (const unit of units) {
      let child = node.children.get(unit.re);
      if (!child) {
        child = newNode();
        node.children.set(unit.re, child);
        node.units.set(unit.re, unit);
      }
      node = child;
      path.push(node);
    }
    node.terminal = true;
    if (!surname) node.surnameOnly = false;
    path.forEach((n, i) => {
      n.depth = Math.max(n.depth, units.length - i);
    });
  }

  get isEmpty(): boolean {
    return this.root.children.size === 0;
  }

  /** Code points a match can start with, or null when some alias starts with an open class. */
  firstCodePoints(): number[] | null {
    const cps: number[] = [];
    for (const unit of this.root.units.values()) {
      if (!unit.first) return null;
      cps.push(...unit.first);
    }
    return cps;
  }

  emit(options: EmitOptions): string {
    const root = this.root;
    const branch = (key: string): string => key + emitNode(root.children.get(key)!, options);
    const keys = sortedKeys(root);
    if (!options.surnameGuard) return alternation(keys.map(branch));
    // The guard only runs where a surname can start, not on every word start.
    const guarded = keys.filter((key) => hasSurname(root.children.get(key)!));
    if (guarded.length === 0) return alternation(keys.map(branch));
    const plain = keys.filter((key) => !guarded.includes(key));
    const firsts = guarded.map((key) => root.units.get(key)!.first);
    const first = firsts.every((f) => f !== null) ? firsts.flat() : null;
    const guardedAlt = options.surnameGuard(first) + alternation(guarded.map(branch));
    return alternation([guardedAlt, ...plain.map(branch)]);
  }
}

/** A single group or class (cheap to make optional without another group). */
function isAtom(re: string): boolean {
  return /^\\?.$/su.test(re) || /^\[[^\]]*\]$/u.test(re);
}

function alternation(branches: readonly string[]): string {
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

function hasSurname(node: TrieNode): boolean {
  if (node.terminal && node.surnameOnly) return true;
  for (const child of node.children.values()) if (hasSurname(child)) return true;
  return false;
}

/**
 * Deeper subtrees first: siblings may overlap ("[Aa]" for "al-…", "A" for "Al-…"), and
 * trying the longer one first keeps the longest match when both would succeed.
 */
function sortedKeys(node: TrieNode): string[] {
  return [...node.children.keys()].sort((a, b) => {
    const d = node.children.get(b)!.depth - node.children.get(a)!.depth;
    return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
  });
}

function emitNode(node: TrieNode, options: EmitOptions): string {
  const keys = sortedKeys(node);
  const branches = keys.map((key) => key + emitNode(node.children.get(key)!, options));
  if (!node.terminal) return alternation(branches);
  const end = node.surnameOnly ? options.surnameEnd : '';
  if (branches.length === 0) return end;
  // Continuations first: greedy, so the longest alias that ends here wins.
  if (end === '') return branches.length === 1 && isAtom(branches[0]!) ? `${branches[0]}?` : `(?:${branches.join('|')})?`;
  return `(?:${[...branches, end].join('|')})`;
}

/** A compact alternation of literal words, factored as a character trie: ["But", "By"] -> "B(?:ut|y)". */
export function literalAlternation(words: Iterable<string>): string {
  const trie = new AliasTrie();
  const sorted = [...new Set(words)].sort();
  for (const word of sorted) {
    trie.insert(
      [...word].map((ch) => ({ re: ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), first: [ch.codePointAt(0)!] })),
      false,
    );
  }
  return trie.emit({ surnameEnd: '' });
}
