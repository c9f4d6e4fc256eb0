/**
 * The name matcher: compiles a dataset once into one trie-shaped RegExp for mark.js's
 * `markRegExp`, and resolves each match back to its entity.
 */
export type { CompiledMatcher, Match, MatcherData, MatchTarget } from './types';
export { compileMatcher, compileMatcherData, matcherFromData } from './compile';
