// The one place where the bench reaches into the extension's sources (src/, entrypoints/).
// Nothing else in bench/ names a path under src/ or entrypoints/: the esbuild bundles
// (lib/bundle.mjs) and the "where is the matcher built" check (run.mjs) both come through here.
//
// The source tree is being restructured (src/matcher → src/core/matcher, src/highlight →
// src/page/names, …). Each module is a list of candidate paths, newest layout first; the first
// one that exists is used, so the bench keeps working on both layouts. When a module moves
// again, add its new path at the front of its list.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const CANDIDATES = {
  /** compileMatcher, compileMatcherData, matcherFromData */
  matcher: ['src/core/matcher/index.ts', 'src/matcher/index.ts'],
  /** dataset, aliasText */
  dataset: ['src/core/dataset/index.ts', 'src/dataset/index.ts'],
  /** class RunCollector(root) with next(budgetMs) → { runs, done }: the highlighter's reading of the page */
  runs: ['src/page/dom/runs.ts'],
  /** findMentions(run, { matcher, isCategoryOn }) and markMentions(run, matches): the highlighter's work on one run */
  markRun: ['src/page/names/mark-run.ts'],
};

/** Repository-relative path ("./src/…") of a source module, for an esbuild entry importing it. */
export function srcPath(key) {
  const list = CANDIDATES[key];
  if (!list) throw new Error(`bench/lib/sources.mjs: unknown module "${key}"`);
  const found = list.find((p) => existsSync(join(ROOT, p)));
  if (!found) {
    throw new Error(
      `bench/lib/sources.mjs: none of ${list.join(', ')} exists; the ${key} module moved: add its new path to CANDIDATES.${key}`,
    );
  }
  return `./${found}`;
}

function sourceFiles(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && !/\.d\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/**
 * Where the name matcher is built, read from the sources: built at build time when a background
 * file imports `virtual:astana-matcher` and no file outside the matcher module, the build helpers
 * and the background calls `compileMatcher(` (which would compile it in a page or another context).
 */
export function matcherBuildSite() {
  const files = [...sourceFiles(join(ROOT, 'entrypoints')), ...sourceFiles(join(ROOT, 'src'))];
  const matcherDir = dirname(join(ROOT, srcPath('matcher')));
  const rel = (p) => relative(ROOT, p).split(sep).join('/');
  const importers = [];
  const runtime = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (/from\s+['"]virtual:astana-matcher['"]/.test(text)) importers.push(rel(file));
    if (file.startsWith(matcherDir + sep)) continue;
    const r = rel(file);
    if (/(^|\/)(build|background)(\/|\.|$)/.test(r)) continue;
    if (/\bcompileMatcher\(/.test(text)) runtime.push(r);
  }
  const backgroundImports = importers.filter((f) => /background/.test(f));
  const builtAtBuildTime = backgroundImports.length > 0 && runtime.length === 0;
  const buildSite = builtAtBuildTime
    ? `build time (vite virtual module virtual:astana-matcher, wxt.config.ts, imported by ${backgroundImports.join(', ')}), sent by the background; page scripts only revive it with matcherFromData() on each page load`
    : runtime.length
      ? `at run time: compileMatcher() called in ${runtime.join(', ')}`
      : 'unknown (no virtual:astana-matcher import in a background file, no compileMatcher() call found)';
  return { builtAtBuildTime, buildSite };
}
