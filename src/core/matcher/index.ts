/**
 * The name matcher: compiles a dataset once into plain data (every written form of every
 * alias, keyed by its first word), and finds those forms in page text.
 */
export type { CompiledMatcher, Match, MatcherData, MatchTarget, Span } from './types';
export { compileMatcher, compileMatcherData } from './compile';
export { matcherFromData, withSupport } from './matcher';
